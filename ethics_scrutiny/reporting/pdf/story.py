"""The PDF report's story: cover, contents and summary, then the other sections in order."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Spacer, Table

from ..model import ReportModel
from ..public import print_copy_note
from ..text import (
    inconsistency_line,
    local_time_text,
    outcome_text,
    override_text,
    override_title,
    readiness_text,
    record_head_sentence,
    report_kind,
    round_text,
)
from .chart import heat_map
from .decisions import decisions
from .findings import changes, findings
from .keep import TableWithTail
from .logo import logo_flowables
from .numbers import DeferredContents
from .parts import Heading, Paragraph, Story, bullets, facts_table, labelled, table_style, text
from .public import public_summary
from .record import actions_section, appendix, evidence_section, framework_section
from .screening import impact_summary, not_asked_section, screening_section
from .styles import CONTENT_WIDTH, RED_FLAG_FILL, RULE, Styles


def _cover_rows(model: ReportModel) -> list[tuple[str, str]]:
    if model.public:  # the public reads who, what and when; it names the office, not the officer
        rows = [("Force", model.force), ("Technology", model.technology), ("Stage", model.stage)]
        if model.office:
            rows.append(("Published by", model.office))
        return [*rows, ("Date", local_time_text(model.generated_at))]
    core = model.templates[0] if model.templates else ("None recorded", "")
    # Each module once, with its version: a long list must not push the cover onto a second page.
    modules = [f"{title}, version {v}" if v else title for title, v in model.templates[1:]]
    rows = [
        ("Force", model.force),
        ("Technology", model.technology),
        ("Modules", "\n".join(modules) or "None (core checklist only)"),
        ("Stage", model.stage),
        ("Round", round_text(model)),
        ("Protective marking", model.marking),
        ("Supplier", model.supplier or "Not recorded"),
        ("Date", local_time_text(model.generated_at)),
        ("Template", f"{core[0]}, version {core[1]}" if core[1] else core[0]),
    ]
    if model.office:
        rows.append(("Office", model.office))
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
        *logo_flowables(model),
        Spacer(1, 12 * mm),
        text(report_kind(model), st.kicker),
        Spacer(1, 4 * mm),
        text(model.title, st.cover_title),
        _marking_box(model, st),
        Spacer(1, 8 * mm),
        facts_table(_cover_rows(model), st),
        Spacer(1, 6 * mm),
        # reportlab cannot tag a PDF for screen readers: say where the accessible copy is.
        text(print_copy_note(model), st.small),
    ]
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
    intro = "Each line links to its section; the PDF's bookmarks pane lists the same sections."
    heading = Paragraph("Contents", st.h1)
    return [heading, text(intro, st.small), Spacer(1, 4 * mm), toc, PageBreak()]


def alert_box(lines: list[str], st: Styles) -> Any:
    """A shaded, ruled box for what the panel must not miss (an override of red flags)."""
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


def _counts(model: ReportModel) -> list[str]:
    lines = [f"{group.title}: {len(group.findings)}" for group in model.finding_groups]
    lines.append(f"Not yet answered: {model.total - model.answered}")
    open_actions = len(model.open_actions)
    lines.append(f"Open conditions and questions to the force: {open_actions}")
    return lines


def summary(model: ReportModel, st: Styles) -> Story:
    """One page: outcome and who decided, readiness, counts, themes, the record head once."""
    story: Story = [Heading("Summary", st.h1, 0, "summary")]
    story += [labelled("Outcome", outcome_text(model), st.body), *overrides(model, st)]
    if model.purpose:
        story.append(labelled("Purpose", model.purpose, st.body))
    story += impact_summary(model, st)
    story += [
        labelled("Readiness", _readiness(model), st.body),
        labelled("Answered", f"{model.answered} of {model.total} questions", st.body),
        Paragraph("Findings by seriousness", st.h3),
        *bullets(_counts(model), st.bullet),
        *_inconsistencies(model, st),
    ]
    # The heat map breaks where the page ends, its heading with its first rows; its last rows,
    # its legend and the record head stay together, so no page holds the record head alone.
    table, legend = heat_map(model.themes, st)
    record = [
        Paragraph("The decision record", st.h3),
        labelled("Record head", model.record_head_hash, st.hash_line),
        text(record_head_sentence(model), st.small),
    ]
    return [*story, TableWithTail([Paragraph("Themes", st.h3)], table, [legend, *record])]


def _readiness(model: ReportModel) -> str:
    """Readiness in a line: a long list of critical questions waits under "Not yet answered"."""
    missing = len(model.missing_critical)
    if model.ready or missing <= _NAMED_ON_SUMMARY:
        return readiness_text(model)
    return (
        f"Not ready for the panel: {missing} critical questions are still to answer "
        "(see Not yet answered and the findings)."
    )


_NAMED_ON_SUMMARY = 5


def _inconsistencies(model: ReportModel, st: Styles) -> Story:
    """Answers of "met" that the templates' consistency rules count as not met, if any."""
    if not model.inconsistencies:
        return []
    lines = [inconsistency_line(item) for item in model.inconsistencies]
    return [Paragraph("Inconsistent answers", st.h3), *bullets(lines, st.bullet)]


def build_story(model: ReportModel, st: Styles) -> Story:
    """The whole report, cover to appendix (or the public summary)."""
    if model.public:
        # Short enough to need no contents page; the PDF's bookmarks list its sections.
        return [*cover(model, st), *public_summary(model, st)]
    return [
        *cover(model, st),
        *contents(st),
        *summary(model, st),
        *findings(model, st),
        *actions_section(model, st),
        *decisions(model, st),
        *changes(model, st),
        *screening_section(model, st),
        *not_asked_section(model, st),
        *evidence_section(model, st),
        *framework_section(model, st),
        *appendix(model, st),
    ]
