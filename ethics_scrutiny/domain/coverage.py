"""How far a scrutiny's answers cover and meet each external framework, element by element."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .consistency import counted_responses, inconsistencies
from .enums import Status
from .frameworks import FRAMEWORKS, Framework
from .scrutiny import ResponseData
from .templates import Checklist

# Frameworks that are a record the force publishes (ATRS): answers about one of its sections
# are no record, so nothing counts until a question on the record as a whole (tagged with
# every element) is answered "met".
RECORD_FRAMEWORKS = frozenset({"atrs"})


@dataclass(frozen=True)
class ElementCoverage:
    """One element of a framework: the questions tagged with it, answered and met."""

    name: str
    questions: tuple[str, ...]
    answered: bool
    # Every question on the element is met (or not applicable) and at least one is met.
    met: bool = False

    @property
    def asked(self) -> bool:
        """Whether the checklist has any question on this element at all."""
        return bool(self.questions)


@dataclass(frozen=True)
class FrameworkCoverage:
    """A framework's elements, how many are covered by answers and met, and which are not."""

    id: str
    title: str
    elements: tuple[ElementCoverage, ...]

    @property
    def covered(self) -> int:
        return sum(1 for element in self.elements if element.answered)

    @property
    def met(self) -> int:
        return sum(1 for element in self.elements if element.met)

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
    """The frameworks the checklist asks about, in catalogue order, elements in fixed order.

    Frameworks a template declares itself follow the app's catalogue, in template order.

    A framework no chosen question is tagged with is left out. An element is covered when at
    least one question tagged with it is answered with a status other than unknown, and met
    when every such question is met or not applicable and one is met; a "met" that a
    consistency rule doubts counts as not met.
    """
    answers = counted_responses(responses, inconsistencies(checklist, responses))
    found = (_coverage(framework, checklist, answers) for framework in known_frameworks(checklist))
    return tuple(coverage for coverage in found if any(e.asked for e in coverage.elements))


def known_frameworks(checklist: Checklist) -> tuple[Framework, ...]:
    """The app's framework catalogue, then those the checklist's templates declare.

    A framework declared by two templates of one checklist is taken from the first.
    """
    found = {framework.id: framework for framework in FRAMEWORKS}
    for template in checklist.templates:
        for item in template.frameworks:
            found.setdefault(
                item.key, Framework(item.key, item.title, tuple(item.elements), item.source or "")
            )
    return tuple(found.values())


def _coverage(
    framework: Framework, checklist: Checklist, answers: Mapping[str, ResponseData]
) -> FrameworkCoverage:
    tagged: dict[str, list[str]] = {name: [] for name in framework.elements}
    for question in checklist.questions():
        for element in question.frameworks.get(framework.id, ()):
            if element in tagged and question.key not in tagged[element]:
                tagged[element].append(question.key)
    counts = framework.id not in RECORD_FRAMEWORKS or _record_met(framework, checklist, answers)
    elements = tuple(
        ElementCoverage(
            name=name,
            questions=tuple(keys),
            answered=counts and any(is_answered(answers.get(key)) for key in keys),
            met=counts and _element_met(keys, answers),
        )
        for name, keys in tagged.items()
    )
    return FrameworkCoverage(framework.id, framework.title, elements)


def _element_met(keys: list[str], answers: Mapping[str, ResponseData]) -> bool:
    statuses = [answers[key].status if key in answers else None for key in keys]
    return Status.MET in statuses and all(
        status in (Status.MET, Status.NOT_APPLICABLE) for status in statuses
    )


def _record_met(
    framework: Framework, checklist: Checklist, answers: Mapping[str, ResponseData]
) -> bool:
    """Whether a question on the whole record (tagged with every element) is answered met."""
    every = set(framework.elements)
    return any(
        set(question.frameworks.get(framework.id, ())) >= every
        and question.key in answers
        and answers[question.key].status is Status.MET
        for question in checklist.questions()
    )
