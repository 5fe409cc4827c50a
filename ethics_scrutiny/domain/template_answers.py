"""Typed answers in the template format: answer options, their points, and answer conditions."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Annotated, ClassVar

from pydantic import Field, model_validator

from .enums import AnswerType, Rating, Status
from .template_base import Frozen, LanguageCode, Loc, Omitting, OptionValue, QuestionKey, ShortText


class OptionText(Frozen):
    """An answer option's label in another language."""

    label: ShortText


class AnswerOption(Omitting):
    """One choice of a single- or multiple-choice answer.

    ``value`` is the option's permanent id (stored with the answer, used on the command line);
    ``points`` count towards the template's scoring; ``status`` and ``rating`` are what choosing
    it means for the question's finding (so a risky "Yes" can read as not met and red).
    """

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset(
        {"points", "status", "rating", "cy", "translations"}
    )

    value: OptionValue
    label: ShortText
    points: float = 0
    status: Status | None = None
    rating: Rating | None = None
    cy: OptionText | None = None
    translations: dict[LanguageCode, OptionText] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _finite_points(self) -> AnswerOption:
        if not math.isfinite(self.points):
            raise ValueError(f"the points of option {self.value!r} must be an ordinary number")
        return self


class AnswerSpec(Omitting):
    """The typed answer a question asks for beside its status.

    ``single`` and ``multiple`` list their ``options`` (for a screening, least to most
    intrusive); ``number`` may give a ``minimum`` and ``maximum``; ``text`` and ``date`` take
    nothing else.
    """

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset({"options", "minimum", "maximum"})

    type: AnswerType
    options: list[AnswerOption] = Field(default_factory=list)
    minimum: float | None = None
    maximum: float | None = None

    @model_validator(mode="after")
    def _fits_its_type(self) -> AnswerSpec:
        choice = self.type in (AnswerType.SINGLE, AnswerType.MULTIPLE)
        if choice and len(self.options) < 2:
            raise ValueError(f"a {self.type.value!r} answer needs at least two options")
        if not choice and self.options:
            raise ValueError(
                f"options are for 'single' or 'multiple' answers, not {self.type.value!r}; "
                "remove them or change the type"
            )
        limits = self.minimum is not None or self.maximum is not None
        if limits and self.type is not AnswerType.NUMBER:
            raise ValueError("minimum and maximum are only for a 'number' answer")
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValueError(f"the minimum {self.minimum:g} is above the maximum {self.maximum:g}")
        seen: set[str] = set()
        for option in self.options:
            if option.value in seen:
                raise ValueError(f"the option value {option.value!r} is used more than once")
            seen.add(option.value)
        return self

    @property
    def is_choice(self) -> bool:
        """Whether the answer is chosen from options (single or multiple)."""
        return self.type in (AnswerType.SINGLE, AnswerType.MULTIPLE)

    def option(self, value: str) -> AnswerOption | None:
        """The option with this value, or None."""
        return next((o for o in self.options if o.value == value), None)


class AnswerCondition(Frozen):
    """Holds when the typed answer to question ``key`` includes any of the ``any_of`` values."""

    key: QuestionKey
    any_of: Annotated[list[OptionValue], Field(min_length=1)]


def condition_problems(
    condition: AnswerCondition, specs: Mapping[str, AnswerSpec | None], loc: Loc
) -> list[tuple[Loc, str]]:
    """Problems (with their paths) of a condition naming a question or option the template lacks.

    A key not in ``specs`` may belong to another template the scrutiny combines, so it is
    accepted; a key that is here must have a choice answer offering every listed value.
    """
    if condition.key not in specs:
        return []
    spec = specs[condition.key]
    if spec is None or not spec.is_choice:
        return [
            (
                (*loc, "key"),
                f"{condition.key} has no single or multiple choice answer to test (give it "
                "answer: with options, or name another question)",
            )
        ]
    known = [o.value for o in spec.options]
    return [
        (
            (*loc, "any_of", index),
            f"{condition.key} has no option {value!r}; use one of: " + ", ".join(known),
        )
        for index, value in enumerate(condition.any_of)
        if value not in known
    ]
