"""A new scrutiny started and answered with the keyboard alone, saved to the real file."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.enums import Rating, Status, Technology
from ethics_scrutiny.services import Services
from ui.checklist.checklist_model import ShowOnly
from ui.dashboard.new_scrutiny_dialog import SCREENING_STEP, NewScrutinyDialog
from ui.shell.actions import ACTIONS
from ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """Press a key where the keyboard focus is, as a user would."""
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget), "nothing has the keyboard focus"
    qtbot.keyClick(focused, key, modifier)


def test_a_new_scrutiny_is_started_and_answered_by_keyboard_only(
    qtbot: QtBot, window: MainWindow, services: Services, settings: Settings
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    checklist = window.controller.checklist
    page = window.checklist_page
    panel = page.question
    filled: list[NewScrutinyDialog] = []

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewScrutinyDialog):
            QTimer.singleShot(10, fill_dialog)  # not showing yet
            return
        filled.append(dialog)
        try:
            qtbot.keyClicks(dialog.technology, "D")  # jumps to "Drones (...)"
            qtbot.keyClicks(dialog.title, "Drones over Aberystwyth promenade")
            qtbot.keyClicks(dialog.force, "Heddlu Dyfed-Powys Police")
            qtbot.keyClick(dialog.force, Qt.Key.Key_Return)  # the default button: Next
            # Step 2, the screening: Alt+W starts without it, then Return: Start scrutiny.
            assert dialog.step == SCREENING_STEP
            assert dialog.focusWidget() is dialog.screening.screen_now
            # Offscreen nothing activates a dialog; its Alt keys need it active.
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_W, ALT)
            qtbot.waitUntil(dialog.screening.not_screened.isChecked)  # an animated click
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # never leave the test waiting on an open dialog
                dialog.reject()

    # Ctrl+N opens the real dialog; it is typed into once it is showing.
    QTimer.singleShot(0, fill_dialog)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert filled, "Ctrl+N did not open the new-scrutiny dialog"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=5000)
    # Offscreen there is no window manager to hand activation back once the dialog closes.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    detail = checklist.detail
    assert detail is not None and detail.summary.title == "Drones over Aberystwyth promenade"
    assert detail.summary.technology is Technology.DRONES
    keys = [q.key for q in detail.checklist.questions()]
    assert checklist.current_key == keys[0]
    assert panel.status_group.checkedButton() is None

    # First question: Met (Ctrl+1).
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_1, CTRL)
    assert panel.status_buttons[Status.MET].isChecked()

    # Second: Not met (Ctrl+3), rated Red from the rating box, a sensitive note.
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert checklist.current_key == keys[1]
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_3, CTRL)
    press(qtbot, Qt.Key.Key_R, ALT)  # "&Rating:" label
    assert QApplication.focusWidget() is panel.rating
    for _ in range(3):  # No rating -> Green -> Amber -> Red
        press(qtbot, Qt.Key.Key_Down)
    assert panel.current_rating() is Rating.RED
    press(qtbot, Qt.Key.Key_O, ALT)  # "N&otes:" label
    assert QApplication.focusWidget() is panel.notes
    qtbot.keyClicks(panel.notes, "No flight log offered; asked again.")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.sensitive
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_Space)
    assert panel.sensitive.isChecked()

    # Third: Unknown (Ctrl+4), from the previous-question key and back again.
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert checklist.current_key == keys[2]
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_4, CTRL)
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert checklist.current_key == keys[1]
    assert panel.notes.toPlainText() == "No flight log offered; asked again."
    press(qtbot, Qt.Key.Key_Right, ALT)

    # "Show only: unanswered" from its label's key; next and previous skip answered ones.
    press(qtbot, Qt.Key.Key_L, ALT)  # "Show on&ly:" label
    assert QApplication.focusWidget() is page.show_only
    press(qtbot, Qt.Key.Key_Down)
    assert page.proxy.show_only is ShowOnly.UNANSWERED
    shown_theme = page.proxy.index(0, 0)
    shown = {
        page.proxy.index(row, 0, shown_theme).data(Qt.ItemDataRole.UserRole + 1)
        for row in range(page.proxy.rowCount(shown_theme))
    }
    assert shown and not shown & set(keys[:3])
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert checklist.current_key == keys[3]
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_5, CTRL)
    assert not window.action_map["previous"].isEnabled()  # nothing unanswered before it
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert checklist.current_key == keys[3]

    press(qtbot, Qt.Key.Key_L, CTRL)  # back to the list saves anything waiting
    qtbot.waitUntil(lambda: checklist.pending_saves == 0 and window.context.tasks.pending == 0)
    responses = services.scrutinies.get(detail.id).responses
    assert {k: r.status for k, r in responses.items()} == {
        keys[0]: Status.MET,
        keys[1]: Status.NOT_MET,
        keys[2]: Status.UNKNOWN,
        keys[3]: Status.NOT_APPLICABLE,
    }
    second = responses[keys[1]]
    assert (second.rating, second.note, second.sensitive) == (
        Rating.RED,
        "No flight log offered; asked again.",
        True,
    )


def test_no_two_commands_share_a_key_or_a_menu_letter() -> None:
    keys = [QKeySequence(s).toString() for spec in ACTIONS for s in spec.shortcuts]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []
    letters: dict[str, list[str]] = {}
    for spec in ACTIONS:
        mnemonic = spec.text.split("&", 1)[1][0].lower() if "&" in spec.text else ""
        letters.setdefault(spec.menu, []).append(mnemonic)
    clashes = {
        menu: sorted({m for m in found if m and found.count(m) > 1})
        for menu, found in letters.items()
    }
    assert {menu: c for menu, c in clashes.items() if c} == {}
