"""The theme heat map: a vector chart of ratings per theme, always printed beside its data."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from ..model import ReportTheme
from ..text import rating_text
from .fonts import BOLD, REGULAR
from .parts import Paragraph, grid_table, table_style
from .styles import CONTENT_WIDTH, RULE, TEXT, Styles, rating_fill

COLUMNS = ("Green", "Amber", "Red", None)  # None: answered but not rated, or not answered
_ROW = 7 * mm
_HEAD = 9 * mm
_INDEX_W = 7 * mm
_RATING_W = 15 * mm
_COUNT_W = 7.5 * mm
CHART_WIDTH = _INDEX_W + _RATING_W + len(COLUMNS) * _COUNT_W + 2


def rating_counts(theme: ReportTheme) -> tuple[int, ...]:
    """How many of the theme's questions are rated Green, Amber, Red, and not rated."""
    return tuple(sum(1 for q in theme.questions if q.rating == c) for c in COLUMNS)


def heat_map(themes: tuple[ReportTheme, ...], st: Styles, room: float) -> list[Any]:
    """The chart on the left and the same figures as a table on the right.

    When the pair would be taller than ``room`` (many modules, so many themes), the chart
    comes first and the table follows at full width, free to run on to the next page.
    """
    chart = _drawing(themes)
    table = _data_table(themes, st, CONTENT_WIDTH - CHART_WIDTH - 4 * mm)
    pair = Table([[chart, table]], colWidths=[CHART_WIDTH + 4 * mm, None], hAlign="LEFT")
    pair.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    if pair.wrap(CONTENT_WIDTH, room)[1] <= room:
        return [pair]
    chart.hAlign = "LEFT"
    return [chart, Spacer(1, 3 * mm), _data_table(themes, st, CONTENT_WIDTH)]


def _drawing(themes: tuple[ReportTheme, ...]) -> Any:
    height = _HEAD + _ROW * len(themes) + 2
    drawing = Drawing(CHART_WIDTH, height)
    # The drawing's own default font is Helvetica, which would be selected (unembedded).
    drawing.initialFontName = REGULAR
    top = height - _HEAD
    heads = ("#", "Rating", "G", "A", "R", "–")
    xs = _column_xs()
    for x, (label, width) in zip(xs, heads_with_widths(heads), strict=True):
        drawing.add(_label(x + width / 2, top + 3 * mm, label, BOLD, 7.5))
    for row, theme in enumerate(themes):
        y = top - (row + 1) * _ROW
        drawing.add(_label(xs[0] + _INDEX_W / 2, y + 2.3 * mm, str(row + 1), REGULAR, 8))
        drawing.add(_cell(xs[1], y, _RATING_W, rating_fill(theme.rating)))
        # The same words as the table beside the chart; the longer one in smaller type to fit.
        word = rating_text(theme.rating)
        size = 8 if theme.rating else 6.5
        drawing.add(_label(xs[1] + _RATING_W / 2, y + 2.3 * mm, word, REGULAR, size))
        for n, count in enumerate(rating_counts(theme)):
            fill = rating_fill(COLUMNS[n]) if count else colors.white
            x = xs[2 + n]
            drawing.add(_cell(x, y, _COUNT_W, fill))
            drawing.add(_label(x + _COUNT_W / 2, y + 2.3 * mm, str(count)))
    return drawing


def heads_with_widths(heads: tuple[str, ...]) -> list[tuple[str, float]]:
    widths = [_INDEX_W, _RATING_W, *([_COUNT_W] * len(COLUMNS))]
    return list(zip(heads, widths, strict=True))


def _column_xs() -> list[float]:
    xs = [1.0, 1.0 + _INDEX_W]
    for n in range(len(COLUMNS)):
        xs.append(1.0 + _INDEX_W + _RATING_W + n * _COUNT_W)
    return xs


def _cell(x: float, y: float, width: float, fill: Any) -> Any:
    return Rect(x, y, width, _ROW, fillColor=fill, strokeColor=RULE, strokeWidth=0.5)


def _label(x: float, y: float, value: str, font: str = REGULAR, size: float = 8) -> Any:
    return String(x, y, value, fontName=font, fontSize=size, fillColor=TEXT, textAnchor="middle")


def _data_table(themes: tuple[ReportTheme, ...], st: Styles, width: float) -> Any:
    rows = []
    for n, theme in enumerate(themes, start=1):
        green, amber, red, none = rating_counts(theme)
        rows.append(
            [
                Paragraph(str(n), st.cell),
                Paragraph(escape(theme.title), st.cell),
                Paragraph(f"{theme.answered} of {theme.total}", st.cell),
                Paragraph(escape(rating_text(theme.rating)), st.cell_bold),
                Paragraph(f"{green}·{amber}·{red}·{none}", st.cell),
            ]
        )
    widths = [10 * mm, width - 10 * mm - 24 * mm - 19 * mm - 19 * mm, 24 * mm, 19 * mm, 19 * mm]
    head = ["#", "Theme", "Answered", "Rating", "G·A·R·–"]
    return grid_table(head, rows, widths, st)
