"""The public summary's body: plain sentences for the public, every section bookmarked.

Nothing here prints a question code, a hash, a command line, criteria text or a sensitive
note: its wording comes from ``reporting.public``, which replaces codes with the questions'
own words, and the model it is given has had the notes taken out.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from ..findings import FindingGroup
from ..model import ReportModel
from ..public import (
    comment_text,
    decision_rows,
    impact_lines,
    left_out_text,
    not_answered_text,
    override_sentence,
    public_findings,
    technology_text,
    themes_text,
)
from ..screening_text import words_of
from .chart import heat_map
from .decisions import side_by_side
from .parts import Heading, Story, bullets, text
from .styles import Styles


def public_summary(model: ReportModel, st: Styles) -> Story:
    """The technology, what was looked at, what was found, advice and decision, how to comment."""
    prompts = model.prompts
    return [
        Heading("The technology and what it is for", st.h1, 0, "technology"),
        text(technology_text(model), st.body),
        Heading(words_of(model).gettext("How deep the scrutiny went"), st.h1, 0, "impact-level"),
        *[text(line, st.body) for line in impact_lines(model)],
        Heading("What the office looked at", st.h1, 0, "looked-at"),
        text(themes_text(model), st.body),
        *heat_map(model.themes, st),
        CondPageBreak(50 * mm),
        Heading("What was found", st.h1, 0, "found"),
        *_found(model, st),
        CondPageBreak(60 * mm),
        Heading("The panel’s advice and the decision", st.h1, 0, "decision"),
        *side_by_side(model, st, lambda d: decision_rows(d, prompts)),
        *_overrides(model, st),
        Heading("How to comment or complain", st.h1, 0, "comment"),
        text(comment_text(model), st.body),
    ]


def _overrides(model: ReportModel, st: Styles) -> Story:
    standing = (model.current_advice, model.current_ruling)
    lines = [override_sentence(d, model.prompts) for d in standing if d is not None]
    return [text(line, st.body) for line in lines if line]


def _found(model: ReportModel, st: Styles) -> Story:
    """One bookmarked heading per seriousness, as in the panel paper; plain sentences under it."""
    published, left_out = public_findings(model)
    lines = iter(published)
    story: Story = []
    for group in model.finding_groups:
        shown = [next(lines) for f in group.findings if not f.question.sensitive]
        story += _group(group, shown, st)
    not_answered = model.total - model.answered
    story += [
        Heading("Not yet answered", st.h2, 1, "found-not-answered"),
        text(not_answered_text(not_answered, model.total), st.body),
    ]
    if left_out:
        story.append(text(left_out_text(left_out), st.body))
    return story


def _group(group: FindingGroup, shown: list[str], st: Styles) -> Story:
    heading = Heading(group.title, st.h2, 1, f"found-{group.seriousness.value}")
    meaning = text(group.seriousness.meaning, st.small)
    if not shown:
        return [heading, meaning, text("Nothing to report under this heading.", st.body)]
    return [heading, meaning, *bullets(shown, st.bullet)]
