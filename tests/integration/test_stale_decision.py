"""A decision prepared before another decision or withdrawal landed is refused, not recorded."""

from __future__ import annotations

import pytest

from ethics_scrutiny.domain.enums import DecisionCapacity, Outcome, Technology
from ethics_scrutiny.domain.errors import ConcurrentEditError
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services


def defer(rationale: str, supersedes: int | None = None) -> DecisionInput:
    return DecisionInput(
        Outcome.DEFER,
        rationale,
        "Ethics panel",
        capacity=DecisionCapacity.PANEL_ADVICE,
        supersedes=supersedes,
    )


def new_scrutiny(services: Services) -> int:
    return services.scrutinies.create(
        NewScrutiny("Drones at events", "Gwent Police", Technology.DRONES)
    )


def test_two_decisions_prepared_together_record_only_the_first(services: Services) -> None:
    scrutiny_id = new_scrutiny(services)
    token = services.decisions.decisions_token(scrutiny_id)
    assert token == 0
    first = services.decisions.decide(scrutiny_id, defer("First"), expected_token=token)
    before = services.maintenance.head().entries
    with pytest.raises(ConcurrentEditError, match=rf"record entry {first.sequence} was added"):
        services.decisions.decide(scrutiny_id, defer("Second"), expected_token=token)
    assert services.maintenance.head().entries == before
    assert [d.rationale for d in services.scrutinies.get(scrutiny_id).decisions] == ["First"]
    # Prepared again against what now stands, it is recorded.
    fresh = services.decisions.decisions_token(scrutiny_id)
    assert fresh == first.sequence
    second = services.decisions.decide(
        scrutiny_id, defer("Second", supersedes=first.sequence), expected_token=fresh
    )
    assert second.supersedes == first.sequence


def test_a_withdrawal_also_makes_a_prepared_decision_stale(services: Services) -> None:
    scrutiny_id = new_scrutiny(services)
    first = services.decisions.decide(scrutiny_id, defer("First"))
    token = services.decisions.decisions_token(scrutiny_id)
    withdrawal = services.decisions.withdraw(scrutiny_id, first.sequence, "Recorded in error")
    assert services.decisions.decisions_token(scrutiny_id) == withdrawal
    with pytest.raises(ConcurrentEditError):
        services.decisions.decide(
            scrutiny_id, defer("Replacing", first.sequence), expected_token=token
        )


def test_another_scrutinys_decision_leaves_the_token_alone(services: Services) -> None:
    ours, theirs = new_scrutiny(services), new_scrutiny(services)
    token = services.decisions.decisions_token(ours)
    services.decisions.decide(theirs, defer("Elsewhere"))
    recorded = services.decisions.decide(ours, defer("Ours"), expected_token=token)
    assert recorded.rationale == "Ours"


def test_a_retry_of_a_recorded_decision_is_not_called_stale(services: Services) -> None:
    """The retry after a lost connection finds its own decision, not a stale refusal."""
    scrutiny_id = new_scrutiny(services)
    token = services.decisions.decisions_token(scrutiny_id)
    first = services.decisions.decide(
        scrutiny_id, defer("Once"), request_key="k-1", expected_token=token
    )
    again = services.decisions.decide(
        scrutiny_id, defer("Once"), request_key="k-1", expected_token=token
    )
    assert again.sequence == first.sequence
