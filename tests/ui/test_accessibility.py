"""Every control a keyboard user can reach has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ethics_scrutiny.services import Services
from ui.accessibility import focusable_widgets, unnamed_widgets
from ui.decision_dialog import DecisionDialog
from ui.main_window import MainWindow
from ui.new_scrutiny_dialog import NewScrutinyDialog

from .conftest import MakeScrutiny, open_scrutiny


def _describe(widgets: list[QWidget]) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r} parent={type(w.parent()).__name__}" for w in widgets
    ]


def test_every_focusable_widget_is_named(
    qtbot: QtBot, window: MainWindow, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    list_widgets = list(focusable_widgets(window.list_page))
    assert len(list_widgets) >= 7  # search, table and five buttons
    assert _describe(unnamed_widgets(window)) == []

    open_scrutiny(qtbot, window, scrutiny_id)
    page = window.checklist_page
    assert len(list(focusable_widgets(page))) >= 12  # a radio group is one Tab stop
    assert _describe(unnamed_widgets(page)) == []

    for dialog in (
        NewScrutinyDialog(window, services.library.modules()),
        DecisionDialog(window, scrutiny_title="Drone pilot"),
    ):
        qtbot.addWidget(dialog)
        assert len(list(focusable_widgets(dialog))) >= 7
        assert _describe(unnamed_widgets(dialog)) == []


def test_tab_walks_the_question_in_reading_order(
    qtbot: QtBot, window: MainWindow, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = window.checklist_page.question
    window.controller.next_question()  # so that Previous is enabled too
    first_status = next(iter(panel.status_buttons.values()))
    order = [panel.details, first_status, panel.rating, panel.notes, panel.sensitive]
    order += [panel.previous_button, panel.next_button]
    panel.details.setFocus()
    qtbot.waitUntil(panel.details.hasFocus)
    for following in order[1:]:
        focused = QApplication.focusWidget()
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following, f"Tab from {focused} missed {following}"
