"""Size dialogs in characters and lines (so text scaling scales them), never past the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9
# The main window's pages (dashboard, checklist) share one minimum, so switching between them
# never resizes the window; at the usual font it fits a 1366×768 screen with room to spare.
PAGE_MIN_CHARS = 185
PAGE_MIN_LINES = 40


def fit_to_screen(widget: QWidget, chars: int, lines: int) -> None:
    """Resize to ``chars`` average characters by ``lines`` lines, capped at 90% of the screen."""
    metrics = widget.fontMetrics()
    available = widget.screen().availableGeometry()
    width = min(metrics.averageCharWidth() * chars, int(available.width() * SCREEN_SHARE))
    height = min(metrics.lineSpacing() * lines, int(available.height() * SCREEN_SHARE))
    widget.resize(width, height)


def page_minimum(widget: QWidget) -> QSize:
    """The smallest a main-window page may be: the same for every page."""
    metrics = widget.fontMetrics()
    return QSize(
        metrics.averageCharWidth() * PAGE_MIN_CHARS, metrics.lineSpacing() * PAGE_MIN_LINES
    )
