"""The panel paper's later sections in Word: actions, decisions, changes, evidence, appendix."""

from __future__ import annotations

from docx.document import Document

from ..model import FILE_NOT_SUPPLIED, ReportAction, ReportDecision, ReportEvidence, ReportModel
from ..screening_text import changes_count
from ..text import (
    FRAMEWORK_NOTE,
    NO_DECISION,
    condition_line,
    date_or,
    decision_status,
    decision_title,
    framework_line,
    local_time_text,
    override_text,
    override_title,
    rating_text,
)
from .parts import bullets, facts, heading, page_break, para, paragraphs, table

ACTION_HEAD = ["Ref", "Kind", "Action and reply", "Owner", "Due", "Status"]


def theme_table(doc: Document, model: ReportModel) -> None:
    """The heat map as a table: themes by name and the rating as a word, never a colour."""
    rows = []
    for t in model.themes:
        counts = [sum(1 for q in t.questions if q.rating == c) for c in ("Green", "Amber", "Red")]
        unrated = len(t.questions) - sum(counts)
        rows.append(
            [t.title, f"{t.answered} of {t.total}", rating_text(t.rating)]
            + [str(n) for n in (*counts, unrated)]
        )
    head = ["Theme", "Answered", "Rating", "Green", "Amber", "Red", "Not rated"]
    table(doc, "Ratings by theme, and questions by rating", head, rows)


def override_alert(doc: Document, d: ReportDecision) -> None:
    para(doc, override_text(d), label=override_title([d]).capitalize())


def _action_row(a: ReportAction) -> list[str]:
    body = a.text
    if a.reply:
        body += f"\nReply: {a.reply}"
    if a.question_key:
        body += f"\nQuestion: {a.question_key}"
    kind = a.kind + (" (sensitive)" if a.sensitive else "")
    status = a.status + (" (overdue)" if a.overdue else "")
    return [a.ref, kind, body, a.owner or "Not set", date_or(a.due_date), status]


def actions(doc: Document, model: ReportModel) -> None:
    """What the force must do: open questions and conditions first, closed ones after."""
    heading(doc, "What the force must do", 1)
    still_open = [_action_row(a) for a in model.actions if a.status == "Open"]
    closed = [_action_row(a) for a in model.actions if a.status != "Open"]
    if still_open:
        table(doc, "Open questions and conditions", ACTION_HEAD, still_open)
    else:
        para(doc, "Nothing is open: no question or condition awaits the force.")
    if closed:
        heading(doc, "Closed", 2)
        table(doc, "Closed questions and conditions", ACTION_HEAD, closed)


def decisions(doc: Document, model: ReportModel) -> None:
    heading(doc, "Decision history", 1)
    if not model.decisions:
        para(doc, NO_DECISION)
        return
    _side_by_side(doc, model)
    prompts = model.prompts
    for d in model.decisions:
        heading(doc, decision_title(d), 2)
        if d.overridden_flags or d.override_reason:
            override_alert(doc, d)
        rows = [
            ("Outcome", d.outcome),
            ("Capacity", d.capacity or "Not recorded"),
            ("Decided by", d.decided_by),
            ("Decided at", local_time_text(d.decided_at)),
            ("Review date", date_or(d.review_date, "None set")),
            ("Record entry", str(d.record_entry) if d.record_entry else "Not recorded"),
        ]
        if d.supersedes is not None:
            rows.append(("Replaces", f"Decision {d.supersedes}"))
        facts(doc, [*rows, ("Status", decision_status(d))])
        heading(doc, "Rationale", 3)
        paragraphs(doc, d.rationale, empty="No rationale recorded.")
        heading(doc, "Conditions", 3)
        if d.conditions:
            bullets(doc, [condition_line(c, prompts) for c in d.conditions], numbered=True)
        else:
            para(doc, "None.")


def _side_by_side(doc: Document, model: ReportModel) -> None:
    """The standing advice and decision in two columns, so a reader compares them directly."""
    pair = (model.current_advice, model.current_ruling)
    if all(d is None for d in pair):
        return

    def values(d: ReportDecision | None) -> list[str]:
        if d is None:
            return ["None standing"] * 5
        conditions = "\n".join(condition_line(c, None) for c in d.conditions) or "None"
        when = local_time_text(d.decided_at)
        return [d.outcome, d.decided_by, when, conditions, date_or(d.review_date, "None set")]

    labels = ["Outcome", "Made by", "Date", "Conditions", "Review date"]
    columns = [values(d) for d in pair]
    rows = [[label, columns[0][i], columns[1][i]] for i, label in enumerate(labels)]
    table(doc, "Standing advice and decision", ["", "The panel’s advice", "Decision"], rows)


def changes(doc: Document, model: ReportModel) -> None:
    if model.previous_id is None:
        return
    heading(doc, "Changes since the previous round", 1)
    para(
        doc,
        f"Round {model.round_number} compared with round {model.round_number - 1} (scrutiny "
        f"{model.previous_id}): {changes_count(len(model.changes))}.",
    )
    rows = [
        [c.key, c.prompt, c.before, c.after, _change_kind(c.kind, c.fields)] for c in model.changes
    ]
    if rows:
        head = ["Key", "Question", "Before", "Now", "What changed"]
        table(doc, "Changes since the previous round", head, rows)


def _change_kind(kind: str, fields: tuple[str, ...]) -> str:
    if kind == "added":
        return "Newly answered"
    if kind == "removed":
        return "No longer answered"
    return "Changed: " + ", ".join(fields) if fields else "Changed"


def _evidence_row(item: ReportEvidence) -> list[str]:
    details = [item.title]
    if item.reference:
        details.append(f"Reference: {item.reference}")
    details.append(
        f"{item.kind}; dated {date_or(item.document_date)}; received {date_or(item.received_on)}"
    )
    if item.file_name:
        details.append(f"File: {item.file_name}")
    if item.file_not_supplied:
        details.append(FILE_NOT_SUPPLIED)
    if item.sensitive:
        details.append("Sensitive")
    keys = ", ".join(item.question_keys) or "None"
    return [item.ref, "\n".join(details), keys, item.sha256 or "No file kept"]


def evidence_register(doc: Document, model: ReportModel) -> None:
    heading(doc, "Evidence register", 1)
    if model.evidence:
        rows = [_evidence_row(item) for item in model.evidence]
        table(doc, "Evidence register", ["Ref", "Item", "Questions", "SHA-256"], rows)
    else:
        para(doc, "No evidence has been registered.")
    if model.frameworks:
        heading(doc, "Framework coverage", 2)
        para(doc, FRAMEWORK_NOTE)
        rows = [[f.title, framework_line(f)] for f in model.frameworks]
        table(doc, "Framework coverage", ["Framework", "Met, not met, not answered"], rows)


def appendix(doc: Document, model: ReportModel) -> None:
    """Guidance, sources and the templates' red-flag criteria: only when asked for."""
    if not model.appendix:
        return
    page_break(doc)
    heading(doc, "Appendix: question guidance", 1)
    para(doc, "The checklist's own text for every question, as the templates give it.")
    for theme in model.themes:
        heading(doc, theme.title, 2)
        for q in theme.questions:
            heading(doc, f"{q.key}: {q.prompt}", 3)
            paragraphs(doc, q.guidance)
            para(doc, "; ".join(q.sources) or "None listed", label="Sources")
            para(doc, "; ".join(q.evidence) or "None listed", label="Evidence to ask for")
            label = "Red-flag criteria (the template's, not a finding)"
            para(doc, q.red_flag or "None given", label=label)
