"""The impact level on the summary page, the screening answers, and the questions not asked."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from ...i18n import N_
from ..model import ReportModel
from ..screening_text import (
    band_reasons,
    band_text,
    dropped_lines,
    kept_text,
    level_text,
    meaning_text,
    not_asked_intro,
    summary_reasons,
    words_of,
)
from .keep import TableWithTail
from .parts import Heading, Paragraph, Story, bullets, grid_table, labelled, text
from .styles import CONTENT_WIDTH, Styles


def impact_summary(model: ReportModel, st: Styles) -> Story:
    """The level, what it means, and the answers that set it, for the summary page."""
    screening, words = model.screening, words_of(model)
    t = words.gettext
    story: Story = [
        labelled(t(N_("Impact level")), level_text(screening, words), st.body),
        text(meaning_text(screening, words), st.small),
    ]
    for band in model.bands:
        story += [labelled(band.template, band_text(band), st.body)]
        story += [text(band.meaning, st.small)] if band.meaning else []
        story += bullets(band_reasons(band, words), st.bullet)
    if screening is None:
        return story
    if screening.score:
        story.append(labelled(t(N_("Score")), f"{screening.score}.", st.small))
    if screening.reasons:
        story += [
            text(t(N_("Set by:")), st.small),
            *bullets(summary_reasons(screening, words), st.bullet),
        ]
    if screening.level_reason:
        story.append(labelled(t(N_("Level lowered because")), screening.level_reason, st.body))
    return story


def screening_section(model: ReportModel, st: Styles) -> Story:
    """Every screening question with the answer given, and any proposed module dropped."""
    screening, words = model.screening, words_of(model)
    if screening is None:
        return []
    t = words.gettext
    story: Story = [
        CondPageBreak(60 * mm),
        Heading(t(N_("Screening")), st.h1, 0, "screening"),
        labelled(t(N_("Impact level")), level_text(screening, words), st.body),
        text(screening.meaning, st.body),
    ]
    if screening.reasons:
        story += [
            Paragraph(t(N_("What set the level")), st.h3),
            *bullets(list(screening.reasons), st.bullet),
        ]
    if screening.answers:
        rows = [
            [text(a.key, st.cell), text(a.prompt, st.cell), text(a.answer, st.cell)]
            for a in screening.answers
        ]
        widths = [16 * mm, 90 * mm, CONTENT_WIDTH - 106 * mm]
        head = [t(N_("Key")), t(N_("Question")), t(N_("Answer"))]
        caption = Paragraph(t(N_("The screening answers")), st.h3)
        story.append(TableWithTail([caption], grid_table(head, rows, widths, st), []))
    if screening.dropped_modules:
        story += [
            Paragraph(t(N_("Proposed modules dropped")), st.h3),
            *bullets(dropped_lines(screening), st.bullet),
        ]
    return story


def not_asked_section(model: ReportModel, st: Styles) -> Story:
    """The questions out of scope, listed as such: not scored, any kept answer shown."""
    if not model.not_asked:
        return []
    words = words_of(model)
    t = words.gettext
    rows = [
        [text(q.key, st.cell), text(q.prompt, st.cell), text(q.why, st.cell)]
        + ([] if model.public else [text(kept_text(q, words), st.cell)])
        for q in model.not_asked
    ]
    head = [t(N_("Key")), t(N_("Question")), t(N_("Why not asked"))]
    widths = [16 * mm, 86 * mm]
    if model.public:
        widths.append(CONTENT_WIDTH - 102 * mm)
    else:
        head.append(t(N_("Answer kept")))
        widths += [42 * mm, CONTENT_WIDTH - 144 * mm]
    # The heading and its intro stay with the table's first rows, never alone at a page's foot.
    intro = [
        Heading(t(N_("Questions not asked")), st.h1, 0, "not-asked"),
        text(not_asked_intro(model), st.small),
    ]
    return [TableWithTail(intro, grid_table(head, rows, widths, st), [])]
