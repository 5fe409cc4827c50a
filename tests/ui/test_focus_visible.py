"""Tab through the main pages: every control the focus lands on looks different when it has it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_scrutiny
from ui.kit import style
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    sheet, palette = qapp.styleSheet(), qapp.palette()
    style.apply(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def _owner(widget: QWidget) -> QWidget:
    """The control a focused inner widget belongs to (a date edit's line edit, a combo's)."""
    parent = widget.parentWidget()
    while parent is not None and parent.focusProxy() is widget:
        widget, parent = parent, parent.parentWidget()
    return widget


def _tab_through(qtbot: QtBot, window: MainWindow, start: QWidget) -> list[str]:
    """Visit each control once by Tab; name those whose look did not change with focus."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus()
    unmarked: list[str] = []
    seen: set[int] = set()
    for _ in range(80):
        focused = QApplication.focusWidget()
        assert isinstance(focused, QWidget)
        control = _owner(focused)
        if id(control) in seen:
            break
        seen.add(id(control))
        with_focus = control.grab().toImage()
        window.setFocus()  # nothing of the page focused, for the same control without it
        without = control.grab().toImage()
        if _same(with_focus, without):
            unmarked.append(f"{type(control).__name__} {control.accessibleName()!r}")
        focused.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert len(seen) > 5
    return unmarked


def _same(a: QImage, b: QImage) -> bool:
    return a.size() == b.size() and a == b


@pytest.mark.usefixtures("styled")
def test_every_control_on_the_list_shows_focus(
    qtbot: QtBot, window: MainWindow, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.model.row_of(scrutiny_id) is not None)
    assert _tab_through(qtbot, window, window.list_page.table) == []


@pytest.mark.usefixtures("styled")
def test_every_control_on_the_checklist_shows_focus(
    qtbot: QtBot, window: MainWindow, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    assert _tab_through(qtbot, window, window.checklist_page.tree) == []
