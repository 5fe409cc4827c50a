"""What a decision may record: the one rule set that `decide` and a bundle's import both apply."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ethics_scrutiny.domain.enums import Outcome
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scoring import RedFlag, blocking_red_flags
from ethics_scrutiny.domain.scrutiny import DecisionInput, ResponseData
from ethics_scrutiny.domain.templates import Checklist

from .validation import clean_text

SUPPORTING = frozenset({Outcome.SUPPORT, Outcome.SUPPORT_WITH_CONDITIONS})
# An override must say why in a sentence, not a word: it is printed prominently on the report.
MIN_OVERRIDE_CHARACTERS = 30
MIN_OVERRIDE_WORDS = 5


def decision_fields(
    checklist: Checklist, responses: Mapping[str, ResponseData], decision: DecisionInput
) -> dict[str, object]:
    """The decision's record fields, or InvalidInputError saying why the rules refuse it.

    Judged on the answers given (a scrutiny's own, or a bundle's own when one is imported).
    """
    payload = _validated_payload(decision)
    flags = tuple(blocking_red_flags(checklist, responses))
    payload.update(_override_fields(decision, flags))
    return payload


def _validated_payload(decision: DecisionInput) -> dict[str, object]:
    rationale = clean_text(decision.rationale, "rationale", max_length=20_000)
    decided_by = clean_text(decision.decided_by, "name of who decided", max_length=200)
    conditions = [
        clean_text(c, "condition", max_length=2_000) for c in decision.conditions if c.strip()
    ]
    if decision.outcome is Outcome.SUPPORT_WITH_CONDITIONS and not conditions:
        raise InvalidInputError("Support with conditions needs at least one condition.")
    if decision.outcome is not Outcome.SUPPORT_WITH_CONDITIONS and conditions:
        raise InvalidInputError(
            "Conditions belong only with the outcome 'support with conditions'."
        )
    return {
        "outcome": decision.outcome.value,
        "rationale": rationale,
        "decided_by": decided_by,
        "conditions": conditions,
        "review_date": decision.review_date.isoformat() if decision.review_date else None,
        "capacity": decision.capacity.value,
    }


def _override_fields(decision: DecisionInput, flags: Sequence[RedFlag]) -> dict[str, object]:
    """The override reason and the flags it overrides, or nothing when no override is needed.

    Support (with or without conditions) while a blocking red flag stands needs a reason of
    some substance; an override reason given when nothing needs overriding is refused rather
    than stored, so a report never shows an override of nothing.
    """
    reason = clean_text(
        decision.override_reason, "override reason", max_length=20_000, required=False
    )
    needs_override = decision.outcome in SUPPORTING and bool(flags)
    if not needs_override:
        if reason:
            raise InvalidInputError(_nothing_to_override(decision.outcome))
        return {}
    listed = describe_flags(flags)
    if not reason:
        raise InvalidInputError(
            f"Blocking red flags stand: {listed}. To record '{decision.outcome.label}' anyway, "
            "give an override reason saying why the decision-maker accepts the risk; "
            "otherwise settle those questions first or choose another outcome."
        )
    if len(reason) < MIN_OVERRIDE_CHARACTERS or len(reason.split()) < MIN_OVERRIDE_WORDS:
        raise InvalidInputError(
            f"The override reason is too short to explain overriding {listed}. Write at least "
            f"a full sentence ({MIN_OVERRIDE_WORDS} words, {MIN_OVERRIDE_CHARACTERS} characters) "
            "saying why support is right despite them."
        )
    return {"override_reason": reason, "overridden_flags": [flag.key for flag in flags]}


def describe_flags(flags: Sequence[RedFlag]) -> str:
    """Blocking flags grouped by why they stand: "LB-03, PD-01 (not answered yet); FR-01 (...)"."""
    by_reason: dict[str, list[str]] = {}
    for flag in flags:
        by_reason.setdefault(flag.why, []).append(flag.key)
    return "; ".join(f"{', '.join(keys)} ({why})" for why, keys in by_reason.items())


def _nothing_to_override(outcome: Outcome) -> str:
    if outcome in SUPPORTING:
        return (
            "No blocking red flag stands, so there is nothing to override; "
            "clear the override reason and record the decision again."
        )
    return (
        f"An override reason belongs only with a supporting outcome, not '{outcome.label}'; "
        "clear the override reason and record the decision again."
    )
