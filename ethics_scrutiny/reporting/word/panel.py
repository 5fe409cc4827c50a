"""The panel paper in Word: the same findings-first order and content rules as the PDF."""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document

from ..findings import Finding, FindingGroup
from ..model import ReportModel, ReportQuestion
from ..text import (
    DOUBTED,
    WITHHELD_NOTE,
    inconsistency_line,
    local_time_text,
    outcome_text,
    rating_text,
    readiness_text,
    report_kind,
    round_text,
)
from . import records
from .logo import add_logo
from .parts import bullets, facts, heading, page_break, para, paragraphs, table
from .screening import impact_summary, not_asked_section, screening_section

Progress = Callable[[int, int], None]
Section = Callable[[Document, ReportModel], None]

NOT_FOR_PUBLICATION = "Not for publication"
RECORD_PURPOSE = (
    "The record head identifies the decision record as it stood when this report was produced. "
    "To check that nothing recorded before then has been altered, choose Verify the record in "
    "the app and give this head hash, or run: ethics-scrutiny verify --head {head}"
)


def cover(doc: Document, model: ReportModel) -> None:
    add_logo(doc, model)
    para(doc, report_kind(model), style="Subtitle")
    heading(doc, model.title, 0)
    core = model.templates[0] if model.templates else ("None recorded", "")
    facts(
        doc,
        [
            ("Protective marking", model.marking),
            ("Force", model.force),
            ("Technology", model.technology),
            ("Modules", "; ".join(model.modules) or "None (core checklist only)"),
            ("Stage", model.stage),
            ("Round", round_text(model)),
            ("Supplier", model.supplier or "Not recorded"),
            ("Date", local_time_text(model.generated_at)),
            ("Template", f"{core[0]}, version {core[1]}" if core[1] else core[0]),
            *[("Module template", f"{title}, version {v}") for title, v in model.templates[1:]],
            *([("Office", model.office)] if model.office else []),
            ("Prepared by", model.prepared_by or "Not recorded"),
            ("Report ID", model.report_id or "Not set"),
        ],
    )


def summary(doc: Document, model: ReportModel) -> None:
    page_break(doc)
    heading(doc, "Summary", 1)
    para(doc, outcome_text(model), label="Outcome")
    for d in model.decisions:
        if d.overridden_flags or d.override_reason:
            records.override_alert(doc, d)
    if model.purpose:
        para(doc, model.purpose, label="Purpose")
    impact_summary(doc, model)
    para(doc, readiness_text(model), label="Readiness")
    para(doc, f"{model.answered} of {model.total} questions.", label="Answered")
    heading(doc, "Findings by seriousness", 2)
    counts = [f"{g.title}: {len(g.findings)}" for g in model.finding_groups]
    bullets(doc, [*counts, f"Not yet answered: {model.total - model.answered}"])
    if model.inconsistencies:
        heading(doc, "Inconsistent answers", 2)
        bullets(doc, [inconsistency_line(i) for i in model.inconsistencies])
    heading(doc, "Themes", 2)
    records.theme_table(doc, model)
    heading(doc, "The decision record", 2)
    facts(doc, [("Record head", model.record_head_hash), ("Entries", str(model.record_entries))])
    para(doc, RECORD_PURPOSE.format(head=model.record_head_hash))


def findings(doc: Document, model: ReportModel) -> None:
    heading(doc, "Findings", 1)
    for group in model.finding_groups:
        _group(doc, group)
    _not_answered(doc, model)
    others = model.other_answers
    if others:
        heading(doc, "Other answers", 2)
        rows = [
            [
                f"{a.question.key}: {a.question.prompt}",
                a.question.status + (f"\nAnswer: {a.question.answer}" if a.question.answer else ""),
                rating_text(a.question.rating),
                _note_cell(a.question),
            ]
            for a in others
        ]
        head = ["Question", "Status", "Rating", "Officer’s note"]
        table(doc, "Answered questions that raise no finding", head, rows)


def _note_cell(q: ReportQuestion) -> str:
    if q.note_withheld:
        return WITHHELD_NOTE
    if not q.note:
        return "No note recorded."
    return (f"{NOT_FOR_PUBLICATION}: " if q.sensitive else "") + q.note


def _group(doc: Document, group: FindingGroup) -> None:
    heading(doc, group.title, 2)
    meaning = group.seriousness.meaning
    para(doc, meaning if group.findings else f"{meaning} None found.")
    for finding in group.findings:
        _finding(doc, finding)


def _finding(doc: Document, finding: Finding) -> None:
    """The officer's words: question, status, rating, note, linked evidence (no criteria)."""
    q = finding.question
    heading(doc, f"{q.key}: {q.prompt}{' (critical)' if q.critical else ''}", 3)
    facts(
        doc,
        [
            ("Theme", finding.theme),
            ("Status", q.status),
            ("Rating", rating_text(q.rating)),
            ("Obligation", q.obligation_text or "Not stated"),
            *([("Answer", q.answer)] if q.answer else []),
        ],
    )
    for line in q.doubted.splitlines():
        para(doc, line.removeprefix(f"{DOUBTED}: "), label=DOUBTED)
    if q.blocks:
        para(doc, f"this blocking question is {q.blocks}.", label="Blocks support")
    if q.note_withheld:
        para(doc, WITHHELD_NOTE)
    elif not q.note:
        para(doc, "No note recorded.")
    else:
        heading(doc, "Officer’s note" + (f" ({NOT_FOR_PUBLICATION})" if q.sensitive else ""), 4)
        paragraphs(doc, q.note)
    para(doc, "; ".join(q.evidence_refs) or "None linked", label="Evidence")


def _not_answered(doc: Document, model: ReportModel) -> None:
    """Unanswered questions are never findings: critical ones named, the rest counted."""
    heading(doc, "Not yet answered", 2)
    named = [f"{q.key}: {q.prompt}" for q in model.unanswered_critical]
    if named:
        para(doc, "Critical questions not yet answered:")
        bullets(doc, named)
    else:
        para(doc, "Every critical question has an answer.")
    para(doc, f"Other questions not yet answered: {model.unanswered_other}.")


SECTIONS: tuple[Section, ...] = (
    cover,
    summary,
    findings,
    records.actions,
    records.decisions,
    records.changes,
    screening_section,
    not_asked_section,
    records.evidence_register,
    records.appendix,
)
