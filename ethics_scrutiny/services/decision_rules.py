"""What a decision may record: the one rule set that `decide` and a bundle's import both apply."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import date

from ethics_scrutiny.domain.approval import (
    MAX_APPROVAL_MONTHS,
    SUPPORTING,
    describe_flags,
    flags_to_override,
    keys_of_condition,
    review_date_problem,
)
from ethics_scrutiny.domain.enums import Outcome
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scoring import RedFlag, assess
from ethics_scrutiny.domain.scrutiny import DecisionInput, ResponseData
from ethics_scrutiny.domain.templates import Checklist
from ethics_scrutiny.i18n import N_, _

from .validation import clean_text

__all__ = ["SUPPORTING", "decision_fields", "describe_flags", "keys_of_condition"]

# An override must say why in a sentence, not a word: it is printed prominently on the report.
MIN_OVERRIDE_CHARACTERS = 30
MIN_OVERRIDE_WORDS = 5
# An office that wants approvals reviewed sooner than every two years sets this (in months).
MAX_APPROVAL_MONTHS_ENV = "ETHICS_SCRUTINY_MAX_APPROVAL_MONTHS"
# The screening's highest impact level: its approval must be reviewed within a year.
HIGHEST_IMPACT_LEVEL = 4
HIGHEST_LEVEL_REVIEW_MONTHS = 12


def decision_fields(
    checklist: Checklist,
    responses: Mapping[str, ResponseData],
    decision: DecisionInput,
    *,
    today: date | None = None,
    max_months: int | None = None,
    impact_level: int | None = None,
) -> dict[str, object]:
    """The decision's record fields, or InvalidInputError saying why the rules refuse it.

    Judged on the answers given (a scrutiny's own, or a bundle's own when one is imported) as
    of ``today`` (the decision's own date when an earlier decision is judged again; by default
    the local date now). ``max_months`` limits how far ahead an approval's review date may be
    (by default the office's setting, see :func:`approval_limit_months`); a scrutiny screened
    at ``impact_level`` 4 is reviewed within a year at most.
    """
    payload = _validated_payload(decision)
    limit = approval_limit_months() if max_months is None else max_months
    if impact_level == HIGHEST_IMPACT_LEVEL:
        limit = min(limit, HIGHEST_LEVEL_REVIEW_MONTHS)
    problem = review_date_problem(
        decision.outcome, decision.review_date, today or date.today(), limit
    )
    if problem:
        if impact_level == HIGHEST_IMPACT_LEVEL:
            problem = _("{problem} Impact level 4 is reviewed within a year.").format(
                problem=problem
            )
        raise InvalidInputError(problem)
    conditions = payload["conditions"]
    assert isinstance(conditions, list)  # set just above by _validated_payload
    flags = flags_to_override(decision.outcome, assess(checklist, responses), checklist, conditions)
    payload.update(_override_fields(decision, flags))
    return payload


def approval_limit_months() -> int:
    """The furthest ahead, in months, an approval's review date may be (at most 24).

    An office shortens it with the ``ETHICS_SCRUTINY_MAX_APPROVAL_MONTHS`` environment variable.
    """
    given = os.environ.get(MAX_APPROVAL_MONTHS_ENV, "").strip()
    if not given:
        return MAX_APPROVAL_MONTHS
    if not given.isdigit() or not 1 <= int(given) <= MAX_APPROVAL_MONTHS:
        raise InvalidInputError(
            _(
                "{variable} is {given!r}; set it to a whole number of months from 1 to {most}, or "
                "remove it to allow {most}."
            ).format(
                variable=MAX_APPROVAL_MONTHS_ENV,
                given=given,
                most=MAX_APPROVAL_MONTHS,
            )
        )
    return int(given)


def _validated_payload(decision: DecisionInput) -> dict[str, object]:
    rationale = clean_text(decision.rationale, N_("rationale"), max_length=20_000)
    decided_by = clean_text(decision.decided_by, N_("name of who decided"), max_length=200)
    conditions = [
        clean_text(c, N_("condition"), max_length=2_000) for c in decision.conditions if c.strip()
    ]
    if decision.outcome is Outcome.SUPPORT_WITH_CONDITIONS and not conditions:
        raise InvalidInputError(_("Support with conditions needs at least one condition."))
    if decision.outcome is not Outcome.SUPPORT_WITH_CONDITIONS and conditions:
        raise InvalidInputError(
            _("Conditions belong only with the outcome 'support with conditions'.")
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

    Only red flags on "should" and "could" questions can be overridden (the domain refuses
    support over a "must" flag before this). An override reason given when nothing needs
    overriding is refused rather than stored, so a report never shows an override of nothing.
    """
    reason = clean_text(
        decision.override_reason, N_("override reason"), max_length=20_000, required=False
    )
    if not flags:
        if reason:
            raise InvalidInputError(_nothing_to_override(decision.outcome))
        return {}
    listed = describe_flags(flags)
    if not reason:
        raise InvalidInputError(
            _(
                "Red flags on good-practice questions stand: {listed}. To record '{outcome}' "
                "anyway, give an override reason saying why the decision-maker accepts the risk; "
                "otherwise settle those questions first, name them in a condition, or choose "
                "another outcome."
            ).format(listed=listed, outcome=_(decision.outcome.label))
        )
    if len(reason) < MIN_OVERRIDE_CHARACTERS or len(reason.split()) < MIN_OVERRIDE_WORDS:
        raise InvalidInputError(
            _(
                "The override reason is too short to explain overriding {listed}. Write at least a "
                "full sentence ({words} words, {characters} characters) saying why support is "
                "right despite them."
            ).format(
                listed=listed,
                words=MIN_OVERRIDE_WORDS,
                characters=MIN_OVERRIDE_CHARACTERS,
            )
        )
    return {"override_reason": reason, "overridden_flags": [flag.key for flag in flags]}


def _nothing_to_override(outcome: Outcome) -> str:
    if outcome in SUPPORTING:
        return (
            "No red flag on a good-practice question stands, so there is nothing to override "
            "(flags on legal requirements cannot be overridden); clear the override reason and "
            "record the decision again."
        )
    return (
        f"An override reason belongs only with a supporting outcome, not '{outcome.label}'; "
        "clear the override reason and record the decision again."
    )
