"""The screening, the impact level and the questions not asked, in a report's words.

Every format (PDF, HTML, Word) prints the same sentences from here, so the panel paper and the
public summary say the same thing about the level whichever file a reader opens.
"""

from __future__ import annotations

from ..i18n import N_
from .model import ReportBand, ReportModel, ReportNotAsked, ReportScreening
from .text import count, in_sentence
from .words import Words, words_in

NOT_SCREENED = N_("Not screened")
NOT_SCREENED_MEANING = N_(
    "No screening is recorded for this scrutiny, so it has no impact level and the checklist "
    "asks every question."
)
# How many of the answers that set the level the summary page names; the rest follow later.
ON_SUMMARY = 3


def words_of(model: ReportModel) -> Words:
    """The words of the screening frame, in the scrutiny's language where they are given."""
    return words_in(model.language)


def level_text(screening: ReportScreening | None, words: Words) -> str:
    """The level in a line, e.g. "Impact level 4 (very high), the highest of 4 levels"."""
    if screening is None:
        return words.gettext(NOT_SCREENED)
    if screening.level >= screening.highest:
        return words.gettext("{label}, the highest of {highest} levels").format(
            label=screening.label, highest=screening.highest
        )
    return words.gettext("{label}, on a scale of 1 to {highest}").format(
        label=screening.label, highest=screening.highest
    )


def meaning_text(screening: ReportScreening | None, words: Words) -> str:
    """What the level means for the scrutiny."""
    return words.gettext(NOT_SCREENED_MEANING) if screening is None else screening.meaning


def summary_reasons(screening: ReportScreening, words: Words) -> list[str]:
    """The answers and triggers that set the level, the most telling first, for the summary."""
    shown = list(screening.reasons[:ON_SUMMARY])
    more = len(screening.reasons) - ON_SUMMARY
    if more > 0:
        shown.append(
            words.ngettext(
                "and {n} further answer (see Screening).",
                "and {n} further answers (see Screening).",
                more,
            ).format(n=more)
        )
    return shown


def changes_count(n: int) -> str:
    """How many questions changed: "1 question differs", "3 questions differ"."""
    return f"{count(n, 'question')} {'differs' if n == 1 else 'differ'}"


def dropped_lines(screening: ReportScreening) -> list[str]:
    return [f"{module}: {reason}" for module, reason in screening.dropped_modules]


def public_level_text(model: ReportModel) -> str:
    """The impact level in plain words for the public summary."""
    words = words_of(model)
    screening = model.screening
    if screening is None:
        return words.gettext(
            "The office did not screen this technology for its impact before the scrutiny, so "
            "it asked every question in its checklist."
        )
    first = _screened_with(screening, words) + " " + _where(screening, words)
    meaning = f" {screening.meaning}" if screening.meaning else ""
    reasons = [r.rstrip(". ") for r in (screening.plain_reasons or screening.reasons)[:3]]
    why = ""
    if reasons:
        listed = "; ".join(reasons)
        why = " " + words.gettext("What weighed most: {reasons}.").format(
            reasons=listed[:1].upper() + listed[1:]
        )
    return first + meaning + why


def _screened_with(screening: ReportScreening, words: Words) -> str:
    asked = len(screening.answers)
    if not asked:
        return words.gettext(
            "Before the scrutiny, the office screened the technology with a few questions about "
            "what it does to people."
        )
    return words.ngettext(
        "Before the scrutiny, the office screened the technology with {n} question about "
        "what it does to people.",
        "Before the scrutiny, the office screened the technology with {n} questions about "
        "what it does to people.",
        asked,
    ).format(n=asked)


def _where(screening: ReportScreening, words: Words) -> str:
    label = in_sentence(screening.label)
    if str(screening.level) in label:
        return words.gettext("The answers put it at {label}, on a scale of 1 to {highest}.").format(
            label=label, highest=screening.highest
        )
    return words.gettext(
        "The answers put it at {label} (level {level} on a scale of 1 to {highest})."
    ).format(label=label, level=screening.level, highest=screening.highest)


def not_asked_intro(model: ReportModel) -> str:
    """Why some questions are listed as not asked, and that they are not scored."""
    n = len(model.not_asked)
    return (
        words_of(model)
        .ngettext(
            "{n} question of the checklist is not asked in this scrutiny (because of its stage, "
            "its impact level or an earlier answer). It is not scored or counted; an answer "
            "given while it was asked is kept in the record and shown here.",
            "{n} questions of the checklist are not asked in this scrutiny (because of their "
            "stage, the impact level or an earlier answer). They are not scored or counted; an "
            "answer given while a question was asked is kept in the record and shown here.",
            n,
        )
        .format(n=n)
    )


def not_asked_public(model: ReportModel) -> str:
    n = len(model.not_asked)
    if not n:
        return ""
    return (
        words_of(model)
        .ngettext(
            "At this level and stage, {n} further checklist question was not asked.",
            "At this level and stage, {n} further checklist questions were not asked.",
            n,
        )
        .format(n=n)
    )


def kept_text(item: ReportNotAsked, words: Words) -> str:
    return item.kept or words.gettext("No answer")


def band_text(band: ReportBand) -> str:
    """A template's band in a line, e.g. "Impact level II (34 of 107 raw impact score)"."""
    return f"{band.label} ({band.score})" if band.score else band.label


def band_reasons(band: ReportBand, words: Words) -> list[str]:
    """The answers that set a template's band, the most telling first, for the summary."""
    shown = list(band.reasons[:ON_SUMMARY])
    more = len(band.reasons) - ON_SUMMARY
    if more <= 0:
        return shown
    further = words.ngettext("and {n} further answer.", "and {n} further answers.", more)
    return [*shown, further.format(n=more)]


def public_band_lines(model: ReportModel) -> list[str]:
    words = words_of(model)
    return [
        words.gettext("{template} gives: {label}.").format(template=band.template, label=band.label)
        for band in model.bands
    ]
