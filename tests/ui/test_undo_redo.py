"""Undo and redo of answers through the Edit menu keys, each step saved to the real record."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.enums import Rating, Status
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.services import Services
from ui.checklist.checklist_controller import ChecklistController
from ui.checklist.checklist_view import CHECKLIST_TAB
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def settle(qtbot: QtBot, window: MainWindow) -> None:
    checklist = window.controller.checklist
    qtbot.waitUntil(lambda: checklist.pending_saves == 0 and window.context.tasks.pending == 0)


def saved_answers(services: Services, scrutiny_id: int) -> dict[str, tuple[object, ...]]:
    responses = services.scrutinies.get(scrutiny_id).responses
    return {k: (r.status, r.rating, r.note) for k, r in responses.items()}


def opened(qtbot: QtBot, window: MainWindow, make_scrutiny: MakeScrutiny) -> int:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return scrutiny_id


def test_undo_takes_an_answer_back_to_unanswered_and_redo_restores_it(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    settings: Settings,
    make_scrutiny: MakeScrutiny,
) -> None:
    scrutiny_id = opened(qtbot, window, make_scrutiny)
    checklist: ChecklistController = window.controller.checklist
    panel = window.checklist_page.question
    undo, redo = window.action_map["undo"], window.action_map["redo"]
    first = checklist.current_key
    assert first is not None
    assert not undo.isEnabled() and not redo.isEnabled()

    with qtbot.waitSignal(checklist.saved, timeout=5000):
        qtbot.mouseClick(panel.status_buttons[Status.NOT_MET], LEFT)
    panel.rating.setCurrentIndex(panel.rating.findText("Red"))
    settle(qtbot, window)
    assert saved_answers(services, scrutiny_id) == {first: (Status.NOT_MET, Rating.RED, "")}
    assert undo.isEnabled()
    assert undo.text() == f"&Undo rating of {first} (Red)"

    # Undo the rating, then the answer itself: the question is unanswered again.
    qtbot.keyClick(panel.notes, Qt.Key.Key_Z, CTRL)
    settle(qtbot, window)
    assert panel.current_rating() is None
    assert saved_answers(services, scrutiny_id) == {first: (Status.NOT_MET, None, "")}
    qtbot.keyClick(panel.notes, Qt.Key.Key_Z, CTRL)
    settle(qtbot, window)
    assert panel.status_group.checkedButton() is None
    assert saved_answers(services, scrutiny_id) == {}
    assert not undo.isEnabled()
    assert window.checklist_page.model.index(0, 1).data().startswith("0/")

    # Redo both, by either redo key.
    qtbot.keyClick(panel.notes, Qt.Key.Key_Y, CTRL)
    settle(qtbot, window)
    assert panel.status_buttons[Status.NOT_MET].isChecked()
    qtbot.keyClick(panel.notes, Qt.Key.Key_Z, CTRL | SHIFT)
    settle(qtbot, window)
    assert panel.current_rating() is Rating.RED
    assert saved_answers(services, scrutiny_id) == {first: (Status.NOT_MET, Rating.RED, "")}
    assert not redo.isEnabled()

    # Undoing to "unanswered" is in the record as a response_changed entry with no status.
    qtbot.keyClick(panel.notes, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(panel.notes, Qt.Key.Key_Z, CTRL)
    settle(qtbot, window)
    with closing(sqlite3.connect(settings.data_dir / "ethics-scrutiny.db")) as db:
        payloads = [
            json.loads(p)
            for (p,) in db.execute(
                "SELECT payload FROM record_entries WHERE kind = ?",
                (RecordKind.RESPONSE_CHANGED,),
            )
        ]
    assert any(p.get("status") is None and p.get("question_key") == first for p in payloads)


def test_typing_in_a_note_is_one_undo_step_and_undo_brings_the_question_back(
    qtbot: QtBot, window: MainWindow, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = opened(qtbot, window, make_scrutiny)
    checklist = window.controller.checklist
    panel = window.checklist_page.question
    first = checklist.current_key
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        qtbot.mouseClick(panel.status_buttons[Status.PARTLY_MET], LEFT)
    # Two bursts of typing with a save between them still undo as one step.
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        qtbot.keyClicks(panel.notes, "DPIA v2 seen.")
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        qtbot.keyClicks(panel.notes, " Sign-off missing.")
    assert window.action_map["undo"].text() == f"&Undo note on {first}"

    # Move on, then undo from the next question: the note goes, and its question shows.
    window.action_map["next"].trigger()
    assert checklist.current_key != first
    qtbot.keyClick(panel.notes, Qt.Key.Key_Z, CTRL)
    settle(qtbot, window)
    assert checklist.current_key == first
    assert panel.notes.toPlainText() == ""
    assert panel.status_buttons[Status.PARTLY_MET].isChecked()
    assert saved_answers(services, scrutiny_id) == {first: (Status.PARTLY_MET, None, "")}

    # Ctrl+Z while a note is still being typed undoes that typing, not the text box's own.
    qtbot.keyClicks(panel.notes, "Draft")
    qtbot.keyClick(panel.notes, Qt.Key.Key_Z, CTRL)
    settle(qtbot, window)
    assert panel.notes.toPlainText() == ""
    qtbot.keyClick(panel.notes, Qt.Key.Key_Y, CTRL)
    settle(qtbot, window)
    assert panel.notes.toPlainText() == "Draft"
    assert saved_answers(services, scrutiny_id)[first] == (Status.PARTLY_MET, None, "Draft")


def test_each_open_scrutiny_has_its_own_undo_history(
    qtbot: QtBot, window: MainWindow, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    first_id = opened(qtbot, window, make_scrutiny)
    checklist = window.controller.checklist
    panel = window.checklist_page.question
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        qtbot.mouseClick(panel.status_buttons[Status.MET], LEFT)
    window.controller.back_to_list()
    assert not window.action_map["undo"].isEnabled()  # nothing to undo from the list

    second_id = make_scrutiny(title="ANPR camera at Newport")
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, second_id)
    assert not window.action_map["undo"].isEnabled()
    window.controller.back_to_list()
    open_scrutiny(qtbot, window, first_id)
    assert window.action_map["undo"].isEnabled()
    window.action_map["show_evidence"].trigger()
    window.action_map["undo"].trigger()
    settle(qtbot, window)
    assert saved_answers(services, first_id) == {}
    # Undone from another tab, the checklist comes back to show what changed.
    assert window.checklist_page.tabs.currentIndex() == CHECKLIST_TAB
