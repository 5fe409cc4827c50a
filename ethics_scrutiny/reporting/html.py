"""The accessible HTML twin of the PDF report (standard library only; every user string escaped)."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from .model import ReportDecision, ReportModel, ReportQuestion, ReportTheme
from .text import (
    NO_DECISION,
    WITHHELD_NOTE,
    date_text,
    local_time_text,
    rating_text,
    report_kind,
)

_CSS = """
body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;font-size:1rem;line-height:1.5;
color:#1a1a1a;background:#fff;max-width:60rem;margin:0 auto;padding:1rem}
.marking{text-align:center;font-weight:bold;font-size:1.1rem;letter-spacing:.05em;
border:2px solid #1a1a1a;padding:.25rem;margin:.5rem 0}
h1,h2,h3{color:#1b3a5c}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border:1px solid #7a7a7a;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#e4eaf1}
.rating-green{background:#cdebd3}.rating-amber{background:#ffe0a3}
.rating-red{background:#f6c9c7}.rating-none{background:#e6e6e6}
.red-flag{font-weight:bold;background:#f6c9c7;padding:0 .3rem}
.withheld{font-style:italic;color:#404040}
article{border-top:1px solid #bdbdbd;padding-top:.5rem;margin-top:1rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dl.facts dt{font-weight:bold}dl.facts dd{margin:0}
"""


def render_html(model: ReportModel) -> str:
    """Render the report as one self-contained, accessible HTML document.

    Args:
        model: The report to render; its strings are raw user text and are escaped here.

    Returns:
        The HTML document as text.
    """
    e = escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(model.language)}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(report_kind(model))}: {e(model.title)}</title>",
        f"<style>{_CSS}</style></head>",
        "<body>",
        f'<header><p class="marking">{e(model.marking)}</p></header>',
        "<main>",
        *_cover(model),
        *_contents(),
        *_summary(model),
        *_findings(model.themes),
        *_decisions(model.decisions),
        "</main>",
        f"<footer><p>Decision {_record_line(model)}</p>",
        f'<p class="marking">{e(model.marking)}</p></footer>',
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _facts(rows: Iterable[tuple[str, str]]) -> list[str]:
    items = [f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in rows]
    return ['<dl class="facts">', *items, "</dl>"]


def _cover(model: ReportModel) -> list[str]:
    templates = "; ".join(f"{title} (version {version})" for title, version in model.templates)
    rows = [
        ("Force", model.force),
        ("Technology", model.technology),
        ("Stage", model.stage),
        ("Protective marking", model.marking),
        ("Supplier", model.supplier),
        ("Generated", local_time_text(model.generated_at)),
        ("Templates", templates or "None recorded"),
    ]
    return [
        f"<p><strong>{escape(report_kind(model))}</strong></p>",
        f"<h1>{escape(model.title)}</h1>",
        *_facts(rows),
    ]


def _contents() -> list[str]:
    links = [("summary", "Summary"), ("findings", "Findings by theme"), ("decisions", "Decisions")]
    items = [f'<li><a href="#{anchor}">{text}</a></li>' for anchor, text in links]
    return [
        '<nav aria-labelledby="contents-heading"><h2 id="contents-heading">Contents</h2>',
        "<ol>",
        *items,
        "</ol></nav>",
    ]


def _readiness(model: ReportModel) -> str:
    if model.ready:
        return "Ready for the panel: every critical question has been answered."
    missing = ", ".join(model.missing_critical) or "none listed"
    return f"Not ready for the panel. Critical questions still to answer: {missing}."


def _summary(model: ReportModel) -> list[str]:
    e = escape
    flags = [f"<li>{e(key)}: {e(prompt)}</li>" for key, prompt in model.red_flags]
    flag_list = ["<ul>", *flags, "</ul>"] if flags else ["<p>No red flags.</p>"]
    return [
        '<section id="summary" aria-labelledby="summary-heading">',
        '<h2 id="summary-heading">Summary</h2>',
        f"<p><strong>Purpose:</strong> {e(model.purpose)}</p>" if model.purpose else "",
        f"<p><strong>Readiness:</strong> {e(_readiness(model))}</p>",
        f"<p><strong>Answered:</strong> {model.answered} of {model.total} questions.</p>",
        "<h3>Red flags</h3>",
        *flag_list,
        *_theme_table(model.themes),
        f"<p>Decision {_record_line(model, full=True)}.</p>",
        "</section>",
    ]


def _rating_cell(rating: str | None, tag: str = "td") -> str:
    css = "rating-" + (rating or "none").lower()
    return f'<{tag} class="{escape(css)}">{escape(rating_text(rating))}</{tag}>'


def _theme_table(themes: tuple[ReportTheme, ...]) -> list[str]:
    rows = [
        f'<tr><th scope="row">{escape(t.title)}</th>'
        f"<td>{t.answered} of {t.total}</td>{_rating_cell(t.rating)}</tr>"
        for t in themes
    ]
    return [
        "<table><caption>Ratings by theme</caption>",
        '<thead><tr><th scope="col">Theme</th><th scope="col">Answered</th>'
        '<th scope="col">Rating</th></tr></thead>',
        "<tbody>",
        *rows,
        "</tbody></table>",
    ]


def _record_line(model: ReportModel, *, full: bool = False) -> str:
    head = model.record_head_hash if full else model.record_head_hash[:16] + "…"
    return f"record head <code>{escape(head)}</code> ({model.record_entries} entries)"


def _paragraphs(text: str, css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    lines = [line for line in text.splitlines() if line.strip()]
    return "".join(f"<p{attr}>{escape(line)}</p>" for line in lines)


def _findings(themes: tuple[ReportTheme, ...]) -> list[str]:
    parts = [
        '<section id="findings" aria-labelledby="findings-heading">',
        '<h2 id="findings-heading">Findings by theme</h2>',
    ]
    for index, theme in enumerate(themes, start=1):
        parts += [
            f'<section aria-labelledby="theme-{index}"><h3 id="theme-{index}">'
            f"{escape(theme.title)}</h3>",
            f"<p>Rating: {escape(rating_text(theme.rating))}. "
            f"Answered {theme.answered} of {theme.total}.</p>",
        ]
        parts += [line for q in theme.questions for line in _question(q)]
        parts.append("</section>")
    return [*parts, "</section>"]


def _question(q: ReportQuestion) -> list[str]:
    e = escape
    critical = " (critical)" if q.critical else ""
    flag = ' <span class="red-flag">Red flag</span>' if q.is_red_flag else ""
    if q.note_withheld:
        note = f'<p class="withheld">{WITHHELD_NOTE}</p>'
    elif q.note:
        note = _paragraphs(q.note)
    else:
        note = "<p>No note recorded.</p>"
    flag_text = f"<p><strong>Red flag:</strong> {e(q.red_flag)}</p>" if q.is_red_flag else ""
    sources = "; ".join(q.sources) or "None listed"
    return [
        f"<article><h4>{e(q.key)}: {e(q.prompt)}{critical}{flag}</h4>",
        *_facts([("Status", q.status), ("Rating", rating_text(q.rating))]),
        flag_text,
        "<h5>Officer’s note</h5>",
        note,
        f"<p><strong>Sources:</strong> {e(sources)}</p>",
        "</article>",
    ]


def _decisions(decisions: tuple[ReportDecision, ...]) -> list[str]:
    parts = [
        '<section id="decisions" aria-labelledby="decisions-heading">',
        '<h2 id="decisions-heading">Decisions</h2>',
    ]
    if not decisions:
        parts.append(f"<p>{NO_DECISION}</p>")
    for decision in decisions:
        parts += _decision(decision)
    return [*parts, "</section>"]


def _decision(d: ReportDecision) -> list[str]:
    e = escape
    rows = [
        ("Outcome", d.outcome),
        ("Decided by", d.decided_by),
        ("Decided at", local_time_text(d.decided_at)),
        ("Review date", date_text(d.review_date) if d.review_date else "None set"),
        ("Record entry", str(d.record_entry) if d.record_entry else "Not recorded"),
    ]
    conditions = [f"<li>{e(c)}</li>" for c in d.conditions]
    return [
        f"<article><h3>Decision {d.sequence}: {e(d.outcome)}</h3>",
        *_facts(rows),
        "<h4>Rationale</h4>",
        _paragraphs(d.rationale) or "<p>No rationale recorded.</p>",
        "<h4>Conditions</h4>",
        *(["<ol>", *conditions, "</ol>"] if conditions else ["<p>No conditions.</p>"]),
        "</article>",
    ]
