"""What the force must do, the evidence register and the appendix (guidance, frameworks)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from ..model import (
    FILE_NOT_SUPPLIED,
    ReportAction,
    ReportEvidence,
    ReportModel,
    ReportQuestion,
)
from ..text import (
    FRAMEWORK_NOTE,
    date_or,
    framework_line,
)
from .parts import (
    Heading,
    Marker,
    Paragraph,
    Story,
    grid_table,
    text,
)
from .styles import CONTENT_WIDTH, LIGHT_RULE, Styles


def _action_row(a: ReportAction, st: Styles) -> list[Any]:
    kind = a.kind + (" (sensitive)" if a.sensitive else "")
    body = [Paragraph(f"<b>{escape(kind)}</b>", st.cell), text(a.text, st.cell)]
    if a.reply:
        body.append(text(f"Reply: {a.reply}", st.cell))
    if a.question_key:
        body.append(text(f"Question: {a.question_key}", st.cell))
    status = a.status + (" (overdue)" if a.overdue else "")
    return [
        text(a.ref, st.cell),
        body,
        text(a.owner or "Not set", st.cell),
        text(date_or(a.due_date), st.cell),
        text(status, st.cell_bold if a.overdue else st.cell),
    ]


def actions_section(model: ReportModel, st: Styles) -> Story:
    """What the force must do: open conditions and questions first, then the settled ones."""
    story: Story = [CondPageBreak(90 * mm), Heading("What the force must do", st.h1, 0, "actions")]
    if not model.actions:
        return [*story, text("No conditions or questions have been put to the force.", st.body)]
    open_ = [a for a in model.actions if a.status == "Open"]
    settled = [a for a in model.actions if a.status != "Open"]
    fixed = 11 * mm + 34 * mm + 25 * mm + 24 * mm
    widths = [11 * mm, CONTENT_WIDTH - fixed, 34 * mm, 25 * mm, 24 * mm]
    head = ["Ref", "Condition or question", "Owner", "Due", "Status"]
    if open_:
        story.append(grid_table(head, [_action_row(a, st) for a in open_], widths, st))
    else:
        story.append(text("Nothing is open: every condition and question is settled.", st.body))
    if settled:
        story += [
            Paragraph("Answered or closed", st.h3_table),
            grid_table(head, [_action_row(a, st) for a in settled], widths, st),
        ]
    return story


_CRITERIA_NOTE = (
    "For every question of the checklist: the template's guidance, its sources, the evidence to "
    "ask the force for and the template's criteria for a red flag. These are the template's "
    "words, the same for every scrutiny; what the officer found is under Findings."
)


def _guidance(q: ReportQuestion, st: Styles, lead: Story) -> Any:
    critical = " (critical)" if q.critical else ""
    parts = [
        *lead,
        Paragraph(f"{escape(q.key)} · {escape(q.prompt)}{critical}", st.appendix_question),
        text(q.guidance, st.small),
        text("Sources: " + ("; ".join(q.sources) or "None listed"), st.small),
        text("Evidence to ask for: " + ("; ".join(q.evidence) or "None listed"), st.small),
        # The template's criteria, not a finding: what the officer found is in the findings.
        text("Red-flag criteria (from the template): " + (q.red_flag or "None given"), st.small),
        Spacer(1, 3),
    ]
    return KeepTogether(parts)


def _guidance_section(model: ReportModel, st: Styles) -> Story:
    story: Story = [
        Heading("Question guidance, sources and red-flag criteria", st.h2, 1, "appendix-guidance"),
        text(_CRITERIA_NOTE, st.small),
    ]
    for theme in model.themes:
        # The theme's name goes inside its first question's block so it is never left alone.
        lead: Story = [text(theme.title, st.h3)]
        for question in theme.questions:
            story.append(_guidance(question, st, lead))
            lead = []
        story.append(Marker())
    return story


def _evidence_rows(e: ReportEvidence, st: Styles) -> list[list[Any]]:
    lines = [e.title]
    if e.reference:
        lines.append(f"Reference: {e.reference}")
    lines.append(f"{e.kind}; dated {date_or(e.document_date)}; received {date_or(e.received_on)}")
    if e.file_name:
        lines.append(f"File: {e.file_name}")
    if e.file_not_supplied:
        lines.append(FILE_NOT_SUPPLIED)
    if e.sensitive:
        lines.append("Sensitive")
    # The hash gets a full-width row of its own so it stays on one line and copies whole.
    sha = f"SHA-256 of the file: {e.sha256}" if e.sha256 else "No file kept"
    return [
        [
            text(e.ref, st.cell),
            text("\n".join(lines), st.cell),
            text(", ".join(e.question_keys) or "None", st.cell),
        ],
        ["", text(sha, st.hash_cell), ""],
    ]


def evidence_section(model: ReportModel, st: Styles) -> Story:
    story: Story = [
        CondPageBreak(50 * mm),
        Heading("Evidence register", st.h1, 0, "evidence"),
    ]
    if not model.evidence:
        return [*story, text("No evidence has been registered.", st.body)]
    rows = [row for e in model.evidence for row in _evidence_rows(e, st)]
    spans: list[tuple[Any, ...]] = []
    for n in range(len(model.evidence)):
        top, bottom = 1 + 2 * n, 2 + 2 * n
        spans += [("SPAN", (1, bottom), (2, bottom)), ("SPAN", (0, top), (0, bottom))]
        spans.append(("LINEABOVE", (1, bottom), (2, bottom), 0.25, LIGHT_RULE))
        # An item and its hash row always share a page.
        spans.append(("NOSPLIT", (0, top), (-1, bottom)))
    widths = [12 * mm, CONTENT_WIDTH - 12 * mm - 40 * mm, 40 * mm]
    table = grid_table(["Ref", "Item", "Questions"], rows, widths, st, spans, inner=False)
    return [*story, table]


def framework_section(model: ReportModel, st: Styles) -> Story:
    if not model.frameworks:
        return []
    rows = [[text(f.title, st.cell), text(framework_line(f), st.cell)] for f in model.frameworks]
    widths = [55 * mm, CONTENT_WIDTH - 55 * mm]
    return [
        CondPageBreak(50 * mm),
        Heading("Framework coverage", st.h1, 0, "frameworks"),
        text(FRAMEWORK_NOTE, st.small),
        grid_table(["Framework", "Met, not met, not answered"], rows, widths, st),
    ]


def appendix(model: ReportModel, st: Styles) -> Story:
    """Only when asked: the guidance, sources and red-flag criteria of every question."""
    if model.public or not model.appendix:
        return []
    return [PageBreak(), Heading("Appendix", st.h1, 0, "appendix"), *_guidance_section(model, st)]
