"""The panel paper's opening sections in HTML: the summary and the findings by seriousness."""

from __future__ import annotations

from html import escape

from . import html_sections as sections
from .findings import Finding, FindingGroup
from .html_screening import impact_summary
from .html_sections import Cell
from .model import ReportModel, ReportQuestion, ReportTheme
from .text import (
    DOUBTED,
    WITHHELD_NOTE,
    inconsistency_line,
    outcome_text,
    rating_text,
    readiness_text,
)

Lines = list[str]

NOT_FOR_PUBLICATION = "Not for publication"
RECORD_PURPOSE = (
    "The record head identifies the decision record as it stood when this report was produced. "
    "To check that nothing recorded before then has been altered, choose Verify the record in "
    "the app and give this head hash, or run: ethics-scrutiny verify --head {head}"
)


def summary(model: ReportModel) -> Lines:
    """One page: outcome and who decided, readiness, counts, the record head once."""
    e = escape
    overrides = [
        line
        for d in model.decisions
        if d.overridden_flags or d.override_reason
        for line in sections.override_alert(d)
    ]
    counts = [f"<li>{e(g.title)}: {len(g.findings)}</li>" for g in model.finding_groups]
    counts.append(f"<li>Not yet answered: {model.total - model.answered}</li>")
    body = [
        f"<p><strong>Outcome:</strong> <span{sections.lang(outcome_text(model))}>"
        f"{e(outcome_text(model))}</span></p>",
        *overrides,
        f"<p><strong>Purpose:</strong> {e(model.purpose)}</p>" if model.purpose else "",
        *impact_summary(model),
        f"<p><strong>Readiness:</strong> {e(readiness_text(model))}</p>",
        f"<p><strong>Answered:</strong> {model.answered} of {model.total} questions.</p>",
        "<h3>Findings by seriousness</h3>",
        "<ul>",
        *counts,
        "</ul>",
        *_inconsistencies(model),
        "<h3>Themes</h3>",
        *theme_table(model.themes),
        "<h3>The decision record</h3>",
        *sections.facts(
            [
                ("Record head", model.record_head_hash),
                ("Entries in the record", str(model.record_entries)),
            ]
        ),
        f"<p>{e(RECORD_PURPOSE.format(head=model.record_head_hash))}</p>",
    ]
    return sections.section("summary", "Summary", body)


def _inconsistencies(model: ReportModel) -> Lines:
    """Answers of "met" that the templates' consistency rules count as not met, if any."""
    items = [f"<li>{escape(inconsistency_line(i))}</li>" for i in model.inconsistencies]
    return ["<h3>Inconsistent answers</h3>", "<ul>", *items, "</ul>"] if items else []


def rating_cell(rating: str | None) -> tuple[str, str]:
    """A rating as a word in a tinted cell: the colour is never the only sign."""
    return "rating-" + (rating or "none").lower(), escape(rating_text(rating))


def theme_table(themes: tuple[ReportTheme, ...]) -> Lines:
    """The heat map as a table: themes by name, the rating a word, the colour only a tint."""
    rows: list[list[Cell]] = []
    for t in themes:
        counts = [sum(1 for q in t.questions if q.rating == c) for c in ("Green", "Amber", "Red")]
        unrated = len(t.questions) - sum(counts)
        rows.append(
            [
                sections.phrase(t.title),
                f"{t.answered} of {t.total}",
                rating_cell(t.rating),
                *(str(n) for n in (*counts, unrated)),
            ]
        )
    head = ["Theme", "Answered", "Rating", "Green", "Amber", "Red", "Not rated"]
    return sections.table("Ratings by theme, and questions by rating", head, rows)


def findings(model: ReportModel) -> Lines:
    """Findings grouped by seriousness, then what is not yet answered, then other answers."""
    parts: Lines = []
    for group in model.finding_groups:
        parts += _group(group)
    parts += _not_answered(model)
    parts += _other_answers(model)
    return sections.section("findings", "Findings", parts)


