"""``templates show``'s typed answers, conditions, scoring, provenance and languages.

Every key is always present (null or empty when the template gives nothing), so a script
reading the ``--json`` output need not test for keys. Add fields; never rename them.
"""

from __future__ import annotations

from typing import Any

from .domain.band_scoring import evaluate_scoring
from .domain.template_answers import AnswerCondition, AnswerSpec
from .domain.template_meta import Provenance
from .domain.template_scoring import Scoring
from .domain.templates import Question, Template


def question_extras_json(question: Question) -> dict[str, Any]:
    """A question's typed answer, its condition, the level it starts at, its upstream id."""
    return {
        "answer": answer_json(question.answer),
        "show_if": condition_json(question.show_if),
        "from_level": question.from_level,
        "upstream_id": question.upstream_id,
    }


def template_extras_json(template: Template) -> dict[str, Any]:
    """A template's scoring summary, where its content came from, and its languages."""
    return {
        "description": template.description,
        "scoring": scoring_json(template),
        "provenance": provenance_json(template.provenance),
        "languages": template.languages(),
    }


def answer_json(spec: AnswerSpec | None) -> dict[str, Any] | None:
    if spec is None:
        return None
    return {
        "type": spec.type.value,
        # Listed as the template lists them (for a screening, least to most intrusive).
        "options": [
            {
                "value": option.value,
                "label": option.label,
                "points": option.points,
                "status": option.status.value if option.status else None,
                "rating": option.rating.value if option.rating else None,
            }
            for option in spec.options
        ],
        "minimum": spec.minimum,
        "maximum": spec.maximum,
    }


def condition_json(condition: AnswerCondition | None) -> dict[str, Any] | None:
    if condition is None:
        return None
    return {"key": condition.key, "any_of": list(condition.any_of)}


def provenance_json(provenance: Provenance | None) -> dict[str, Any] | None:
    if provenance is None:
        return None
    return {
        "source": provenance.source,
        "licence": provenance.licence,
        "upstream_version": provenance.upstream_version,
        "upstream_url": provenance.upstream_url,
    }


def scoring_json(template: Template) -> dict[str, Any] | None:
    scoring = template.scoring
    if scoring is None:
        return None
    # Scoring no answers gives each total's maximum, computed as the app computes it.
    maxima = evaluate_scoring(template, {}).maxima
    return {
        "totals": [
            {
                "key": total.key,
                "label": total.label,
                "method": total.method,
                "questions": list(total.questions),
                "themes": list(total.themes),
                "maximum": maxima.get(total.key),
            }
            for total in scoring.totals
        ],
        "adjustments": [
            {
                "target": adjustment.target,
                "condition": adjustment.condition,
                "at_least_percent": adjustment.at_least_percent,
                "multiply_by": adjustment.multiply_by,
                "round_to_whole": adjustment.round_to_whole,
            }
            for adjustment in scoring.adjustments
        ],
        "bands": _bands_json(scoring),
        "triggers": [
            {
                "when": [condition_json(c) for c in trigger.when],
                "at_least": trigger.at_least,
                "reason": trigger.reason,
            }
            for trigger in scoring.triggers
        ],
        "proposes": [
            {
                "when": [condition_json(c) for c in proposal.when],
                "modules": list(proposal.modules),
                "reason": proposal.reason,
            }
            for proposal in scoring.proposes
        ],
    }


def _bands_json(scoring: Scoring) -> dict[str, Any] | None:
    if scoring.bands is None:
        return None
    return {
        "total": scoring.bands.total,
        "levels": [
            {
                "band": level.band,
                "label": level.label,
                "description": level.description,
                "at_least": level.at_least,
                "above": level.above,
                "at_least_percent": level.at_least_percent,
                "above_percent": level.above_percent,
            }
            for level in scoring.bands.levels
        ],
    }
