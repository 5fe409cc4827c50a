"""The public summary in accessible HTML: plain sentences, headings that follow the findings.

Nothing here prints a question code, a hash, a command line, criteria text or a sensitive
note: the wording comes from ``public``, which replaces codes with the questions' own words.
"""

from __future__ import annotations

from html import escape

from . import html_sections as sections
from .findings import FindingGroup
from .html_panel import theme_table
from .model import ReportDecision, ReportModel
from .public import (
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
from .screening_text import words_of
from .text import outcome_text

Lines = list[str]


def body(model: ReportModel) -> Lines:
    return [
        *sections.section("technology", "The technology", [_para(technology_text(model))]),
        *sections.section(
            "impact-level",
            words_of(model).gettext("How deep the scrutiny went"),
            [_para(line) for line in impact_lines(model)],
            lang=_frame_lang(model),
        ),
        *sections.section("looked-at", "What the office looked at", _looked_at(model)),
        *sections.section("found", "What was found", _found(model)),
        *sections.section("decision", "Advice and decision", _decisions(model)),
        *sections.section("comment", "How to comment or complain", [_para(comment_text(model))]),
    ]


def _frame_lang(model: ReportModel) -> str:
    """The language of the screening's frame words, when it is not the document's English."""
    words = words_of(model)
    return words.code if words.foreign else ""


def _para(text: str) -> str:
    return sections.paragraphs(text) or "<p></p>"


def _looked_at(model: ReportModel) -> Lines:
    # The table is the heat map's text alternative: each theme by name, its rating a word.
    return [_para(themes_text(model)), *theme_table(model.themes)]


def _found(model: ReportModel) -> Lines:
    """One sub-heading per seriousness, as in the panel paper; plain sentences under each."""
    published, left_out = public_findings(model)
    lines = iter(published)
    parts: Lines = []
    for group in model.finding_groups:
        shown = [next(lines) for f in group.findings if not f.question.sensitive]
        parts += _group(group, shown)
    not_answered = model.total - model.answered
    parts += [
        "<h3>Not yet answered</h3>",
        _para(not_answered_text(not_answered, model.total)),
    ]
    if left_out:
        parts.append(_para(left_out_text(left_out)))
    return parts


def _group(group: FindingGroup, shown: list[str]) -> Lines:
    heading = f"<h3>{escape(group.title)}</h3>"
    if not shown:
        return [heading, f"<p>{escape(group.seriousness.meaning)} None published.</p>"]
    items = [f"<li{sections.lang(line)}>{escape(line)}</li>" for line in shown]
    return [heading, f"<p>{escape(group.seriousness.meaning)}</p>", "<ul>", *items, "</ul>"]


def _decisions(model: ReportModel) -> Lines:
    pairs = (("The panel’s advice", model.current_advice), ("Decision", model.current_ruling))
    standing = [(title, d) for title, d in pairs if d is not None]
    if not standing:
        return [_para(outcome_text(model))]
    parts: Lines = []
    for title, decision in standing:
        parts += [f"<h3>{title}</h3>", *_decision(decision, model)]
    return parts


def _decision(decision: ReportDecision, model: ReportModel) -> Lines:
    rows = decision_rows(decision, model.prompts)
    return sections.facts(
        (label, plain(value, model.prompts).replace("\n", "; ")) for label, value in rows
    )
