"""The PDF report's story: cover, contents and summary, then the other sections in order."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from ..model import ReportAction, ReportModel
from ..text import (
    date_or,
    flag_line,
    inconsistency_line,
    local_time_text,
    outcome_text,
    override_text,
    override_title,
    readiness_text,
    report_kind,
    round_text,
)
from .chart import heat_map
from .findings import changes, findings
from .numbers import DeferredContents
from .parts import (
    Heading,
    Paragraph,
    Story,
    bullets,
    facts_table,
    height,
    labelled,
    table_style,
    text,
)
from .record import actions_section, appendix, decisions, public_decision
from .styles import CONTENT_WIDTH, FRAME_HEIGHT, RED_FLAG_FILL, RULE, Styles


def _cover_rows(model: ReportModel) -> list[tuple[str, str]]:
    core = model.templates[0] if model.templates else ("None recorded", "")
    rows = [
        ("Force", model.force),
        ("Technology", model.technology),
        ("Modules", "\n".join(model.modules) or "None (core checklist only)"),
        ("Stage", model.stage),
        ("Round", round_text(model)),
        ("Protective marking", model.marking),
        ("Supplier", model.supplier or "Not recorded"),
        ("Date", local_time_text(model.generated_at)),
        ("Template", f"{core[0]}, version {core[1]}" if core[1] else core[0]),
    ]
    rows += [("Module template", f"{title}, version {v}") for title, v in model.templates[1:]]
    if not model.public:  # a public summary names the office, not the officer
        rows.append(("Prepared by", model.prepared_by or "Not recorded"))
    if model.report_id:
        rows.append(("Report ID", model.report_id))
    if model.app_version:
        rows.append(("Produced with", f"Ethics Scrutiny {model.app_version}"))
    return rows


def _marking_box(model: ReportModel, st: Styles) -> Any:
    box = Table([[text(model.marking, st.cover_marking)]], colWidths=[CONTENT_WIDTH])
    box.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 2, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return box


def cover(model: ReportModel, st: Styles) -> Story:
    """The cover page, ending with a switch to the body template."""
    story: Story = [
        Spacer(1, 12 * mm),
        text(report_kind(model), st.kicker),
        Spacer(1, 4 * mm),
        text(model.title, st.cover_title),
        _marking_box(model, st),
        Spacer(1, 8 * mm),
        facts_table(_cover_rows(model), st),
    ]
    if model.public:
        note = (
            "This public summary sets out the deployment, the scope of the scrutiny, the red "
            "flags found and the decision. It leaves out the officer's notes, the evidence "
            "and the actions put to the force."
        )
        story += [Spacer(1, 6 * mm), text(note, st.small)]
    return [*story, NextPageTemplate("body"), PageBreak()]


def contents(st: Styles) -> Story:
    """The contents page: every heading, its page number filled in when the pages are known."""
    layout = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    toc = DeferredContents(
        levelStyles=list(st.toc_levels), tableStyle=table_style(layout), dotsMinLevel=0
    )
    return [Paragraph("Contents", st.h1), Spacer(1, 4 * mm), toc, PageBreak()]


def alert_box(lines: list[str], st: Styles) -> Any:
    """A shaded, ruled box for what the panel must not miss (an override of blocking flags)."""
    cells = [[text(line, st.cell_bold if n == 0 else st.cell)] for n, line in enumerate(lines)]
    box = Table(cells, colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    box.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), RED_FLAG_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([Spacer(1, 3 * mm), box, Spacer(1, 3 * mm)])


def overrides(model: ReportModel, st: Styles) -> Story:
    found = [d for d in model.decisions if d.overridden_flags or d.override_reason]
    if not found:
        return []
    return [alert_box([override_title(found), *(override_text(d) for d in found)], st)]


def flag_lines(model: ReportModel) -> list[str]:
    return [flag_line(f) for f in model.red_flags]


def _flags(model: ReportModel, st: Styles) -> Story:
    lines = flag_lines(model)
    return [
        Paragraph("Red flags", st.h3),
        *(bullets(lines, st.bullet) if lines else [text("No red flags.", st.body)]),
        *_inconsistencies(model, st),
    ]


def _inconsistencies(model: ReportModel, st: Styles) -> Story:
    """Answers of "met" that the templates' consistency rules count as not met, if any."""
    if not model.inconsistencies:
        return []
    lines = [inconsistency_line(item) for item in model.inconsistencies]
    return [Paragraph("Inconsistent answers", st.h3), *bullets(lines, st.bullet)]


