"""RAG ratings shown as a word and a colour together (never colour alone)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import Rating

from .i18n import QT_TRANSLATE_NOOP, translate

NOT_RATED = QT_TRANSLATE_NOOP("rag", "Not rated")

# The rating colours. Each reads as text (at least 4.5:1 on white and on the window grey)
# and as a fill (its word on it at least 4.5:1, the fill against white at least 3:1), so the
# amber is a deep amber with white words: tests/ui/test_style.py measures every pair.
_BACKGROUND = {
    Rating.GREEN: QColor("#1e7b34"),
    Rating.AMBER: QColor("#b45309"),
    Rating.RED: QColor("#b3261e"),
}
_FOREGROUND = {
    Rating.GREEN: QColor("#ffffff"),
    Rating.AMBER: QColor("#ffffff"),
    Rating.RED: QColor("#ffffff"),
}


def rating_word(rating: Rating | None) -> str:
    return i18n.label(rating) if rating is not None else translate("rag", NOT_RATED)


def background(rating: Rating | None) -> QColor | None:
    """Cell colour for a rating; ``None`` keeps the palette's own (for "Not rated")."""
    return _BACKGROUND.get(rating) if rating is not None else None


def foreground(rating: Rating | None) -> QColor | None:
    return _FOREGROUND.get(rating) if rating is not None else None
