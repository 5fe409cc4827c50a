"""The Bridges case: live facial recognition as South Wales Police ran it before the appeal.

Answered as the Court of Appeal found the facts ([2020] EWCA Civ 1058): the rules left "who"
and "where" to officers (Ground 1), the force had a DPIA that assumed the use was lawful
(Ground 3) and it never tested the software for bias (Ground 5, the equality duty). Everything
else is answered met, so only those grounds stand.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ethics_scrutiny.domain.enums import ActionKind, Outcome, Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services

FORCE = "South Wales Police"
REVIEW = date.today() + timedelta(days=182)
OVERRIDE = "The PCC accepts the legal risk for a short, closely watched pilot at two events."
NOT_MET = {
    "LB-03": "Ground 1: who may be put on a watchlist is left to officers",
    "FR-01": "Ground 1: watchlist categories include anyone of intelligence interest",
    "LB-04": "Ground 1: where it is deployed is left to officers",
    "FR-03": "Ground 1: no criteria for choosing a location",
    "FE-03": "Ground 5: the software was never tested for demographic bias",
    "FE-04": "Ground 5: the supplier would not reveal the training data",
}
# The grounds, each by the questions that carry it; the DPIA is answered met, and must be doubted.
GROUNDS = {
    "who": {"LB-03", "FR-01"},
    "where": {"LB-04", "FR-03"},
    "DPIA": {"PD-02", "FR-05"},
    "equality duty": {"FE-03", "FE-04"},
}


@pytest.fixture
def bridges(services: Services) -> int:
    scrutiny_id = services.scrutinies.create(
        NewScrutiny("AFR Locate", FORCE, Technology.LIVE_FACIAL_RECOGNITION)
    )
    for question in services.scrutinies.get(scrutiny_id).checklist.questions():
        if question.critical or question.key in NOT_MET:
            note = NOT_MET.get(question.key, "Seen and accepted by the panel")
            status = Status.NOT_MET if question.key in NOT_MET else Status.MET
            services.scrutinies.answer(scrutiny_id, question.key, status, note=note)
    return scrutiny_id


def standing(services: Services, scrutiny_id: int) -> list[str]:
    return [flag.key for flag in services.scrutinies.assessment(scrutiny_id)[1].must_flags]


def test_all_four_grounds_are_flagged(services: Services, bridges: int) -> None:
    flags = set(standing(services, bridges))
    for ground, keys in GROUNDS.items():
        assert keys & flags, f"the {ground} ground is not flagged"
    _detail, result = services.scrutinies.assessment(bridges)
    assert {"PD-02", "FR-05"} <= {item.key for item in result.inconsistencies}
    assert not result.readiness.ready


@pytest.mark.parametrize("outcome", [Outcome.SUPPORT, Outcome.SUPPORT_WITH_CONDITIONS])
def test_no_override_reason_records_support(
    services: Services, bridges: int, outcome: Outcome
) -> None:
    entries = services.maintenance.head().entries
    conditions = ("Report to the panel after every deployment",)
    decision = DecisionInput(
        outcome,
        "Proportionate for a pilot",
        "PCC",
        conditions if outcome is Outcome.SUPPORT_WITH_CONDITIONS else (),
        REVIEW,
        override_reason=OVERRIDE,
    )
    with pytest.raises(InvalidInputError):
        services.decisions.decide(bridges, decision)
    assert services.maintenance.head().entries == entries
    assert services.scrutinies.get(bridges).decisions == ()


def test_conditions_naming_every_standing_must_flag_are_recorded_as_actions(
    services: Services, bridges: int
) -> None:
    flags = standing(services, bridges)
    who_where = [key for key in flags if key in GROUNDS["who"] | GROUNDS["where"] | GROUNDS["DPIA"]]
    rest = [key for key in flags if key not in who_where]
    conditions = (
        f"{', '.join(who_where)}: Publish watchlist and deployment criteria and redo the "
        "impact assessments before any further deployment",
        f"{', '.join(rest)}: Have the algorithm independently tested for demographic bias",
    )
    decision = services.decisions.decide(
        bridges,
        DecisionInput(
            Outcome.SUPPORT_WITH_CONDITIONS, "Lawful once cured", "PCC", conditions, REVIEW
        ),
    )
    assert decision.outcome is Outcome.SUPPORT_WITH_CONDITIONS
    actions = services.actions.list(bridges)
    assert [a.text for a in actions] == list(conditions)
    assert [a.question_key for a in actions] == [who_where[0], rest[0]]
    assert all(a.kind is ActionKind.CONDITION and a.owner == FORCE for a in actions)
    assert all(a.due_date == REVIEW and a.decision_sequence == decision.sequence for a in actions)
    assert services.maintenance.verify().ok
