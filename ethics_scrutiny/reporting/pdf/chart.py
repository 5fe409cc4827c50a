"""The theme heat map: each theme by name, its rating in words on its colour, and a legend."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm

from ..model import ReportTheme
from ..text import rating_text
from .parts import Paragraph, Story, grid_table, text
from .styles import CONTENT_WIDTH, Styles, rating_fill

COLUMNS = ("Green", "Amber", "Red", None)  # None: answered but not rated, or not answered
COLUMN_NAMES = ("Green", "Amber", "Red", "Not rated")
LEGEND = (
    "How to read this: each row is a theme; its rating is the word in the second column, on "
    "its colour (grey: not rated yet). The last four columns count the theme's questions by "
    "rating, those not answered counted as not rated."
)
_COUNT_W = 16 * mm
# Wide enough for "Not rated" on one line: a wrapped rating doubles every row's height.
_RATING_W = 23 * mm
_ANSWERED_W = 22 * mm


def rating_counts(theme: ReportTheme) -> tuple[int, ...]:
    """How many of the theme's questions are rated Green, Amber, Red, and not rated."""
    return tuple(sum(1 for q in theme.questions if q.rating == c) for c in COLUMNS)


def heat_map(themes: tuple[ReportTheme, ...], st: Styles) -> Story:
    """The heat map as a coloured table of named themes (every label at least 8 pt), its key."""
    rows = [_row(theme, st) for theme in themes]
    name_w = CONTENT_WIDTH - _RATING_W - _ANSWERED_W - len(COLUMNS) * _COUNT_W
    widths = [name_w, _RATING_W, _ANSWERED_W, *([_COUNT_W] * len(COLUMNS))]
    fills: list[tuple[Any, ...]] = []
    for n, theme in enumerate(themes, start=1):
        fills.append(("BACKGROUND", (1, n), (1, n), rating_fill(theme.rating)))
        for column, count in enumerate(rating_counts(theme)):
            if count:
                cell = (3 + column, n)
                fills.append(("BACKGROUND", cell, cell, rating_fill(COLUMNS[column])))
    head = ["Theme", "Rating", "Answered", *COLUMN_NAMES]
    # Compact rows so a checklist's themes fit on the summary page; no label under 8 pt.
    compact = [("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    table = grid_table(head, rows, widths, st, [*fills, *compact], header_style=st.chart_bold)
    return [table, text(LEGEND, st.small)]


def _row(theme: ReportTheme, st: Styles) -> list[Any]:
    counts = [Paragraph(str(count), st.chart) for count in rating_counts(theme)]
    return [
        Paragraph(escape(theme.title), st.chart),
        Paragraph(escape(rating_text(theme.rating)), st.chart_bold),
        Paragraph(f"{theme.answered} of {theme.total}", st.chart),
        *counts,
    ]
