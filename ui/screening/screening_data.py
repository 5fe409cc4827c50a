"""What the screening widgets show, as plain data, and where it comes from in the core.

The widgets never read the core's template objects: this module turns the screening template's
questions and the core's preview into the few fields a screen needs, so a change in the core's
shapes is met here once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

# A screening answer: the option values chosen (one for a single choice).
Answers = Mapping[str, tuple[str, ...]]
LEVELS = 4


@dataclass(frozen=True)
class Option:
    """One answer a screening question offers; options come least to most intrusive."""

    value: str
    label: str


@dataclass(frozen=True)
class ShowIf:
    """Ask the question only when ``key``'s answer includes one of ``values``."""

    key: str
    values: tuple[str, ...]

    def holds(self, answers: Answers) -> bool:
        chosen = answers.get(self.key, ())
        return any(value in chosen for value in self.values)


@dataclass(frozen=True)
class ScreeningQuestion:
    """One screening question as the form shows it."""

    key: str
    prompt: str
    options: tuple[Option, ...]
    multiple: bool = False
    help: str = ""
    show_if: ShowIf | None = None

    def label_of(self, value: str) -> str:
        return next((o.label for o in self.options if o.value == value), value)


@dataclass(frozen=True)
class LevelResult:
    """The impact level the answers give, why, and the modules they propose."""

    level: int
    reasons: tuple[str, ...] = ()
    proposed_modules: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScreeningChoice:
    """What the officer settled on: answers (``None``: not screened), modules, drops."""

    answers: Answers | None
    extra_modules: tuple[str, ...] = ()
    dropped_modules: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ScreeningSource:
    """The screening's questions and a way to score answers, handed to the widgets."""

    questions: Sequence[ScreeningQuestion]
    preview: Callable[[Answers], LevelResult]


def visible(questions: Sequence[ScreeningQuestion], answers: Answers) -> list[ScreeningQuestion]:
    """The questions asked for ``answers``: a conditional one only while its condition holds."""
    return [q for q in questions if q.show_if is None or q.show_if.holds(answers)]


def unanswered(questions: Sequence[ScreeningQuestion], answers: Answers) -> list[str]:
    """Keys of the asked questions with no option chosen."""
    return [q.key for q in visible(questions, answers) if not answers.get(q.key)]
