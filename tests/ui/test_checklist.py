"""Answering a checklist through the widgets, saved to the real SQLite file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.enums import Rating, Status
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.services import Services
from ui.checklist.checklist_controller import SAVED, SAVING
from ui.checklist.checklist_model import ChecklistModel
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny

LEFT = Qt.MouseButton.LeftButton


def test_a_whole_scrutiny_is_answered_and_saved(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    settings: Settings,
    make_scrutiny: MakeScrutiny,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    checklist = window.controller.checklist
    panel = window.checklist_page.question
    keys = [q.key for q in services.scrutinies.get(scrutiny_id).checklist.questions()]
    assert checklist.current_key == keys[0]

    # First question: Met, rated Green, with a note.
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        qtbot.mouseClick(panel.status_buttons[Status.MET], LEFT)
    panel.rating.setFocus()
    qtbot.keyClick(panel.rating, Qt.Key.Key_Down)  # "No rating" -> "Green"
    assert panel.current_rating() is Rating.GREEN
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        qtbot.keyClicks(panel.notes, "DPIA seen, signed by the DPO.")
        assert panel.save_label.text() == SAVING
    qtbot.waitUntil(lambda: panel.save_label.text() == SAVED)

    # Second question by the Next button: Not met, rated Red, sensitive note.
    qtbot.mouseClick(panel.next_button, LEFT)
    assert checklist.current_key == keys[1]
    assert panel.status_group.checkedButton() is None
    qtbot.mouseClick(panel.status_buttons[Status.NOT_MET], LEFT)
    panel.rating.setCurrentIndex(panel.rating.findText("Red"))
    qtbot.keyClicks(panel.notes, "Supplier refused to share test results.")
    qtbot.mouseClick(panel.sensitive, LEFT)

    # Back with Previous: the first answer is shown as it was left.
    qtbot.mouseClick(panel.previous_button, LEFT)
    assert checklist.current_key == keys[0]
    assert panel.status_buttons[Status.MET].isChecked()
    assert panel.current_rating() is Rating.GREEN
    assert panel.notes.toPlainText() == "DPIA seen, signed by the DPO."

    # Third question reached with the keyboard shortcuts; a note alone is saved as "Unknown".
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(panel.notes, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert checklist.current_key == keys[1]
    qtbot.keyClick(panel.notes, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert checklist.current_key == keys[2]
    qtbot.keyClicks(panel.notes, "Asked for the audit; not yet received.")
    window.controller.back_to_list()  # leaving saves the waiting note at once
    qtbot.waitUntil(lambda: checklist.pending_saves == 0 and window.context.tasks.pending == 0)
    assert window.stack.currentWidget() is window.list_page

    window.close()
    services.close()
    reopened = Services.open(settings)
    try:
        responses = reopened.scrutinies.get(scrutiny_id).responses
    finally:
        reopened.close()
    assert set(responses) == {keys[0], keys[1], keys[2]}
    first, second, third = (responses[k] for k in keys[:3])
    assert (first.status, first.rating, first.note, first.sensitive) == (
        Status.MET, Rating.GREEN, "DPIA seen, signed by the DPO.", False,
    )  # fmt: skip
    assert (second.status, second.rating, second.sensitive) == (Status.NOT_MET, Rating.RED, True)
    assert second.note == "Supplier refused to share test results."
    assert (third.status, third.note) == (Status.UNKNOWN, "Asked for the audit; not yet received.")


def test_closing_the_window_saves_a_note_still_waiting(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    settings: Settings,
    make_scrutiny: MakeScrutiny,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    panel = window.checklist_page.question
    key = window.controller.checklist.current_key
    qtbot.mouseClick(panel.status_buttons[Status.PARTLY_MET], LEFT)
    qtbot.keyClicks(panel.notes, "Typed just before closing")
    assert panel.save_label.text() == SAVING  # still inside the debounce

    window.close()  # flushes the note, then waits for the database worker

    services.close()
    reopened = Services.open(settings)
    try:
        saved = reopened.scrutinies.get(scrutiny_id).responses[key]
    finally:
        reopened.close()
    assert (saved.status, saved.note) == (Status.PARTLY_MET, "Typed just before closing")


def test_the_header_and_tree_follow_each_answer(
    qtbot: QtBot, window: MainWindow, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    page = window.checklist_page
    detail = services.scrutinies.get(scrutiny_id)
    first_theme = detail.checklist.themes[0]
    theme_index = page.model.index(0, 0)
    total = len(first_theme.questions)
    assert page.model.index(0, 1).data() == f"0/{total}"
    assert page.model.index(0, 2).data() == "Not rated"
    assert "Not ready" in page.readiness_label.text()
    assert "Marking: OFFICIAL-SENSITIVE" in page.facts_label.text()

    with qtbot.waitSignal(window.controller.checklist.saved, timeout=5000):
        qtbot.mouseClick(page.question.status_buttons[Status.PARTLY_MET], LEFT)
    assert page.model.index(0, 1).data() == f"1/{total}"
    assert page.model.index(0, 2).data() == "Amber"  # shown as a word, not only a colour
    assert page.model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.index(0, 1, theme_index).data() == "Partly met"
    assert "counts as Amber" in page.question.implied_label.text()

    # Choosing a question in the tree moves the question panel to it.
    target = first_theme.questions[-1].key
    page.tree.setCurrentIndex(page.proxy.mapFromSource(page.model.index_of_question(target)))
    assert window.controller.checklist.current_key == target


def test_the_checklist_model_passes_the_model_tester(
    qtmodeltester, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = make_scrutiny()
    detail = services.scrutinies.get(scrutiny_id)
    first = detail.checklist.questions()[0]
    services.scrutinies.answer(scrutiny_id, first.key, Status.NOT_MET, None, "", False)
    detail = services.scrutinies.get(scrutiny_id)
    model = ChecklistModel()
    model.set_checklist(detail.checklist, assess(detail.checklist, detail.responses), {})
    qtmodeltester.check(model)
    model.rescore(assess(detail.checklist, detail.responses), detail.responses)
    qtmodeltester.check(model)
    assert model.rowCount() == len(detail.checklist.themes)
    assert model.index_of_question(first.key).parent() == model.index(0, 0)
