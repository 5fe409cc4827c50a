"""The impact level, the screening answers and the questions not asked, in HTML."""

from __future__ import annotations

from html import escape

from . import html_sections as sections
from .html_sections import Cell
from .model import ReportModel
from .screening_text import (
    band_reasons,
    band_text,
    dropped_lines,
    kept_text,
    level_text,
    meaning_text,
    not_asked_intro,
    summary_reasons,
)

Lines = list[str]


def _items(lines: list[str]) -> Lines:
    return ["<ul>", *(f"<li{sections.lang(x)}>{escape(x)}</li>" for x in lines), "</ul>"]


def impact_summary(model: ReportModel) -> Lines:
    """The level, what it means, and the answers that set it, for the summary."""
    screening = model.screening
    body = [
        f"<p><strong>Impact level:</strong> {escape(level_text(screening))}</p>",
        f"<p{sections.lang(meaning_text(screening))}>{escape(meaning_text(screening))}</p>",
    ]
    for band in model.bands:
        body.append(f"<p><strong>{escape(band.template)}:</strong> {escape(band_text(band))}</p>")
        body += [sections.paragraphs(band.meaning)] if band.meaning else []
        body += _items(band_reasons(band)) if band.reasons else []
    if screening is None:
        return body
    if screening.score:
        body.append(f"<p>Score: {escape(screening.score)}.</p>")
    if screening.reasons:
        body += ["<p>Set by:</p>", *_items(summary_reasons(screening))]
    if screening.level_reason:
        body.append(
            f"<p><strong>Level lowered because:</strong> "
            f"<span{sections.lang(screening.level_reason)}>{escape(screening.level_reason)}"
            "</span></p>"
        )
    return body


def screening_section(model: ReportModel) -> Lines:
    """Every screening question with the answer given, and any proposed module dropped."""
    screening = model.screening
    if screening is None:
        return []
    body = [f"<p><strong>Impact level:</strong> {escape(level_text(screening))}</p>"]
    body.append(sections.paragraphs(screening.meaning))
    if screening.reasons:
        body += ["<h3>What set the level</h3>", *_items(list(screening.reasons))]
    if screening.answers:
        rows: list[list[Cell]] = [
            [escape(a.key), sections.phrase(a.prompt), sections.phrase(a.answer)]
            for a in screening.answers
        ]
        body += sections.table("The screening answers", ["Key", "Question", "Answer"], rows)
    if screening.dropped_modules:
        body += ["<h3>Proposed modules dropped</h3>", *_items(dropped_lines(screening))]
    return sections.section("screening", "Screening", body)


def not_asked_section(model: ReportModel) -> Lines:
    """The questions out of scope, listed as such: not scored, any kept answer shown."""
    if not model.not_asked:
        return []
    head = ["Key", "Question", "Why not asked"]
    if not model.public:
        head.append("Answer kept")
    rows: list[list[Cell]] = []
    for q in model.not_asked:
        row: list[Cell] = [escape(q.key), sections.phrase(q.prompt), escape(q.why)]
        rows.append(row if model.public else [*row, escape(kept_text(q))])
    body = [
        f"<p>{escape(not_asked_intro(model))}</p>",
        *sections.table("Questions not asked", head, rows),
    ]
    return sections.section("not-asked", "Questions not asked", body)
