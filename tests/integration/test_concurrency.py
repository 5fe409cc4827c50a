"""Two officers on one record: stale edits are refused, and concurrent appends never fork.

Every test runs on SQLite and on PostgreSQL. On SQLite one writer holds the file at a time
(``BEGIN IMMEDIATE``), so "two officers" are two copies loaded before either saves; on
PostgreSQL the tests also let a second connection commit between the first one's load and
its write, which only the ``WHERE version = …`` check of the UPDATE can catch.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import (
    ActionKind,
    ActionStatus,
    Outcome,
    Rating,
    Stage,
    Status,
    Technology,
)
from ethics_scrutiny.domain.errors import ConcurrentEditError
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scrutiny import (
    UNANSWERED,
    ActionInput,
    DecisionInput,
    EvidenceInput,
    NewScrutiny,
)
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage.models import Action, Evidence, RecordEntry, Response, Scrutiny

NEW = NewScrutiny(title="Drone pilot", force="Gwent Police", technology=Technology.DRONES)
REFUSED = r"Someone else .* since you opened it .*Nothing was saved: reload"


@pytest.fixture
def second(services: Services, data_dir: Path, database_url: str) -> Iterator[Services]:
    """The other officer: a second Services (own engine and connections) on the same record."""
    other = Services.open(resolve_settings(str(data_dir), database_url))
    yield other
    other.close()


def first_key(services: Services, scrutiny_id: int) -> str:
    return next(iter(services.scrutinies.get(scrutiny_id).checklist.questions())).key


def record_state(services: Services) -> tuple[int, str]:
    """The record's length and head, after checking it still verifies."""
    result = services.maintenance.verify()
    assert result.ok, result.message
    return result.entries, result.head_hash


def assert_recent(when: datetime | None) -> None:
    assert when is not None and when.tzinfo is not None
    assert when.utcoffset() == UTC.utcoffset(None)
    assert abs((datetime.now(UTC) - when).total_seconds()) < 120


# -- stale copies: each officer loaded the item, the other saved first -----------------------


def test_stale_answer_is_refused_and_a_reload_succeeds(
    services: Services, second: Services
) -> None:
    sid = services.scrutinies.create(NEW)
    key = first_key(services, sid)
    services.scrutinies.answer(sid, key, Status.PARTLY_MET, Rating.AMBER, "First look")
    mine = services.scrutinies.get(sid).responses[key]
    theirs = second.scrutinies.get(sid).responses[key]
    assert mine.version == theirs.version == 1
    second.scrutinies.answer(
        sid, key, Status.NOT_MET, Rating.RED, "Their finding", expected_version=theirs.version
    )
    before = record_state(services)

    with pytest.raises(ConcurrentEditError, match=REFUSED) as caught:
        services.scrutinies.answer(
            sid, key, Status.MET, Rating.GREEN, "My finding", expected_version=mine.version
        )
    assert f"the answer to {key}" in str(caught.value)
    assert_recent(caught.value.changed_at)
    stored = services.scrutinies.get(sid).responses[key]
    assert (stored.status, stored.note, stored.version) == (Status.NOT_MET, "Their finding", 2)
    assert record_state(services) == before

    saved = services.scrutinies.answer(
        sid, key, Status.MET, Rating.GREEN, "My finding", expected_version=stored.version
    )
    assert (saved.note, saved.version) == ("My finding", 3)


def test_a_concurrent_first_answer_is_caught(services: Services, second: Services) -> None:
    sid = services.scrutinies.create(NEW)
    key = first_key(services, sid)
    assert key not in services.scrutinies.get(sid).responses  # both see it unanswered
    second.scrutinies.answer(sid, key, Status.MET, note="Theirs", expected_version=UNANSWERED)
    before = record_state(services)
    with pytest.raises(ConcurrentEditError, match=f"answered the question {key}"):
        services.scrutinies.answer(sid, key, Status.NOT_MET, expected_version=UNANSWERED)
    assert services.scrutinies.get(sid).responses[key].note == "Theirs"
    assert record_state(services) == before


