"""RAG ratings shown as a word and a colour together (never colour alone)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import Rating

from .i18n import QT_TRANSLATE_NOOP, translate

NOT_RATED = QT_TRANSLATE_NOOP("rag", "Not rated")

# The only fixed colours in the app. Each pair has a contrast ratio of at least 4.5:1
# (WCAG AA for normal text): white on green 5.9:1, black on amber 11.6:1, white on red 6.5:1.
_BACKGROUND = {
    Rating.GREEN: QColor("#1e7b34"),
    Rating.AMBER: QColor("#f2b233"),
    Rating.RED: QColor("#b3261e"),
}
_FOREGROUND = {
    Rating.GREEN: QColor("#ffffff"),
    Rating.AMBER: QColor("#000000"),
    Rating.RED: QColor("#ffffff"),
}


def rating_word(rating: Rating | None) -> str:
    return i18n.label(rating) if rating is not None else translate("rag", NOT_RATED)


def background(rating: Rating | None) -> QColor | None:
    """Cell colour for a rating; ``None`` keeps the palette's own (for "Not rated")."""
    return _BACKGROUND.get(rating) if rating is not None else None


def foreground(rating: Rating | None) -> QColor | None:
    return _FOREGROUND.get(rating) if rating is not None else None
