"""Page numbers known only at the end ("Page X of Y", the contents' pages), drawn at the end.

Where such a number belongs, a placeholder (a PDF comment line) goes into the page's content
stream; once the single layout pass has ended and the numbers are known, just before the file
is written, each placeholder is replaced by the very operators that drawing the number there
would have produced. The pages are the same as if the numbers had been drawn in place, but the
report is laid out once instead of twice.
"""

from __future__ import annotations

import re
from ast import literal_eval
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.tableofcontents import TableOfContents

from .fonts import REGULAR
from .styles import MUTED, PAGE_WIDTH, RIGHT_MARGIN

FOOTER_NUMBER_Y = 14 * 72 / 25.4  # 14 mm, the footer line's baseline
FOOTER_NUMBER_SIZE = 8.5
_PLACEHOLDER = re.compile(r"%ES-deferred-(\d+)\n")

Drawing = Callable[[Any, int], None]  # (canvas, page total)


@dataclass
class _ContentsNumber:
    """Where one contents line's leader dots and page number go, in its own coordinates."""

    key: str
    style: Any
    x: float
    y: float
    avail_width: float
    dot: str


@dataclass
class DeferredNumbers:
    """Placeholders drawn so far and how to draw each; filled by :meth:`fill` before saving."""

    pages_of_headings: dict[str, int] = field(default_factory=dict)
    drawings: list[Drawing] = field(default_factory=list)

    def footer(self, canv: Any, page: int) -> None:
        """This page's "Page X of Y", in the footer's font and colour (set by the caller)."""

        def draw(target: Any, total: int) -> None:
            text = f"Page {page} of {total}"
            target.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, FOOTER_NUMBER_Y, text)

        self._defer(canv, draw, setup=_footer_font)

    def contents_line_end(self, canv: Any, entry: _ContentsNumber) -> None:
        def draw(target: Any, _total: int) -> None:
            _draw_page_number(target, entry, self.pages_of_headings[entry.key])

        self._defer(canv, draw)

    def _defer(self, canv: Any, draw: Drawing, setup: Drawing | None = None) -> None:
        canv._code.append(f"%ES-deferred-{len(self.drawings)}")
        self.drawings.append(_after(setup, draw) if setup else draw)

    def fill(self, canv: Any, total: int) -> None:
        """Replace every placeholder with its drawing, now that the numbers are known."""
        for page in canv._doc.Pages.pages:
            if "%ES-deferred-" in page.stream:
                page.stream = _PLACEHOLDER.sub(
                    lambda m: _operators(canv, self.drawings[int(m.group(1))], total) + "\n",
                    page.stream,
                )


def _after(setup: Drawing, draw: Drawing) -> Drawing:
    def both(target: Any, total: int) -> None:
        setup(target, total)
        target._code.clear()  # the page had this state already where the placeholder is
        draw(target, total)

    return both


def _footer_font(canv: Any, _total: int) -> None:
    canv.setFillColor(MUTED)
    canv.setFont(REGULAR, FOOTER_NUMBER_SIZE)


def _operators(canv: Any, draw: Drawing, total: int) -> str:
    """The content-stream operators ``draw`` produces (glyphs are added to the font subsets)."""
    kept = canv._code
    canv._code = []
    canv.saveState()
    try:
        draw(canv, total)
        return "\n".join(code for code in canv._code if code not in ("q", "Q"))
    finally:
        canv.restoreState()
        canv._code = kept


def _draw_page_number(canv: Any, entry: _ContentsNumber, page: int) -> None:
    """As reportlab's ``tableofcontents.drawPageNumbers`` draws a right-aligned number."""
    style = entry.style
    pagestr = str(page)
    font_size = style.fontSize
    width = stringWidth(pagestr, style.fontName, font_size)
    free = entry.avail_width - entry.x
    while width > free and font_size >= 1.0:
        font_size = 0.9 * font_size
        width = stringWidth(pagestr, style.fontName, font_size)
    if entry.dot:
        dot_width = stringWidth(entry.dot, style.fontName, font_size)
        dots = int((entry.avail_width - entry.x - width) / dot_width)
    else:
        dots = dot_width = 0
    text = canv.beginText(entry.avail_width - dots * dot_width - width, entry.y)
    text.setFont(style.fontName, font_size)
    text.setFillColor(style.textColor)
    text.textLine(f"{dots * entry.dot}{pagestr}")
    canv.drawText(text)


class DeferredContents(TableOfContents):  # type: ignore[misc]
    """A contents laid out from entries given up front, its page numbers drawn as forms.

    The entries (every heading, in order) are known before layout, so the contents has its
    final length in the one pass; only the page numbers wait for the end.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.numbers = DeferredNumbers()  # the document's own, once it is rendered

    def set_entries(self, entries: list[tuple[int, str, int, str]]) -> None:
        self._lastEntries = list(entries)

    def entries(self) -> list[tuple[int, str, int, str]]:
        return list(self._lastEntries)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        size: tuple[float, float] = super().wrap(avail_width, avail_height)

        def line_end(canvas: Any, _kind: str, label: str) -> None:
            parts = label.split(",")
            level, key = int(parts[1]), literal_eval(parts[2])
            info = canvas._curr_tx_info
            dot = " . " if self.dotsMinLevel >= 0 and level >= self.dotsMinLevel else ""
            entry = _ContentsNumber(
                key=key,
                style=self.getLevelStyle(level),
                x=info["cur_x"],
                y=info["cur_y"],
                avail_width=avail_width,
                dot=dot,
            )
            self.numbers.contents_line_end(canvas, entry)

        self.canv.setNamedCB("drawTOCEntryEnd", line_end)
        return size


class NumberingCanvas(Canvas):  # type: ignore[misc]
    """A canvas that fills in the deferred numbers just before it writes the file."""

    def __init__(self, *args: Any, numbers: DeferredNumbers, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._numbers = numbers

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        self._numbers.fill(self, self.getPageNumber() - 1)
        super().save()