def _group(group: FindingGroup) -> Lines:
    anchor = f"findings-{group.seriousness.value}"
    if not group.findings:
        body = [f"<p>{escape(group.seriousness.meaning)} None found.</p>"]
    else:
        body = [f"<p>{escape(group.seriousness.meaning)}</p>"]
        body += [line for f in group.findings for line in _finding(f)]
    return [
        f'<section aria-labelledby="{anchor}"><h3 id="{anchor}">{escape(group.title)}</h3>',
        *body,
        "</section>",
    ]


def _note(q: ReportQuestion) -> Lines:
    if q.note_withheld:
        return [f'<p class="withheld">{WITHHELD_NOTE}</p>']
    if not q.note:
        return ["<p>No note recorded.</p>"]
    label = (
        f' <span class="not-for-publication">{NOT_FOR_PUBLICATION}</span>' if q.sensitive else ""
    )
    return [f"<h5>Officer’s note{label}</h5>", sections.paragraphs(q.note)]


def _finding(finding: Finding) -> Lines:
    """The officer's words: question, status, rating, note, linked evidence (no criteria)."""
    e = escape
    q = finding.question
    critical = " (critical)" if q.critical else ""
    rows = [
        ("Theme", finding.theme),
        ("Status", q.status),
        ("Rating", rating_text(q.rating)),
        ("Obligation", q.obligation_text or "Not stated"),
        *([("Answer", q.answer)] if q.answer else []),
    ]
    doubted = [
        f"<p><strong>{DOUBTED}:</strong> {e(line.removeprefix(f'{DOUBTED}: '))}</p>"
        for line in q.doubted.splitlines()
    ]
    blocks = (
        [f"<p><strong>Blocks support:</strong> this blocking question is {e(q.blocks)}.</p>"]
        if q.blocks
        else []
    )
    return [
        f"<article><h4><span>{e(q.key)}:</span> <span{sections.lang(q.prompt)}>"
        f"{e(q.prompt)}</span>{critical}</h4>",
        *sections.facts(rows),
        *doubted,
        *blocks,
        *_note(q),
        f"<p><strong>Evidence:</strong> {e('; '.join(q.evidence_refs) or 'None linked')}</p>",
        "</article>",
    ]


def _not_answered(model: ReportModel) -> Lines:
    """Unanswered questions are never findings: critical ones named, the rest counted."""
    e = escape
    named = [
        f"<li>{e(q.key)}: <span{sections.lang(q.prompt)}>{e(q.prompt)}</span></li>"
        for q in model.unanswered_critical
    ]
    rest = model.unanswered_other
    body = ["<p>Critical questions not yet answered:</p>", "<ul>", *named, "</ul>"] if named else []
    if not named:
        body.append("<p>Every critical question has an answer.</p>")
    body.append(f"<p>Other questions not yet answered: {rest}.</p>")
    return [
        '<section aria-labelledby="not-answered">',
        '<h3 id="not-answered">Not yet answered</h3>',
        *body,
        "</section>",
    ]


def _other_answers(model: ReportModel) -> Lines:
    """Answered questions that raise no finding, one row each with the officer's note."""
    answers = model.other_answers
    if not answers:
        return []
    rows: list[list[Cell]] = [
        [
            f"{escape(a.question.key)}: <span{sections.lang(a.question.prompt)}>"
            f"{escape(a.question.prompt)}</span>",
            _status_cell(a.question),
            rating_cell(a.question.rating),
            _note_cell(a.question),
        ]
        for a in answers
    ]
    head = ["Question", "Status", "Rating", "Officer’s note"]
    return [
        '<section aria-labelledby="other-answers">',
        '<h3 id="other-answers">Other answers</h3>',
        *sections.table("Answered questions that raise no finding", head, rows),
        "</section>",
    ]


def _status_cell(q: ReportQuestion) -> str:
    """The status, with the typed answer under it when the question asks for one."""
    if not q.answer:
        return escape(q.status)
    return f"{escape(q.status)}<br>Answer: {sections.phrase(q.answer)}"


def _note_cell(q: ReportQuestion) -> str:
    if q.note_withheld:
        return WITHHELD_NOTE
    if not q.note:
        return "No note recorded."
    label = f"<strong>{NOT_FOR_PUBLICATION}:</strong> " if q.sensitive else ""
    return label + sections.paragraphs(q.note)
