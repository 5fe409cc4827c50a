"""Scoring declared in a template: named totals, adjustments, bands, triggers and proposals."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal

from pydantic import Field, model_validator

from .template_answers import AnswerCondition, AnswerSpec, condition_problems
from .template_base import Frozen, LanguageCode, Loc, Omitting, ShortText, Slug, Text


class LabelText(Frozen):
    """A label in another language."""

    label: ShortText


class BandText(Frozen):
    """A band's label and description in another language."""

    label: ShortText | None = None
    description: Text | None = None


class ReasonText(Frozen):
    """A reason in another language."""

    reason: Text


class ScoreTotal(Omitting):
    """A named total: the sum (or the largest) of the points chosen on the listed questions.

    ``questions`` lists question keys; ``themes`` adds every question of those themes.
    Its maximum is computed from the options' points the same way.
    """

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset(
        {"method", "questions", "themes", "cy", "translations"}
    )

    key: Slug
    label: ShortText
    method: Literal["sum", "max"] = "sum"
    questions: list[str] = Field(default_factory=list)
    themes: list[Slug] = Field(default_factory=list)
    cy: LabelText | None = None
    translations: dict[LanguageCode, LabelText] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _counts_something(self) -> ScoreTotal:
        if not self.questions and not self.themes:
            raise ValueError(f"the total {self.key!r} lists no questions or themes to count")
        return self


class ScoreAdjustment(Omitting):
    """Multiply ``target`` by ``multiply_by`` when ``condition`` reaches a share of its maximum.

    For example the Algorithmic Impact Assessment's rule: mitigation at or above 80% of its
    maximum reduces the impact total by 15% (``multiply_by: 0.85``).
    """

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset({"round_to_whole"})

    target: Slug
    condition: Slug
    at_least_percent: Annotated[float, Field(ge=0, le=100)]
    multiply_by: Annotated[float, Field(ge=0, le=10)]
    # Round the adjusted total to the nearest whole number, halves up (the AIA's own tool
    # rounds its reduced score this way).
    round_to_whole: bool = False


class Band(Omitting):
    """One band (e.g. impact level 2): reached when the total passes its threshold.

    Give at most one threshold: ``at_least`` / ``above`` in points, or ``at_least_percent`` /
    ``above_percent`` of the total's maximum. A band with none is reached at any total.
    """

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset(
        {"at_least", "above", "at_least_percent", "above_percent", "description", "cy"}
        | {"translations"}
    )

    band: Annotated[int, Field(ge=1, le=99)]
    label: ShortText
    at_least: float | None = None
    above: float | None = None
    at_least_percent: Annotated[float, Field(ge=0, le=100)] | None = None
    above_percent: Annotated[float, Field(ge=0, le=100)] | None = None
    # What the band means for the scrutiny, in plain words (shown with the band).
    description: Text | None = None
    cy: BandText | None = None
    translations: dict[LanguageCode, BandText] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_threshold(self) -> Band:
        names = ("at_least", "above", "at_least_percent", "above_percent")
        given = [name for name in names if getattr(self, name) is not None]
        if len(given) > 1:
            raise ValueError(
                f"band {self.band} gives {' and '.join(given)}; give one threshold only"
            )
        return self


class Bands(Frozen):
    """Bands on one total; the highest band whose threshold the total reaches is chosen."""

    total: Slug
    levels: Annotated[list[Band], Field(min_length=1)]

    @model_validator(mode="after")
    def _distinct(self) -> Bands:
        numbers = [level.band for level in self.levels]
        if len(set(numbers)) != len(numbers):
            raise ValueError("each band number may be given only once")
        problem = _falling_threshold(sorted(self.levels, key=lambda level: level.band))
        if problem:
            raise ValueError(problem)
        return self


def _falling_threshold(levels: list[Band]) -> str | None:
    """A higher band whose threshold is below a lower band's, in the same unit (points or
    percent): such a band would be reached first, so more points could lower the band."""
    last: dict[str, tuple[int, float]] = {}
    for level in levels:
        for unit, value in _threshold(level):
            if unit in last and value < last[unit][1]:
                lower, at = last[unit]
                return (
                    f"band {level.band} starts at {value:g}{unit}, below band {lower}'s "
                    f"{at:g}{unit}; a higher band needs a higher threshold"
                )
            last[unit] = (level.band, value)
    return None


def _threshold(level: Band) -> list[tuple[str, float]]:
    points = level.at_least if level.at_least is not None else level.above
    percent = level.at_least_percent if level.at_least_percent is not None else level.above_percent
    found = [(" points", points), ("%", percent)]
    return [(unit, value) for unit, value in found if value is not None]


