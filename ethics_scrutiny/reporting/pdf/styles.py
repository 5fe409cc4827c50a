"""Paragraph styles, colours and page geometry for the PDF report (DejaVu Sans throughout)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import BOLD, ITALIC, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN: Final = 20 * mm
RIGHT_MARGIN: Final = 20 * mm
TOP_MARGIN: Final = 24 * mm
BOTTOM_MARGIN: Final = 28 * mm
CONTENT_WIDTH: Final = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
FRAME_HEIGHT: Final = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN

TEXT: Final = colors.HexColor("#1A1A1A")
MUTED: Final = colors.HexColor("#404040")
HEADING: Final = colors.HexColor("#1B3A5C")
RULE: Final = colors.HexColor("#7A7A7A")
LIGHT_RULE: Final = colors.HexColor("#BDBDBD")
HEAD_FILL: Final = colors.HexColor("#E4EAF1")
RED_FLAG_FILL: Final = colors.HexColor("#F6C9C7")

# Light tints so the black rating word on top keeps a high contrast; the word carries the meaning.
RATING_FILLS: Final[dict[str, Any]] = {
    "Green": colors.HexColor("#CDEBD3"),
    "Amber": colors.HexColor("#FFE0A3"),
    "Red": colors.HexColor("#F6C9C7"),
}
UNRATED_FILL: Final = colors.HexColor("#E6E6E6")


def rating_fill(rating: str | None) -> Any:
    """Return the background tint for a rating word (grey when not rated or unknown)."""
    return RATING_FILLS.get(rating or "", UNRATED_FILL)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles one report uses."""

    body: Any
    small: Any
    theme_meta: Any
    cell: Any
    cell_bold: Any
    chart: Any
    chart_bold: Any
    label: Any
    note_label: Any
    kicker: Any
    cover_title: Any
    cover_marking: Any
    h1: Any
    h2: Any
    h2_module: Any
    h3: Any
    h3_table: Any
    question: Any
    answer: Any
    withheld: Any
    bullet: Any
    appendix_question: Any
    hash_cell: Any
    hash_line: Any
    toc_levels: tuple[Any, ...]


def _style(name: str, **kwargs: Any) -> Any:
    values: dict[str, Any] = {
        "fontName": REGULAR,
        "bulletFontName": REGULAR,
        "fontSize": 11,
        "leading": 15,
        "textColor": TEXT,
    }
    values.update(kwargs)
    return ParagraphStyle(name, **values)


def _heading(name: str, size: float, space_before: float) -> Any:
    return _style(
        name,
        fontName=BOLD,
        fontSize=size,
        leading=size * 1.3,
        textColor=HEADING,
        spaceBefore=space_before,
        spaceAfter=6,
        keepWithNext=1,
    )


def _toc_levels() -> tuple[Any, ...]:
    level0 = _style("TOC0", fontName=BOLD, fontSize=11.5, leading=18, spaceBefore=4)
    level1 = _style("TOC1", fontSize=10.5, leading=15, leftIndent=14, firstLineIndent=0)
    # Themes under a module heading: indented further so the module stands out above them.
    level2 = _style("TOC2", fontSize=10, leading=14, leftIndent=30, firstLineIndent=0)
    return (level0, level1, level2)


def make_styles() -> Styles:
    """Register the fonts and build the report's styles."""
    register_fonts()
    return Styles(
        body=_style("Body", spaceAfter=6),
        small=_style("Small", fontSize=10, leading=13, textColor=MUTED, spaceAfter=4),
        theme_meta=_style(
            "ThemeMeta", fontSize=10, leading=13, textColor=MUTED, spaceAfter=4, keepWithNext=1
        ),
        cell=_style("Cell", fontSize=10, leading=13),
        cell_bold=_style("CellBold", fontName=BOLD, fontSize=10, leading=13),
        # The heat map's labels: compact, and never under 8 pt.
        chart=_style("Chart", fontSize=9, leading=11),
        chart_bold=_style("ChartBold", fontName=BOLD, fontSize=9, leading=11),
        label=_style("Label", fontName=BOLD, fontSize=10, leading=13, textColor=MUTED),
        # As large as the note it introduces: a label smaller than body text is easily missed.
        note_label=_style("NoteLabel", fontName=BOLD, fontSize=11, leading=15, textColor=MUTED),
        kicker=_style("Kicker", fontName=BOLD, fontSize=14, leading=18, textColor=MUTED),
        cover_title=_style(
            "CoverTitle", fontName=BOLD, fontSize=24, leading=30, textColor=HEADING, spaceAfter=14
        ),
        cover_marking=_style(
            "CoverMarking", fontName=BOLD, fontSize=18, leading=22, alignment=TA_CENTER
        ),
        h1=_heading("H1", 18, 4),
        h2=_heading("H2", 14.5, 14),
        h2_module=_heading("H2Module", 16, 18),
        h3=_style("H3", fontName=BOLD, fontSize=12, leading=16, spaceBefore=10, keepWithNext=1),
        # Above a long table: keepWithNext would move the whole table to the next page.
        h3_table=_style("H3Table", fontName=BOLD, fontSize=12, leading=16, spaceBefore=10),
        question=_style("Question", fontName=BOLD, fontSize=11, leading=15, spaceAfter=4),
        answer=_style("Answer", fontName=BOLD, fontSize=11, leading=15, spaceBefore=4),
        withheld=_style(
            "Withheld", fontName=ITALIC, fontSize=11, leading=15, textColor=MUTED, spaceAfter=6
        ),
        bullet=_style("Bullet", leftIndent=14, bulletIndent=2, spaceAfter=2),
        appendix_question=_style(
            "AppendixQuestion", fontName=BOLD, fontSize=10, leading=13, spaceBefore=4
        ),
        hash_cell=_style("HashCell", fontSize=7.5, leading=10),
        hash_line=_style("HashLine", fontSize=9, leading=12, spaceAfter=4),
        toc_levels=_toc_levels(),
    )
