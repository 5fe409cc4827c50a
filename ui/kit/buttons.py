"""Push buttons that stand for one of the window's actions, on any page."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

from .accessibility import named
from .style import mark_primary

# The one main action of a page, drawn as the primary button wherever it has a button.
PRIMARY_ACTIONS = frozenset({"action_new"})


def button_for(action: QAction, parent: QWidget | None = None) -> QPushButton:
    """A push button that triggers ``action`` and follows its enabled state.

    The ``&`` is dropped from the button text: the menus own the Alt mnemonics, and the
    same letters on buttons would clash with the form labels' mnemonics.
    """
    text = action.text().replace("&", "")
    button = named(QPushButton(text, parent), text.rstrip("…"), action.statusTip())
    button.setToolTip(action.toolTip())
    button.setEnabled(action.isEnabled())
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    if action.objectName() in PRIMARY_ACTIONS:
        mark_primary(button)
    return button