class Trigger(Omitting):
    """Raise the band to at least ``at_least`` when every condition in ``when`` holds."""

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset({"cy", "translations"})

    when: Annotated[list[AnswerCondition], Field(min_length=1)]
    at_least: Annotated[int, Field(ge=1, le=99)]
    reason: Text
    cy: ReasonText | None = None
    translations: dict[LanguageCode, ReasonText] = Field(default_factory=dict)


class Proposal(Omitting):
    """For a screening: the module slugs proposed when every condition in ``when`` holds."""

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset({"reason", "cy", "translations"})

    when: Annotated[list[AnswerCondition], Field(min_length=1)]
    modules: Annotated[list[Slug], Field(min_length=1)]
    reason: Text | None = None
    cy: ReasonText | None = None
    translations: dict[LanguageCode, ReasonText] = Field(default_factory=dict)


class Scoring(Omitting):
    """What a template's typed answers add up to (see docs/authoring-templates.md)."""

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset(
        {"totals", "adjustments", "bands", "triggers", "proposes"}
    )

    totals: list[ScoreTotal] = Field(default_factory=list)
    adjustments: list[ScoreAdjustment] = Field(default_factory=list)
    bands: Bands | None = None
    triggers: list[Trigger] = Field(default_factory=list)
    proposes: list[Proposal] = Field(default_factory=list)

    def total(self, key: str) -> ScoreTotal:
        """The total named ``key`` (KeyError if there is none)."""
        for total in self.totals:
            if total.key == key:
                return total
        raise KeyError(key)


def scoring_problems(
    scoring: Scoring, specs: Mapping[str, AnswerSpec | None], themes: Mapping[str, list[str]]
) -> list[tuple[Loc, str]]:
    """Problems (with their paths) of scoring naming totals, questions or themes it lacks.

    ``specs`` maps each question key of the template to its answer (or None); ``themes`` maps
    each theme key to its question keys.
    """
    problems: list[tuple[Loc, str]] = []
    totals = [t.key for t in scoring.totals]
    for index, total in enumerate(scoring.totals):
        loc: Loc = ("scoring", "totals", index)
        if totals.index(total.key) != index:
            problems.append(((*loc, "key"), f"the total key {total.key!r} is used more than once"))
        problems.extend(_total_problems(total, specs, themes, loc))
    named: list[tuple[Loc, str]] = []
    for index, adjustment in enumerate(scoring.adjustments):
        named.append((("scoring", "adjustments", index, "target"), adjustment.target))
        named.append((("scoring", "adjustments", index, "condition"), adjustment.condition))
    if scoring.bands is not None:
        named.append((("scoring", "bands", "total"), scoring.bands.total))
    for loc, key in named:
        if key not in totals:
            known = ", ".join(totals) or "none are declared"
            problems.append((loc, f"{key!r} is not one of the totals ({known})"))
    bands = {b.band for b in scoring.bands.levels} if scoring.bands else set()
    for index, trigger in enumerate(scoring.triggers):
        loc = ("scoring", "triggers", index)
        if trigger.at_least not in bands:
            problems.append(((*loc, "at_least"), f"{trigger.at_least} is not one of the bands"))
        problems.extend(_conditions(trigger.when, specs, loc))
    for index, proposal in enumerate(scoring.proposes):
        problems.extend(_conditions(proposal.when, specs, ("scoring", "proposes", index)))
    return problems


def _conditions(
    conditions: list[AnswerCondition], specs: Mapping[str, AnswerSpec | None], loc: Loc
) -> list[tuple[Loc, str]]:
    return [
        problem
        for index, condition in enumerate(conditions)
        for problem in condition_problems(condition, specs, (*loc, "when", index))
    ]


def _total_problems(
    total: ScoreTotal,
    specs: Mapping[str, AnswerSpec | None],
    themes: Mapping[str, list[str]],
    loc: Loc,
) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    for index, key in enumerate(total.questions):
        spec = specs.get(key)
        where = (*loc, "questions", index)
        if key not in specs:
            problems.append((where, f"{key} is not a question of this template"))
        elif spec is None or not spec.is_choice:
            problems.append(
                (where, f"{key} has no single or multiple choice answer, so it has no points")
            )
    problems += [
        ((*loc, "themes", index), f"{key!r} is not a theme of this template")
        for index, key in enumerate(total.themes)
        if key not in themes
    ]
    return problems


def counted_keys(total: ScoreTotal, themes: Mapping[str, list[str]]) -> list[str]:
    """The question keys a total counts, in order, each once."""
    keys = list(total.questions) + [k for theme in total.themes for k in themes.get(theme, [])]
    return list(dict.fromkeys(keys))
