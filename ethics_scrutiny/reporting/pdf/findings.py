"""Findings by seriousness, questions not yet answered, other answers, changes since last round."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, HRFlowable, KeepTogether, PageBreak, Spacer, Table

from ..findings import Answer, Finding, FindingGroup
from ..model import ReportChange, ReportModel, ReportQuestion
from ..screening_text import changes_count
from ..text import DOUBTED, NOT_FOR_PUBLICATION, WITHHELD_NOTE, rating_text
from .parts import (
    Heading,
    Paragraph,
    Story,
    ThemeDone,
    bullets,
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
    label = "Officer’s note" + (f" ({NOT_FOR_PUBLICATION})" if q.sensitive else "")
    # One paragraph per line, so a long note can flow on to the next page line by line.
    paragraphs = [text(line, st.body) for line in q.note.split("\n") if line.strip()]
    return [Paragraph(escape(label), st.note_label), *paragraphs]


def question_block(q: ReportQuestion, st: Styles, theme: str = "") -> Story:
    """One finding in the officer's words: question, status, rating, note, linked evidence.

    The block is kept on one page unless it is taller than ``KEEP_LIMIT``; then the question,
    its rating and the start of its note stay together and the rest of a long note flows on.
    """
    critical = " (critical)" if q.critical else ""
    head: Story = [
        Spacer(1, 4),
        Paragraph(f"{escape(q.key)} · {escape(q.prompt)}{critical}", st.question),
    ]
    if theme:
        head.append(text(f"Theme: {theme}", st.theme_meta))
    head += [_badges(q, st), Spacer(1, 5)]
    if q.answer:
        head.append(labelled("Answer", q.answer, st.body))
    if q.doubted:
        # A rule's doubt says why the "met" above is not counted.
        head += [
            labelled(DOUBTED, line.removeprefix(f"{DOUBTED}: "), st.body)
            for line in q.doubted.split("\n")
        ]
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
    """Findings by seriousness, then what is not yet answered, then the other answers."""
    story: Story = [PageBreak(), Heading("Findings", st.h1, 0, "findings")]
    intro = (
        "Only answered questions are findings, each in the officer's words. Questions not yet "
        "answered are listed after them and are not findings."
    )
    story.append(text(intro, st.small))
    for index, group in enumerate(model.finding_groups):
        story += [*_group(group, st, index), ThemeDone(index)]
    story += not_yet_answered(model, st)
    story += _other_answers(model.other_answers, st)
    return story


def _group(group: FindingGroup, st: Styles, index: int) -> Story:
    """A seriousness heading kept with its first finding (or its "none" line)."""
    count = len(group.findings)
    lead: Story = [
        CondPageBreak(40 * mm),
        Heading(f"{group.title} ({count})", st.h2, 1, f"findings-{group.seriousness.value}"),
        text(group.seriousness.meaning, st.theme_meta),
    ]
    if not group.findings:
        return [*lead, text("None.", st.body)]
    first, *rest = group.findings
    story = [KeepTogether(lead), *_finding(first, st)]
    for finding in rest:
        story += _finding(finding, st)
    return story


def _finding(finding: Finding, st: Styles) -> Story:
    return question_block(finding.question, st, finding.theme)


def not_yet_answered(model: ReportModel, st: Styles) -> Story:
    """Critical questions not answered, by name; the rest counted. Never findings."""
    critical = model.unanswered_critical
    others = model.unanswered_other
    story: Story = [
        CondPageBreak(40 * mm),
        Heading("Not yet answered", st.h2, 1, "not-yet-answered"),
    ]
    if not critical and not others:
        return [*story, text("Every question has been answered.", st.body)]
    if critical:
        story.append(text("Critical questions not yet answered:", st.body))
        story += bullets([f"{q.key} · {q.prompt}" for q in critical], st.bullet)
    if others:
        what = "question is" if others == 1 else "questions are"
        more = "Another" if critical else "In all,"
        story.append(text(f"{more} {others} {what} not yet answered.", st.body))
    return story


def _other_answers(answers: tuple[Answer, ...], st: Styles) -> Story:
    """Answered questions that are not findings: a line each, with the officer's note.

    Not a table: a table row cannot run over a page, and a note can be pages long.
    """
    if not answers:
        return []
    story: Story = [
        CondPageBreak(40 * mm),
        Heading("Other answers", st.h2, 1, "other-answers"),
        text("Answered questions that raise no finding (met, not applicable, ...).", st.small),
    ]
    for answer in answers:
        story += _answer(answer, st)
    return story


def _answer(answer: Answer, st: Styles) -> Story:
    q = answer.question
    finding = f"{q.status}, {rating_text(q.rating)}. Theme: {answer.theme}."
    head = [
        Paragraph(f"{escape(q.key)} · {escape(q.prompt)}", st.answer),
        text(finding, st.theme_meta),
    ]
    if q.answer:
        head.append(labelled("Answer", q.answer, st.theme_meta))
    note = _note(q, st)
    return [KeepTogether([*head, *note[:2]]), *note[2:], Spacer(1, 4)]


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
    story: Story = [
        CondPageBreak(60 * mm),
        Heading("Changes since the previous round", st.h1, 0, "changes"),
    ]
    intro = (
        f"Round {model.round_number} compared with round {model.round_number - 1} "
        f"(scrutiny {model.previous_id}): {changes_count(len(model.changes))}."
    )
    story.append(text(intro, st.body))
    if not model.changes:
        return story
    rows = [_change_row(c, st) for c in model.changes]
    widths = [16 * mm, CONTENT_WIDTH - 16 * mm - 26 * mm - 26 * mm - 30 * mm, 26 * mm, 26 * mm]
    widths.append(30 * mm)
    story.append(grid_table(["Key", "Question", "Before", "Now", "What changed"], rows, widths, st))
    return story