def test_clearing_a_changed_answer_is_refused(services: Services, second: Services) -> None:
    sid = services.scrutinies.create(NEW)
    key = first_key(services, sid)
    mine = services.scrutinies.answer(sid, key, Status.MET, note="Mine")
    second.scrutinies.answer(sid, key, Status.NOT_MET, note="Theirs", expected_version=1)
    with pytest.raises(ConcurrentEditError, match=REFUSED):
        services.scrutinies.clear_answer(sid, key, expected_version=mine.version)
    assert services.scrutinies.get(sid).responses[key].note == "Theirs"
    # Removed by them as well: the question is unanswered either way, so nothing is refused.
    second.scrutinies.clear_answer(sid, key, expected_version=2)
    services.scrutinies.clear_answer(sid, key, expected_version=mine.version)
    with pytest.raises(ConcurrentEditError, match=f"removed the answer to {key}"):
        services.scrutinies.answer(sid, key, Status.MET, expected_version=2)


def test_answers_without_a_version_are_not_checked(services: Services) -> None:
    """The command line and internal callers pass no version and keep their old behaviour."""
    sid = services.scrutinies.create(NEW)
    key = first_key(services, sid)
    assert services.scrutinies.answer(sid, key, Status.MET).version == 1
    assert services.scrutinies.answer(sid, key, Status.NOT_MET).version == 2
    assert services.scrutinies.answer(sid, key, Status.NOT_MET, note="n").version == 3


def test_stale_evidence_edit_and_link_are_refused(services: Services, second: Services) -> None:
    sid = services.scrutinies.create(NEW)
    key = first_key(services, sid)
    item = services.evidence.add(sid, EvidenceInput(title="DPIA", reference="v5.3"))
    theirs = second.evidence.get(item.id)
    second.evidence.update(
        item.id, EvidenceInput(title="DPIA", reference="v5.4"), expected_version=theirs.version
    )
    before = record_state(services)
    with pytest.raises(ConcurrentEditError, match="the evidence item “DPIA”") as caught:
        services.evidence.update(
            item.id, EvidenceInput(title="DPIA (mine)"), expected_version=item.version
        )
    assert_recent(caught.value.changed_at)
    with pytest.raises(ConcurrentEditError, match=REFUSED):
        services.evidence.link(item.id, [key], expected_version=item.version)
    stored = services.evidence.get(item.id)
    assert (stored.title, stored.reference, stored.question_keys) == ("DPIA", "v5.4", ())
    assert record_state(services) == before

    linked = services.evidence.link(item.id, [key], expected_version=stored.version)
    assert stored.version is not None and linked.version is not None
    assert linked.question_keys == (key,) and linked.version == stored.version + 1
    edited = services.evidence.update(
        item.id,
        EvidenceInput(title="DPIA (mine)", reference="v5.4", question_keys=(key,)),
        expected_version=linked.version,
    )
    assert edited.title == "DPIA (mine)" and edited.version == linked.version + 1


def test_stale_action_edit_is_refused(services: Services, second: Services) -> None:
    sid = services.scrutinies.create(NEW)
    asked = ActionInput(ActionKind.QUESTION, "Send the DPIA", owner="DCC")
    item = services.actions.add(sid, asked)
    theirs = second.actions.get(item.id)
    replied = replace(asked, status=ActionStatus.ANSWERED, reply="Sent on Monday")
    second.actions.update(item.id, replied, expected_version=theirs.version)
    before = record_state(services)
    with pytest.raises(ConcurrentEditError, match="the question to the force “Send the DPIA”"):
        services.actions.update(
            item.id, replace(asked, owner="Chief Constable"), expected_version=item.version
        )
    stored = services.actions.get(item.id)
    assert (stored.owner, stored.reply, stored.version) == ("DCC", "Sent on Monday", 2)
    assert record_state(services) == before
    saved = services.actions.update(
        item.id, replace(replied, owner="Chief Constable"), expected_version=stored.version
    )
    assert (saved.owner, saved.reply, saved.version) == ("Chief Constable", "Sent on Monday", 3)


