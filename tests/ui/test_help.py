"""Help: the guide, a shortcuts sheet made from the action table, and About in plain words."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from ethics_scrutiny import __version__
from ethics_scrutiny.config import Settings
from ui.kit import messages
from ui.shell.actions import ACTIONS, ActionSpec
from ui.shell.guide import STEPS
from ui.shell.help import HelpController
from ui.shell.main_window import MainWindow
from ui.shell.shortcuts_sheet import shortcut_rows, shortcuts_html


def _help(window: MainWindow) -> HelpController:
    found = window.findChild(HelpController)
    assert found is not None
    return found


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def test_the_sheet_lists_every_key_in_the_action_table(window: MainWindow) -> None:
    html = shortcuts_html(shortcut_rows(window.action_map))
    with_keys = [spec for spec in ACTIONS if spec.shortcuts]
    assert len(shortcut_rows(window.action_map)) == len(with_keys)
    for spec in with_keys:
        for key in spec.shortcuts:
            assert _native(key).replace("&", "&amp;") in html, spec.id


def test_a_new_row_in_the_table_appears_in_the_sheet() -> None:
    extra = ActionSpec("jump", "&Jump somewhere", ("Ctrl+J",), "&Go", "Jump to a place")
    rows = shortcut_rows(None, (*ACTIONS, extra))
    assert rows[-1].command == "Jump somewhere"
    assert rows[-1].menu == "Go"
    assert rows[-1].keys == (_native("Ctrl+J"),)


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen has no window stacking
def test_keyboard_shortcuts_opens_once_and_is_raised_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.action_map["shortcuts"].trigger()
    helper = _help(window)
    first = helper.dialog("help_shortcuts")
    assert first is not None and first.isVisible()
    assert "Ctrl+D" in first.body.toPlainText()  # Record decision
    window.action_map["shortcuts"].trigger()
    assert helper.dialog("help_shortcuts") is first
    first.close()
    qtbot.waitUntil(lambda: helper.dialog("help_shortcuts") is None)


def test_the_guide_runs_from_screening_to_review_with_the_window_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.action_map["guide"].trigger()
    guide = _help(window).dialog("help_guide")
    assert guide is not None
    text = guide.body.toPlainText()
    for heading, _paragraph, _action in STEPS:
        assert heading in text
    assert "screening" in text.lower() and "Review" in text
    assert _native("Ctrl+N") in text and _native("Ctrl+D") in text
    assert "%1" not in text
    assert "href" not in guide.body.toHtml()  # offline: no link to follow
    guide.close()


def test_about_says_what_the_app_is_in_plain_words_with_details_behind_a_button(
    window: MainWindow, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str, list[str]]] = []
    monkeypatch.setattr(
        messages,
        "info",
        lambda _p, title, text: shown.append((title, text, list(messages._details))),
    )
    window.action_map["about"].trigger()
    [(title, text, details)] = shown
    assert title == "About Ethics Scrutiny"
    assert f"Version {__version__}" in text
    assert str(settings.data_dir) in text
    assert "works offline" in text
    assert "Qt:" not in text  # technical details wait behind the button
    [technical] = details
    for name in ("Qt:", "PySide6:", "Python:", "SQLite:", str(settings.data_dir)):
        assert name in technical
    assert messages._details == []
