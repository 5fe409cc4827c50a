"""A template's declared scoring evaluated on typed answers: totals, the band, and why."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .enums import AnswerType, Language, TemplateKind
from .localize import option_label, question_text, text_in
from .template_answers import AnswerCondition, AnswerSpec
from .template_scoring import Band, ScoreTotal, Scoring, counted_keys
from .templates import Question, Template
from .typed_answers import TypedAnswer, chosen_options, condition_holds

# Percentages are compared after rounding, so that 0.85 x 80 counts as 68% and not 67.99...%.
_PLACES = 9


@dataclass(frozen=True)
class TotalResult:
    """One named total: its points after any adjustment, the most it could be, and its label."""

    key: str
    label: str
    points: float
    maximum: float
    # The points before any adjustment changed them.
    raw_points: float

    @property
    def percent(self) -> float | None:
        """The points as a percentage of the maximum (None when the maximum is 0)."""
        return None if self.maximum <= 0 else round(100 * self.points / self.maximum, _PLACES)


@dataclass(frozen=True)
class ScoreReason:
    """An answer or a trigger that set the band.

    For an answer: the question's key and prompt, the chosen options' labels and the points
    they gave. For a trigger: its reason, the band it raised the result to, and ``key`` None.
    """

    key: str | None
    prompt: str
    options: tuple[str, ...] = ()
    points: float = 0
    trigger: str | None = None
    at_least: int | None = None


@dataclass(frozen=True)
class ScoringResult:
    """What the answers add up to under the template's scoring."""

    totals: tuple[TotalResult, ...]
    band: int | None
    band_label: str | None
    reasons: tuple[ScoreReason, ...]
    # The band the points alone reach, before any trigger raised it.
    scored_band: int | None = None

    def total(self, key: str) -> TotalResult:
        """The total named ``key`` (KeyError if there is none)."""
        for total in self.totals:
            if total.key == key:
                return total
        raise KeyError(key)

    @property
    def maxima(self) -> Mapping[str, float]:
        """The most each total could be, by key."""
        return {t.key: t.maximum for t in self.totals}


def evaluate_scoring(
    template: Template,
    answers: Mapping[str, TypedAnswer],
    language: Language | str = Language.ENGLISH,
) -> ScoringResult:
    """The template's totals, band and reasons for these answers (by question key).

    A template without scoring gives no totals and no band. Totals are computed first, then
    each adjustment in order, then the band from its total's thresholds, then triggers
    raise the band to at least their level. Reasons list the triggers that set the band,
    then the answers counted in the banded total, most points first.
    """
    scoring = template.scoring
    if scoring is None:
        return ScoringResult((), None, None, ())
    questions = template.question_map()
    themes = {t.key: [q.key for q in t.questions] for t in template.themes}
    totals = {
        total.key: _total(total, counted_keys(total, themes), questions, answers, language)
        for total in scoring.totals
    }
    totals = _adjusted(scoring, totals)
    scored = _scored_band(scoring, totals)
    band, trigger_reasons = _triggered(scoring, answers, scored, language)
    reasons = trigger_reasons + _answer_reasons(scoring, themes, questions, answers, language)
    return ScoringResult(
        totals=tuple(totals.values()),
        band=band,
        band_label=_band_label(scoring, band, language),
        reasons=tuple(reasons),
        scored_band=scored,
    )


def question_points(spec: AnswerSpec | None, answer: TypedAnswer | None) -> float:
    """The points an answer earns: the chosen options' points added together."""
    if spec is None or answer is None:
        return 0
    return sum(o.points for o in chosen_options(spec, answer))


def question_maximum(spec: AnswerSpec | None) -> float:
    """The most a question can earn: its best option, or for multiple choice every positive."""
    if spec is None or not spec.options:
        return 0
    if spec.type is AnswerType.MULTIPLE:
        return sum(max(o.points, 0) for o in spec.options)
    return max(max(o.points for o in spec.options), 0)


def _total(
    total: ScoreTotal,
    keys: Sequence[str],
    questions: Mapping[str, Question],
    answers: Mapping[str, TypedAnswer],
    language: Language | str,
) -> TotalResult:
    specs = [questions[key].answer for key in keys if key in questions]
    earned = [question_points(questions[k].answer, answers.get(k)) for k in keys if k in questions]
    best = [question_maximum(spec) for spec in specs]
    combine = sum if total.method == "sum" else _largest
    points = float(combine(earned))
    label = text_in(total, "label", language)
    return TotalResult(total.key, label, points, float(combine(best)), points)


def _largest(values: Sequence[float]) -> float:
    return max(values, default=0)


