"""The impact level, the screening answers and the questions not asked, in Word."""

from __future__ import annotations

from docx.document import Document

from ..model import ReportModel
from ..screening_text import (
    band_reasons,
    band_text,
    dropped_lines,
    kept_text,
    level_text,
    meaning_text,
    not_asked_intro,
    summary_reasons,
)
from .parts import bullets, heading, para, table


def impact_summary(doc: Document, model: ReportModel) -> None:
    """The level, what it means, and the answers that set it, for the summary."""
    screening = model.screening
    para(doc, level_text(screening), label="Impact level")
    para(doc, meaning_text(screening))
    for band in model.bands:
        para(doc, band_text(band), label=band.template)
        if band.meaning:
            para(doc, band.meaning)
        bullets(doc, band_reasons(band))
    if screening is None:
        return
    if screening.score:
        para(doc, f"{screening.score}.", label="Score")
    if screening.reasons:
        para(doc, "Set by:")
        bullets(doc, summary_reasons(screening))
    if screening.level_reason:
        para(doc, screening.level_reason, label="Level lowered because")


def screening_section(doc: Document, model: ReportModel) -> None:
    """Every screening question with the answer given, and any proposed module dropped."""
    screening = model.screening
    if screening is None:
        return
    heading(doc, "Screening", 1)
    para(doc, level_text(screening), label="Impact level")
    para(doc, screening.meaning)
    if screening.reasons:
        heading(doc, "What set the level", 2)
        bullets(doc, screening.reasons)
    if screening.answers:
        rows = [[a.key, a.prompt, a.answer] for a in screening.answers]
        table(doc, "The screening answers", ["Key", "Question", "Answer"], rows)
    if screening.dropped_modules:
        heading(doc, "Proposed modules dropped", 2)
        bullets(doc, dropped_lines(screening))


def not_asked_section(doc: Document, model: ReportModel) -> None:
    """The questions out of scope, listed as such: not scored, any kept answer shown."""
    if not model.not_asked:
        return
    heading(doc, "Questions not asked", 1)
    para(doc, not_asked_intro(model))
    head = ["Key", "Question", "Why not asked"] + ([] if model.public else ["Answer kept"])
    rows = [
        [q.key, q.prompt, q.why] + ([] if model.public else [kept_text(q)]) for q in model.not_asked
    ]
    table(doc, "Questions not asked", head, rows)
