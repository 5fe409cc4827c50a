"""Decisions: the panel's advice beside the decision, then the history of every decision."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer, Table

from ..model import ReportDecision, ReportModel
from ..text import (
    NO_DECISION,
    condition_line,
    date_or,
    decision_status,
    decision_title,
    local_time_text,
    outcome_text,
    override_text,
    override_title,
)
from .parts import (
    Heading,
    Paragraph,
    Story,
    bullets,
    facts_table,
    grid_table,
    labelled,
    table_style,
    text,
)
from .styles import CONTENT_WIDTH, RED_FLAG_FILL, RULE, Styles

Rows = Callable[[ReportDecision], list[tuple[str, str]]]
ADVICE, DECISION = "The panel’s advice", "Decision"


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


def panel_rows(model: ReportModel) -> Rows:
    """A standing decision as the panel paper shows it beside the other."""
    prompts = model.prompts

    def rows(d: ReportDecision) -> list[tuple[str, str]]:
        conditions = [f"{n}. {condition_line(c, prompts)}" for n, c in enumerate(d.conditions, 1)]
        return [
            ("Outcome", d.outcome),
            ("Made by", f"{d.capacity}: {d.decided_by}".lstrip(": ")),
            ("Date", local_time_text(d.decided_at)),
            ("Reasons", d.rationale or "None recorded."),
            ("Conditions", "\n".join(conditions) or "None."),
            ("Review date", date_or(d.review_date, "None set")),
        ]

    return rows


def side_by_side(model: ReportModel, st: Styles, rows: Rows) -> Story:
    """The standing advice and decision: their facts in two columns, then each one's words.

    Reasons and conditions follow the table rather than sit in it: a table row cannot run
    over a page, and a decision's conditions can be longer than one.
    """
    advice, ruling = model.current_advice, model.current_ruling
    if advice is None and ruling is None:
        return [text(outcome_text(model), st.body)]
    sides = [(ADVICE, rows(advice) if advice else []), (DECISION, rows(ruling) if ruling else [])]
    labels = [label for label, _ in (sides[0][1] or sides[1][1]) if label not in _LONG]
    none = {ADVICE: "No advice stands.", DECISION: "No decision stands yet."}
    body = []
    for n, label in enumerate(labels):
        cells = [
            text(dict(side)[label] if side else (none[title] if n == 0 else ""), st.cell)
            for title, side in sides
        ]
        body.append([Paragraph(label, st.cell_bold), *cells])
    half = (CONTENT_WIDTH - 28 * mm) / 2
    story: Story = [grid_table(["", ADVICE, DECISION], body, [28 * mm, half, half], st)]
    for title, side in sides:
        words = [(label, value) for label, value in side if label in _LONG]
        if words:
            story += [Paragraph(title, st.h3), *(labelled(k, v, st.body) for k, v in words)]
    return story


_LONG = ("Reasons", "Conditions")


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


def _decision(index: int, d: ReportDecision, st: Styles, conditions: list[str]) -> Story:
    story: Story = [
        CondPageBreak(60 * mm),
        Heading(decision_title(d), st.h3, 2, f"decision-{index}"),
    ]
    if d.overridden_flags or d.override_reason:
        story += [override_box(d, st), Spacer(1, 3 * mm)]
    story += [
        facts_table(_decision_rows(d), st),
        Paragraph("Rationale", st.label),
        text(d.rationale or "No rationale recorded.", st.body),
        Paragraph("Conditions", st.label),
        *(bullets(conditions, st.bullet, numbered=True) or [text("None.", st.body)]),
    ]
    return story


def decisions(model: ReportModel, st: Styles) -> Story:
    """Advice and decision side by side, then every decision oldest first, the replaced marked."""
    story: Story = [
        CondPageBreak(90 * mm),
        Heading("Decisions", st.h1, 0, "decisions"),
        *side_by_side(model, st, panel_rows(model)),
        Heading("Decision history", st.h2, 1, "decision-history"),
    ]
    if not model.decisions:
        return [*story, text(NO_DECISION, st.body)]
    prompts = model.prompts
    for index, d in enumerate(model.decisions):
        conditions = [condition_line(c, prompts) for c in d.conditions]
        story += _decision(index, d, st, conditions)
    return story
