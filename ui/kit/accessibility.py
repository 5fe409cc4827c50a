"""Helpers that give every control a spoken name and a keyboard route, and check it."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "") -> W:
    """Set the accessible name (what a screen reader says) and return the widget."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def buddy_label(text: str, widget: QWidget, parent: QWidget | None = None) -> QLabel:
    """A label whose ``&`` mnemonic moves focus to ``widget`` and which names it."""
    label = QLabel(text, parent)
    label.setBuddy(widget)
    if not widget.accessibleName():
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    return label


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Make Tab visit ``widgets`` in reading order, whatever order they were created in."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def focusable_widgets(root: QWidget) -> Iterator[QWidget]:
    """Every widget in ``root``'s window that takes Tab focus, enabled or not yet.

    Popups (a combo box's list) are separate windows owned by their control, so are skipped.
    """
    window = root.window()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.window() is window:
            yield widget


def unnamed_widgets(root: QWidget) -> list[QWidget]:
    """Focusable widgets with neither an accessible name nor a buddy label pointing at them."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    return [
        widget
        for widget in focusable_widgets(root)
        if not _name_of(widget) and id(widget) not in buddies
    ]


def _name_of(widget: QWidget) -> str:
    # A date edit's inner line edit hands its focus to the date edit (its focus proxy), so
    # it is the proxy that is announced and must carry the name.
    proxy = widget.focusProxy()
    if proxy is not None and proxy is not widget:
        return _name_of(proxy)
    return widget.accessibleName().strip()
