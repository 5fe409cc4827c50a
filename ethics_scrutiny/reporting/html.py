"""The accessible HTML twin of the PDF report (standard library only; every user string escaped)."""

from __future__ import annotations

from html import escape

from . import html_sections as sections
from .model import ReportModel, ReportTheme
from .text import (
    date_or,
    flag_line,
    inconsistency_line,
    local_time_text,
    outcome_text,
    rating_text,
    readiness_text,
    report_kind,
    round_text,
)

Lines = list[str]

_CSS = """
body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;font-size:1rem;line-height:1.5;
color:#1a1a1a;background:#fff;max-width:60rem;margin:0 auto;padding:1rem}
.marking{text-align:center;font-weight:bold;font-size:1.1rem;letter-spacing:.05em;
border:2px solid #1a1a1a;padding:.25rem;margin:.5rem 0}
h1,h2,h3,h4{color:#1b3a5c}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border:1px solid #7a7a7a;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#e4eaf1}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
.rating-green{background:#cdebd3}.rating-amber{background:#ffe0a3}
.rating-red{background:#f6c9c7}.rating-none{background:#e6e6e6}
.red-flag{font-weight:bold;background:#f6c9c7;padding:0 .3rem}
.alert{border:3px solid #1a1a1a;background:#f6c9c7;padding:.25rem .75rem;margin:1rem 0}
.withheld{font-style:italic;color:#404040}
article{border-top:1px solid #bdbdbd;padding-top:.5rem;margin-top:1rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dl.facts dt{font-weight:bold}dl.facts dd{margin:0}
code{word-break:break-all}
"""


def render_html(model: ReportModel) -> str:
    """Render the report as one self-contained, accessible HTML document.

    Args:
        model: The report to render; its strings are raw user text and are escaped here.

    Returns:
        The HTML document as text.
    """
    e = escape
    body = _public_body(model) if model.public else _panel_body(model)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(model.language)}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(report_kind(model))}: {e(model.title)}</title>",
        f"<style>{_CSS}</style></head>",
        "<body>",
        f'<header><p class="marking">{e(model.band)}</p></header>',
        "<main>",
        *_cover(model),
        *body,
        "</main>",
        f"<footer><p>Report {e(model.report_id)}. Decision {_record_line(model)}</p>",
        f'<p class="marking">{e(model.band)}</p></footer>',
        "</body></html>",
    ]
    return "\n".join(line for line in parts if line) + "\n"


def _panel_body(model: ReportModel) -> Lines:
    return [
        *_contents(model),
        *_summary(model),
        *sections.findings(model),
        *sections.actions(model),
        *sections.decisions(model),
        *sections.changes(model),
        *sections.appendix(model),
    ]


def _public_body(model: ReportModel) -> Lines:
    current = model.current_decision
    decision = (
        sections.decision_article(current, heading="h3")
        if current is not None
        else [f"<p>{escape(outcome_text(model))}</p>"]
    )
    return [
        *sections.section("deployment", "The deployment", _deployment(model)),
        *sections.section("scope", "Scope of the scrutiny", _scope(model)),
        *sections.section("red-flags", "Red flags", _flags(model)),
        *sections.section("decision", "Decision", decision),
        *sections.section("checking", "Checking this summary", _record_body(model)),
    ]


def _record_body(model: ReportModel) -> Lines:
    return sections.record_section(model, heading="h3")[1:]


def _cover(model: ReportModel) -> Lines:
    core = model.templates[0] if model.templates else ("None recorded", "")
    rows = [
        ("Force", model.force),
        ("Technology", model.technology),
        ("Modules", "; ".join(model.modules) or "None (core checklist only)"),
        ("Stage", model.stage),
        ("Round", round_text(model)),
        ("Protective marking", model.marking),
        ("Supplier", model.supplier or "Not recorded"),
        ("Date", local_time_text(model.generated_at)),
        ("Template", f"{core[0]}, version {core[1]}" if core[1] else core[0]),
        *[("Module template", f"{title}, version {v}") for title, v in model.templates[1:]],
    ]
    if not model.public:
        rows.append(("Prepared by", model.prepared_by or "Not recorded"))
    rows.append(("Report ID", model.report_id or "Not set"))
    return [
        f"<p><strong>{escape(report_kind(model))}</strong></p>",
        f"<h1>{escape(model.title)}</h1>",
        *sections.facts(rows),
    ]


