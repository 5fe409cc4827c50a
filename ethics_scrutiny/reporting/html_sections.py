"""The longer sections of the HTML report: findings, actions, decisions, changes, appendix."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from html import escape

from .language import language_of
from .model import (
    FILE_NOT_SUPPLIED,
    ReportAction,
    ReportDecision,
    ReportEvidence,
    ReportModel,
)
from .screening_text import changes_count
from .text import (
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
)

Lines = list[str]


def lang(text: str) -> str:
    """A ``lang`` attribute for a Welsh passage (the document itself is English), else none."""
    code = language_of(text)
    return f' lang="{code}"' if code else ""


def phrase(text: str) -> str:
    """Escaped text, inside a ``<span lang="cy">`` when it is Welsh."""
    code = language_of(text)
    return f'<span lang="{code}">{escape(text)}</span>' if code else escape(text)


def facts(rows: Iterable[tuple[str, str]]) -> Lines:
    items = [
        f"<dt>{escape(label)}</dt><dd{lang(value)}>{escape(value)}</dd>" for label, value in rows
    ]
    return ['<dl class="facts">', *items, "</dl>"]


def paragraphs(text: str, css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    lines = [line for line in text.splitlines() if line.strip()]
    return "".join(f"<p{attr}{lang(line)}>{escape(line)}</p>" for line in lines)


def anchor_of(caption: str) -> str:
    """An id from a caption: "Actions and conditions" -> "table-actions-and-conditions"."""
    return "table-" + "-".join(re.findall(r"[a-z0-9]+", caption.lower()))


def section(anchor: str, title: str, body: Lines, *, lang: str = "") -> Lines:
    """A section under its heading; ``lang`` marks a heading in another language than English."""
    code = f' lang="{escape(lang)}"' if lang else ""
    return [
        f'<section id="{anchor}" aria-labelledby="{anchor}-heading">',
        f'<h2 id="{anchor}-heading"{code}>{escape(title)}</h2>',
        *body,
        "</section>",
    ]


Cell = str | tuple[str, str]


def _cell(cell: Cell) -> str:
    if isinstance(cell, tuple):
        return f'<td class="{escape(cell[0])}">{cell[1]}</td>'
    return f"<td>{cell}</td>"


def table(
    caption: str,
    head: list[str],
    rows: Sequence[Sequence[Cell]],
    row_heads: bool = True,
    *,
    lang: str = "",
) -> Lines:
    """A real table: a caption, column header cells and (optionally) a row header per row.

    Cells in ``rows`` are HTML already escaped by the caller; a cell given as a ``(class,
    html)`` pair is a data cell with that class (a rating's tint). ``lang`` marks a caption
    and column heads in another language than English.
    """
    code = f' lang="{escape(lang)}"' if lang else ""
    cols = "".join(f'<th scope="col"{code}>{escape(h)}</th>' for h in head)
    body = []
    for cells in rows:
        first = f'<th scope="row">{cells[0]}</th>' if row_heads else _cell(cells[0])
        body.append("<tr>" + first + "".join(_cell(c) for c in cells[1:]) + "</tr>")
    ident = anchor_of(caption)
    # A wide table scrolls inside its own region, so the page itself reflows at 320 px; the
    # region takes focus (keyboard users can scroll it) and is named by the table's caption.
    return [
        f'<div class="table-scroll" role="region" tabindex="0" aria-labelledby="{ident}">',
        f'<table><caption id="{ident}"{code}>{escape(caption)}</caption>',
        f"<thead><tr>{cols}</tr></thead>",
        "<tbody>",
        *body,
        "</tbody></table></div>",
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
    """What the force must do: open questions and conditions first, closed ones after."""
    head = ["Ref", "Kind", "Action and reply", "Owner", "Due", "Status"]
    still_open = [_action_cells(a) for a in model.actions if a.status == "Open"]
    closed = [_action_cells(a) for a in model.actions if a.status != "Open"]
    body = (
        table("Open questions and conditions", head, still_open)
        if still_open
        else ["<p>Nothing is open: no question or condition awaits the force.</p>"]
    )
    if closed:
        body += ["<h3>Closed</h3>", *table("Closed questions and conditions", head, closed)]
    return section("actions", "What the force must do", body)


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
    if not body:
        return section("decisions", "Decision history", [f"<p>{NO_DECISION}</p>"])
    return section("decisions", "Decision history", [*_side_by_side(model), *body])


def _side_by_side(model: ReportModel) -> Lines:
    """The standing advice and decision in two columns, so a reader compares them directly."""
    pair = (model.current_advice, model.current_ruling)
    if all(d is None for d in pair):
        return []

    def cell(d: ReportDecision | None, value: str) -> str:
        return escape(value) if d is not None else "None standing"

    def row(label: str, pick: Callable[[ReportDecision], str]) -> list[str]:
        return [escape(label), *(cell(d, pick(d)) if d else cell(d, "") for d in pair)]

    rows = [
        row("Outcome", lambda d: d.outcome),
        row("Made by", lambda d: d.decided_by),
        row("Date", lambda d: local_time_text(d.decided_at)),
        row(
            "Conditions",
            lambda d: "; ".join(condition_line(c, None) for c in d.conditions) or "None",
        ),
        row("Review date", lambda d: date_or(d.review_date, "None set")),
    ]
    head = ["", "The panel’s advice", "Decision"]
    return table("Standing advice and decision", head, rows)


def changes(model: ReportModel) -> Lines:
    if model.previous_id is None:
        return []
    e = escape
    intro = (
        f"<p>Round {model.round_number} compared with round {model.round_number - 1} "
        f"(scrutiny {model.previous_id}): {changes_count(len(model.changes))}.</p>"
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


def evidence_register(model: ReportModel) -> Lines:
    if model.evidence:
        rows = [_evidence_cells(item) for item in model.evidence]
        body = table("Evidence register", ["Ref", "Item", "Questions", "SHA-256"], rows)
    else:
        body = ["<p>No evidence has been registered.</p>"]
    if model.frameworks:
        rows = [[escape(f.title), escape(framework_line(f))] for f in model.frameworks]
        body += ["<h3>Framework coverage</h3>", f"<p>{escape(FRAMEWORK_NOTE)}</p>"]
        body += table("Framework coverage", ["Framework", "Met, not met, not answered"], rows)
    return section("evidence", "Evidence register", body)


def appendix(model: ReportModel) -> Lines:
    """Guidance, sources and the templates' red-flag criteria: only when asked for."""
    if not model.appendix:
        return []
    parts: Lines = ["<p>The checklist's own text for every question, as the templates give it.</p>"]
    for theme in model.themes:
        parts.append(f"<h3{lang(theme.title)}>{escape(theme.title)}</h3>")
        for q in theme.questions:
            parts += [
                f"<h4><span>{escape(q.key)}:</span> <span{lang(q.prompt)}>{escape(q.prompt)}"
                "</span></h4>",
                paragraphs(q.guidance),
                f"<p>Sources: {escape('; '.join(q.sources) or 'None listed')}</p>",
                f"<p>Evidence to ask for: {escape('; '.join(q.evidence) or 'None listed')}</p>",
                f"<p><strong>Red-flag criteria (the template's, not a finding):</strong> "
                f"<span{lang(q.red_flag)}>{escape(q.red_flag or 'None given')}</span></p>",
            ]
    return section("appendix", "Appendix: question guidance", parts)
