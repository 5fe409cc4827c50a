"""Small PDF building blocks shared by the report's sections; all user text is escaped here."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus import Paragraph as _Paragraph

from ..language import is_welsh
from .font_fallback import cjk_style, uses_fallback, with_fallback_font
from .fonts import REGULAR
from .styles import CONTENT_WIDTH, HEAD_FILL, LIGHT_RULE, PAGE_HEIGHT, RULE, Styles

Story = list[Any]


class Paragraph(_Paragraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width, its CJK text in the CJK font.

    Its text and style never change once made, so a second ``wrap`` at the same width (a
    question block measured for keeping together, then its ``KeepTogether`` measuring it, then
    the frame placing it) gives the same lines: they are kept instead of broken again.
    """

    _wrapped_at: float | None = None

    def __init__(self, text: str | None, style: Any = None, *args: Any, **kwargs: Any) -> None:
        # A paragraph split over two pages is rebuilt from its laid-out pieces, with no text.
        if text is not None:
            text = with_fallback_font(text)
            if style is not None and uses_fallback(text):
                style = cjk_style(style)
        super().__init__(text, style, *args, **kwargs)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # (A split that finds no room drops the lines, and then they are broken again.)
        if avail_width == self._wrapped_at and hasattr(self, "blPara"):
            self.width = avail_width
            return (avail_width, self.height)
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        # Under reportlab's fuzz width nothing was laid out (it answers "cannot fit").
        self._wrapped_at = avail_width if getattr(self, "blPara", None) is not None else None
        return size


class Heading(Paragraph):
    """A heading that becomes a bookmark, an outline entry and a contents line."""

    def __init__(self, text: str, style: Any, level: int, key: str) -> None:
        super().__init__(escape(text), style)
        self.toc_text = text
        self.toc_level = level
        self.bookmark_key = key


class Marker(Flowable):  # type: ignore[misc]
    """An invisible step marker: the document reports progress and checks for cancel here."""

    def __init__(self, index: int = -1) -> None:
        super().__init__()
        self.index = index

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        return None


class ThemeDone(Marker):
    """Laid out after a theme's last question, for progress reports."""


class WelshParagraph(Paragraph):
    """A Welsh passage: its text is marked as Welsh for screen readers and text-to-speech.

    The document is English; a marked-content span with ``/Lang (cy)`` (PDF 1.7, 14.9.2) says
    which passages are Welsh, even though reportlab cannot tag the rest of the structure.
    """

    def draw(self) -> None:
        self.canv._code.append("/Span <</Lang (cy)>> BDC")
        try:
            super().draw()
        finally:
            self.canv._code.append("EMC")


def text(value: str, style: Any) -> Any:
    """A paragraph of raw user text: escaped, with its line breaks kept; Welsh marked so."""
    kind = WelshParagraph if is_welsh(value) else Paragraph
    return kind(escape(value).replace("\n", "<br/>"), style)


def labelled(label: str, value: str, style: Any) -> Any:
    return Paragraph(f"<b>{escape(label)}:</b> {escape(value).replace(chr(10), '<br/>')}", style)


def bullets(items: list[str], style: Any, *, numbered: bool = False) -> Story:
    return [
        Paragraph(escape(item), style, bulletText=f"{n}." if numbered else "•")
        for n, item in enumerate(items, start=1)
    ]


def table_style(commands: list[tuple[Any, ...]]) -> Any:
    """A table style whose cell font is DejaVu too (reportlab's default cell font is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def facts_table(rows: list[tuple[str, str]], st: Styles, label_width: float = 42 * mm) -> Any:
    data = [[Paragraph(escape(k), st.label), text(v, st.cell)] for k, v in rows]
    table = Table(data, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, LIGHT_RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def grid_table(
    head: list[str],
    rows: list[list[Any]],
    widths: list[float],
    st: Styles,
    extra: list[tuple[Any, ...]] | None = None,
    *,
    inner: bool = True,
    header_style: Any = None,
) -> Any:
    """A ruled table with a header row repeated on every page it spans.

    With ``inner=False`` only the columns and the header are ruled, so ``extra`` can rule
    groups of rows (an item and its detail row) itself.
    """
    header = [Paragraph(escape(h), header_style or st.cell_bold) for h in head]
    table = Table([header, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    rules: list[tuple[Any, ...]] = (
        [("GRID", (0, 0), (-1, -1), 0.5, RULE)]
        if inner
        else [("BOX", (0, 0), (-1, -1), 0.5, RULE), ("INNERGRID", (0, 0), (-1, 0), 0.5, RULE)]
    )
    table.setStyle(
        table_style(
            [
                *rules,
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *(extra or []),
            ]
        )
    )
    return table


def height(flowables: Story) -> float:
    """The height the flowables take at the full content width, spacing included."""
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total