def _contents(model: ReportModel) -> Lines:
    links = [
        ("summary", "Summary"),
        ("findings", "Findings"),
        ("actions", "Actions and conditions"),
        ("decisions", "Decision history"),
    ]
    if model.previous_id is not None:
        links.append(("changes", "Changes since the previous round"))
    links.append(("appendix", "Appendix"))
    items = [f'<li><a href="#{anchor}">{text}</a></li>' for anchor, text in links]
    return [
        '<nav aria-labelledby="contents-heading"><h2 id="contents-heading">Contents</h2>',
        "<ol>",
        *items,
        "</ol></nav>",
    ]


def _flags(model: ReportModel) -> Lines:
    flags = [f"<li>{escape(flag_line(f))}</li>" for f in model.red_flags]
    return ["<ul>", *flags, "</ul>"] if flags else ["<p>No red flags.</p>"]


def _inconsistencies(model: ReportModel) -> Lines:
    """Answers of "met" that the templates' consistency rules count as not met, if any."""
    items = [f"<li>{escape(inconsistency_line(i))}</li>" for i in model.inconsistencies]
    return ["<h3>Inconsistent answers</h3>", "<ul>", *items, "</ul>"] if items else []


def _summary(model: ReportModel) -> Lines:
    e = escape
    overrides = [
        line
        for d in model.decisions
        if d.overridden_flags or d.override_reason
        for line in sections.override_alert(d)
    ]
    open_actions = [
        f"<li>{e(a.ref)} {e(a.kind)}: {e(a.text)} (due {e(date_or(a.due_date, 'not set'))}"
        f"{' <strong>overdue</strong>' if a.overdue else ''})</li>"
        for a in model.open_actions
    ]
    body = [
        f"<p><strong>Outcome:</strong> {e(outcome_text(model))}</p>",
        *overrides,
        f"<p><strong>Purpose:</strong> {e(model.purpose)}</p>" if model.purpose else "",
        f"<p><strong>Readiness:</strong> {e(readiness_text(model))}</p>",
        f"<p><strong>Answered:</strong> {model.answered} of {model.total} questions.</p>",
        "<h3>Red flags</h3>",
        *_flags(model),
        *_inconsistencies(model),
        "<h3>Theme heat map</h3>",
        *_theme_table(model.themes),
        "<h3>Open actions and conditions</h3>",
        *(["<ul>", *open_actions, "</ul>"] if open_actions else ["<p>None open.</p>"]),
        f"<p>Decision {_record_line(model, full=True)}.</p>",
    ]
    return sections.section("summary", "Summary", body)


def _deployment(model: ReportModel) -> Lines:
    rows = [
        ("Force", model.force),
        ("Technology", model.technology),
        ("Stage", model.stage),
        ("Supplier", model.supplier or "Not recorded"),
    ]
    if model.purpose:
        rows.append(("Purpose", model.purpose))
    return sections.facts(rows)


def _scope(model: ReportModel) -> Lines:
    core = model.templates[0][0] if model.templates else "the checklist"
    modules = ", ".join(model.modules) or "none"
    text = (
        f"The scrutiny applied {core} with technology modules: {modules}. It asked "
        f"{model.total} questions in {len(model.themes)} themes; {model.answered} were answered."
    )
    return [f"<p>{escape(text)}</p>", *_theme_table(model.themes)]


def _rating_cell(rating: str | None) -> str:
    css = "rating-" + (rating or "none").lower()
    return f'<td class="{escape(css)}">{escape(rating_text(rating))}</td>'


def _theme_table(themes: tuple[ReportTheme, ...]) -> Lines:
    """The heat map's data as a table: the rating is a word, the colour only a tint."""
    rows = []
    for t in themes:
        counts = [sum(1 for q in t.questions if q.rating == c) for c in ("Green", "Amber", "Red")]
        unrated = len(t.questions) - sum(counts)
        rows.append(
            f'<tr><th scope="row">{escape(t.title)}</th><td>{t.answered} of {t.total}</td>'
            f"{_rating_cell(t.rating)}"
            + "".join(f"<td>{n}</td>" for n in (*counts, unrated))
            + "</tr>"
        )
    head = ("Theme", "Answered", "Rating", "Green", "Amber", "Red", "Not rated")
    cols = "".join(f'<th scope="col">{h}</th>' for h in head)
    return [
        "<table><caption>Ratings by theme, and questions by rating</caption>",
        f"<thead><tr>{cols}</tr></thead>",
        "<tbody>",
        *rows,
        "</tbody></table>",
    ]


def _record_line(model: ReportModel, *, full: bool = False) -> str:
    head = model.record_head_hash if full else model.record_head_hash[:16] + "…"
    return f"record head <code>{escape(head)}</code> ({model.record_entries} entries)"
