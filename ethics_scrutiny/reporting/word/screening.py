"""The impact level, the screening answers and the questions not asked, in Word."""

from __future__ import annotations

from docx.document import Document

from ...i18n import N_
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
    words_of,
)
from .parts import bullets, heading, para, table


def impact_summary(doc: Document, model: ReportModel) -> None:
    """The level, what it means, and the answers that set it, for the summary."""
    screening, words = model.screening, words_of(model)
    t = words.gettext
    para(doc, level_text(screening, words), label=t(N_("Impact level")))
    para(doc, meaning_text(screening, words))
    for band in model.bands:
        para(doc, band_text(band), label=band.template)
        if band.meaning:
            para(doc, band.meaning)
        bullets(doc, band_reasons(band, words))
    if screening is None:
        return
    if screening.score:
        para(doc, f"{screening.score}.", label=t(N_("Score")))
    if screening.reasons:
        para(doc, t(N_("Set by:")))
        bullets(doc, summary_reasons(screening, words))
    if screening.level_reason:
        para(doc, screening.level_reason, label=t(N_("Level lowered because")))


def screening_section(doc: Document, model: ReportModel) -> None:
    """Every screening question with the answer given, and any proposed module dropped."""
    screening, words = model.screening, words_of(model)
    if screening is None:
        return
    t = words.gettext
    heading(doc, t(N_("Screening")), 1)
    para(doc, level_text(screening, words), label=t(N_("Impact level")))
    para(doc, screening.meaning)
    if screening.reasons:
        heading(doc, t(N_("What set the level")), 2)
        bullets(doc, screening.reasons)
    if screening.answers:
        rows = [[a.key, a.prompt, a.answer] for a in screening.answers]
        head = [t(N_("Key")), t(N_("Question")), t(N_("Answer"))]
        table(doc, t(N_("The screening answers")), head, rows)
    if screening.dropped_modules:
        heading(doc, t(N_("Proposed modules dropped")), 2)
        bullets(doc, dropped_lines(screening))


def not_asked_section(doc: Document, model: ReportModel) -> None:
    """The questions out of scope, listed as such: not scored, any kept answer shown."""
    if not model.not_asked:
        return
    words = words_of(model)
    t = words.gettext
    heading(doc, t(N_("Questions not asked")), 1)
    para(doc, not_asked_intro(model))
    head = [t(N_("Key")), t(N_("Question")), t(N_("Why not asked"))]
    head += [] if model.public else [t(N_("Answer kept"))]
    rows = [
        [q.key, q.prompt, q.why] + ([] if model.public else [kept_text(q, words)])
        for q in model.not_asked
    ]
    table(doc, t(N_("Questions not asked")), head, rows)
