"""A typed answer (choices or a value) to a question, checked against the question's answer spec."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ..i18n import _
from .enums import AnswerType, Rating, Status
from .template_answers import AnswerCondition, AnswerOption, AnswerSpec

# Most severe first: a multiple choice maps to the worst finding among its chosen options.
_STATUS_SEVERITY = (
    Status.NOT_MET,
    Status.PARTLY_MET,
    Status.UNKNOWN,
    Status.MET,
    Status.NOT_APPLICABLE,
)
_RATING_SEVERITY = (Rating.RED, Rating.AMBER, Rating.GREEN)


@dataclass(frozen=True)
class TypedAnswer:
    """What was answered: the option values chosen, or one value (text, a number, an ISO date).

    A number or date is kept as the text written (``"12"``, ``"2026-03-01"``) so that it is
    stored and compared exactly as entered.
    """

    choices: tuple[str, ...] = ()
    value: str | None = None

    @property
    def is_empty(self) -> bool:
        """Nothing chosen and no value given."""
        return not self.choices and not (self.value or "").strip()


def typed_answer_problems(spec: AnswerSpec, answer: TypedAnswer) -> list[str]:
    """Plain messages for an answer the spec cannot take (empty list when it is acceptable).

    An empty answer is acceptable: it means "not answered yet".
    """
    if answer.is_empty:
        return []
    if spec.is_choice:
        return _choice_problems(spec, answer)
    if answer.choices:
        return [_("This question takes a value, not a choice of options.")]
    value = (answer.value or "").strip()
    if spec.type is AnswerType.NUMBER:
        return _number_problems(spec, value)
    if spec.type is AnswerType.DATE and not _is_iso_date(value):
        return [
            _("'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.").format(
                value=value
            )
        ]
    return []


def _choice_problems(spec: AnswerSpec, answer: TypedAnswer) -> list[str]:
    if answer.value is not None and answer.value.strip():
        return [_("This question takes a choice of options, not a value.")]
    known = [o.value for o in spec.options]
    problems = [
        _("'{value}' is not one of the options; choose from: {known}.").format(
            value=choice, known=", ".join(known)
        )
        for choice in answer.choices
        if choice not in known
    ]
    if len(set(answer.choices)) != len(answer.choices):
        problems.append(_("An option is chosen more than once; choose each at most once."))
    if spec.type is AnswerType.SINGLE and len(answer.choices) > 1:
        problems.append(_("This question takes one choice only; choose one option."))
    return problems


def _number_problems(spec: AnswerSpec, value: str) -> list[str]:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        return [_("'{value}' is not a number; write digits, e.g. 12 or 0.5.").format(value=value)]
    if spec.minimum is not None and number < spec.minimum:
        return [
            _("{value} is below the least allowed, {minimum:g}.").format(
                value=value, minimum=spec.minimum
            )
        ]
    if spec.maximum is not None and number > spec.maximum:
        return [
            _("{value} is above the most allowed, {maximum:g}.").format(
                value=value, maximum=spec.maximum
            )
        ]
    return []


def _is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10  # fromisoformat also reads 20260331; the stored form is one


def chosen_options(spec: AnswerSpec, answer: TypedAnswer) -> list[AnswerOption]:
    """The spec's options the answer chose, in the spec's order (unknown values skipped)."""
    chosen = set(answer.choices)
    return [o for o in spec.options if o.value in chosen]


def option_mapping(spec: AnswerSpec, answer: TypedAnswer) -> tuple[Status | None, Rating | None]:
    """The status and rating the chosen option maps to; for several, the most severe of each.

    None where no chosen option states one.
    """
    options = chosen_options(spec, answer)
    statuses = [o.status for o in options if o.status is not None]
    ratings = [o.rating for o in options if o.rating is not None]
    status = min(statuses, key=_STATUS_SEVERITY.index) if statuses else None
    rating = min(ratings, key=_RATING_SEVERITY.index) if ratings else None
    return status, rating


def condition_holds(condition: AnswerCondition, answers: Mapping[str, TypedAnswer]) -> bool:
    """Whether the answer to the condition's question includes one of its values."""
    answer = answers.get(condition.key)
    return answer is not None and bool(set(answer.choices) & set(condition.any_of))
