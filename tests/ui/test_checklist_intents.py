"""The checklist controller works through the views' intents, not their widgets' text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import Status
from ethics_scrutiny.services import Services
from ui.checklist.checklist_controller import SAVED, SAVING
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny


def test_the_save_state_settles_however_the_page_words_it(
    qtbot: QtBot,
    window: MainWindow,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A translated interface shows other words on the label; the controller must not care.
    panel = window.checklist_page.question
    shown: list[str] = []
    show = panel.set_save_state

    def set_save_state(text: str) -> None:
        shown.append(text)
        show({SAVING: "Yn cadw…", SAVED: "Wedi'i gadw"}.get(text, text))

    monkeypatch.setattr(panel, "set_save_state", set_save_state)
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    checklist = window.controller.checklist
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        checklist.set_status(Status.MET)
    qtbot.waitUntil(lambda: shown[-1] == SAVED)

    # Typing and then taking the typing back leaves nothing new to save.
    panel.notes.insertPlainText("x")
    assert shown[-1] == SAVING and panel.save_label.text() == "Yn cadw…"
    cursor = panel.notes.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.deletePreviousChar()
    checklist.flush()
    assert shown[-1] == SAVED and panel.save_label.text() == "Wedi'i gadw"


def test_the_status_keys_answer_through_the_question_panel(
    qtbot: QtBot, window: MainWindow, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    checklist = window.controller.checklist
    key = checklist.current_key
    assert key is not None
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        window.action_map["status_partly_met"].trigger()
    assert window.checklist_page.question.values()[0] is Status.PARTLY_MET
    assert services.scrutinies.get(scrutiny_id).responses[key].status is Status.PARTLY_MET
