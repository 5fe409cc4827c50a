"""The flowables of the PDF report, built from a ``ReportModel``; all user text is escaped here."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from .fonts import REGULAR
from .model import ReportDecision, ReportModel, ReportQuestion, ReportTheme
from .pdf_styles import (
    CONTENT_WIDTH,
    HEAD_FILL,
    LIGHT_RULE,
    PAGE_HEIGHT,
    RED_FLAG_FILL,
    RULE,
    Styles,
    rating_fill,
)
from .text import (
    NO_DECISION,
    WITHHELD_NOTE,
    date_text,
    local_time_text,
    rating_text,
    report_kind,
)

Story = list[Any]

# Question blocks up to this tall are never split across pages (a body page holds about 245 mm).
KEEP_LIMIT = 120 * mm


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that becomes a bookmark, an outline entry and a contents line."""

    def __init__(self, text: str, style: Any, level: int, key: str) -> None:
        super().__init__(escape(text), style)
        self.toc_text = text
        self.toc_level = level
        self.bookmark_key = key


class ThemeDone(Flowable):  # type: ignore[misc]
    """An invisible marker laid out after a theme's last question, for progress reports."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        return None


def text(value: str, style: Any) -> Any:
    """A paragraph of raw user text: escaped, with its line breaks kept."""
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def _labelled(label: str, value: str, style: Any) -> Any:
    return Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", style)


def _bullets(items: list[str], style: Any, *, numbered: bool = False) -> Story:
    return [
        Paragraph(escape(item), style, bulletText=f"{n}." if numbered else "•")
        for n, item in enumerate(items, start=1)
    ]


def _table_style(commands: list[tuple[Any, ...]]) -> Any:
    """A table style whose cell font is DejaVu too (reportlab's default cell font is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def _facts_table(rows: list[tuple[str, str]], st: Styles) -> Any:
    data = [[Paragraph(escape(k), st.label), text(v, st.cell)] for k, v in rows]
    table = Table(data, colWidths=[42 * mm, CONTENT_WIDTH - 42 * mm], hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, LIGHT_RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _cover_rows(model: ReportModel) -> list[tuple[str, str]]:
    templates = "\n".join(f"{title}, version {version}" for title, version in model.templates)
    rows = [
        ("Force", model.force),
        ("Technology", model.technology),
        ("Stage", model.stage),
        ("Protective marking", model.marking),
        ("Supplier", model.supplier or "Not recorded"),
        ("Generated", local_time_text(model.generated_at)),
        ("Templates", templates or "None recorded"),
    ]
    if model.app_version:
        rows.append(("Produced by", f"Ethics Scrutiny {model.app_version}"))
    return rows


def _marking_box(model: ReportModel, st: Styles) -> Any:
    box = Table([[text(model.marking, st.cover_marking)]], colWidths=[CONTENT_WIDTH])
    box.setStyle(
        _table_style(
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
        Spacer(1, 22 * mm),
        text(report_kind(model), st.kicker),
        Spacer(1, 4 * mm),
        text(model.title, st.cover_title),
        _marking_box(model, st),
        Spacer(1, 10 * mm),
        _facts_table(_cover_rows(model), st),
    ]
    if model.public:
        note = "This public summary leaves out notes the officer marked as sensitive."
        story += [Spacer(1, 8 * mm), text(note, st.small)]
    return [*story, NextPageTemplate("body"), PageBreak()]


def contents(st: Styles) -> Story:
    """The contents page: a table of contents filled in by ``multiBuild``."""
    layout = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    toc = TableOfContents(
        levelStyles=list(st.toc_levels), tableStyle=_table_style(layout), dotsMinLevel=1
    )
    return [Paragraph("Contents", st.h1), Spacer(1, 4 * mm), toc, PageBreak()]


def _readiness(model: ReportModel) -> str:
    if model.ready:
        return "Ready for the panel: every critical question has been answered."
    missing = ", ".join(model.missing_critical) or "none listed"
    return f"Not ready for the panel. Critical questions still to answer: {missing}."


def _rating_table(themes: tuple[ReportTheme, ...], st: Styles) -> Any:
    head = [Paragraph(h, st.cell_bold) for h in ("Theme", "Answered", "Rating")]
    rows = [
        [
            text(t.title, st.cell),
            text(f"{t.answered} of {t.total}", st.cell),
            text(rating_text(t.rating), st.cell_bold),
        ]
        for t in themes
    ]
    table = Table([head, *rows], colWidths=[CONTENT_WIDTH - 70 * mm, 35 * mm, 35 * mm])
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for row, theme in enumerate(themes, start=1):
        commands.append(("BACKGROUND", (2, row), (2, row), rating_fill(theme.rating)))
    table.setStyle(_table_style(commands))
    table.repeatRows = 1
    return table


def summary(model: ReportModel, st: Styles) -> Story:
    """Readiness, red flags, the ratings table and the decision-record head."""
    flags = [f"{key}: {prompt}" for key, prompt in model.red_flags]
    story: Story = [Heading("Summary", st.h1, 0, "summary")]
    if model.purpose:
        story.append(_labelled("Purpose", model.purpose, st.body))
    story += [
        _labelled("Readiness", _readiness(model), st.body),
        _labelled("Answered", f"{model.answered} of {model.total} questions", st.body),
        Paragraph("Red flags", st.h3),
        *(_bullets(flags, st.bullet) if flags else [text("No red flags.", st.body)]),
        CondPageBreak(45 * mm),
        Paragraph("Ratings by theme", st.h3_table),
        _rating_table(model.themes, st),
        Paragraph("Decision record", st.h3),
        text(_latest_decision(model), st.body),
        text(f"The record holds {_entries(model.record_entries)}. Its head hash is:", st.body),
        text(model.record_head_hash, st.cell),
    ]
    return story


def _latest_decision(model: ReportModel) -> str:
    if not model.decisions:
        return NO_DECISION
    last = model.decisions[-1]
    return f"Latest decision: {last.outcome} ({local_time_text(last.decided_at)})."


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def _badges(q: ReportQuestion, st: Styles) -> Any:
    cells = [
        _labelled("Status", q.status, st.cell),
        _labelled("Rating", rating_text(q.rating), st.cell),
    ]
    widths = [70 * mm, 45 * mm]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (1, 0), (1, 0), rating_fill(q.rating)),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if q.is_red_flag:
        cells.append(Paragraph("<b>RED FLAG</b>", st.cell))
        widths.append(30 * mm)
        commands.append(("BACKGROUND", (2, 0), (2, 0), RED_FLAG_FILL))
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(_table_style(commands))
    return table


def _note(q: ReportQuestion, st: Styles) -> Story:
    if q.note_withheld:
        return [text(WITHHELD_NOTE, st.withheld)]
    if not q.note.strip():
        return [text("No note recorded.", st.withheld)]
    return [Paragraph("Officer’s note", st.label), text(q.note, st.body)]


def _height(flowables: Story) -> float:
    """The height the flowables take at the full content width, spacing included."""
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def question_block(q: ReportQuestion, st: Styles, lead: Story | None = None) -> Story:
    """One question with its finding (after ``lead``, e.g. a theme heading).

    The block is kept on one page unless it is taller than ``KEEP_LIMIT``; then only its head
    is kept together and a long note flows on, rather than leaving most of a page empty.
    """
    critical = " (critical)" if q.critical else ""
    head: Story = [
        *(lead or []),
        Spacer(1, 4),
        Paragraph(f"{escape(q.key)} · {escape(q.prompt)}{critical}", st.question),
        _badges(q, st),
        Spacer(1, 5),
    ]
    if q.is_red_flag and q.red_flag:
        head.append(_labelled("Red flag", q.red_flag, st.body))
    note = _note(q, st)
    tail: Story = [Spacer(1, 4), HRFlowable(width="100%", thickness=0.5, color=LIGHT_RULE)]
    if q.sources:
        tail.insert(0, _labelled("Sources", "; ".join(q.sources), st.small))
    whole = [*head, *note, *tail]
    if _height(whole) <= KEEP_LIMIT:
        return [KeepTogether(whole)]
    return [KeepTogether([*head, *note[:-1]]), note[-1], *tail]


def findings(model: ReportModel, st: Styles) -> Story:
    """Each theme with its questions, then a progress marker."""
    story: Story = [PageBreak(), Heading("Findings by theme", st.h1, 0, "findings")]
    for index, theme in enumerate(model.themes):
        story += [*_theme(index, theme, st), ThemeDone(index)]
    return story


def _theme(index: int, theme: ReportTheme, st: Styles) -> Story:
    """A theme's heading, kept with its first question (a KeepTogether cannot keepWithNext)."""
    meta = f"Rating: {rating_text(theme.rating)}. Answered {theme.answered} of {theme.total}."
    lead: Story = [
        Heading(theme.title, st.h2, 1, f"theme-{index}"),
        text(meta, st.theme_meta),
    ]
    if not theme.questions:
        return lead
    first, *rest = theme.questions
    story = question_block(first, st, lead)
    for question in rest:
        story += question_block(question, st)
    return story


def _decision(index: int, d: ReportDecision, st: Styles) -> Story:
    rows = [
        ("Outcome", d.outcome),
        ("Decided by", d.decided_by),
        ("Decided at", local_time_text(d.decided_at)),
        ("Review date", date_text(d.review_date) if d.review_date else "None set"),
        ("Record entry", str(d.record_entry) if d.record_entry else "Not recorded"),
    ]
    conditions = list(d.conditions)
    return [
        CondPageBreak(50 * mm),
        Heading(f"Decision {d.sequence}: {d.outcome}", st.h2, 1, f"decision-{index}"),
        _facts_table(rows, st),
        Paragraph("Rationale", st.h3),
        text(d.rationale or "No rationale recorded.", st.body),
        Paragraph("Conditions", st.h3),
        *(_bullets(conditions, st.bullet, numbered=True) or [text("No conditions.", st.body)]),
    ]


def decisions(model: ReportModel, st: Styles) -> Story:
    """The decision history, oldest first as recorded."""
    story: Story = [PageBreak(), Heading("Decisions", st.h1, 0, "decisions")]
    if not model.decisions:
        return [*story, text(NO_DECISION, st.body)]
    for index, d in enumerate(model.decisions):
        story += _decision(index, d, st)
    return story


def build_story(model: ReportModel, st: Styles) -> Story:
    """The whole report, cover to decisions."""
    return [
        *cover(model, st),
        *contents(st),
        *summary(model, st),
        *findings(model, st),
        *decisions(model, st),
    ]
