"""The editable Word copy of a report: the panel paper or the public summary, as a .docx file.

Built from the same ReportModel and content rules as the PDF and HTML, for officers and panels
who edit papers in Word before a meeting: real headings (the navigation pane), the marking in
every header and footer, tables with header rows, and "Page X of Y" from Word's own fields.
"""

from __future__ import annotations

import io
from datetime import UTC

import docx
from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ..cancel import Cancelled, check_cancelled
from ..model import ReportModel
from ..readable import for_readers
from ..text import report_kind
from .panel import SECTIONS as PANEL_SECTIONS
from .panel import Progress
from .parts import (
    ENGLISH,
    MARGIN_MM,
    PAGE_HEIGHT_MM,
    PAGE_WIDTH_MM,
    field,
    marking_paragraph,
    xml_safe,
)
from .public import SECTIONS as PUBLIC_SECTIONS


def render_docx(
    model: ReportModel,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """Render ``model`` as a Word document and return the file's bytes.

    Raises:
        ExportCancelledError: ``cancelled()`` returned true between two sections.
    """
    model = for_readers(model)
    doc = docx.Document()
    _set_up(doc, model)
    steps = PUBLIC_SECTIONS if model.public else PANEL_SECTIONS
    for done, step in enumerate(steps, start=1):
        check_cancelled(cancelled)
        step(doc, model)
        if progress is not None:
            progress(done, len(steps))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _set_up(doc: Document, model: ReportModel) -> None:
    props = doc.core_properties
    props.title = xml_safe(f"{report_kind(model)}: {model.title}")
    # The office publishes the paper; the officer is named in it, not as the file's author.
    props.author = xml_safe(model.office or ("" if model.public else model.prepared_by))
    props.subject = xml_safe(model.force)
    props.language = ENGLISH
    props.keywords = model.marking
    props.comments = ""
    props.last_modified_by = props.author
    props.created = model.generated_at.astimezone(UTC).replace(tzinfo=None)
    _default_language(doc)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    for section in doc.sections:
        section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(MARGIN_MM))
        marking_paragraph(section.header.paragraphs[0], model.band)
        footer = section.footer.paragraphs[0]
        marking_paragraph(footer, model.band)
        footer.add_run("\nPage ")
        field(footer, "PAGE")
        footer.add_run(" of ")
        field(footer, "NUMPAGES")


def _default_language(doc: Document) -> None:
    """The document's own language, in the defaults every style inherits."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), ENGLISH)