def test_stale_stage_change_is_refused(services: Services, second: Services) -> None:
    sid = services.scrutinies.create(NEW)
    mine = services.scrutinies.get(sid).summary
    theirs = second.scrutinies.get(sid).summary
    assert mine.version == theirs.version == 1
    second.scrutinies.set_stage(sid, Stage.PILOT, expected_version=theirs.version)
    before = record_state(services)
    with pytest.raises(ConcurrentEditError, match="changed the stage of this scrutiny"):
        services.scrutinies.set_stage(sid, Stage.LIVE, expected_version=mine.version)
    fresh = services.scrutinies.get(sid).summary
    assert (fresh.stage, fresh.version) == (Stage.PILOT, 2)
    assert record_state(services) == before
    services.scrutinies.set_stage(sid, Stage.LIVE, expected_version=fresh.version)
    assert services.scrutinies.get(sid).summary.stage is Stage.LIVE


def test_answers_and_decisions_do_not_make_a_stage_change_stale(services: Services) -> None:
    """The scrutiny's version covers its own details; answering other questions is no clash."""
    sid = services.scrutinies.create(NEW)
    seen = services.scrutinies.get(sid).summary.version
    services.scrutinies.answer(sid, first_key(services, sid), Status.MET)
    services.decisions.decide(sid, DecisionInput(Outcome.DEFER, "More to see", "Panel"))
    services.scrutinies.set_stage(sid, Stage.LIVE, expected_version=seen)
    assert services.scrutinies.get(sid).summary.stage is Stage.LIVE


# -- overtaken: another change is committed between the load and the write ------------------

Edit = Callable[[Services, int, str, Any], object]


def _answer(s: Services, sid: int, key: str, _item: Any) -> object:
    return s.scrutinies.answer(sid, key, Status.MET, note="Mine", expected_version=1)


def _other_answer(s: Services, sid: int, key: str, _item: Any) -> object:
    return s.scrutinies.answer(sid, key, Status.NOT_MET, note="Theirs")


def _evidence(s: Services, _sid: int, _key: str, item: Any) -> object:
    return s.evidence.update(item.id, EvidenceInput(title="Mine"), expected_version=1)


def _other_evidence(s: Services, _sid: int, _key: str, item: Any) -> object:
    return s.evidence.update(item.id, EvidenceInput(title="Theirs"))


def _action(s: Services, _sid: int, _key: str, item: Any) -> object:
    return s.actions.update(item.id, ActionInput(ActionKind.CONDITION, "Mine"), expected_version=1)


def _other_action(s: Services, _sid: int, _key: str, item: Any) -> object:
    return s.actions.update(item.id, ActionInput(ActionKind.CONDITION, "Theirs"))


def _stage(s: Services, sid: int, _key: str, _item: Any) -> object:
    s.scrutinies.set_stage(sid, Stage.LIVE, expected_version=1)
    return sid


def _other_stage(s: Services, sid: int, _key: str, _item: Any) -> object:
    s.scrutinies.set_stage(sid, Stage.REVIEW)
    return sid


# What each kind of edit changes, the row class it loads, and how to read who won.
CASES: dict[str, tuple[type[Any], Edit, Edit, Callable[[Services, int, str, Any], str]]] = {
    "answer": (
        Response,
        _answer,
        _other_answer,
        lambda s, sid, key, _i: s.scrutinies.get(sid).responses[key].note,
    ),
    "evidence": (
        Evidence,
        _evidence,
        _other_evidence,
        lambda s, _s, _k, i: s.evidence.get(i.id).title,
    ),
    "action": (Action, _action, _other_action, lambda s, _s, _k, i: s.actions.get(i.id).text),
    "stage": (
        Scrutiny,
        _stage,
        _other_stage,
        lambda s, sid, _k, _i: s.scrutinies.get(sid).summary.stage.value,
    ),
}
THEIRS = {"answer": "Theirs", "evidence": "Theirs", "action": "Theirs", "stage": "review"}


