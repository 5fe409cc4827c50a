"""Checklist templates: frozen pydantic models over the files in ``assets/templates``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from pydantic import (
    Field,
    ModelWrapValidatorHandler,
    SerializerFunctionWrapHandler,
    StringConstraints,
    field_validator,
    model_serializer,
    model_validator,
)

from .enums import Obligation, Stage, Technology, TemplateKind
from .frameworks import declared_frameworks, framework_problems
from .template_answers import AnswerCondition, AnswerSpec, condition_problems
from .template_base import (
    QUESTION_KEY_PATTERN,
    QUESTION_KEY_RULE,
    SEMVER_PATTERN,
    SLUG_PATTERN,
    Frozen,
    LanguageCode,
    Loc,
    Omitting,
    PlacedProblems,
    QuestionKey,
    ShortText,
    Text,
    languages_in,
    omit_defaults,
    welsh_twice,
)
from .template_meta import FrameworkDefinition, Provenance
from .template_scoring import Scoring, scoring_problems

if TYPE_CHECKING:
    from .scope import OutOfScope, Scope

__all__ = [
    "QUESTION_KEY_PATTERN",
    "QUESTION_KEY_RULE",
    "SEMVER_PATTERN",
    "SLUG_PATTERN",
    "AnswerCondition",
    "AnswerSpec",
    "Checklist",
    "ConsistencyRule",
    "Question",
    "QuestionKey",
    "Template",
    "Theme",
]

_Frozen = Frozen
OptionalText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]


class QuestionWelsh(_Frozen):
    """A question's text in another language (``cy`` or under ``translations``).

    Any field left out falls back to the English.
    """

    prompt: Text | None = None
    guidance: Text | None = None
    evidence: list[ShortText] | None = None
    red_flag: Text | None = None


class HeadingWelsh(_Frozen):
    """A theme's or template's title and description in another language."""

    title: ShortText | None = None
    description: Text | None = None


# Generic names for the text models: the same fields serve Welsh and every other language.
QuestionTranslation = QuestionWelsh
HeadingTranslation = HeadingWelsh


class Question(_Frozen):
    """One question put to the force, with what a panel needs to judge the answer.

    Beyond the status, a question may ask for a typed ``answer`` (choices, text, number,
    date); ``show_if`` asks it only when another question's choice matches; ``from_level``
    asks it only at or above that impact level.
    """

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset(
        {"evidence", "red_flag", "answer", "show_if", "from_level", "upstream_id", "translations"}
    )

    key: QuestionKey
    prompt: Text
    guidance: Text
    sources: Annotated[list[ShortText], Field(min_length=1)]
    evidence: list[ShortText] = Field(default_factory=list)
    # Empty when the template gives none (left out or null), so readers always get text.
    red_flag: OptionalText = ""
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
    answer: AnswerSpec | None = None
    show_if: AnswerCondition | None = None
    from_level: Annotated[int, Field(ge=1, le=4)] | None = None
    upstream_id: ShortText | None = None
    cy: QuestionWelsh | None = None
    translations: dict[LanguageCode, QuestionWelsh] = Field(default_factory=dict)

    @field_validator("red_flag", mode="before")
    @classmethod
    def _no_red_flag(cls, value: Any) -> Any:
        return "" if value is None else value

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
        if self.show_if is not None and self.show_if.key == self.key:
            problems.append(f"show_if on {self.key} names {self.key} itself; name another question")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _obligation_default(self) -> None:
        if "obligation" not in self.model_fields_set:
            # Frozen model: the default depends on another field, so it is set once, here.
            object.__setattr__(self, "obligation", implied_obligation(self.blocking))

    @model_serializer(mode="wrap")
    def _leave_out_defaults(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # An obligation equal to its default is left out so that a template snapshot stored
        # before obligations existed keeps its content hash when it is read and written again;
        # the same for every later field (OMIT_DEFAULTS).
        data: dict[str, Any] = handler(self)
        if self.obligation is implied_obligation(self.blocking):
            data.pop("obligation", None)
        return omit_defaults(self, data)


def implied_obligation(blocking: bool) -> Obligation:
    """The obligation of a question whose file does not state one."""
    return Obligation.MUST if blocking else Obligation.SHOULD


class Theme(Omitting):
    """A group of questions on one subject (fairness and equality, privacy, ...)."""

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset({"translations"})

    key: Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    title: ShortText
    description: Text | None = None
    questions: Annotated[list[Question], Field(min_length=1)]
    cy: HeadingWelsh | None = None
    translations: dict[LanguageCode, HeadingWelsh] = Field(default_factory=dict)


class ConsistencyWelsh(_Frozen):
    """A consistency rule's message in another language; left out, the English is used."""

    message: Text | None = None