def _adjusted(scoring: Scoring, totals: dict[str, TotalResult]) -> dict[str, TotalResult]:
    for adjustment in scoring.adjustments:
        condition = totals[adjustment.condition]
        percent = condition.percent
        if percent is not None and percent >= adjustment.at_least_percent:
            target = totals[adjustment.target]
            points = round(target.points * adjustment.multiply_by, _PLACES)
            if adjustment.round_to_whole:
                points = float(math.floor(points + 0.5))
            totals[adjustment.target] = TotalResult(
                target.key, target.label, points, target.maximum, target.raw_points
            )
    return totals


def _scored_band(scoring: Scoring, totals: Mapping[str, TotalResult]) -> int | None:
    if scoring.bands is None:
        return None
    total = totals[scoring.bands.total]
    reached = [level.band for level in scoring.bands.levels if _reaches(level, total)]
    return max(reached, default=None)


def _reaches(level: Band, total: TotalResult) -> bool:
    points, percent = round(total.points, _PLACES), total.percent
    if level.at_least is not None:
        return points >= level.at_least
    if level.above is not None:
        return points > level.above
    if level.at_least_percent is not None:
        return percent is not None and percent >= level.at_least_percent
    if level.above_percent is not None:
        return percent is not None and percent > level.above_percent
    return True


def _triggered(
    scoring: Scoring,
    answers: Mapping[str, TypedAnswer],
    scored: int | None,
    language: Language | str,
) -> tuple[int | None, list[ScoreReason]]:
    fired = [t for t in scoring.triggers if all(condition_holds(c, answers) for c in t.when)]
    band = max([t.at_least for t in fired] + ([scored] if scored is not None else []), default=None)
    setting = sorted(
        (t for t in fired if band is not None and t.at_least >= band),
        key=lambda t: -t.at_least,
    )
    reasons = []
    for trigger in setting:
        reason = text_in(trigger, "reason", language)
        reasons.append(ScoreReason(None, reason, trigger=reason, at_least=trigger.at_least))
    return band, reasons


def _answer_reasons(
    scoring: Scoring,
    themes: Mapping[str, list[str]],
    questions: Mapping[str, Question],
    answers: Mapping[str, TypedAnswer],
    language: Language | str,
) -> list[ScoreReason]:
    banded = [scoring.total(scoring.bands.total)] if scoring.bands else list(scoring.totals)
    keys = list(dict.fromkeys(k for total in banded for k in counted_keys(total, themes)))
    reasons = []
    for key in keys:
        question, answer = questions.get(key), answers.get(key)
        if question is None or question.answer is None or answer is None:
            continue
        chosen = chosen_options(question.answer, answer)
        points = sum(o.points for o in chosen)
        if chosen and points > 0:
            labels = tuple(option_label(o, language) for o in chosen)
            prompt = question_text(question, language).prompt
            reasons.append(ScoreReason(key, prompt, labels, points))
    # Most points first; questions with equal points keep the template's order.
    return sorted(reasons, key=lambda r: -r.points)


def _band_label(scoring: Scoring, band: int | None, language: Language | str) -> str | None:
    if band is None or scoring.bands is None:
        return None
    level = next((lv for lv in scoring.bands.levels if lv.band == band), None)
    return None if level is None else text_in(level, "label", language)


def order_advice(template: Template) -> list[str]:
    """For a screening, where a more intrusive answer could give a lower band: plain advice.

    A screening lists options least to most intrusive. The band can then only rise as answers
    move down the lists if each counted question's points never fall along its options, and
    each trigger's single-choice condition lists every option after the first it names.
    Other templates keep their source's order of options, so they get no such advice.
    """
    scoring = template.scoring
    if template.kind is not TemplateKind.SCREENING or scoring is None or scoring.bands is None:
        return []
    themes = {t.key: [q.key for q in t.questions] for t in template.themes}
    questions = template.question_map()
    advice = []
    for key in counted_keys(scoring.total(scoring.bands.total), themes):
        spec = questions[key].answer if key in questions else None
        points = [o.points for o in spec.options] if spec is not None else []
        if any(later < earlier for earlier, later in itertools.pairwise(points)):
            advice.append(
                f"{key}: its options' points fall somewhere along the list, so a more "
                "intrusive answer could give a lower band; list options from least to most "
                "intrusive with points that never fall."
            )
    for index, trigger in enumerate(scoring.triggers):
        advice += [
            f"scoring › triggers[{index}]: {c.key} lists {', '.join(c.any_of)} but not a "
            "later option, so a more intrusive answer could turn the trigger off; list every "
            "option from the first that should trigger it onwards."
            for c in trigger.when
            if _misses_later_options(c, questions)
        ]
    return advice


def _misses_later_options(condition: AnswerCondition, questions: Mapping[str, Question]) -> bool:
    question = questions.get(condition.key)
    spec = question.answer if question is not None else None
    if spec is None or spec.type is not AnswerType.SINGLE:
        return False  # a multiple choice only gains choices as it grows more intrusive
    values = [o.value for o in spec.options]
    named = [values.index(v) for v in condition.any_of if v in values]
    return bool(named) and any(v not in condition.any_of for v in values[min(named) :])
