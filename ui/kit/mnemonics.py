"""Find the Alt+letter mnemonics a window shows, and any that cannot work.

A label's ``&`` only moves focus when the label has a buddy, and two controls with the same
letter in one window make Qt ignore both (the shortcut is ambiguous). The tests walk every
screen with ``mnemonic_problems``; a feature can call it in its own tests too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)


@dataclass(frozen=True)
class Mnemonic:
    letter: str  # lower case
    text: str  # what carries it, for the message
    source: QWidget  # the label, button, group box, tab bar or menu bar showing it
    target: QWidget | None  # the label's buddy; the control itself otherwise


def mnemonic_of(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower() if not text[i + 1].isspace() else None
        i += 1
    return None


def shown_mnemonics(window: QWidget) -> Iterator[Mnemonic]:
    """Every mnemonic on a control showing in ``window`` (its menu bar's titles too)."""
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        yield from _of_widget(widget)
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            letter = mnemonic_of(action.text())
            if letter and action.isVisible():
                yield Mnemonic(letter, action.text(), window.menuBar(), window.menuBar())


def _of_widget(widget: QWidget) -> Iterator[Mnemonic]:
    if isinstance(widget, QLabel):
        text = widget.text()
        rich = widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
        )
        letter = None if rich else mnemonic_of(text)
        if letter:
            yield Mnemonic(letter, text, widget, widget.buddy())
    elif isinstance(widget, QAbstractButton):
        letter = mnemonic_of(widget.text())
        if letter:
            yield Mnemonic(letter, widget.text(), widget, widget)
    elif isinstance(widget, QGroupBox):
        letter = mnemonic_of(widget.title())
        if letter:
            yield Mnemonic(letter, widget.title(), widget, widget)
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            letter = mnemonic_of(widget.tabText(index))
            if letter and widget.isTabVisible(index):
                yield Mnemonic(letter, widget.tabText(index), widget, widget)


def mnemonic_problems(window: QWidget) -> list[str]:
    """Sentences naming each dead or clashing mnemonic in ``window``; empty when all work."""
    problems: list[str] = []
    by_letter: dict[str, list[str]] = defaultdict(list)
    for mnemonic in shown_mnemonics(window):
        by_letter[mnemonic.letter].append(mnemonic.text)
        if mnemonic.target is None:
            problems.append(
                f"{mnemonic.text!r} shows Alt+{mnemonic.letter.upper()} but has no buddy"
            )
        elif mnemonic.target.window() is not window:
            problems.append(f"{mnemonic.text!r}'s buddy is in another window")
    for letter, texts in sorted(by_letter.items()):
        if len(texts) > 1:
            problems.append(f"Alt+{letter.upper()} is on more than one control: {texts}")
    if isinstance(window, QMainWindow):
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu):
                problems.extend(menu_problems(menu))
    return problems


def menu_problems(menu: QMenu) -> list[str]:
    """Two entries of one menu with the same letter: the letter then only moves between them."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    nested: list[str] = []
    for action in menu.actions():
        letter = mnemonic_of(action.text())
        if letter and action.isVisible() and not action.isSeparator():
            by_letter[letter].append(action.text())
        sub = action.menu()
        if isinstance(sub, QMenu):
            nested.extend(menu_problems(sub))
    clashes = [
        f"In menu {menu.title()!r}, Alt+{letter.upper()} is on more than one entry: {texts}"
        for letter, texts in sorted(by_letter.items())
        if len(texts) > 1
    ]
    return clashes + nested
