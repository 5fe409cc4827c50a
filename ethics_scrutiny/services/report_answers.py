"""Typed answers and the screening in the words a report prints them in.

Reports print option labels, never the stored option values; numbers as written; dates as
"20 March 2026". The screening's level is explained from the screening template the scrutiny
was screened with: the band's name and description, the triggers and answers that set it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from ethics_scrutiny.domain.band_scoring import ScoreReason, ScoringResult, evaluate_scoring
from ethics_scrutiny.domain.enums import AnswerType, Language
from ethics_scrutiny.domain.localize import option_label, question_text, template_title, text_in
from ethics_scrutiny.domain.scrutiny import ResponseData, ScreeningData
from ethics_scrutiny.domain.template_answers import AnswerSpec
from ethics_scrutiny.domain.templates import Template
from ethics_scrutiny.domain.typed_answers import TypedAnswer
from ethics_scrutiny.i18n import N_
from ethics_scrutiny.reporting.model import ReportBand, ReportScreening, ReportScreeningAnswer
from ethics_scrutiny.reporting.text import date_text, in_sentence
from ethics_scrutiny.reporting.words import Words, words_in

# The report's own words, looked up in the scrutiny's language when printed (see words_in).
NOT_ANSWERED = N_("Not answered (counts as the least intrusive answer)")
NO_BAND = N_("No level reached yet")
# Why the level is what it is when no answer added a point and no rule applied.
LEAST_INTRUSIVE = N_("Every answer is the least intrusive option (or not given), so no points")
# What a screening without its template (an older record) can still say about its level.
_LEVEL_WORDS = {
    1: N_("The checklist asks only the questions that are legal requirements."),
    2: N_("The checklist asks legal requirements and expected good practice."),
    3: N_("The checklist asks every question."),
    4: N_("The checklist asks every question."),
}


def typed_answer_text(
    spec: AnswerSpec | None, response: ResponseData | None, lang: str, *, public: bool = False
) -> str:
    """A question's typed answer in words; "" when it asks for none or none is given.

    A public summary leaves out free text and any answer marked sensitive: like a note, it
    may hold working detail.
    """
    if spec is None or response is None:
        return ""
    if public and (response.sensitive or spec.type is AnswerType.TEXT):
        return ""
    return answer_words(spec, TypedAnswer(response.choice or (), response.value), lang)


def answer_words(spec: AnswerSpec, answer: TypedAnswer, lang: str) -> str:
    """The answer in words: option labels, a number as written, a date as "3 June 2025"."""
    if spec.is_choice:
        return _choices_text(spec, answer.choices, lang)
    value = (answer.value or "").strip()
    if spec.type is AnswerType.DATE and value:
        return _date_or_as_written(value)
    return value


def _choices_text(spec: AnswerSpec, values: tuple[str, ...], lang: str) -> str:
    # An option a later template version removed is shown by its stored value, not dropped.
    labels = [
        option_label(option, lang) if (option := spec.option(value)) else value for value in values
    ]
    return "; ".join(labels)


def _date_or_as_written(value: str) -> str:
    try:
        return date_text(date.fromisoformat(value))
    except ValueError:
        return value


def screening_report(
    screening: ScreeningData, template: Template | None, lang: Language, *, public: bool
) -> ReportScreening:
    """The screening as a report prints it, all of it in the scrutiny's language where it can."""
    words = words_in(lang)
    answers = _typed(screening.answers)
    result = evaluate_scoring(template, answers, lang) if template is not None else None
    level = screening.level
    reasons = tuple(_reason_text(r, words) for r in result.reasons) if result else ()
    return ReportScreening(
        level=level,
        label=_band_text(template, level, "label", lang)
        or words.gettext("Impact level {level}").format(level=level),
        meaning=_band_text(template, level, "description", lang)
        or (words.gettext(_LEVEL_WORDS[level]) if level in _LEVEL_WORDS else ""),
        reasons=(reasons if result else screening.reasons) or (words.gettext(LEAST_INTRUSIVE),),
        plain_reasons=tuple(_plain_reason(r, words) for r in result.reasons) if result else (),
        answers=_answers(template, answers, lang, words) if template is not None else (),
        dropped_modules=tuple(sorted(screening.dropped_modules.items())),
        # The officer's own words: working material, as notes are, kept from the public.
        level_reason="" if public else screening.level_reason,
        highest=_highest(template),
        score=_score(template, result, words) if template is not None and result else "",
    )


