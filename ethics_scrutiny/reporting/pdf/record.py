"""Actions, the decision history and the appendix (guidance, evidence register, record)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table

from ..model import (
    FILE_NOT_SUPPLIED,
    ReportAction,
    ReportDecision,
    ReportEvidence,
    ReportModel,
    ReportQuestion,
)
from ..text import (
    FRAMEWORK_NOTE,
    NO_DECISION,
    condition_line,
    date_or,
    decision_status,
    decision_title,
    framework_line,
    local_time_text,
    override_text,
    override_title,
    verify_steps,
)
from .parts import (
    Heading,
    Marker,
    Paragraph,
    Story,
    bullets,
    facts_table,
    grid_table,
    table_style,
    text,
)
from .styles import CONTENT_WIDTH, LIGHT_RULE, RED_FLAG_FILL, RULE, Styles


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
    """Questions to the force and conditions of approval, with where each stands."""
    story: Story = [PageBreak(), Heading("Actions and conditions", st.h1, 0, "actions")]
    if not model.actions:
        return [*story, text("No actions or conditions have been recorded.", st.body)]
    rows = [_action_row(a, st) for a in model.actions]
    fixed = 11 * mm + 34 * mm + 25 * mm + 24 * mm
    widths = [11 * mm, CONTENT_WIDTH - fixed, 34 * mm, 25 * mm, 24 * mm]
    head = ["Ref", "Action and reply", "Owner", "Due", "Status"]
    return [*story, grid_table(head, rows, widths, st)]


def _decision_rows(d: ReportDecision) -> list[tuple[str, str]]:
    rows = [
        ("Outcome", d.outcome),
        ("Capacity", d.capacity or "Not recorded"),
        ("Decided by", d.decided_by),
        ("Decided at", local_time_text(d.decided_at)),
        ("Review date", date_or(d.review_date, "None set")),
        ("Record entry", str(d.record_entry) if d.record_entry else "Not recorded"),
    ]
    if d.supersedes is not None:
        rows.append(("Replaces", f"Decision {d.supersedes}"))
    rows.append(("Status", decision_status(d)))
    return rows


def override_box(d: ReportDecision, st: Styles) -> Any:
    box = Table(
        [[text(override_title([d]), st.cell_bold)], [text(override_text(d), st.cell)]],
        colWidths=[CONTENT_WIDTH],
        hAlign="LEFT",
    )
    box.setStyle(
        table_style(
            [("BOX", (0, 0), (-1, -1), 1.5, RULE), ("BACKGROUND", (0, 0), (-1, -1), RED_FLAG_FILL)]
        )
    )
    return box


def _decision(index: int, d: ReportDecision, st: Styles, conditions: list[str]) -> Story:
    title = decision_title(d)
    story: Story = [
        CondPageBreak(60 * mm),
        Heading(title, st.h2, 1, f"decision-{index}"),
    ]
    if d.overridden_flags or d.override_reason:
        story += [override_box(d, st), Spacer(1, 3 * mm)]
    story += [
        facts_table(_decision_rows(d), st),
        Paragraph("Rationale", st.h3),
        text(d.rationale or "No rationale recorded.", st.body),
        Paragraph("Conditions", st.h3),
        *(bullets(conditions, st.bullet, numbered=True) or [text("None.", st.body)]),
    ]
    return story


def decisions(model: ReportModel, st: Styles) -> Story:
    """The decision history, oldest first as recorded; superseded ones stay, marked."""
    story: Story = [PageBreak(), Heading("Decision history", st.h1, 0, "decisions")]
    if not model.decisions:
        return [*story, text(NO_DECISION, st.body)]
    prompts = model.prompts
    for index, d in enumerate(model.decisions):
        conditions = [condition_line(c, prompts) for c in d.conditions]
        story += _decision(index, d, st, conditions)
    return story


def public_decision(model: ReportModel, st: Styles) -> Story:
    """The standing decision for the public summary: outcome, rationale, conditions, review."""
    story: Story = [Heading("Decision", st.h1, 0, "decision")]
    current = model.current_decision
    if current is None:
        return [*story, text(NO_DECISION, st.body)]
    rows = [
        ("Outcome", current.outcome),
        ("Made by", f"{current.capacity}: {current.decided_by}".lstrip(": ")),
        ("Date", local_time_text(current.decided_at)),
        ("Review date", date_or(current.review_date, "None set")),
    ]
    story += [facts_table(rows, st)]
    if current.overridden_flags or current.override_reason:
        story += [Spacer(1, 3 * mm), override_box(current, st)]
    story += [
        Paragraph("Rationale", st.h3),
        text(current.rationale, st.body),
        Paragraph("Conditions", st.h3),
        # The public summary carries no question codes: each condition's own words only.
        *(
            bullets([condition_line(c, None) for c in current.conditions], st.bullet, numbered=True)
            or [text("None.", st.body)]
        ),
    ]
    return story


def _guidance(q: ReportQuestion, st: Styles, lead: Story) -> Any:
    critical = " (critical)" if q.critical else ""
    parts = [
        *lead,
        Paragraph(f"{escape(q.key)} · {escape(q.prompt)}{critical}", st.appendix_question),
        text(q.guidance, st.small),
        text("Sources: " + ("; ".join(q.sources) or "None listed"), st.small),
        text("Evidence to ask for: " + ("; ".join(q.evidence) or "None listed"), st.small),
        Spacer(1, 3),
    ]
    return KeepTogether(parts)


def _guidance_section(model: ReportModel, st: Styles) -> Story:
    story: Story = [Heading("Question guidance and sources", st.h2, 1, "appendix-guidance")]
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


def _evidence_section(model: ReportModel, st: Styles) -> Story:
    story: Story = [
        CondPageBreak(50 * mm),
        Heading("Evidence register", st.h2, 1, "appendix-evidence"),
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


def _framework_section(model: ReportModel, st: Styles) -> Story:
    if not model.frameworks:
        return []
    rows = [[text(f.title, st.cell), text(framework_line(f), st.cell)] for f in model.frameworks]
    widths = [55 * mm, CONTENT_WIDTH - 55 * mm]
    return [
        CondPageBreak(50 * mm),
        Heading("Framework coverage", st.h2, 1, "appendix-frameworks"),
        text(FRAMEWORK_NOTE, st.small),
        grid_table(["Framework", "Met, not met, not answered"], rows, widths, st),
    ]


def _record_section(model: ReportModel, st: Styles) -> Story:
    title = "Checking this summary" if model.public else "The decision record"
    heading = (
        Heading(title, st.h1, 0, "record")
        if model.public
        else Heading(title, st.h2, 1, "appendix-record")
    )
    # Kept on one page: the hash and how to check it are read together.
    return [
        CondPageBreak(60 * mm),
        KeepTogether(
            [
                heading,
                facts_table(
                    [
                        ("Entries in the record", str(model.record_entries)),
                        ("Report ID", model.report_id or "Not set"),
                    ],
                    st,
                ),
                Spacer(1, 3 * mm),
                Paragraph("Record head hash", st.label),
                # Small enough to stay on one line, so it can be copied whole.
                text(model.record_head_hash, st.hash_line),
                *bullets(verify_steps(model), st.bullet),
            ]
        ),
    ]


def appendix(model: ReportModel, st: Styles) -> Story:
    """Guidance and sources for every question, the evidence register and the record head."""
    if model.public:
        return _record_section(model, st)
    return [
        PageBreak(),
        Heading("Appendix", st.h1, 0, "appendix"),
        *_guidance_section(model, st),
        *_evidence_section(model, st),
        *_framework_section(model, st),
        *_record_section(model, st),
    ]
