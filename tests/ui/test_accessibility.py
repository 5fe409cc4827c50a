"""Every control a keyboard user can reach has a name a screen reader can say."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import ActionKind
from ethics_scrutiny.domain.scrutiny import ActionInput, EvidenceInput
from ethics_scrutiny.services import Services
from ui.actions.action_items_dialog import ActionItemDialog
from ui.dashboard.new_scrutiny_dialog import NewScrutinyDialog
from ui.decisions.decision_dialog import DecisionDialog
from ui.evidence.evidence_dialog import EvidenceDialog
from ui.kit.accessibility import focusable_widgets, unnamed_widgets
from ui.shell.main_window import MainWindow

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
    window.action_map["next"].trigger()  # so that Previous is enabled too
    first_status = next(iter(panel.status_buttons.values()))
    order = [panel.details, first_status, panel.rating, panel.notes, panel.sensitive]
    order += [panel.previous_button, panel.next_button]
    panel.details.setFocus()
    qtbot.waitUntil(panel.details.hasFocus)
    for following in order[1:]:
        focused = QApplication.focusWidget()
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following, f"Tab from {focused} missed {following}"


# -- every visible interactive control on every screen (add new screens here) -----------------

_INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)
# Parts of a composite control: its owner takes the focus and carries the name.
_PART_OF = (QAbstractItemView, QAbstractSpinBox, QComboBox, QTabBar)


def screen_problems(root: QWidget) -> list[str]:
    """Visible interactive controls in ``root`` without a spoken name or a Tab stop."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, _INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if not widget.isVisibleTo(root) or widget.window() is not root.window():
            continue
        if isinstance(widget.parent(), _PART_OF):
            continue
        target = widget.focusProxy() or widget
        label = f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"
        if not _tab_stop(target):
            problems.append(f"{label}: not reachable with Tab")
        if not target.accessibleName().strip() and id(widget) not in buddies:
            problems.append(f"{label}: no accessible name")
    return problems


def _tab_stop(widget: QWidget) -> bool:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    # A radio group is one Tab stop; the arrow keys move between its buttons.
    siblings = widget.parent().findChildren(QRadioButton) if widget.parent() else []
    return isinstance(widget, QRadioButton) and any(
        b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in siblings
    )


def test_every_screen_names_its_controls_and_reaches_them_by_keyboard(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    tmp_path: Path,
) -> None:
    scrutiny_id = make_scrutiny()
    key = services.scrutinies.get(scrutiny_id).checklist.questions()[0].key
    attached = tmp_path / "dpia.pdf"
    attached.write_bytes(b"%PDF-1.4 test")
    services.evidence.add(
        scrutiny_id, EvidenceInput(title="DPIA", file_path=str(attached), question_keys=(key,))
    )
    services.actions.add(
        scrutiny_id, ActionInput(kind=ActionKind.QUESTION, text="Send the DPIA", question_key=key)
    )
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.model.row_of(scrutiny_id) is not None)
    screens: dict[str, list[str]] = {"list and dashboard": screen_problems(window)}

    open_scrutiny(qtbot, window, scrutiny_id)
    page = window.checklist_page
    for name, tab in (("checklist", 0), ("evidence register", 1), ("actions", 2)):
        page.show_tab(tab)
        assert page.tabs.currentIndex() == tab
        screens[name] = screen_problems(window)
    questions = [(key, "A question")]
    [item] = services.evidence.list(scrutiny_id)
    dialogs = {
        "new scrutiny": NewScrutinyDialog(window, services.library.modules()),
        "decision": DecisionDialog(window, scrutiny_title="Drone pilot"),
        "add evidence": EvidenceDialog(window, questions),
        "edit evidence": EvidenceDialog(window, questions, editing=item),
        "action": ActionItemDialog(window, questions, error="Shown with a problem"),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        screens[name] = screen_problems(dialog)
        dialog.close()
    assert {name: problems for name, problems in screens.items() if problems} == {}
