"""The public summary in Word: plain sentences, headings that follow the findings.

Nothing here prints a question code, a hash, a command line, criteria text or a sensitive
note: the wording comes from the shared public wording, which puts questions in words.
"""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document

from ..model import ReportModel
from ..public import (
    comment_text,
    decision_rows,
    impact_lines,
    left_out_text,
    not_answered_text,
    plain,
    public_findings,
    technology_text,
    themes_text,
)
from ..screening_text import words_of
from ..text import local_time_text, outcome_text, report_kind
from .logo import add_logo
from .parts import bullets, facts, heading, para
from .records import theme_table

Section = Callable[[Document, ReportModel], None]


def cover(doc: Document, model: ReportModel) -> None:
    add_logo(doc, model)
    para(doc, report_kind(model), style="Subtitle")
    heading(doc, model.title, 0)
    rows = [("Published by", model.office)] if model.office else []
    facts(doc, [*rows, ("Date", local_time_text(model.generated_at))])


def technology(doc: Document, model: ReportModel) -> None:
    heading(doc, "The technology", 1)
    para(doc, technology_text(model))


def impact(doc: Document, model: ReportModel) -> None:
    heading(doc, words_of(model).gettext("How deep the scrutiny went"), 1)
    for line in impact_lines(model):
        para(doc, line)


def looked_at(doc: Document, model: ReportModel) -> None:
    heading(doc, "What the office looked at", 1)
    para(doc, themes_text(model))
    theme_table(doc, model)


def found(doc: Document, model: ReportModel) -> None:
    """One heading per seriousness, as in the panel paper; plain sentences under each."""
    heading(doc, "What was found", 1)
    published, left_out = public_findings(model)
    lines = iter(published)
    for group in model.finding_groups:
        shown = [next(lines) for f in group.findings if not f.question.sensitive]
        heading(doc, group.title, 2)
        meaning = group.seriousness.meaning
        para(doc, meaning if shown else f"{meaning} None published.")
        bullets(doc, shown)
    heading(doc, "Not yet answered", 2)
    para(doc, not_answered_text(model.total - model.answered, model.total))
    if left_out:
        para(doc, left_out_text(left_out))


def decision(doc: Document, model: ReportModel) -> None:
    heading(doc, "Advice and decision", 1)
    pairs = (("The panel’s advice", model.current_advice), ("Decision", model.current_ruling))
    standing = [(title, d) for title, d in pairs if d is not None]
    if not standing:
        para(doc, outcome_text(model))
    for title, d in standing:
        heading(doc, title, 2)
        rows = decision_rows(d, model.prompts)
        facts(doc, [(label, plain(value, model.prompts)) for label, value in rows])


def comment(doc: Document, model: ReportModel) -> None:
    heading(doc, "How to comment or complain", 1)
    para(doc, comment_text(model))


SECTIONS: tuple[Section, ...] = (cover, technology, impact, looked_at, found, decision, comment)
