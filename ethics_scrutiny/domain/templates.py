"""Checklist templates: frozen pydantic models over the files in ``assets/templates``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    StringConstraints,
    model_serializer,
    model_validator,
)

from .enums import Obligation, Stage, Technology, TemplateKind
from .frameworks import framework_problems

QUESTION_KEY_PATTERN = r"^[A-Z]{2,4}-\d{2,3}$"
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SEMVER_PATTERN = r"^\d+\.\d+\.\d+$"

QuestionKey = Annotated[str, Field(pattern=QUESTION_KEY_PATTERN)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class QuestionWelsh(_Frozen):
    """Welsh (``cy``) text for a question; any field left out falls back to the English."""

    prompt: Text | None = None
    guidance: Text | None = None
    evidence: list[ShortText] | None = None
    red_flag: Text | None = None


class HeadingWelsh(_Frozen):
    """Welsh (``cy``) title and description for a theme or a template."""

    title: ShortText | None = None
    description: Text | None = None


class Question(_Frozen):
    """One question put to the force, with what a panel needs to judge the answer."""

    key: QuestionKey
    prompt: Text
    guidance: Text
    sources: Annotated[list[ShortText], Field(min_length=1)]
    evidence: Annotated[list[ShortText], Field(min_length=1)]
    red_flag: Text
    critical: bool = False
    # A blocking red flag (Bridges grounds, ICO opinion, RIPA): it stands in the way of support.
    blocking: bool = False
    # Left out of a file (older office templates), it is "must" for a blocking question and
    # "should" otherwise; see _obligation_default.
    obligation: Annotated[
        Obligation,
        Field(
            description=(
                "must: a legal requirement; should: expected good practice; could: desirable. "
                "If left out: must for a blocking question, should otherwise."
            )
        ),
    ] = Obligation.SHOULD
    stages: list[Stage] = Field(default_factory=lambda: list(Stage))
    frameworks: dict[ShortText, list[ShortText]] = Field(default_factory=dict)
    cy: QuestionWelsh | None = None

    @model_validator(mode="after")
    def _blocking_is_critical(self) -> Question:
        if self.blocking and not self.critical:
            raise ValueError("a blocking question must also be critical (critical: true)")
        self._obligation_default()
        if self.blocking and self.obligation is not Obligation.MUST:
            raise ValueError(
                "a blocking question is a legal requirement, so its obligation must be "
                f"'must', not {self.obligation.value!r}"
            )
        problems = framework_problems(self.frameworks)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _obligation_default(self) -> None:
        if "obligation" not in self.model_fields_set:
            # Frozen model: the default depends on another field, so it is set once, here.
            object.__setattr__(self, "obligation", implied_obligation(self.blocking))

    @model_serializer(mode="wrap")
    def _leave_out_implied(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # An obligation equal to its default is left out so that a template snapshot stored
        # before obligations existed keeps its content hash when it is read and written again.
        data: dict[str, Any] = handler(self)
        if self.obligation is implied_obligation(self.blocking):
            data.pop("obligation", None)
        return data


def implied_obligation(blocking: bool) -> Obligation:
    """The obligation of a question whose file does not state one."""
    return Obligation.MUST if blocking else Obligation.SHOULD


class Theme(_Frozen):
    """A group of questions on one subject (fairness and equality, privacy, ...)."""

    key: Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    title: ShortText
    description: Text | None = None
    questions: Annotated[list[Question], Field(min_length=1)]
    cy: HeadingWelsh | None = None


class ConsistencyWelsh(_Frozen):
    """Welsh (``cy``) text for a consistency rule; left out, the English is used."""

    message: Text | None = None


class ConsistencyRule(_Frozen):
    """An answer of "met" on ``key`` is doubtful while any ``requires_met`` question is not met."""

    key: QuestionKey
    requires_met: Annotated[list[QuestionKey], Field(min_length=1)]
    message: Text
    cy: ConsistencyWelsh | None = None

    @model_validator(mode="after")
    def _names_other_questions(self) -> ConsistencyRule:
        if self.key in self.requires_met:
            raise ValueError(f"the rule on {self.key} lists {self.key} among its own requirements")
        _refuse_duplicates("requirement", list(self.requires_met))
        return self


class Template(_Frozen):
    """A versioned checklist: the core for every scrutiny, or a module for one technology."""

    format_version: Literal[1] = 1
    slug: Annotated[str, Field(pattern=SLUG_PATTERN, max_length=80)]
    version: Annotated[str, Field(pattern=SEMVER_PATTERN, max_length=32)]
    title: ShortText
    kind: TemplateKind
    description: Text | None = None
    technologies: list[Technology] = Field(default_factory=list)
    themes: Annotated[list[Theme], Field(min_length=1)]
    consistency: list[ConsistencyRule] = Field(default_factory=list)
    cy: HeadingWelsh | None = None

    @model_validator(mode="after")
    def _keys_are_unique(self) -> Template:
        _refuse_duplicates("theme key", [theme.key for theme in self.themes])
        _refuse_duplicates("question key", [q.key for q in self.questions()])
        own = {q.key for q in self.questions()}
        for rule in self.consistency:
            if rule.key not in own and not own.intersection(rule.requires_met):
                raise ValueError(
                    f"the consistency rule on {rule.key} names no question of this template; "
                    "a rule must be on one of its questions or require one of them"
                )
        return self

    @model_serializer(mode="wrap")
    def _leave_out_empty(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # As for obligations: snapshots stored before consistency rules keep their hashes.
        data: dict[str, Any] = handler(self)
        if not self.consistency:
            data.pop("consistency", None)
        return data

    def questions(self) -> Iterator[Question]:
        for theme in self.themes:
            yield from theme.questions


def _refuse_duplicates(what: str, keys: list[str]) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise ValueError(f"the {what} {key!r} is used more than once; each must be unique")
        seen.add(key)


class Checklist:
    """The templates one scrutiny uses (the core then its modules), read as one checklist."""

    def __init__(self, templates: list[Template]) -> None:
        self.templates: tuple[Template, ...] = tuple(templates)
        self.themes: tuple[Theme, ...] = tuple(t for tpl in templates for t in tpl.themes)
        self._questions: dict[str, Question] = {}
        self._theme_of: dict[str, Theme] = {}
        for theme in self.themes:
            for question in theme.questions:
                if question.key in self._questions:
                    raise ValueError(
                        f"question key {question.key} appears in more than one chosen template"
                    )
                self._questions[question.key] = question
                self._theme_of[question.key] = theme

    def question(self, key: str) -> Question:
        return self._questions[key]

    def has_question(self, key: str) -> bool:
        return key in self._questions

    def theme_of(self, key: str) -> Theme:
        return self._theme_of[key]

    def questions(self) -> list[Question]:
        return list(self._questions.values())

    def consistency_rules(self) -> list[ConsistencyRule]:
        """Every template's rules whose doubted question is in this checklist, in template order."""
        return [
            rule
            for template in self.templates
            for rule in template.consistency
            if rule.key in self._questions
        ]

    @property
    def question_count(self) -> int:
        return len(self._questions)
