"""Size dialogs in characters and lines (so text scaling scales them), never past the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9


def fit_to_screen(widget: QWidget, chars: int, lines: int) -> None:
    """Resize to ``chars`` average characters by ``lines`` lines, capped at 90% of the screen."""
    metrics = widget.fontMetrics()
    available = widget.screen().availableGeometry()
    width = min(metrics.averageCharWidth() * chars, int(available.width() * SCREEN_SHARE))
    height = min(metrics.lineSpacing() * lines, int(available.height() * SCREEN_SHARE))
    widget.resize(width, height)