def _setup(services: Services, kind: str) -> tuple[int, str, Any]:
    sid = services.scrutinies.create(NEW)
    key = first_key(services, sid)
    item: Any = None
    if kind == "answer":
        services.scrutinies.answer(sid, key, Status.UNKNOWN, note="Start")
    elif kind == "evidence":
        item = services.evidence.add(sid, EvidenceInput(title="Start"))
    elif kind == "action":
        item = services.actions.add(sid, ActionInput(ActionKind.CONDITION, "Start"))
    return sid, key, item


def _once(services: Services, name: str, handler: Callable[..., object]) -> None:
    """Run ``handler`` at the first ``name`` session event of ``services``' sessions only."""
    sessions = services.database._sessions  # the sessionmaker: events on it stay local
    fired = threading.Event()

    def listener(*args: Any) -> None:
        if not fired.is_set() and handler(*args) is not False:
            fired.set()

    event.listen(sessions, name, listener)


@pytest.mark.parametrize("kind", list(CASES))
def test_a_change_committed_after_loading_is_caught_at_write(services: Services, kind: str) -> None:
    """Someone's version bump lands between our read and our UPDATE: the UPDATE matches no row.

    Simulated on our own connection (SQLite allows no second writer meanwhile), so this runs
    on both engines and exercises ``version_id_col`` → StaleDataError → ConcurrentEditError.
    """
    row_class, edit, _other, read = CASES[kind]
    sid, key, item = _setup(services, kind)
    start = read(services, sid, key, item)
    before = record_state(services)
    table = row_class.__table__.name

    def bump(session: Session, _context: Any, _instances: Any) -> None:
        session.connection().execute(text(f"UPDATE {table} SET version = version + 1"))

    _once(services, "before_flush", bump)
    with pytest.raises(ConcurrentEditError, match=REFUSED):
        edit(services, sid, key, item)
    assert read(services, sid, key, item) == start
    assert record_state(services) == before


@pytest.mark.parametrize("kind", list(CASES))
def test_a_second_connection_committing_after_our_load_is_caught(
    services: Services, second: Services, is_postgresql: bool, kind: str
) -> None:
    """PostgreSQL: the other officer's whole save commits between our SELECT and our UPDATE."""
    if not is_postgresql:
        pytest.skip("SQLite holds its one writer lock from our first read to our commit")
    row_class, edit, other_edit, read = CASES[kind]
    sid, key, item = _setup(services, kind)

    def interleave(_session: Session, instance: object) -> bool:
        if not isinstance(instance, row_class):
            return False
        other_edit(second, sid, key, item)  # another connection: commits while we wait
        return True

    _once(services, "loaded_as_persistent", interleave)
    with pytest.raises(ConcurrentEditError, match=REFUSED):
        edit(services, sid, key, item)
    assert read(services, sid, key, item) == THEIRS[kind]
    assert services.maintenance.verify().ok


def run_concurrently(work: list[Callable[[], object]]) -> None:
    """Start every piece of work at once, each on its own thread; re-raise the first failure."""
    start = threading.Barrier(len(work))
    errors: list[BaseException] = []

    def run(job: Callable[[], object]) -> None:
        try:
            start.wait()
            job()
        except BaseException as exc:  # re-raised in the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


# -- serialised record appends ---------------------------------------------------------------

WRITERS = 8
DECISIONS_EACH = 200


# 1,600 decisions, each a full unit of work with its checks: minutes on a loaded CI machine.
@pytest.mark.slow
@pytest.mark.timeout(900)
def test_concurrent_writers_leave_one_linear_chain(
    services: Services, data_dir: Path, database_url: str
) -> None:
    """8 writers, each with its own Services (engine, connections), 200 decisions each."""
    scrutinies = [services.scrutinies.create(NEW) for _ in range(2)]
    before = services.maintenance.verify().entries
    writers = [Services.open(resolve_settings(str(data_dir), database_url)) for _ in range(WRITERS)]

    def write(number: int, own: Services) -> None:
        for i in range(DECISIONS_EACH):
            own.decisions.decide(
                scrutinies[(number + i) % 2],
                DecisionInput(Outcome.DEFER, f"Writer {number}, decision {i}", "Panel"),
            )

    try:
        run_concurrently([partial(write, n, w) for n, w in enumerate(writers)])
    finally:
        for writer in writers:
            writer.close()

    result = services.maintenance.verify()
    assert result.ok, result.message
    assert result.entries == before + WRITERS * DECISIONS_EACH
    with services.database.session() as session, session.begin():
        sequences = list(session.scalars(select(RecordEntry.sequence).order_by("sequence")))
        decisions = session.scalar(
            select(func.count()).where(RecordEntry.kind == RecordKind.DECISION)
        )
    assert sequences == list(range(1, result.entries + 1))
    assert decisions == WRITERS * DECISIONS_EACH


