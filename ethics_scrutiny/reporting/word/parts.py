"""Building blocks of the Word copy: headings, facts, tables with header rows, fields, language.

python-docx writes the document; what it has no call for (a repeating header row, a PAGE field,
a run's language) is added as the WordprocessingML element Word itself writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import cast

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..language import language_of

# A4 with 20 mm margins, as the PDF: the paper an office prints on.
PAGE_WIDTH_MM, PAGE_HEIGHT_MM, MARGIN_MM = 210, 297, 20
CONTENT_WIDTH_MM = PAGE_WIDTH_MM - 2 * MARGIN_MM

# Table text is a little smaller than body text (11 pt), as in the PDF, so that a table of
# seven columns keeps whole words in its cells.
TABLE_TEXT = Pt(9.5)

# Word's language tags: the document's own wording, and a Welsh passage within it.
ENGLISH = "en-GB"
WELSH = "cy-GB"


# Characters XML 1.0 cannot hold (NUL, most C0 controls, lone surrogates): text pasted into a
# note can carry them, and python-docx refuses the whole document rather than drop one.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters a Word document cannot contain."""
    return _NOT_XML.sub("", text)


def set_language(run: Run, tag: str) -> None:
    """Mark a run's language, so Word's proofing and screen readers use the right one."""
    rpr = run._r.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)


def add_text(paragraph: Paragraph, text: str, *, bold: bool = False) -> Run:
    """A run of user text, marked Welsh when it is."""
    run = paragraph.add_run(xml_safe(text))
    run.bold = bold or None
    if language_of(text):
        set_language(run, WELSH)
    return run


def heading(doc: Document, text: str, level: int) -> Paragraph:
    """A real Word heading (Heading 1-4), so the navigation pane lists it."""
    paragraph: Paragraph = doc.add_heading("", level=level)
    add_text(paragraph, text)
    return paragraph


def para(doc: Document, text: str, *, label: str = "", style: str | None = None) -> Paragraph:
    """A paragraph, with an optional bold label before the text ("Outcome: ...")."""
    paragraph = doc.add_paragraph(style=style)
    if label:
        paragraph.add_run(f"{label}: ").bold = True
    add_text(paragraph, text)
    return paragraph


def paragraphs(doc: Document, text: str, empty: str = "") -> None:
    """Free text with its line breaks kept as paragraphs."""
    lines = [line for line in text.splitlines() if line.strip()] or ([empty] if empty else [])
    for line in lines:
        para(doc, line)


def bullets(doc: Document, items: Iterable[str], *, numbered: bool = False) -> None:
    style = "List Number" if numbered else "List Bullet"
    for item in items:
        para(doc, item, style=style)


def facts(doc: Document, rows: Iterable[tuple[str, str]]) -> None:
    """Label and value pairs, one paragraph each: they reflow in Word's narrow views too."""
    for label, value in rows:
        paragraph = para(doc, value, label=label)
        paragraph.paragraph_format.space_after = Pt(2)


def table(doc: Document, caption: str, head: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
    """A table with a caption above and a header row Word repeats on every page."""
    doc.add_paragraph(xml_safe(caption), style="Caption")
    grid = doc.add_table(rows=1, cols=len(head))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, head, strict=True):
        run = cell.paragraphs[0].add_run(text)
        run.bold, run.font.size = True, TABLE_TEXT
    _repeat_as_header(grid)
    for values in rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            lines = text.splitlines() or [""]
            add_text(cell.paragraphs[0], lines[0]).font.size = TABLE_TEXT
            for line in lines[1:]:
                add_text(cell.add_paragraph(), line).font.size = TABLE_TEXT
    _fit_columns(grid, [head, *rows])
    doc.add_paragraph()
    return cast(Table, grid)


def _weight(column: Sequence[str]) -> int:
    """How much room a column wants: its longest line up to 30 letters, never less than its
    longest word and the cell's padding (up to 20 letters), so "Amber" stays on one line."""
    lines = [line for text in column for line in (text.splitlines() or [""])]
    longest_line = max((len(line) for line in lines), default=0)
    longest_word = max((len(word) for line in lines for word in line.split()), default=0)
    return max(min(longest_line, 30), min(longest_word + 4, 20), 6)


def _fit_columns(grid: Table, rows: Sequence[Sequence[str]]) -> None:
    """Share the page's width by how much each column holds, so words are not split."""
    weights = [_weight([row[i] for row in rows]) for i in range(len(rows[0]))]
    total = sum(weights)
    grid.autofit = False
    for i, column in enumerate(grid.columns):
        width = Mm(CONTENT_WIDTH_MM * weights[i] / total)
        column.width = width  # the grid LibreOffice lays out by; Word reads the cells
        for cell in column.cells:
            cell.width = width


def _repeat_as_header(grid: Table) -> None:
    # w:tblHeader marks the row as the table's header: repeated across pages, and read out
    # as column headers by screen readers.
    trpr = grid.rows[0]._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    trpr.append(flag)


def field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES): Word fills in the number when it lays out the page."""
    parts = [("begin", None), (None, instruction), ("separate", None)]
    for kind, text in parts:
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run._r.append(instr)
    paragraph.add_run(placeholder)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def marking_paragraph(paragraph: Paragraph, band: str) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(xml_safe(band))
    run.bold = True


def page_break(doc: Document) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
