"""Every Alt+letter the officer can see does something, and no letter is on two controls."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_scrutiny
from ui.checklist.checklist_view import ACTIONS_TAB, CHECKLIST_TAB, EVIDENCE_TAB
from ui.kit.mnemonics import mnemonic_of, mnemonic_problems, shown_mnemonics
from ui.shell.actions import ACTIONS
from ui.shell.main_window import MainWindow


def test_mnemonic_of_reads_qt_ampersands() -> None:
    assert mnemonic_of("Show on&ly:") == "l"
    assert mnemonic_of("Fish && &Chips") == "c"
    assert mnemonic_of("No mnemonic") is None
    assert mnemonic_of("Trailing &") is None


def test_a_label_without_buddy_and_a_clash_are_reported(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    QLabel("Show onl&y:", host)
    QPushButton("&Yes", host)
    problems = mnemonic_problems(host)
    assert any("no buddy" in p for p in problems)
    assert any("Alt+Y is on more than one control" in p for p in problems)


def _key(letter: str) -> Qt.Key:
    return Qt.Key(ord(letter.upper()))


def _labels_reach_their_buddies(qtbot: QtBot, window: QWidget) -> None:
    """Press each label's Alt+letter as a person would; focus must land on its buddy."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # Qt fires shortcuts only in the active window
    for mnemonic in shown_mnemonics(window):
        buddy = mnemonic.target
        if not isinstance(mnemonic.source, QLabel) or buddy is None or not buddy.isEnabled():
            continue  # buttons, tabs and menus act on themselves; a dead label is a problem
        start = QApplication.focusWidget() or window
        QTest.keyClick(start, _key(mnemonic.letter), Qt.KeyboardModifier.AltModifier)
        target = buddy.focusProxy() or buddy
        focused = QApplication.focusWidget()
        assert focused in (buddy, target), (
            f"Alt+{mnemonic.letter.upper()} ({mnemonic.text!r}) focused {focused!r}, not {buddy!r}"
        )


def _check_page(qtbot: QtBot, window: MainWindow) -> None:
    problems = mnemonic_problems(window)
    assert problems == [], "\n".join(problems)
    _labels_reach_their_buddies(qtbot, window)


def test_main_window_pages_have_working_mnemonics(
    qtbot: QtBot, window: MainWindow, make_scrutiny: Callable[..., int]
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.list_page.model.row_of(scrutiny_id) is not None)
    _check_page(qtbot, window)
    open_scrutiny(qtbot, window, scrutiny_id)
    for tab in (CHECKLIST_TAB, EVIDENCE_TAB, ACTIONS_TAB):
        window.checklist_page.show_tab(tab)
        qtbot.wait(10)
        _check_page(qtbot, window)


def test_show_only_label_moves_focus_to_its_list(
    qtbot: QtBot, window: MainWindow, make_scrutiny: Callable[..., int]
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    window.activateWindow()
    open_scrutiny(qtbot, window, scrutiny_id)
    page = window.checklist_page
    label = next(
        m for m in shown_mnemonics(window) if m.target is page.show_only
    )  # whatever letter the translation chose
    page.tree.setFocus()
    QTest.keyClick(page.tree, _key(label.letter), Qt.KeyboardModifier.AltModifier)
    assert page.show_only.hasFocus()


DIALOG_COMMANDS = (
    "new",
    "decide",
    "office_settings",
    "summary",
    "history",
    "coverage",
    "add_evidence",
    "add_action",
    "stage",
    # Joining the table as their features land: tested from the moment they are there.
    *(a for a in ("screening", "go_to_question", "verify") if a in {s.id for s in ACTIONS}),
)


@pytest.mark.parametrize("action_id", DIALOG_COMMANDS)
def test_each_dialog_has_working_mnemonics(
    qtbot: QtBot, window: MainWindow, make_scrutiny: Callable[..., int], action_id: str
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    window.activateWindow()
    open_scrutiny(qtbot, window, scrutiny_id)
    seen: list[list[str]] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, inspect)
            return
        try:
            seen.append(mnemonic_problems(dialog))
            _labels_reach_their_buddies(qtbot, dialog)
        finally:
            dialog.reject()

    QTimer.singleShot(0, inspect)
    window.action_map[action_id].trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [[]]
