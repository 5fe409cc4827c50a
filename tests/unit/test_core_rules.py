"""Rules the app and the command line share: what needs attention, and a note's status."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from ethics_scrutiny.domain.answers import status_to_save
from ethics_scrutiny.domain.attention import (
    REVIEW_SOON_DAYS,
    Attention,
    attention,
    attention_in_order,
)
from ethics_scrutiny.domain.enums import Marking, Outcome, Rating, Stage, Status, Technology
from ethics_scrutiny.domain.scrutiny import ScrutinySummary

TODAY = date(2027, 3, 1)
NOW = datetime(2027, 2, 1, 9, 0, tzinfo=UTC)


def summary(**facts: object) -> ScrutinySummary:
    return ScrutinySummary(
        id=1,
        title="Drone pilot",
        force="Gwent Police",
        technology=Technology.DRONES,
        stage=Stage.LIVE,
        marking=Marking.OFFICIAL,
        created_at=NOW,
        updated_at=NOW,
        **facts,  # type: ignore[arg-type]
    )


def test_a_quiet_scrutiny_needs_no_attention() -> None:
    assert attention(summary(), TODAY) == frozenset()


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({"red_flag_count": 2}, {Attention.RED_FLAGS}),
        ({"overdue_actions": 1}, {Attention.OVERDUE_ACTIONS}),
        ({"next_review_date": TODAY - timedelta(days=1)}, {Attention.REVIEW_OVERDUE}),
        ({"next_review_date": TODAY + timedelta(days=REVIEW_SOON_DAYS)}, {Attention.REVIEW_SOON}),
        ({"next_review_date": TODAY + timedelta(days=REVIEW_SOON_DAYS + 1)}, set()),
        (
            {"latest_outcome": Outcome.SUPPORT, "next_review_date": TODAY - timedelta(days=1)},
            {Attention.APPROVAL_LAPSED, Attention.REVIEW_OVERDUE},
        ),
        ({"approval_lapsed": True}, {Attention.APPROVAL_LAPSED}),
    ],
)
def test_each_attention_rule(facts: dict[str, object], expected: set[Attention]) -> None:
    assert attention(summary(**facts), TODAY) == expected


def test_attention_comes_in_a_fixed_order() -> None:
    row = summary(approval_lapsed=True, red_flag_count=1, overdue_actions=3)
    assert attention_in_order(row, TODAY) == [
        Attention.RED_FLAGS,
        Attention.OVERDUE_ACTIONS,
        Attention.APPROVAL_LAPSED,
    ]


def test_a_chosen_status_is_saved_as_chosen() -> None:
    assert status_to_save(Status.MET, Status.NOT_MET, note="x") is Status.MET


def test_no_status_keeps_the_saved_one() -> None:
    assert status_to_save(None, Status.PARTLY_MET, note="more") is Status.PARTLY_MET


@pytest.mark.parametrize(
    "typed",
    [{"note": "Asked for the DPIA"}, {"rating": Rating.AMBER}, {"sensitive": True}],
)
def test_something_typed_on_an_unanswered_question_saves_as_unknown(
    typed: dict[str, object],
) -> None:
    assert status_to_save(None, None, **typed) is Status.UNKNOWN  # type: ignore[arg-type]


def test_nothing_typed_on_an_unanswered_question_saves_nothing() -> None:
    assert status_to_save(None, None, note="   ") is None
