"""The findings (module by module, theme by theme) and the changes since the previous round."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, PageBreak, Spacer, Table

from ..model import ReportChange, ReportModel, ReportQuestion, ReportTheme
from ..text import DOUBTED, WITHHELD_NOTE, rating_text
from .parts import (
    Heading,
    Paragraph,
    Story,
    ThemeDone,
    grid_table,
    height,
    labelled,
    table_style,
    text,
)
from .styles import CONTENT_WIDTH, LIGHT_RULE, RED_FLAG_FILL, RULE, Styles, rating_fill

# Question blocks up to this tall are never split across pages (a body page holds about 245 mm).
KEEP_LIMIT = 200 * mm


def _badges(q: ReportQuestion, st: Styles) -> Any:
    cells = [
        labelled("Status", q.status, st.cell),
        labelled("Rating", rating_text(q.rating), st.cell),
        labelled("Obligation", q.obligation_text or "Not stated", st.cell),
    ]
    widths = [48 * mm, 37 * mm, 52 * mm]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (1, 0), (1, 0), rating_fill(q.rating)),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    label = ""
    if q.is_red_flag:
        label = "BLOCKING RED FLAG" if q.blocking else "RED FLAG"
    elif q.blocks:
        label = "BLOCKS SUPPORT"
    if label:
        cells.append(Paragraph(f"<b>{label}</b>", st.cell))
        widths.append(CONTENT_WIDTH - sum(widths))
        commands.append(("BACKGROUND", (3, 0), (3, 0), RED_FLAG_FILL))
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(table_style(commands))
    return table


def _note(q: ReportQuestion, st: Styles) -> Story:
    if q.note_withheld:
        return [text(WITHHELD_NOTE, st.withheld)]
    if not q.note.strip():
        return [text("No note recorded.", st.withheld)]
    # One paragraph per line, so a long note can flow on to the next page line by line.
    paragraphs = [text(line, st.body) for line in q.note.split("\n") if line.strip()]
    return [Paragraph("Officer’s note", st.label), *paragraphs]


def question_block(q: ReportQuestion, st: Styles, lead: Story | None = None) -> Story:
    """One question with its finding (after ``lead``, e.g. a theme heading).

    The block is kept on one page unless it is taller than ``KEEP_LIMIT``; then the question,
    its rating and the start of its note stay together and the rest of a long note flows on.
    """
    critical = " (critical)" if q.critical else ""
    head: Story = [
        *(lead or []),
        Spacer(1, 4),
        Paragraph(f"{escape(q.key)} · {escape(q.prompt)}{critical}", st.question),
        _badges(q, st),
        Spacer(1, 5),
    ]
    if q.doubted:
        # A rule's doubt says why the "met" above is not counted; it sits with the flags.
        head += [
            labelled(DOUBTED, line.removeprefix(f"{DOUBTED}: "), st.body)
            for line in q.doubted.split("\n")
        ]
    if q.is_red_flag and q.red_flag:
        head.append(labelled("Red flag", q.red_flag, st.body))
    if q.blocks:
        why = f"this blocking question is {q.blocks}; support needs it met or an override."
        head.append(labelled("Blocks support", why, st.body))
    note = _note(q, st)
    refs = "; ".join(q.evidence_refs) or "None linked"
    tail: Story = [
        labelled("Evidence", refs, st.small),
        Spacer(1, 4),
        HRFlowable(width="100%", thickness=0.5, color=LIGHT_RULE),
    ]
    whole = [*head, *note, *tail]
    if height(whole) <= KEEP_LIMIT:
        return [KeepTogether(whole)]
    return [KeepTogether([*head, *note[:3]]), *note[3:-1], KeepTogether([note[-1], *tail])]


def findings(model: ReportModel, st: Styles) -> Story:
    """Module by module, each theme with its questions, then a progress marker."""
    story: Story = [PageBreak(), Heading("Findings", st.h1, 0, "findings")]
    module = None
    for index, theme in enumerate(model.themes):
        lead: Story = []
        if theme.module and theme.module != module:
            module = theme.module
            lead.append(Heading(module, st.h2_module, 1, f"module-{index}"))
        story += [*_theme(index, theme, st, lead), ThemeDone(index)]
    return story


def _theme(index: int, theme: ReportTheme, st: Styles, lead: Story) -> Story:
    """A theme's heading, kept with its first question (a KeepTogether cannot keepWithNext)."""
    meta = f"Rating: {rating_text(theme.rating)}. Answered {theme.answered} of {theme.total}."
    level = 2 if theme.module else 1  # under its module's heading in the contents and outline
    heading = Heading(theme.title, st.h2, level, f"theme-{index}")
    lead = [*lead, heading, text(meta, st.theme_meta)]
    if not theme.questions:
        return lead
    first, *rest = theme.questions
    story = question_block(first, st, lead)
    for question in rest:
        story += question_block(question, st)
    return story


def _change_row(change: ReportChange, st: Styles) -> list[Any]:
    fields = ", ".join(change.fields)
    what = {"added": "Newly answered", "removed": "No longer answered"}.get(
        change.kind, f"Changed: {fields}" if fields else "Changed"
    )
    return [
        text(change.key, st.cell),
        text(change.prompt, st.cell),
        text(change.before, st.cell),
        text(change.after, st.cell),
        text(what, st.cell),
    ]


def changes(model: ReportModel, st: Styles) -> Story:
    """What changed in the findings since the previous round (only for a later round)."""
    if model.previous_id is None:
        return []
    story: Story = [PageBreak(), Heading("Changes since the previous round", st.h1, 0, "changes")]
    intro = (
        f"Round {model.round_number} compared with round {model.round_number - 1} "
        f"(scrutiny {model.previous_id}): {len(model.changes)} question(s) differ."
    )
    story.append(text(intro, st.body))
    if not model.changes:
        return story
    rows = [_change_row(c, st) for c in model.changes]
    widths = [16 * mm, CONTENT_WIDTH - 16 * mm - 26 * mm - 26 * mm - 30 * mm, 26 * mm, 26 * mm]
    widths.append(30 * mm)
    story.append(grid_table(["Key", "Question", "Before", "Now", "What changed"], rows, widths, st))
    return story
