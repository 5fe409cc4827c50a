"""Which template screens, what answers to it are accepted, and what they give."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ethics_scrutiny.domain.band_scoring import ScoreReason, evaluate_scoring
from ethics_scrutiny.domain.enums import TemplateKind
from ethics_scrutiny.domain.errors import InvalidInputError, TemplateError
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.templates import Template
from ethics_scrutiny.domain.typed_answers import (
    TypedAnswer,
    condition_holds,
    typed_answer_problems,
)
from ethics_scrutiny.i18n import _, ngettext

# As given: each question's option values (a list, or one value as text), or a free value.
Answers = Mapping[str, Sequence[str] | str]
# As stored: option values as a list for a choice question, text for any other.
CleanAnswers = dict[str, list[str] | str]
SHIPPED_SCREENING = "screening"
ENGLISH = "en"
LOWEST_LEVEL, HIGHEST_LEVEL = 1, 4


@dataclass(frozen=True)
class ScreeningResult:
    """The impact level answers give, the answers and triggers that set it, and modules."""

    level: int
    reasons: tuple[str, ...] = ()
    proposed_modules: tuple[str, ...] = ()


def screening_template(library: TemplateLibrary) -> Template:
    """The shipped screening, or else the first (by title) of kind screening."""
    found = [t for t in library.all() if t.kind == TemplateKind.SCREENING]
    if not found:
        raise TemplateError(_("No screening template is installed; reinstall the app."))
    shipped = [t for t in found if t.slug == SHIPPED_SCREENING]
    return shipped[0] if shipped else found[0]


def clean_answers(template: Template, answers: Answers) -> CleanAnswers:
    """The answers in stored form, refusing unknown questions and options with what to give."""
    questions = template.question_map()
    cleaned: CleanAnswers = {}
    for key, given in answers.items():
        question = questions.get(key)
        if question is None or question.answer is None:
            raise InvalidInputError(
                _("{key!r} is not a screening question; the questions are: {keys}.").format(
                    key=key, keys=", ".join(questions)
                )
            )
        if question.answer.is_choice:
            chosen = [given] if isinstance(given, str) else list(given)
            typed = TypedAnswer(choices=tuple(chosen), value=None)
        else:
            text = given if isinstance(given, str) else " ".join(given)
            typed = TypedAnswer(choices=(), value=text)
        problems = typed_answer_problems(question.answer, typed)
        if problems:
            raise InvalidInputError(f"{key}: " + " ".join(problems))
        cleaned[key] = list(typed.choices) if question.answer.is_choice else typed.value or ""
    return cleaned


def evaluate(template: Template, answers: Answers, language: str = ENGLISH) -> ScreeningResult:
    """The level (1-4) the template's own scoring gives these answers, with its reasons.

    The reasons are in ``language`` where the template gives its text in it.
    """
    typed = typed_answers_of(answers)
    scored = evaluate_scoring(template, typed, language)
    band = scored.band if scored.band is not None else LOWEST_LEVEL
    return ScreeningResult(
        level=max(LOWEST_LEVEL, min(HIGHEST_LEVEL, band)),
        reasons=tuple(reason_words(reason) for reason in scored.reasons),
        proposed_modules=proposed_modules(template, typed),
    )


def typed_answers_of(answers: Answers) -> dict[str, TypedAnswer]:
    return {
        key: TypedAnswer(value=v) if isinstance(v, str) else TypedAnswer(choices=tuple(v))
        for key, v in answers.items()
    }


def proposed_modules(template: Template, answers: Mapping[str, TypedAnswer]) -> tuple[str, ...]:
    """The modules whose every condition holds, in the template's order, each once."""
    if template.scoring is None:
        return ()
    slugs = [
        slug
        for proposal in template.scoring.proposes
        if all(condition_holds(c, answers) for c in proposal.when)
        for slug in proposal.modules
    ]
    return tuple(dict.fromkeys(slugs))


def reason_words(reason: ScoreReason) -> str:
    """One reason in words: a trigger's own sentence, or the question and what was chosen."""
    if reason.trigger is not None:
        return reason.trigger
    chosen = ", ".join(reason.options)
    points = float(reason.points)
    # Plural forms count whole numbers; a fraction of a point takes the general plural.
    count = int(points) if points.is_integer() else 100
    return ngettext(
        "{prompt}: {chosen} ({points} point)", "{prompt}: {chosen} ({points} points)", count
    ).format(prompt=reason.prompt.rstrip("?. "), chosen=chosen, points=f"{points:g}")
