"""``templates show`` as text: the heading, each question, its typed answer and when it is asked.

The command line is always English, so these lines are not translated.
"""

from __future__ import annotations

from .domain.band_scoring import evaluate_scoring
from .domain.enums import Stage
from .domain.template_answers import AnswerCondition, AnswerSpec
from .domain.template_scoring import Band, Scoring
from .domain.templates import Question, Template


def template_lines(template: Template) -> list[str]:
    """Every line ``templates show SLUG`` prints."""
    lines = [f"{template.title} ({template.slug} {template.version})"]
    lines.append(f"Kind: {template.kind.value}. Languages: {', '.join(template.languages())}.")
    lines += _provenance_lines(template)
    lines += _scoring_lines(template)
    for theme in template.themes:
        lines.append("")
        lines.append(theme.title)
        for question in theme.questions:
            lines += question_lines(question)
    return lines


def question_lines(question: Question) -> list[str]:
    """A question's line, then indented: its answer, its options and when it is asked."""
    critical = " [critical]" if question.critical else ""
    lines = [f"  {question.key} [{question.obligation.value}]{critical}  {question.prompt}"]
    if question.answer is not None:
        lines += _answer_lines(question.answer)
    if question.show_if is not None:
        lines.append(f"      Asked only when {_condition(question.show_if)}.")
    if question.from_level is not None:
        lines.append(f"      Asked from impact level {question.from_level}.")
    if set(question.stages) != set(Stage):
        stages = ", ".join(stage.value for stage in question.stages)
        lines.append(f"      Asked at the stages: {stages}.")
    return lines


def _answer_lines(spec: AnswerSpec) -> list[str]:
    kind = spec.type.label.lower()
    limits = _limits(spec)
    lines = [f"      Answer: {kind}{limits}"]
    for option in spec.options:
        means = [_points(option.points)]
        if option.status is not None:
            means.append(option.status.value)
        if option.rating is not None:
            means.append(option.rating.value)
        lines.append(f"        {option.value}: {option.label} [{'; '.join(means)}]")
    return lines


def _limits(spec: AnswerSpec) -> str:
    low, high = spec.minimum, spec.maximum
    if low is not None and high is not None:
        return f", from {_num(low)} to {_num(high)}"
    if low is not None:
        return f", at least {_num(low)}"
    if high is not None:
        return f", at most {_num(high)}"
    return ""


def _points(points: float) -> str:
    return "1 point" if points == 1 else f"{_num(points)} points"


def _num(number: float) -> str:
    """A number as a person writes it: 10, not 10.0 or 1e+01."""
    if float(number).is_integer() and abs(number) < 1e15:
        return str(int(number))
    return repr(number)


def _condition(condition: AnswerCondition) -> str:
    return f"{condition.key} is {' or '.join(condition.any_of)}"


def _conditions(conditions: list[AnswerCondition]) -> str:
    return " and ".join(_condition(c) for c in conditions)


def _provenance_lines(template: Template) -> list[str]:
    provenance = template.provenance
    if provenance is None:
        return []
    details = [
        f"licence {provenance.licence}" if provenance.licence else "",
        f"version {provenance.upstream_version}" if provenance.upstream_version else "",
        provenance.upstream_url or "",
    ]
    given = "; ".join(detail for detail in details if detail)
    return [f"Converted from: {provenance.source}" + (f" ({given})" if given else "") + "."]


def _scoring_lines(template: Template) -> list[str]:
    scoring = template.scoring
    if scoring is None:
        return []
    maxima = evaluate_scoring(template, {}).maxima
    lines = ["Scoring:"]
    for total in scoring.totals:
        how = "sum" if total.method == "sum" else "largest"
        most = _num(float(maxima.get(total.key, 0)))
        lines.append(f"  Total {total.key} ({total.label}): {how} of points, at most {most}.")
    for adjustment in scoring.adjustments:
        lines.append(
            f"  {adjustment.target} is multiplied by {_num(adjustment.multiply_by)} when "
            f"{adjustment.condition} reaches {_num(adjustment.at_least_percent)}% of its maximum."
        )
    lines += _band_lines(scoring)
    for trigger in scoring.triggers:
        lines.append(
            f"  At least band {trigger.at_least} when {_conditions(trigger.when)}: {trigger.reason}"
        )
    for proposal in scoring.proposes:
        reason = f": {proposal.reason}" if proposal.reason else ""
        lines.append(
            f"  Proposes {', '.join(proposal.modules)} when {_conditions(proposal.when)}{reason}"
        )
    return lines


def _band_lines(scoring: Scoring) -> list[str]:
    if scoring.bands is None:
        return []
    lines = [f"  Bands on {scoring.bands.total}:"]
    for level in sorted(scoring.bands.levels, key=lambda b: b.band):
        lines.append(f"    {level.band} {level.label} ({_threshold(level)})")
        if level.description:
            lines.append(f"      {level.description}")
    return lines


def _threshold(level: Band) -> str:
    if level.at_least is not None:
        return f"at least {_num(level.at_least)} points"
    if level.above is not None:
        return f"above {_num(level.above)} points"
    if level.at_least_percent is not None:
        return f"at least {_num(level.at_least_percent)}% of the maximum"
    if level.above_percent is not None:
        return f"above {_num(level.above_percent)}% of the maximum"
    return "at any total"