@pytest.mark.slow
def test_mixed_writers_on_one_scrutiny_neither_deadlock_nor_fail(
    services: Services, data_dir: Path, database_url: str
) -> None:
    """Answers, decisions, actions and stage changes at once take their locks in one order."""
    sid = services.scrutinies.create(NEW)
    keys = [q.key for q in services.scrutinies.get(sid).checklist.questions()][:2]
    action = services.actions.add(sid, ActionInput(ActionKind.QUESTION, "Send the DPIA"))
    stages = [Stage.PILOT, Stage.LIVE]

    def answers(own: Services, i: int) -> object:
        # Some saves change the status (a record entry), some only touch the scrutiny.
        return own.scrutinies.answer(sid, keys[i % 2], Status.MET if i % 3 else Status.NOT_MET)

    def decisions(own: Services, i: int) -> object:
        return own.decisions.decide(sid, DecisionInput(Outcome.DEFER, f"Round {i}", "Panel"))

    def actions(own: Services, i: int) -> object:
        return own.actions.update(action.id, ActionInput(ActionKind.QUESTION, f"Send v{i}"))

    def stage(own: Services, i: int) -> object:
        own.scrutinies.set_stage(sid, stages[i % 2])
        return i

    jobs = [answers, decisions, actions, stage]
    writers = [Services.open(resolve_settings(str(data_dir), database_url)) for _ in jobs]

    def repeat(job: Callable[[Services, int], object], own: Services) -> None:
        for i in range(25):
            job(own, i)

    try:
        run_concurrently([partial(repeat, j, w) for j, w in zip(jobs, writers, strict=True)])
    finally:
        for writer in writers:
            writer.close()
    assert services.maintenance.verify().ok
    assert len(services.scrutinies.get(sid).decisions) == 25


def test_adding_evidence_while_the_stage_moves_is_no_conflict(services: Services) -> None:
    """Evidence touches the scrutiny's ``updated_at`` without its version check."""
    sid = services.scrutinies.create(NEW)

    def stage_moved(session: Session, _context: Any, _instances: Any) -> None:
        session.connection().execute(text("UPDATE scrutinies SET version = version + 1"))

    _once(services, "before_flush", stage_moved)
    item = services.evidence.add(sid, EvidenceInput(title="DPIA", reference="v5.4"))
    assert services.evidence.get(item.id).title == "DPIA"
    assert services.scrutinies.get(sid).summary.version == 2  # the other change stands


def test_an_upgrade_overtaken_by_a_details_change_is_refused_not_a_crash(
    services: Services,
) -> None:
    from ethics_scrutiny.storage.models import ScrutinyTemplate

    sid = services.scrutinies.create(NEW)
    with services.database.session() as session, session.begin():
        # Pretend the scrutiny started on an older core, so an upgrade has work to do.
        link = session.get(ScrutinyTemplate, (sid, 0))
        assert link is not None
        old = services.library.core().model_copy(update={"version": "1.0.0"})
        from ethics_scrutiny.storage import repositories

        link.snapshot_sha256 = repositories.store_snapshot(session, old)
    before = record_state(services)

    def details_changed(session: Session, _context: Any, _instances: Any) -> None:
        session.connection().execute(text("UPDATE scrutinies SET version = version + 1"))

    _once(services, "before_flush", details_changed)
    with pytest.raises(ConcurrentEditError, match=r"changed the scrutiny's details .*Nothing was"):
        services.templates.upgrade(sid)
    assert record_state(services) == before
