"""The bare PDF baseline: the same report text and tables in a plain reportlab document.

"Bare" means: the paragraphs and table cells of the app's ``ReportModel`` for the scrutiny (the
same words, in the same order: facts, summary, red flags, heat-map table, decisions, every
theme's questions with guidance, sources, evidence asked for, red flag text, finding, note and
linked evidence, then the evidence register, actions, round changes and framework tables) laid
out by ``SimpleDocTemplate.build`` in one pass with reportlab's sample styles. It uses the same
bundled DejaVu Sans TTF (embedded subset), since the text needs its Welsh and other glyphs, and
wraps table cells in Paragraphs as any real table of long text must. It has no cover, contents,
chart, page headers and footers, "Page X of Y", bookmarks or multi-pass layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from ethics_scrutiny.assets import fonts_dir
from ethics_scrutiny.reporting.model import ReportEvidence, ReportModel

FONT, FONT_BOLD = "BareDejaVuSans", "BareDejaVuSans-Bold"


@dataclass
class Content:
    """The report as plain blocks: (style, text) paragraphs and tables of cell text."""

    blocks: list[tuple[str, str] | list[list[str]]] = field(default_factory=list)

    def add(self, style: str, *texts: str) -> None:
        self.blocks.extend((style, t) for t in texts if t)

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        if rows:
            self.blocks.append([header, *rows])

    @property
    def paragraph_count(self) -> int:
        return sum(1 for b in self.blocks if isinstance(b, tuple))

    @property
    def cell_count(self) -> int:
        return sum(len(r) * len(r[0]) for r in self.blocks if isinstance(r, list))


def content_of(model: ReportModel) -> Content:
    """Every paragraph and table cell of the report, as text."""
    c = Content()
    c.add("Title", model.title)
    c.add("BodyText", model.force, model.technology, model.stage, model.marking, model.supplier)
    c.add("BodyText", model.purpose, ", ".join(f"{t} {v}" for t, v in model.templates))
    c.add("BodyText", f"Round {model.round_number}; prepared by {model.prepared_by}")
    c.add("BodyText", f"Record head {model.record_head_hash} ({model.record_entries} entries)")
    c.add("Heading1", "Summary")
    c.add("BodyText", f"{model.answered} of {model.total} answered; ready: {model.ready}")
    c.add("BodyText", "Missing critical: " + ", ".join(model.missing_critical))
    for flag in model.red_flags:
        c.add("BodyText", f"{flag.key} {flag.prompt}: {flag.line} {flag.why}")
    c.table(
        ["Theme", "Module", "Rating", "Answered"],
        [[t.title, t.module, t.rating or "", f"{t.answered}/{t.total}"] for t in model.themes],
    )
    c.add("Heading1", "Decisions")
    for d in model.decisions:
        c.add("Heading3", f"{d.sequence}. {d.outcome} ({d.capacity})")
        c.add("BodyText", f"{d.decided_by}, {d.decided_at:%d %B %Y %H:%M}", d.rationale)
        c.add("BodyText", *d.conditions, d.override_reason, ", ".join(d.overridden_flags))
        c.add("BodyText", d.withdrawn_reason)
    for theme in model.themes:
        c.add("Heading1", theme.title)
        for q in theme.questions:
            c.add("Heading3", f"{q.key} {q.prompt}")
            c.add("BodyText", q.guidance, "; ".join(q.sources), "; ".join(q.evidence), q.red_flag)
            c.add("BodyText", f"{q.status} {q.rating or ''}", *q.note.splitlines())
            c.add("BodyText", ", ".join(q.evidence_refs), q.blocks)
    c.add("Heading1", "Evidence register")
    c.table(
        ["Ref", "Title", "Kind", "Reference", "Dated", "Received", "File", "SHA-256"],
        [_evidence_cells(e) for e in model.evidence],
    )
    c.add("Heading1", "Actions and conditions")
    c.table(
        ["Ref", "Kind", "Text", "Owner", "Due", "Status", "Reply"],
        [
            [a.ref, a.kind, a.text, a.owner, str(a.due_date or ""), a.status, a.reply]
            for a in model.actions
        ],
    )
    c.add("Heading1", "Changes since the previous round")
    c.table(
        ["Question", "Change", "Before", "After"],
        [[f"{x.key} {x.prompt}", x.kind, x.before, x.after] for x in model.changes],
    )
    c.add("Heading1", "Frameworks")
    c.table(
        ["Framework", "Covered", "Unanswered"],
        [[f.title, f"{f.covered}/{f.total}", ", ".join(f.unanswered)] for f in model.frameworks],
    )
    return c


def _evidence_cells(e: ReportEvidence) -> list[str]:
    dated, received = str(e.document_date or ""), str(e.received_on or "")
    return [e.ref, e.title, e.kind, e.reference, dated, received, e.file_name, e.sha256 or ""]


def render(content: Content, out: Path) -> None:
    """Lay the content out with SimpleDocTemplate in one pass and write ``out``."""
    styles = _styles()
    cell = ParagraphStyle("Cell", parent=styles["BodyText"], fontSize=8, leading=10)
    story: list[Flowable] = []
    for block in content.blocks:
        if isinstance(block, tuple):
            story.append(Paragraph(escape(block[1]).replace("\n", "<br/>"), styles[block[0]]))
        else:
            rows = [[Paragraph(escape(text), cell) for text in row] for row in block]
            table = Table(rows, repeatRows=1)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
            story.append(table)
    document = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, title="Bare report"
    )
    document.build(story)


_STYLES: list[StyleSheet1] = []


def _styles() -> StyleSheet1:
    if not _STYLES:
        pdfmetrics.registerFont(TTFont(FONT, str(fonts_dir() / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts_dir() / "DejaVuSans-Bold.ttf")))
        sheet = getSampleStyleSheet()
        for name in ("Title", "Heading1", "Heading3"):
            sheet[name].fontName = FONT_BOLD
        sheet["BodyText"].fontName = FONT
        _STYLES.append(sheet)
    return _STYLES[0]