class ConsistencyRule(Omitting):
    """An answer of "met" on ``key`` is doubtful while any ``requires_met`` question is not met."""

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset({"translations"})

    key: QuestionKey
    requires_met: Annotated[list[QuestionKey], Field(min_length=1)]
    message: Text
    cy: ConsistencyWelsh | None = None
    translations: dict[LanguageCode, ConsistencyWelsh] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _names_other_questions(self) -> ConsistencyRule:
        if self.key in self.requires_met:
            raise ValueError(f"the rule on {self.key} lists {self.key} among its own requirements")
        _refuse_duplicates("requirement", list(self.requires_met))
        return self


class Template(Omitting):
    """A versioned checklist: the core for every scrutiny, a module for one technology, or a
    screening whose answers set the impact level."""

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset(
        {"consistency", "provenance", "frameworks", "scoring", "translations"}
    )

    format_version: Literal[1] = 1
    slug: Annotated[str, Field(pattern=SLUG_PATTERN, max_length=80)]
    version: Annotated[str, Field(pattern=SEMVER_PATTERN, max_length=32)]
    title: ShortText
    kind: TemplateKind
    description: Text | None = None
    technologies: list[Technology] = Field(default_factory=list)
    themes: Annotated[list[Theme], Field(min_length=1)]
    consistency: list[ConsistencyRule] = Field(default_factory=list)
    provenance: Provenance | None = None
    frameworks: list[FrameworkDefinition] = Field(default_factory=list)
    scoring: Scoring | None = None
    cy: HeadingWelsh | None = None
    translations: dict[LanguageCode, HeadingWelsh] = Field(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _with_own_frameworks(
        cls, data: Any, handler: ModelWrapValidatorHandler[Template]
    ) -> Template:
        # Questions are validated before the template's fields are at hand: the frameworks
        # the template declares are made known to them for the time of its validation.
        with declared_frameworks(data):
            return handler(data)

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
        _refuse_duplicates("framework key", [f.key for f in self.frameworks])
        problems = self._answer_problems()
        if problems:
            raise PlacedProblems(problems)
        return self

    def _answer_problems(self) -> list[tuple[Loc, str]]:
        specs: dict[str, AnswerSpec | None] = {q.key: q.answer for q in self.questions()}
        problems: list[tuple[Loc, str]] = []
        by_key = self.question_map()
        for t_index, theme in enumerate(self.themes):
            for q_index, question in enumerate(theme.questions):
                if question.show_if is not None:
                    loc: Loc = ("themes", t_index, "questions", q_index, "show_if")
                    problems += condition_problems(question.show_if, specs, loc)
                    if _in_a_loop(question, by_key):
                        problems.append(
                            (
                                (*loc, "key"),
                                f"the show_if conditions of {question.key} lead back to it; "
                                "a question cannot depend on itself, even through others",
                            )
                        )
        if self.scoring is not None:
            themes = {t.key: [q.key for q in t.questions] for t in self.themes}
            problems += scoring_problems(self.scoring, specs, themes)
        return problems + welsh_twice(self)

    def questions(self) -> Iterator[Question]:
        """Every question of every theme, in order."""
        for theme in self.themes:
            yield from theme.questions

    def question_map(self) -> Mapping[str, Question]:
        """The template's questions by key."""
        return {q.key: q for q in self.questions()}

    def languages(self) -> list[str]:
        """The language codes the template gives text in: ``en`` first, then by code."""
        return languages_in(self)


def _in_a_loop(question: Question, questions: Mapping[str, Question]) -> bool:
    """Whether following show_if from ``question`` through this template comes back to it."""
    seen: set[str] = set()
    current: Question | None = question
    while current is not None and current.show_if is not None:
        key = current.show_if.key
        if key == question.key:
            return True
        if key in seen:
            return False  # a loop that does not pass through this question
        seen.add(key)
        current = questions.get(key)
    return False


def _refuse_duplicates(what: str, keys: list[str]) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise ValueError(f"the {what} {key!r} is used more than once; each must be unique")
        seen.add(key)


class Checklist:
    """The templates one scrutiny uses (the core then its modules), read as one checklist.

    Given a :class:`~ethics_scrutiny.domain.scope.Scope`, ``questions()``, ``themes`` and
    ``question_count`` give the questions asked only (a theme with none asked is left out),
    while ``all_questions()`` and ``out_of_scope()`` give every question and why the rest are
    not asked. ``question(key)``, ``has_question(key)`` and ``theme_of(key)`` work for any key
    of the templates, asked or not, so answers to questions out of scope are kept and read.
    """

    def __init__(self, templates: list[Template], scope: Scope | None = None) -> None:
        self.templates: tuple[Template, ...] = tuple(templates)
        self.scope = scope
        every = tuple(t for tpl in templates for t in tpl.themes)
        self._questions: dict[str, Question] = {}
        self._theme_of: dict[str, Theme] = {}
        for theme in every:
            for question in theme.questions:
                if question.key in self._questions:
                    raise ValueError(
                        f"question key {question.key} appears in more than one chosen template"
                    )
                self._questions[question.key] = question
                self._theme_of[question.key] = theme
        self._asked = [q for q in self._questions.values() if self.asks(q.key)]
        self.themes: tuple[Theme, ...] = every if scope is None else _asked_themes(every, scope)

    def question(self, key: str) -> Question:
        """The question ``key``, asked or not (KeyError if no template has it)."""
        return self._questions[key]

    def has_question(self, key: str) -> bool:
        """Whether a template of the checklist has the question, asked or not."""
        return key in self._questions

    def asks(self, key: str) -> bool:
        """Whether the question is in the checklist and in scope."""
        return key in self._questions and (self.scope is None or self.scope.asks(key))

    def theme_of(self, key: str) -> Theme:
        """The theme the question belongs to (as the template gives it)."""
        return self._theme_of[key]

    def questions(self) -> list[Question]:
        """The questions asked, in checklist order."""
        return list(self._asked)

    def all_questions(self) -> list[Question]:
        """Every question of the templates, asked or not, in checklist order."""
        return list(self._questions.values())

    def out_of_scope(self) -> dict[str, OutOfScope]:
        """The questions not asked, by key, with why (empty with no scope)."""
        if self.scope is None:
            return {}
        return {k: why for k, why in self.scope.out_of_scope.items() if k in self._questions}

    def languages(self) -> list[str]:
        """The language codes any of the templates gives text in: ``en`` first, then by code.

        A scrutiny's language may be any of these; text a template lacks is shown in English.
        """
        codes = {code for template in self.templates for code in template.languages()}
        return ["en", *sorted(codes - {"en"})]

    def consistency_rules(self) -> list[ConsistencyRule]:
        """Every template's rules whose doubted question is asked, in template order."""
        return [
            rule
            for template in self.templates
            for rule in template.consistency
            if self.asks(rule.key)
        ]

    @property
    def question_count(self) -> int:
        """How many questions are asked."""
        return len(self._asked)


def _asked_themes(themes: tuple[Theme, ...], scope: Scope) -> tuple[Theme, ...]:
    """The themes with only their questions in scope; a theme with none is left out."""
    kept = []
    for theme in themes:
        asked = [q for q in theme.questions if scope.asks(q.key)]
        if len(asked) == len(theme.questions):
            kept.append(theme)
        elif asked:
            # A copy, not validated again: the theme was valid with all its questions.
            kept.append(theme.model_copy(update={"questions": asked}))
    return tuple(kept)
