"""The accessible HTML twin of the PDF report (standard library only; every user string escaped)."""

from __future__ import annotations

from html import escape

from . import html_panel as panel
from . import html_sections as sections
from .html_logo import logo_html
from .html_public import body as public_body
from .html_screening import not_asked_section, screening_section
from .language import DOCUMENT_LANGUAGE
from .model import ReportModel
from .readable import for_readers
from .screening_text import words_of
from .text import local_time_text, report_kind, round_text
from .words import Words

Lines = list[str]

_CSS = """
body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;font-size:1rem;line-height:1.5;
color:#1a1a1a;background:#fff;max-width:60rem;margin:0 auto;padding:1rem;
overflow-wrap:anywhere}
.marking{text-align:center;font-weight:bold;font-size:1.1rem;letter-spacing:.05em;
border:2px solid #1a1a1a;padding:.25rem;margin:.5rem 0}
h1,h2,h3,h4,h5,h6{color:#1b3a5c;line-height:1.25}
h1{font-size:1.8rem}h2{font-size:1.5rem}h3{font-size:1.3rem}h4{font-size:1.15rem}
h5{font-size:1.1rem}h6{font-size:1rem;margin:.75rem 0 .25rem}
.table-scroll{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #7a7a7a;padding:.35rem .5rem;text-align:left;vertical-align:top;
overflow-wrap:normal}
thead th{background:#e4eaf1}
caption{text-align:left;font-weight:bold;padding:.25rem 0;position:sticky;left:0;
max-width:calc(100vw - 2rem)}
.rating-green{background:#cdebd3}.rating-amber{background:#ffe0a3}
.rating-red{background:#f6c9c7}.rating-none{background:#e6e6e6}
.red-flag{font-weight:bold;background:#f6c9c7;padding:0 .3rem}
.alert{border:3px solid #1a1a1a;background:#f6c9c7;padding:.25rem .75rem;margin:1rem 0}
.withheld{font-style:italic;color:#404040}
.not-for-publication{font-weight:bold;border:2px solid #1a1a1a;padding:0 .3rem}
article{border-top:1px solid #bdbdbd;padding-top:.5rem;margin-top:1rem}
dl.facts{display:grid;grid-template-columns:minmax(6rem,14rem) minmax(0,1fr);gap:.2rem 1rem}
dl.facts dt{font-weight:bold}dl.facts dd{margin:0}
code{word-break:break-all}
a{color:#1b4f8a}
a:focus-visible,.table-scroll:focus-visible,[tabindex]:focus-visible{outline:3px solid #1a1a1a;
outline-offset:2px;box-shadow:0 0 0 6px #ffdd00}
@media (max-width:40rem){body{padding:.5rem}dl.facts{display:block}
dl.facts dd{margin:0 0 .5rem}}
"""


def render_html(model: ReportModel) -> str:
    """Render the report as one self-contained, accessible HTML document.

    The document's language is the language of its own wording (English); passages in Welsh
    (a Welsh template's questions, a note written in Welsh) carry ``lang="cy"`` themselves.

    Args:
        model: The report to render; its strings are raw user text and are escaped here.

    Returns:
        The HTML document as text.
    """
    model = for_readers(model)
    e = escape
    body = public_body(model) if model.public else _panel_body(model)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{DOCUMENT_LANGUAGE}">',
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
        f"<footer>{_footer_line(model)}",
        f'<p class="marking">{e(model.band)}</p></footer>',
        "</body></html>",
    ]
    return "\n".join(line for line in parts if line) + "\n"


def _footer_line(model: ReportModel) -> str:
    # The public summary carries no identifiers a member of the public cannot use.
    if model.public or not model.report_id:
        return ""
    return f"<p>Report {escape(model.report_id)}.</p>"


def _panel_body(model: ReportModel) -> Lines:
    return [
        *_contents(model),
        *panel.summary(model),
        *panel.findings(model),
        *sections.actions(model),
        *sections.decisions(model),
        *sections.changes(model),
        *screening_section(model),
        *not_asked_section(model),
        *sections.evidence_register(model),
        *sections.appendix(model),
    ]


def _cover(model: ReportModel) -> Lines:
    if model.public:
        return [
            *logo_html(model),
            f"<p><strong>{escape(report_kind(model))}</strong></p>",
            f"<h1{sections.lang(model.title)}>{escape(model.title)}</h1>",
            *sections.facts([("Published by", model.office)] if model.office else []),
            *sections.facts([("Date", local_time_text(model.generated_at))]),
        ]
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
        *([("Office", model.office)] if model.office else []),
        ("Prepared by", model.prepared_by or "Not recorded"),
        ("Report ID", model.report_id or "Not set"),
    ]
    return [
        *logo_html(model),
        f"<p><strong>{escape(report_kind(model))}</strong></p>",
        f"<h1{sections.lang(model.title)}>{escape(model.title)}</h1>",
        *sections.facts(rows),
    ]


def _framed(words: Words, text: str) -> str:
    """Frame words, escaped, marked with their language when it is not English."""
    return f'<span lang="{words.code}">{escape(text)}</span>' if words.foreign else escape(text)


def _contents(model: ReportModel) -> Lines:
    links: list[tuple[str, str, str]] = [
        ("summary", "Summary", "outcome, readiness and counts"),
        ("findings", "Findings", "by seriousness, then what is not yet answered"),
        ("actions", "What the force must do", "open questions and conditions"),
        ("decisions", "Decision history", "advice, decisions, conditions and review dates"),
    ]
    if model.previous_id is not None:
        links.append(("changes", "Changes since the previous round", "what differs"))
    # The screening's sections are named in the scrutiny's language: so are their links.
    words = words_of(model)
    framed: list[tuple[str, str, str]] = []
    if model.screening is not None:
        what = words.gettext("the impact level and the answers that set it")
        framed.append(("screening", words.gettext("Screening"), what))
    if model.not_asked:
        what = words.gettext("left out by stage, level or answer")
        framed.append(("not-asked", words.gettext("Questions not asked"), what))
    links += [(a, _framed(words, x), _framed(words, y)) for a, x, y in framed]
    links.append(("evidence", "Evidence register", "what the force supplied"))
    if model.appendix:
        links.append(("appendix", "Appendix: question guidance", "the checklist's own text"))
    items = [f'<li><a href="#{a}">{text}</a>: {what}</li>' for a, text, what in links]
    return [
        '<nav aria-labelledby="contents-heading"><h2 id="contents-heading">Contents</h2>',
        "<ol>",
        *items,
        "</ol></nav>",
    ]
