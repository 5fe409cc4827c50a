"""The longer sections of the HTML report: findings, actions, decisions, changes, appendix."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape

from .model import (
    FILE_NOT_SUPPLIED,
    ReportAction,
    ReportDecision,
    ReportEvidence,
    ReportModel,
    ReportQuestion,
    ReportTheme,
)
from .text import (
    DOUBTED,
    FRAMEWORK_NOTE,
    NO_DECISION,
    WITHHELD_NOTE,
    condition_line,
    date_or,
    decision_status,
    decision_title,
    framework_line,
    local_time_text,
    override_text,
    override_title,
    rating_text,
    verify_steps,
)

Lines = list[str]


def facts(rows: Iterable[tuple[str, str]]) -> Lines:
    items = [f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in rows]
    return ['<dl class="facts">', *items, "</dl>"]


def paragraphs(text: str, css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    lines = [line for line in text.splitlines() if line.strip()]
    return "".join(f"<p{attr}>{escape(line)}</p>" for line in lines)


def section(anchor: str, title: str, body: Lines) -> Lines:
    return [
        f'<section id="{anchor}" aria-labelledby="{anchor}-heading">',
        f'<h2 id="{anchor}-heading">{escape(title)}</h2>',
        *body,
        "</section>",
    ]


def table(caption: str, head: list[str], rows: list[list[str]], row_heads: bool = True) -> Lines:
    """A real table: a caption, column header cells and (optionally) a row header per row.

    Cells in ``rows`` are HTML already escaped by the caller.
    """
    cols = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    body = []
    for cells in rows:
        first = f'<th scope="row">{cells[0]}</th>' if row_heads else f"<td>{cells[0]}</td>"
        body.append("<tr>" + first + "".join(f"<td>{c}</td>" for c in cells[1:]) + "</tr>")
    return [
        f"<table><caption>{escape(caption)}</caption>",
        f"<thead><tr>{cols}</tr></thead>",
        "<tbody>",
        *body,
        "</tbody></table>",
    ]


def findings(model: ReportModel) -> Lines:
    parts: Lines = []
    module = None
    for index, theme in enumerate(model.themes, start=1):
        if theme.module and theme.module != module:
            module = theme.module
            parts.append(f"<h3>{escape(module)}</h3>")
        parts += _theme(index, theme)
    return section("findings", "Findings", parts)


def _theme(index: int, theme: ReportTheme) -> Lines:
    return [
        f'<section aria-labelledby="theme-{index}"><h4 id="theme-{index}">'
        f"{escape(theme.title)}</h4>",
        f"<p>Rating: {escape(rating_text(theme.rating))}. "
        f"Answered {theme.answered} of {theme.total}.</p>",
        *[line for q in theme.questions for line in _question(q)],
        "</section>",
    ]


def _question(q: ReportQuestion) -> Lines:
    e = escape
    critical = " (critical)" if q.critical else ""
    label = "Blocking red flag" if q.blocking else "Red flag"
    flag = f' <span class="red-flag">{label}</span>' if q.is_red_flag else ""
    if q.note_withheld:
        note = f'<p class="withheld">{WITHHELD_NOTE}</p>'
    elif q.note:
        note = paragraphs(q.note)
    else:
        note = "<p>No note recorded.</p>"
    flag_text = f"<p><strong>Red flag:</strong> {e(q.red_flag)}</p>" if q.is_red_flag else ""
    if q.blocks:
        flag += ' <span class="red-flag">Blocks support</span>' if not q.is_red_flag else ""
        flag_text += (
            f"<p><strong>Blocks support:</strong> this blocking question is {e(q.blocks)}; "
            "support needs it met or an override.</p>"
        )
    refs = "; ".join(q.evidence_refs) or "None linked"
    doubted = [
        f"<p><strong>{DOUBTED}:</strong> {e(line.removeprefix(f'{DOUBTED}: '))}</p>"
        for line in q.doubted.splitlines()
    ]
    found = [("Status", q.status), ("Rating", rating_text(q.rating))]
    found.append(("Obligation", q.obligation_text or "Not stated"))
    return [
        f"<article><h5>{e(q.key)}: {e(q.prompt)}{critical}{flag}</h5>",
        *facts(found),
        *doubted,
        flag_text,
        "<h6>Officer’s note</h6>",
        note,
        f"<p><strong>Evidence:</strong> {e(refs)}</p>",
        "</article>",
    ]


def _action_cells(a: ReportAction) -> list[str]:
    e = escape
    body = e(a.text)
    if a.reply:
        body += f"<br>Reply: {e(a.reply)}"
    if a.question_key:
        body += f"<br>Question: {e(a.question_key)}"
    status = e(a.status) + (" <strong>(overdue)</strong>" if a.overdue else "")
    kind = e(a.kind) + (" (sensitive)" if a.sensitive else "")
    return [e(a.ref), kind, body, e(a.owner or "Not set"), e(date_or(a.due_date)), status]


def actions(model: ReportModel) -> Lines:
    if not model.actions:
        body = ["<p>No actions or conditions have been recorded.</p>"]
    else:
        head = ["Ref", "Kind", "Action and reply", "Owner", "Due", "Status"]
        rows = [_action_cells(a) for a in model.actions]
        body = table("Actions and conditions", head, rows)
    return section("actions", "Actions and conditions", body)


def override_alert(d: ReportDecision) -> Lines:
    title = override_title([d]).capitalize()
    return [
        f'<div class="alert" role="note"><p><strong>{title}</strong></p>',
        f"<p>{escape(override_text(d))}</p></div>",
    ]


def decision_article(
    d: ReportDecision, *, heading: str = "h3", prompts: Mapping[str, str] | None = None
) -> Lines:
    """One decision; ``prompts`` name the questions its conditions resolve (none in public)."""
    e = escape
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
    rows.append(("Status", decision_status(d)))
    title = decision_title(d)
    conditions = [f"<li>{e(condition_line(c, prompts))}</li>" for c in d.conditions]
    sub = "h4" if heading == "h3" else "h3"
    return [
        f"<article><{heading}>{e(title)}</{heading}>",
        *(override_alert(d) if d.overridden_flags or d.override_reason else []),
        *facts(rows),
        f"<{sub}>Rationale</{sub}>",
        paragraphs(d.rationale) or "<p>No rationale recorded.</p>",
        f"<{sub}>Conditions</{sub}>",
        *(["<ol>", *conditions, "</ol>"] if conditions else ["<p>None.</p>"]),
        "</article>",
    ]


def decisions(model: ReportModel) -> Lines:
    prompts = model.prompts
    body = [line for d in model.decisions for line in decision_article(d, prompts=prompts)]
    return section("decisions", "Decision history", body or [f"<p>{NO_DECISION}</p>"])


def changes(model: ReportModel) -> Lines:
    if model.previous_id is None:
        return []
    e = escape
    intro = (
        f"<p>Round {model.round_number} compared with round {model.round_number - 1} "
        f"(scrutiny {model.previous_id}): {len(model.changes)} question(s) differ.</p>"
    )
    rows = [
        [e(c.key), e(c.prompt), e(c.before), e(c.after), e(_change_kind(c.kind, c.fields))]
        for c in model.changes
    ]
    head = ["Key", "Question", "Before", "Now", "What changed"]
    body = [intro, *(table("Changes since the previous round", head, rows) if rows else [])]
    return section("changes", "Changes since the previous round", body)


def _change_kind(kind: str, fields: tuple[str, ...]) -> str:
    if kind == "added":
        return "Newly answered"
    if kind == "removed":
        return "No longer answered"
    return "Changed: " + ", ".join(fields) if fields else "Changed"


def _evidence_cells(item: ReportEvidence) -> list[str]:
    e = escape
    details = [e(item.title)]
    if item.reference:
        details.append(f"Reference: {e(item.reference)}")
    details.append(
        f"{e(item.kind)}; dated {e(date_or(item.document_date))}; "
        f"received {e(date_or(item.received_on))}"
    )
    if item.file_name:
        details.append(f"File: {e(item.file_name)}")
    if item.file_not_supplied:
        details.append(FILE_NOT_SUPPLIED)
    if item.sensitive:
        details.append("Sensitive")
    sha = f"<code>{e(item.sha256)}</code>" if item.sha256 else "No file kept"
    keys = e(", ".join(item.question_keys) or "None")
    return [e(item.ref), "<br>".join(details), keys, sha]


def record_section(model: ReportModel, *, heading: str = "h3") -> Lines:
    rows = [
        ("Record head hash", model.record_head_hash),
        ("Entries in the record", str(model.record_entries)),
        ("Report ID", model.report_id or "Not set"),
    ]
    steps = [f"<li>{escape(step)}</li>" for step in verify_steps(model)]
    title = "Checking this summary" if model.public else "The decision record"
    return [
        f'<{heading} id="record">{title}</{heading}>',
        *facts(rows),
        "<ul>",
        *steps,
        "</ul>",
    ]


def appendix(model: ReportModel) -> Lines:
    parts: Lines = ["<h3>Question guidance and sources</h3>"]
    for theme in model.themes:
        parts.append(f"<h4>{escape(theme.title)}</h4>")
        for q in theme.questions:
            parts += [
                f"<h5>{escape(q.key)}: {escape(q.prompt)}</h5>",
                paragraphs(q.guidance),
                f"<p>Sources: {escape('; '.join(q.sources) or 'None listed')}</p>",
                f"<p>Evidence to ask for: {escape('; '.join(q.evidence) or 'None listed')}</p>",
            ]
    parts.append("<h3>Evidence register</h3>")
    if model.evidence:
        rows = [_evidence_cells(item) for item in model.evidence]
        parts += table("Evidence register", ["Ref", "Item", "Questions", "SHA-256"], rows)
    else:
        parts.append("<p>No evidence has been registered.</p>")
    if model.frameworks:
        rows = [[escape(f.title), escape(framework_line(f))] for f in model.frameworks]
        parts += ["<h3>Framework coverage</h3>", f"<p>{escape(FRAMEWORK_NOTE)}</p>"]
        parts += table("Framework coverage", ["Framework", "Met, not met, not answered"], rows)
    parts += record_section(model)
    return section("appendix", "Appendix", parts)
