"""Notes: refused past the record's limit at the box, never shown as saved when they are not,
direction characters shown, and unsaved text kept in a draft until the record holds it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.enums import Status
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.scrutinies import MAX_NOTE_LENGTH
from ui.checklist.checklist_controller import DRAFT_DELAY_MS, NOT_SAVED, NOTE_DEBOUNCE_MS
from ui.checklist.checklist_model import Column
from ui.checklist.note_guard import COUNTER_FROM
from ui.kit import drafts
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny

LEFT = Qt.MouseButton.LeftButton


def _open(qtbot: QtBot, window: MainWindow, make_scrutiny: MakeScrutiny) -> int:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    return scrutiny_id


def _theme_progress(window: MainWindow) -> str:
    model = window.checklist_page.model
    return str(model.index(0, Column.PROGRESS).data())


def test_a_note_stops_at_the_limit_with_a_counter_near_it(
    qtbot: QtBot, window: MainWindow, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = _open(qtbot, window, make_scrutiny)
    panel = window.checklist_page.question
    checklist = window.controller.checklist
    assert panel.note_counter.isHidden()
    panel.notes.setPlainText("a" * (COUNTER_FROM - 1))
    assert panel.note_counter.isHidden()
    panel.notes.setPlainText("a" * COUNTER_FROM)
    assert not panel.note_counter.isHidden()
    assert panel.note_counter.text() == f"{COUNTER_FROM:,} of {MAX_NOTE_LENGTH:,} characters"

    # A paste that would pass the limit is cut at it: what was there before stays whole.
    start = "Force's reply: " + "b" * (MAX_NOTE_LENGTH - 100)
    panel.notes.setPlainText(start)
    cursor = panel.notes.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    panel.notes.setTextCursor(cursor)
    QGuiApplication.clipboard().setText("c" * 500)
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        panel.notes.paste()
    text = panel.notes.toPlainText()
    assert len(text) == MAX_NOTE_LENGTH and text.startswith(start)
    assert "The note is full" in panel.note_counter.text()
    key = checklist.current_key
    assert key is not None
    qtbot.waitUntil(lambda: checklist.pending_saves == 0)
    assert services.scrutinies.get(scrutiny_id).responses[key].note == text


def test_a_failed_save_is_never_shown_as_saved_and_is_told_once(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    said: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = _open(qtbot, window, make_scrutiny)
    panel = window.checklist_page.question
    checklist = window.controller.checklist
    before = _theme_progress(window)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise InvalidInputError("The record refused the answer.")

    monkeypatch.setattr(services.scrutinies, "answer", refuse)
    with qtbot.waitSignal(checklist.save_failed, timeout=5000):
        qtbot.mouseClick(panel.status_buttons[Status.MET], LEFT)
    key = checklist.current_key
    assert panel.save_label.text() == f"{NOT_SAVED}: {key}"
    assert _theme_progress(window) == before  # the tree counts the record, not the screen
    assert panel.status_buttons[Status.MET].isChecked()  # the officer's choice is kept
    with qtbot.waitSignal(checklist.save_failed, timeout=5000):
        qtbot.mouseClick(panel.status_buttons[Status.NOT_MET], LEFT)
    with qtbot.waitSignal(checklist.save_failed, timeout=5000):
        qtbot.keyClicks(panel.notes, "More")
        checklist.flush()
    assert [kind for kind, _title, _text in said] == ["error"]  # once, not per edit
    assert services.scrutinies.get(scrutiny_id).responses == {}

    monkeypatch.undo()  # saving works again: the answer now counts
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        qtbot.mouseClick(panel.status_buttons[Status.PARTLY_MET], LEFT)
    assert _theme_progress(window) != before


def test_direction_characters_in_a_note_are_shown_as_codes(
    qtbot: QtBot, window: MainWindow, make_scrutiny: MakeScrutiny
) -> None:
    _open(qtbot, window, make_scrutiny)
    panel = window.checklist_page.question
    assert panel.note_hidden.isHidden()
    panel.notes.setPlainText("Status: \u202eteM\u202c agreed")
    assert not panel.note_hidden.isHidden()
    assert "[U+202E]teM[U+202C]" in panel.note_hidden.text()
    panel.notes.setPlainText("Status: Met agreed")
    assert panel.note_hidden.isHidden()


def test_typed_note_is_kept_privately_at_once_and_forgotten_once_saved(
    qtbot: QtBot,
    window: MainWindow,
    settings: Settings,
    make_scrutiny: MakeScrutiny,
) -> None:
    scrutiny_id = _open(qtbot, window, make_scrutiny)
    panel = window.checklist_page.question
    checklist = window.controller.checklist
    path = drafts.drafts_path(settings.data_dir)
    assert DRAFT_DELAY_MS <= 100 < NOTE_DEBOUNCE_MS
    saved: list[str] = []
    checklist.saved.connect(saved.append)
    qtbot.keyClicks(panel.notes, "Asked for the flight logs")
    # On disk before the record's save, which waits for a pause in typing.
    qtbot.waitUntil(path.exists, timeout=5000)
    assert saved == []
    kept = drafts.pending(settings.data_dir)
    assert [(d.scrutiny_id, d.question_key, d.note) for d in kept] == [
        (scrutiny_id, checklist.current_key, "Asked for the flight logs")
    ]
    if os.name != "nt":
        assert path.stat().st_mode & 0o777 == 0o600
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        pass
    assert not path.exists()


def test_a_kept_draft_is_put_back_and_saved(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    settings: Settings,
    make_scrutiny: MakeScrutiny,
) -> None:
    scrutiny_id = make_scrutiny()
    key = services.scrutinies.get(scrutiny_id).checklist.questions()[3].key
    # What a session that ended mid-sentence left behind.
    drafts.write(settings.data_dir, [drafts.draft_now(scrutiny_id, key, "Half a sentence", True)])
    checklist = window.controller.checklist
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        checklist.restore_drafts(drafts.pending(settings.data_dir))
    panel = window.checklist_page.question
    assert checklist.current_key == key
    assert panel.notes.toPlainText() == "Half a sentence" and panel.sensitive.isChecked()
    qtbot.waitUntil(lambda: checklist.pending_saves == 0)
    saved = services.scrutinies.get(scrutiny_id).responses[key]
    assert saved.note == "Half a sentence" and saved.sensitive
    qtbot.waitUntil(lambda: not drafts.drafts_path(settings.data_dir).exists())


def test_an_unreadable_drafts_file_counts_as_none(tmp_path: Path) -> None:
    drafts.drafts_path(tmp_path).write_text('{"drafts": [{"note": ', encoding="utf-8")
    assert drafts.pending(tmp_path) == []
    drafts.write(tmp_path, [drafts.draft_now(1, "LB-01", "x", False)])
    assert [d.question_key for d in drafts.pending(tmp_path)] == ["LB-01"]
    drafts.write(tmp_path, [])
    assert not drafts.drafts_path(tmp_path).exists()
