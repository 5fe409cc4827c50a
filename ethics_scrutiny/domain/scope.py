"""Which questions a scrutiny asks, given its stage, impact level and typed answers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from ..i18n import N_
from .enums import Obligation, Stage
from .templates import Checklist, Question, Template
from .typed_answers import TypedAnswer, condition_holds


class OutOfScope(StrEnum):
    """Why a question is not asked: its stages, the impact level, a condition, or its module
    was dropped (set by the screening service, not by :func:`compute_scope`)."""

    STAGE = "stage"
    LEVEL = "level"
    CONDITION = "condition"
    MODULE = "module"

    @property
    def label(self) -> str:
        return _OUT_OF_SCOPE_LABELS[self]


_OUT_OF_SCOPE_LABELS = {
    OutOfScope.STAGE: N_("Not asked at this stage"),
    OutOfScope.LEVEL: N_("Not asked at this impact level"),
    OutOfScope.CONDITION: N_("Not asked: an earlier answer makes it irrelevant"),
    OutOfScope.MODULE: N_("Not asked: its module was dropped"),
}

# The obligations asked at each impact level; levels 3 and 4 ask everything.
_LEVEL_OBLIGATIONS: Mapping[int, frozenset[Obligation]] = {
    1: frozenset({Obligation.MUST}),
    2: frozenset({Obligation.MUST, Obligation.SHOULD}),
}


@dataclass(frozen=True)
class Scope:
    """The questions asked (``in_scope``) and, for the rest, why not (``out_of_scope``).

    A question in neither (say, one a later template version adds) counts as in scope, so
    a scope never hides a question it was not told about.
    """

    in_scope: frozenset[str]
    out_of_scope: Mapping[str, OutOfScope] = field(default_factory=dict)

    def asks(self, key: str) -> bool:
        """Whether the question ``key`` is asked."""
        return key not in self.out_of_scope


def compute_scope(
    source: Checklist | Iterable[Template],
    stage: Stage | None,
    impact_level: int | None,
    answers: Mapping[str, TypedAnswer],
) -> Scope:
    """The scope of these questions for a scrutiny at ``stage`` and ``impact_level``.

    Not screened (``impact_level`` None) asks everything, still honouring stages and
    ``show_if``. Level 1 asks ``must`` questions only; level 2 adds ``should``; levels 3 and
    4 ask all; a question's ``from_level`` asks it only at or above that level. A
    ``show_if`` holds when the named question's answer (from ``answers``, which may include
    the screening's) has one of the listed values and that question is itself asked.
    When several reasons apply the first of stage, level, condition is given.
    """
    questions = _questions(source)
    reasons: dict[str, OutOfScope] = {}
    for question in questions.values():
        why = _fixed_reason(question, stage, impact_level)
        if why is not None:
            reasons[question.key] = why
    settled: dict[str, bool] = {}
    for key in questions:
        if key not in reasons and not _shown(key, questions, reasons, answers, settled, set()):
            reasons[key] = OutOfScope.CONDITION
    return Scope(frozenset(k for k in questions if k not in reasons), reasons)


def _questions(source: Checklist | Iterable[Template]) -> dict[str, Question]:
    if isinstance(source, Checklist):
        return {q.key: q for q in source.all_questions()}
    return {q.key: q for template in source for q in template.questions()}


def _fixed_reason(question: Question, stage: Stage | None, level: int | None) -> OutOfScope | None:
    if stage is not None and stage not in question.stages:
        return OutOfScope.STAGE
    if level is None:
        return None
    allowed = _LEVEL_OBLIGATIONS.get(level)
    if allowed is not None and question.obligation not in allowed:
        return OutOfScope.LEVEL
    if question.from_level is not None and level < question.from_level:
        return OutOfScope.LEVEL
    return None


def _shown(
    key: str,
    questions: Mapping[str, Question],
    reasons: Mapping[str, OutOfScope],
    answers: Mapping[str, TypedAnswer],
    settled: dict[str, bool],
    visiting: set[str],
) -> bool:
    """Whether ``key``'s condition (and the conditions it rests on) hold; memoised."""
    if key in settled:
        return settled[key]
    condition = questions[key].show_if
    if condition is None:
        return True
    if key in visiting:
        return False  # conditions that depend on one another in a circle never hold
    visiting.add(key)
    target = condition.key
    asked = target not in questions or (
        target not in reasons and _shown(target, questions, reasons, answers, settled, visiting)
    )
    settled[key] = asked and condition_holds(condition, answers)
    return settled[key]
