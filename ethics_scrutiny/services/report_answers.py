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
from ethics_scrutiny.reporting.model import ReportBand, ReportScreening, ReportScreeningAnswer
from ethics_scrutiny.reporting.text import date_text, in_sentence

NOT_ANSWERED = "Not answered (counts as the least intrusive answer)"
NO_BAND = "No level reached yet"
# Why the level is what it is when no answer added a point and no rule applied.
LEAST_INTRUSIVE = "Every answer is the least intrusive option (or not given), so no points"
# What a screening without its template (an older record) can still say about its level.
_LEVEL_WORDS = {
    1: "The checklist asks only the questions that are legal requirements.",
    2: "The checklist asks legal requirements and expected good practice.",
    3: "The checklist asks every question.",
    4: "The checklist asks every question.",
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
    """The screening as a report prints it, in the scrutiny's language for template text."""
    answers = _typed(screening.answers)
    result = evaluate_scoring(template, answers, lang) if template is not None else None
    return ReportScreening(
        level=screening.level,
        label=_band_text(template, screening.level, "label", lang)
        or f"Impact level {screening.level}",
        meaning=_band_text(template, screening.level, "description", lang)
        or _LEVEL_WORDS.get(screening.level, ""),
        reasons=(tuple(_reason_text(r) for r in result.reasons) if result else screening.reasons)
        or (LEAST_INTRUSIVE,),
        plain_reasons=tuple(_plain_reason(r) for r in result.reasons) if result else (),
        answers=_answers(template, answers, lang) if template is not None else (),
        dropped_modules=tuple(sorted(screening.dropped_modules.items())),
        # The officer's own words: working material, as notes are, kept from the public.
        level_reason="" if public else screening.level_reason,
        highest=_highest(template),
        score=_score(template, result) if template is not None and result else "",
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
    return tuple(
        _band(template, evaluate_scoring(template, answers, lang), lang)
        for template in templates
        if template.scoring is not None and template.scoring.bands is not None
    )


def _band(template: Template, result: ScoringResult, lang: Language) -> ReportBand:
    level = result.band
    return ReportBand(
        template=template_title(template, lang),
        label=result.band_label or NO_BAND,
        meaning="" if level is None else _band_text(template, level, "description", lang),
        score=_score(template, result),
        reasons=tuple(_reason_text(r) for r in result.reasons),
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


def _reason_text(reason: ScoreReason) -> str:
    if reason.trigger is not None:
        return reason.trigger.strip()
    points = "1 point" if reason.points == 1 else f"{reason.points:g} points"
    return f"{reason.prompt.strip().rstrip('?.')}: {', '.join(reason.options)} ({points})"


def _plain_reason(reason: ScoreReason) -> str:
    if reason.trigger is not None:
        return reason.trigger.strip()
    prompt = reason.prompt.strip()
    return f"the answer “{', '.join(reason.options)}” to “{prompt}”"


def _score(template: Template, result: ScoringResult) -> str:
    """The banded total, e.g. "23 of 41 intrusion points"."""
    bands = template.scoring.bands if template.scoring else None
    if bands is None:
        return ""
    try:
        total = result.total(bands.total)
    except KeyError:
        return ""
    score = f"{total.points:g} of {total.maximum:g} {in_sentence(total.label)}"
    scored, band = result.scored_band, result.band
    if scored is not None and band is not None and scored < band:
        # A trigger set a floor: say so, or the points look too few for the level.
        return f"{score}, level {scored} by points alone; a rule raises it"
    return score


def _answers(
    template: Template, answers: Mapping[str, TypedAnswer], lang: str
) -> tuple[ReportScreeningAnswer, ...]:
    shown = []
    for question in template.questions():
        given = answers.get(question.key)
        words = ""
        if question.answer is not None and given is not None:
            words = answer_words(question.answer, given, lang)
        prompt = question_text(question, lang).prompt
        shown.append(ReportScreeningAnswer(question.key, prompt, words or NOT_ANSWERED))
    return tuple(shown)