def _action_line(action: ReportAction) -> str:
    due = date_or(action.due_date, "no due date")
    late = " (OVERDUE)" if action.overdue else ""
    owner = f", owner {action.owner}" if action.owner else ""
    return f"{action.ref} {action.kind}: {action.text} (due {due}{late}{owner})"


def summary(model: ReportModel, st: Styles) -> Story:
    """Outcome, readiness, red flags, the heat map, open actions and the record head."""
    story: Story = [Heading("Summary", st.h1, 0, "summary")]
    story += [labelled("Outcome", outcome_text(model), st.body), *overrides(model, st)]
    if model.purpose:
        story.append(labelled("Purpose", model.purpose, st.body))
    story += [
        labelled("Readiness", readiness_text(model), st.body),
        labelled("Answered", f"{model.answered} of {model.total} questions", st.body),
        *_flags(model, st),
        _heat_map_block(model, st),
        Paragraph("Open actions and conditions", st.h3),
    ]
    open_lines = [_action_line(a) for a in model.open_actions]
    story += bullets(open_lines, st.bullet) if open_lines else [text("None open.", st.body)]
    story += [
        Paragraph("Decision record", st.h3),
        text(f"The record holds {model.record_entries} entries. Its head hash is:", st.body),
        text(model.record_head_hash, st.cell),
    ]
    return story


def _heat_map_block(model: ReportModel, st: Styles) -> Any:
    """The heat map with its heading and key, never split from them."""
    key = (
        "Each theme's rating, and how many of its questions are rated green (G), amber (A) and "
        "red (R) or not rated (–); the table beside the chart gives the same figures."
    )
    head = [Paragraph("Theme heat map", st.h3), text(key, st.small)]
    room = FRAME_HEIGHT - height(head)
    return KeepTogether([*head, *heat_map(model.themes, st, room)])


def public_summary(model: ReportModel, st: Styles) -> Story:
    """The public summary: deployment, scope, red flags, decision; nothing sensitive."""
    modules = ", ".join(model.modules) or "none"
    scope = (
        f"The scrutiny applied {model.templates[0][0] if model.templates else 'the checklist'} "
        f"with technology modules: {modules}. It asked {model.total} questions in "
        f"{len(model.themes)} themes; {model.answered} were answered."
    )
    story: Story = [
        Heading("The deployment", st.h1, 0, "deployment"),
        labelled("Force", model.force, st.body),
        labelled("Technology", model.technology, st.body),
        labelled("Stage", model.stage, st.body),
        labelled("Supplier", model.supplier or "Not recorded", st.body),
    ]
    if model.purpose:
        story.append(labelled("Purpose", model.purpose, st.body))
    story += [
        Heading("Scope of the scrutiny", st.h1, 0, "scope"),
        text(scope, st.body),
        _heat_map_block(model, st),
        *_flags(model, st),
        CondPageBreak(80 * mm),
        *public_decision(model, st),
    ]
    return story


def build_story(model: ReportModel, st: Styles) -> Story:
    """The whole report, cover to appendix (or the public summary)."""
    if model.public:
        # Short enough to need no contents page; the PDF outline still lists its sections.
        return [*cover(model, st), *public_summary(model, st), *appendix(model, st)]
    return [
        *cover(model, st),
        *contents(st),
        *summary(model, st),
        *findings(model, st),
        *actions_section(model, st),
        *decisions(model, st),
        *changes(model, st),
        *appendix(model, st),
    ]
