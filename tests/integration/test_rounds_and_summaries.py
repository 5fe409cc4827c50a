"""Rounds of scrutiny, stage changes and the dashboard facts of the list, on both engines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from sqlalchemy import event

from ethics_scrutiny.domain.changes import ChangeKind
from ethics_scrutiny.domain.enums import (
    ActionKind,
    ActionStatus,
    DecisionCapacity,
    Outcome,
    Rating,
    Stage,
    Status,
    Technology,
)
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.scrutiny import ActionInput, DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.unit_of_work import unit_of_work

NEW = NewScrutiny(
    title="Drones over the Severn bridges",
    force="Gwent Police",
    technology=Technology.DRONES,
    stage=Stage.PILOT,
)
TODAY = date(2026, 6, 1)


def critical_keys(services: Services, scrutiny_id: int) -> list[str]:
    detail = services.scrutinies.get(scrutiny_id)
    return [q.key for q in detail.checklist.questions() if q.critical]


def record_kinds(services: Services, scrutiny_id: int, kind: str) -> list[dict[str, object]]:
    with unit_of_work(services.database) as session:
        return [json.loads(e.payload) for e in record_chain.entries_for(session, scrutiny_id, kind)]


@contextmanager
def counted_queries(services: Services) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(services.database.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(services.database.engine, "before_cursor_execute", count)


def test_a_new_round_carries_answers_forward_and_cites_the_previous_round(
    services: Services,
) -> None:
    first = services.scrutinies.create(NEW)
    key = critical_keys(services, first)[0]
    services.scrutinies.answer(first, key, Status.PARTLY_MET, Rating.AMBER, "Pilot data awaited")

    second = services.rounds.start_round(first)

    before, after = services.scrutinies.get(first), services.scrutinies.get(second)
    assert after.summary.round_number == 2 and after.summary.previous_id == first
    assert after.summary.title == before.summary.title
    assert after.template_versions == before.template_versions
    assert after.responses[key].note == "Pilot data awaited"
    [started] = record_kinds(services, second, "round_started")
    assert started["previous_id"] == first and started["round_number"] == 2
    assert services.maintenance.verify().ok
    # The first round is untouched, and only the newest round can be scrutinised again.
    assert before.summary.round_number == 1 and len(before.responses) == 1
    with pytest.raises(InvalidInputError, match="Round 2"):
        services.rounds.start_round(first)


def test_changes_since_the_previous_round(services: Services) -> None:
    first = services.scrutinies.create(NEW)
    one, two, three = services.scrutinies.get(first).checklist.questions()[:3]
    services.scrutinies.answer(first, one.key, Status.UNKNOWN)
    services.scrutinies.answer(first, two.key, Status.MET)
    assert services.rounds.changes_since_previous(first).changes == ()

    second = services.rounds.start_round(first)
    assert services.rounds.changes_since_previous(second).changes == ()
    services.scrutinies.answer(second, one.key, Status.MET, note="Seen after the pilot")
    services.scrutinies.answer(second, three.key, Status.NOT_MET)

    result = services.rounds.changes_since_previous(second)
    assert (result.previous_id, result.previous_round, result.round_number) == (first, 1, 2)
    kinds = {c.key: (c.kind, c.fields) for c in result.changes}
    assert kinds == {
        one.key: (ChangeKind.CHANGED, ("status", "note")),
        three.key: (ChangeKind.ADDED, ()),
    }


def test_set_stage_is_recorded(services: Services) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    services.scrutinies.set_stage(scrutiny_id, Stage.LIVE)
    services.scrutinies.set_stage(scrutiny_id, Stage.LIVE)  # no change, no entry
    assert services.scrutinies.get(scrutiny_id).summary.stage is Stage.LIVE
    entries = record_kinds(services, scrutiny_id, "stage_changed")
    assert [(e["from"], e["to"]) for e in entries] == [("pilot", "live")]
    assert services.maintenance.verify().ok


def test_the_list_carries_rating_readiness_flags_review_date_and_actions(
    services: Services,
) -> None:
    quiet = services.scrutinies.create(NEW)
    busy = services.scrutinies.create(NEW)
    flagged = critical_keys(services, busy)[0]
    services.scrutinies.answer(busy, flagged, Status.NOT_MET)
    for days, status in ((-3, "open"), (10, "open"), (-9, "closed")):
        services.actions.add(
            busy,
            ActionInput(
                kind=ActionKind.QUESTION,
                text=f"Due in {days} days",
                due_date=TODAY + timedelta(days=days),
                status=ActionStatus(status),
            ),
        )
    advice = services.decisions.decide(
        busy, _decision(Outcome.DEFER, DecisionCapacity.PANEL_ADVICE, TODAY + timedelta(days=20))
    )
    services.decisions.decide(
        busy,
        _decision(
            Outcome.DO_NOT_SUPPORT,
            DecisionCapacity.PCC_DECISION,
            TODAY + timedelta(days=90),
            supersedes=advice.sequence,
        ),
    )

    rows = {s.id: s for s in services.scrutinies.list(today=TODAY)}

    assert rows[quiet].overall_rating is None and rows[quiet].red_flag_count == 0
    assert not rows[quiet].ready_for_panel
    assert (rows[quiet].open_actions, rows[quiet].overdue_actions) == (0, 0)
    summary = rows[busy]
    assert summary.overall_rating is Rating.RED and summary.red_flag_count == 1
    assert (summary.open_actions, summary.overdue_actions) == (2, 1)
    # The PCC's decision superseded the panel's advice: its review date and outcome stand.
    assert summary.next_review_date == TODAY + timedelta(days=90)
    assert summary.latest_outcome is Outcome.DO_NOT_SUPPORT


def test_listing_takes_the_same_number_of_queries_for_one_or_many(services: Services) -> None:
    def queries_for_list() -> int:
        with counted_queries(services) as seen:
            services.scrutinies.list()
        return len(seen)

    first = services.scrutinies.create(NEW)
    services.scrutinies.answer(first, critical_keys(services, first)[0], Status.MET)
    one = queries_for_list()
    for _ in range(6):
        made = services.scrutinies.create(NEW)
        services.scrutinies.answer(made, critical_keys(services, made)[0], Status.NOT_MET)
        services.actions.add(made, ActionInput(kind=ActionKind.QUESTION, text="Send the DPIA"))
        services.decisions.decide(made, _decision(Outcome.DEFER))
    assert queries_for_list() == one


def test_the_demonstration_has_a_red_flag_and_panel_advice(services: Services) -> None:
    demo_id = services.demo.ensure_demo()
    assert demo_id is not None
    [summary] = services.scrutinies.list()
    assert summary.red_flag_count == 1 and summary.overall_rating is Rating.RED
    assert summary.open_actions == 1 and summary.overdue_actions == 0
    detail = services.scrutinies.get(demo_id)
    [advice] = detail.decisions
    assert advice.capacity is DecisionCapacity.PANEL_ADVICE
    assert advice.outcome is Outcome.DEFER and summary.next_review_date is not None
    # A coherent example: no "met" that the template's consistency rules doubt.
    assert assess(detail.checklist, detail.responses).inconsistencies == ()


def _decision(
    outcome: Outcome,
    capacity: DecisionCapacity = DecisionCapacity.PANEL_ADVICE,
    review: date | None = None,
    supersedes: int | None = None,
) -> DecisionInput:
    return DecisionInput(
        outcome=outcome,
        rationale="Evidence still missing",
        decided_by="Ethics panel",
        review_date=review,
        capacity=capacity,
        supersedes=supersedes,
    )
