"""The screening, the impact level and the questions not asked, in a report's words.

Every format (PDF, HTML, Word) prints the same sentences from here, so the panel paper and the
public summary say the same thing about the level whichever file a reader opens.
"""

from __future__ import annotations

from .model import ReportBand, ReportModel, ReportNotAsked, ReportScreening
from .text import count, in_sentence

NOT_SCREENED = "Not screened"
NOT_SCREENED_MEANING = (
    "No screening is recorded for this scrutiny, so it has no impact level and the checklist "
    "asks every question."
)
# How many of the answers that set the level the summary page names; the rest follow later.
ON_SUMMARY = 3


def level_text(screening: ReportScreening | None) -> str:
    """The level in a line, e.g. "Impact level 4 (very high), the highest of 4 levels"."""
    if screening is None:
        return NOT_SCREENED
    if screening.level >= screening.highest:
        return f"{screening.label}, the highest of {screening.highest} levels"
    return f"{screening.label}, on a scale of 1 to {screening.highest}"


def meaning_text(screening: ReportScreening | None) -> str:
    """What the level means for the scrutiny."""
    return NOT_SCREENED_MEANING if screening is None else screening.meaning


def summary_reasons(screening: ReportScreening) -> list[str]:
    """The answers and triggers that set the level, the most telling first, for the summary."""
    shown = list(screening.reasons[:ON_SUMMARY])
    more = len(screening.reasons) - ON_SUMMARY
    if more > 0:
        shown.append(f"and {count(more, 'further answer')} (see Screening).")
    return shown


def changes_count(n: int) -> str:
    """How many questions changed: "1 question differs", "3 questions differ"."""
    return f"{count(n, 'question')} {'differs' if n == 1 else 'differ'}"


def dropped_lines(screening: ReportScreening) -> list[str]:
    return [f"{module}: {reason}" for module, reason in screening.dropped_modules]


def public_level_text(model: ReportModel) -> str:
    """The impact level in plain words for the public summary."""
    screening = model.screening
    if screening is None:
        return (
            "The office did not screen this technology for its impact before the scrutiny, so "
            "it asked every question in its checklist."
        )
    asked = len(screening.answers) or "a few"
    label = in_sentence(screening.label)
    where = f"{label}, on a scale of 1 to {screening.highest}"
    if str(screening.level) not in label:
        where = f"{label} (level {screening.level} on a scale of 1 to {screening.highest})"
    first = (
        f"Before the scrutiny, the office screened the technology with {asked} questions about "
        f"what it does to people. The answers put it at {where}."
    )
    meaning = f" {screening.meaning}" if screening.meaning else ""
    reasons = [r.rstrip(". ") for r in (screening.plain_reasons or screening.reasons)[:3]]
    why = ""
    if reasons:
        listed = "; ".join(reasons)
        why = f" What weighed most: {listed[:1].upper()}{listed[1:]}."
    return first + meaning + why


def not_asked_intro(model: ReportModel) -> str:
    """Why some questions are listed as not asked, and that they are not scored."""
    n = len(model.not_asked)
    return (
        f"{count(n, 'question')} of the checklist {'is' if n == 1 else 'are'} not asked in this "
        "scrutiny (because of its stage, its impact level or an earlier answer). They are not "
        "scored or counted; an answer given while a question was asked is kept in the record "
        "and shown here."
    )


def not_asked_public(model: ReportModel) -> str:
    n = len(model.not_asked)
    if not n:
        return ""
    return (
        f"At this level and stage, {count(n, 'further checklist question')} "
        f"{'was' if n == 1 else 'were'} not asked."
    )


def kept_text(item: ReportNotAsked) -> str:
    return item.kept or "No answer"


def band_text(band: ReportBand) -> str:
    """A template's band in a line, e.g. "Impact level II (34 of 107 raw impact score)"."""
    return f"{band.label} ({band.score})" if band.score else band.label


def band_reasons(band: ReportBand) -> list[str]:
    """The answers that set a template's band, the most telling first, for the summary."""
    shown = list(band.reasons[:ON_SUMMARY])
    more = len(band.reasons) - ON_SUMMARY
    return [*shown, f"and {count(more, 'further answer')}."] if more > 0 else shown


def public_band_lines(model: ReportModel) -> list[str]:
    return [f"{band.template} gives: {band.label}." for band in model.bands]
