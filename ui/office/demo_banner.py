"""The band across the top of every screen of the demonstration."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

from ..kit.i18n import arg, translate

BANNER_NAME = "demonstration_banner"


def add_banner(window: QMainWindow) -> QLabel:
    """A fixed bar above both pages (list and checklist), so no screen is mistaken for real."""
    bar = QToolBar(window)
    bar.setObjectName(BANNER_NAME)
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setEnabled(False)  # it cannot be hidden from the context menu
    label = QLabel(
        translate(
            "DemoBanner",
            "DEMONSTRATION — example data in a record of its own, deleted when this window "
            "closes. Nothing here is your office's work.",
        ),
        bar,
    )
    label.setObjectName("demonstration_banner_text")
    label.setWordWrap(True)
    label.setAccessibleName(label.text())
    # A strong, high-contrast band that still follows the system's text size.
    label.setStyleSheet(
        "QLabel { background: #7a1f00; color: white; font-weight: bold; padding: 6px; }"
    )
    bar.addWidget(label)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.setWindowTitle(arg(translate("DemoBanner", "%1 — DEMONSTRATION"), window.windowTitle()))
    return label
