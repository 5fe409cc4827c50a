"""How far a scrutiny's answers cover each external framework, element by element."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .enums import Status
from .frameworks import FRAMEWORKS, Framework
from .scrutiny import ResponseData
from .templates import Checklist


@dataclass(frozen=True)
class ElementCoverage:
    """One element of a framework: the questions tagged with it and whether any is answered."""

    name: str
    questions: tuple[str, ...]
    answered: bool

    @property
    def asked(self) -> bool:
        """Whether the checklist has any question on this element at all."""
        return bool(self.questions)


@dataclass(frozen=True)
class FrameworkCoverage:
    """A framework's elements, how many are covered by answers, and which remain unanswered."""

    id: str
    title: str
    elements: tuple[ElementCoverage, ...]

    @property
    def covered(self) -> int:
        return sum(1 for element in self.elements if element.answered)

    @property
    def total(self) -> int:
        return len(self.elements)

    @property
    def unanswered(self) -> tuple[str, ...]:
        return tuple(element.name for element in self.elements if not element.answered)


def is_answered(response: ResponseData | None) -> bool:
    """An answer counts towards coverage unless it is missing or "unknown"."""
    return response is not None and response.status is not Status.UNKNOWN


def framework_coverage(
    checklist: Checklist, responses: Mapping[str, ResponseData]
) -> tuple[FrameworkCoverage, ...]:
    """Every catalogued framework, in catalogue order, with its elements in their fixed order.

    An element is covered when at least one question tagged with it is answered with a status
    other than unknown; an element no chosen question is tagged with is never covered.
    """
    return tuple(_coverage(framework, checklist, responses) for framework in FRAMEWORKS)


def _coverage(
    framework: Framework, checklist: Checklist, responses: Mapping[str, ResponseData]
) -> FrameworkCoverage:
    tagged: dict[str, list[str]] = {name: [] for name in framework.elements}
    for question in checklist.questions():
        for element in question.frameworks.get(framework.id, ()):
            if element in tagged and question.key not in tagged[element]:
                tagged[element].append(question.key)
    elements = tuple(
        ElementCoverage(
            name=name,
            questions=tuple(keys),
            answered=any(is_answered(responses.get(key)) for key in keys),
        )
        for name, keys in tagged.items()
    )
    return FrameworkCoverage(framework.id, framework.title, elements)
