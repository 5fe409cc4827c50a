"""Actions and conditions: add one, see it overdue, record the force's reply as answered."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import ActionKind, ActionStatus
from ethics_scrutiny.domain.scrutiny import ActionInput
from ethics_scrutiny.services import Services
from ui.actions.action_items_dialog import GENERAL, ActionItemDialog
from ui.actions.action_items_model import ActionColumn, ActionShow
from ui.checklist.checklist_view import ACTIONS_TAB
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny

LEFT = Qt.MouseButton.LeftButton
OK = QDialogButtonBox.StandardButton.Ok


def test_the_dialog_needs_text_and_offers_the_scrutinys_questions(qtbot: QtBot) -> None:
    questions = [("DR-01", "Is the flight area mapped?"), ("DR-02", "Are flights logged?")]
    dialog = ActionItemDialog(None, questions)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(OK)
    assert not ok.isEnabled()
    assert dialog.question.itemText(0) == GENERAL
    assert dialog.question.itemData(2) == "DR-02"
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActionKind.CONDITION.value))
    qtbot.keyClicks(dialog.text, "Publish the flight log monthly")
    assert ok.isEnabled()
    qtbot.keyClicks(dialog.owner, "Head of Air Support")
    dialog.question.setCurrentIndex(2)
    dialog.due_date.setDate(QDate(2026, 6, 30))
    value = dialog.value()
    assert (value.kind, value.text, value.owner) == (
        ActionKind.CONDITION,
        "Publish the flight log monthly",
        "Head of Air Support",
    )
    assert (value.due_date, value.question_key) == (date(2026, 6, 30), "DR-02")
    assert value.status is ActionStatus.OPEN
    dialog.has_due.setChecked(False)
    assert dialog.value().due_date is None and not dialog.due_date.isEnabled()


def test_add_an_action_see_it_overdue_and_mark_it_answered(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    page = window.checklist_page
    tab = page.action_items
    controller = window.controller.action_items
    key = window.controller.checklist.current_key
    overdue_on = date.today() - timedelta(days=3)

    def fill(
        parent: QWidget | None, questions: Sequence[tuple[str, str]], **kwargs: object
    ) -> ActionInput | None:
        dialog = ActionItemDialog(parent, questions, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        if not kwargs.get("editing"):
            qtbot.keyClicks(dialog.text, "Send the drone flight logs for March.")
            qtbot.keyClicks(dialog.owner, "Chief constable's staff officer")
            dialog.due_date.setDate(QDate(overdue_on.year, overdue_on.month, overdue_on.day))
            dialog.question.setCurrentIndex(dialog.question.findData(key))
        else:
            assert dialog.text.toPlainText() == "Send the drone flight logs for March."
            dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.ANSWERED.value))
            qtbot.keyClicks(dialog.reply, "Logs sent 2 April; two flights unlogged.")
        return dialog.value()

    monkeypatch.setattr(ActionItemDialog, "ask", fill)
    window.action_map["show_actions"].trigger()
    assert page.tabs.currentIndex() == ACTIONS_TAB
    assert tab.empty_label.isVisibleTo(tab)
    with qtbot.waitSignal(controller.saved, timeout=5000):
        qtbot.mouseClick(tab.add_button, LEFT)

    [added] = services.actions.list(scrutiny_id)
    assert (added.question_key, added.status) == (key, ActionStatus.OPEN)
    model = tab.model
    due_cell = model.index(0, ActionColumn.DUE)
    assert due_cell.data().endswith("· Overdue")  # a word, not only the colour
    assert due_cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.tabs.tabText(ACTIONS_TAB) == "Actions and conditions (1 open, 1 overdue)"
    assert "1 overdue" in tab.summary_label.text()
    assert [a.id for a in services.actions.overdue(date.today())] == [added.id]

    # Filter: overdue shows it, then record the reply and mark it answered.
    tab.show_only.setCurrentIndex(tab.show_only.findData(ActionShow.OVERDUE.value))
    assert tab.proxy.rowCount() == 1
    tab.select_id(added.id)
    assert tab.edit_button.isEnabled()
    with qtbot.waitSignal(controller.saved, timeout=5000):
        qtbot.mouseClick(tab.edit_button, LEFT)

    [answered] = services.actions.list(scrutiny_id)
    assert answered.status is ActionStatus.ANSWERED
    assert answered.reply == "Logs sent 2 April; two flights unlogged."
    assert tab.proxy.rowCount() == 0  # no longer overdue
    tab.show_only.setCurrentIndex(tab.show_only.findData(ActionShow.ALL.value))
    assert model.index(0, ActionColumn.STATUS).data() == "Answered"
    assert "Overdue" not in model.index(0, ActionColumn.DUE).data()
    assert page.tabs.tabText(ACTIONS_TAB) == "Actions and conditions (0 open)"
    assert services.actions.overdue(date.today()) == []


def test_a_refused_action_is_asked_again_with_what_was_typed(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    asked: list[dict[str, object]] = []
    typo = ActionInput(kind=ActionKind.QUESTION, text="Send the DPIA", due_date=date(1926, 1, 1))

    def ask(_parent: object, _questions: object, **kwargs: object) -> ActionInput | None:
        asked.append(kwargs)
        return typo if len(asked) == 1 else None

    monkeypatch.setattr(ActionItemDialog, "ask", ask)
    window.action_map["add_action"].trigger()
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert "not a likely date" in str(asked[1]["error"])
    assert asked[1]["initial"] == typo
    assert services.actions.list(scrutiny_id) == []
