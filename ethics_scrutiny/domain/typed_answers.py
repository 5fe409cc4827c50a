"""A typed answer (choices or a value) to a question, checked against the question's answer spec."""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ..i18n import N_, _
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

# ASCII digits only: \d would also take other scripts' digits, which no stored date uses.
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
# Month names for the core's catalogue: the C library's names would always be English.
_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


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
    if spec.type is AnswerType.DATE:
        return _date_problems(value)
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
    low, high = spec.minimum, spec.maximum
    if (low is None or number >= low) and (high is None or number <= high):
        return []
    # Say the whole allowed range, so one message is enough to put the answer right.
    if low is not None and high is not None:
        message = _("{value} is out of range: give a number from {minimum} to {maximum}.")
    elif low is not None:
        message = _("{value} is too small: give a number of {minimum} or more.")
    else:
        message = _("{value} is too large: give a number of {maximum} or less.")
    return [message.format(value=value, minimum=_plain(low), maximum=_plain(high))]


def _plain(number: float | None) -> str:
    """A limit as a person writes it: 10, not 10.0 or 1e+01."""
    if number is None:
        return ""
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return repr(number)


def _date_problems(value: str) -> list[str]:
    found = _ISO_DAY.fullmatch(value)
    if found is None:
        return [
            _("'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.").format(
                value=value
            )
        ]
    try:
        date.fromisoformat(value)
    except ValueError:
        year, month, day = (int(part) for part in found.groups())
        return [
            _("{value} is not a real date: {why}.").format(
                value=value, why=_why_not_real(year, month, day)
            )
        ]
    return []


def _why_not_real(year: int, month: int, day: int) -> str:
    """Why a YYYY-MM-DD that reads as a date names no day of the calendar."""
    if year < 1:
        return _("there is no year 0")
    if not 1 <= month <= 12:
        return _("there is no month {month}").format(month=month)
    if day < 1:
        return _("there is no day 0")
    days = calendar.monthrange(year, month)[1]
    return _("{month} {year} has {days} days").format(
        month=_(_MONTHS[month - 1]), year=year, days=days
    )


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