def template_bands(
    templates: Iterable[Template],
    responses: Mapping[str, ResponseData],
    asked: Callable[[str], bool],
    lang: Language,
) -> tuple[ReportBand, ...]:
    """Each template's own band from the typed answers to the questions asked."""
    answers = {
        key: TypedAnswer(r.choice or (), r.value)
        for key, r in responses.items()
        if asked(key) and (r.choice or r.value)
    }
    words = words_in(lang)
    return tuple(
        _band(template, evaluate_scoring(template, answers, lang), lang, words)
        for template in templates
        if template.scoring is not None and template.scoring.bands is not None
    )


def _band(template: Template, result: ScoringResult, lang: Language, words: Words) -> ReportBand:
    level = result.band
    return ReportBand(
        template=template_title(template, lang),
        label=result.band_label or words.gettext(NO_BAND),
        meaning="" if level is None else _band_text(template, level, "description", lang),
        score=_score(template, result, words),
        reasons=tuple(_reason_text(r, words) for r in result.reasons),
    )


def _typed(answers: Mapping[str, tuple[str, ...] | str]) -> dict[str, TypedAnswer]:
    return {
        key: TypedAnswer(value=given) if isinstance(given, str) else TypedAnswer(choices=given)
        for key, given in answers.items()
    }


def _band_text(template: Template | None, level: int, field: str, lang: str) -> str:
    if template is None or template.scoring is None or template.scoring.bands is None:
        return ""
    band = next((b for b in template.scoring.bands.levels if b.band == level), None)
    return "" if band is None else (text_in(band, field, lang) or "").strip()


def _highest(template: Template | None) -> int:
    if template is None or template.scoring is None or template.scoring.bands is None:
        return 4
    return max(b.band for b in template.scoring.bands.levels)


def _reason_text(reason: ScoreReason, words: Words) -> str:
    if reason.trigger is not None:
        return reason.trigger.strip()
    points = float(reason.points)
    # Plural forms count whole numbers; a fraction of a point takes the general plural.
    n = int(points) if points.is_integer() else 100
    return words.ngettext(
        "{prompt}: {chosen} ({points} point)", "{prompt}: {chosen} ({points} points)", n
    ).format(
        prompt=reason.prompt.strip().rstrip("?."),
        chosen=", ".join(reason.options),
        points=f"{points:g}",
    )


def _plain_reason(reason: ScoreReason, words: Words) -> str:
    if reason.trigger is not None:
        return reason.trigger.strip()
    return words.gettext("the answer “{chosen}” to “{prompt}”").format(
        chosen=", ".join(reason.options), prompt=reason.prompt.strip()
    )


def _score(template: Template, result: ScoringResult, words: Words) -> str:
    """The banded total, e.g. "23 of 41 intrusion points"."""
    bands = template.scoring.bands if template.scoring else None
    if bands is None:
        return ""
    try:
        total = result.total(bands.total)
    except KeyError:
        return ""
    score = words.gettext("{points} of {maximum} {total}").format(
        points=f"{total.points:g}", maximum=f"{total.maximum:g}", total=in_sentence(total.label)
    )
    scored, band = result.scored_band, result.band
    if scored is not None and band is not None and scored < band:
        # A trigger set a floor: say so, or the points look too few for the level.
        return words.gettext("{score}, level {level} by points alone; a rule raises it").format(
            score=score, level=scored
        )
    return score


def _answers(
    template: Template, answers: Mapping[str, TypedAnswer], lang: str, words: Words
) -> tuple[ReportScreeningAnswer, ...]:
    shown = []
    not_answered = words.gettext(NOT_ANSWERED)
    for question in template.questions():
        given = answers.get(question.key)
        given_words = ""
        if question.answer is not None and given is not None:
            given_words = answer_words(question.answer, given, lang)
        prompt = question_text(question, lang).prompt
        shown.append(ReportScreeningAnswer(question.key, prompt, given_words or not_answered))
    return tuple(shown)
