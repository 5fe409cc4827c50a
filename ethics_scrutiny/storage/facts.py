"""Cached dashboard facts: recomputed for every scrutiny a unit of work touched, before commit.

One mechanism keeps ``scrutiny_facts`` right, whatever service made the change: session events
note each scrutiny whose answers, template links or decision entries were added, changed or
removed (and any scrutiny row written), and just before the transaction commits its facts are
recomputed from the database and written in the same transaction. A missing row means
"not computed yet"; the dashboard fills it (see :func:`facts_for`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Generator, Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, delete, event, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from ethics_scrutiny.domain.enums import Outcome, Rating, Status
from ethics_scrutiny.domain.scoring import counted, readiness, red_flags, score_theme
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.templates import Checklist
from ethics_scrutiny.domain.typed_answers import TypedAnswer

from . import repositories
from .models import (
    RecordEntry,
    Response,
    Scrutiny,
    ScrutinyFacts,
    ScrutinyTemplate,
    utc_now,
)

DECISION_KINDS = ("decision", "decision_withdrawn")
_TOUCHED = "scrutiny_facts_touched"
# Listing recomputes missing facts in batches, so no more than this many scrutinies' answers
# are in memory at once.
BATCH = 400

_SEVERITY = {Rating.GREEN: 0, Rating.AMBER: 1, Rating.RED: 2}


@dataclass(frozen=True)
class Facts:
    """What the dashboard shows about one scrutiny that takes its answers to work out."""

    answered: int
    overall_rating: Rating | None
    ready_for_panel: bool
    red_flag_count: int
    latest_outcome: Outcome | None
    next_review_date: date | None
    # How many questions are asked (in scope); kept on the scrutiny row for listing.
    total: int = 0


def install(sessions: sessionmaker[Session]) -> None:
    """Keep facts current for every session ``sessions`` makes."""
    event.listen(sessions, "after_flush", _note_touched)
    event.listen(sessions, "before_commit", _refresh_touched)
    event.listen(sessions, "after_rollback", _forget_touched)


def _note_touched(session: Session, _context: Any) -> None:
    # After the flush ids are assigned, while new/dirty/deleted still show what was flushed.
    touched: set[int] = session.info.setdefault(_TOUCHED, set())
    for item in (*session.new, *session.dirty, *session.deleted):
        scrutiny_id: int | None = None
        if isinstance(item, Scrutiny):
            scrutiny_id = item.id
        elif isinstance(item, Response | ScrutinyTemplate) or _is_decision(item):
            scrutiny_id = item.scrutiny_id
        if scrutiny_id is not None:
            touched.add(scrutiny_id)


def mark_touched(session: Session, scrutiny_id: int) -> None:
    """Recompute this scrutiny's facts at commit (a change the ORM did not flush itself)."""
    session.info.setdefault(_TOUCHED, set()).add(scrutiny_id)


def _is_decision(item: object) -> bool:
    return isinstance(item, RecordEntry) and item.kind in DECISION_KINDS


def _refresh_touched(session: Session) -> None:
    if not session.info.get(_TOUCHED):
        return
    session.flush()
    touched = sorted(session.info.pop(_TOUCHED, set()))
    if touched:
        computed = compute(session, touched)
        store(session, computed)
        store_totals(session, computed)


def store_totals(session: Session, facts: Mapping[int, Facts]) -> None:
    """Keep each scrutiny's ``question_total`` the number asked: its scope may have changed.

    A screening, a stage or a typed answer a condition tests all change what is asked; this
    one place keeps the count right whichever it was. Bookkeeping, not part of any state.
    """
    connection = session.connection()
    for scrutiny_id, found in facts.items():
        connection.execute(
            update(Scrutiny)
            .where(Scrutiny.id == scrutiny_id, Scrutiny.question_total != found.total)
            .values(question_total=found.total)
        )


def _forget_touched(session: Session) -> None:
    session.info.pop(_TOUCHED, None)


def compute(session: Session, scrutiny_ids: Iterable[int]) -> dict[int, Facts]:
    """Facts of these scrutinies worked out afresh from their answers, templates and decisions.

    On a database server the scrutiny rows are locked first, so two officers saving answers
    to one scrutiny at once cannot each write facts missing the other's answer.
    """
    ids = sorted(set(scrutiny_ids))
    result: dict[int, Facts] = {}
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        existing = select(Scrutiny.id).where(Scrutiny.id.in_(chunk)).order_by(Scrutiny.id)
        if session.get_bind().dialect.name != "sqlite":
            # FOR NO KEY UPDATE: serialises fact writers like FOR UPDATE, but does not wait on
            # the key-share locks other transactions' foreign keys (a new record entry) hold,
            # which deadlocked against their own update of the scrutiny's row.
            existing = existing.with_for_update(key_share=True)
        present = list(session.scalars(existing))
        result.update(_compute_chunk(session, present))
    return result


def _compute_chunk(session: Session, ids: list[int]) -> dict[int, Facts]:
    scopes = {
        row.id: row
        for row in session.execute(
            select(
                Scrutiny.id, Scrutiny.impact_level, Scrutiny.stage, Scrutiny.screening_answers
            ).where(Scrutiny.id.in_(ids))
        )
    }
    shas: dict[int, list[str]] = defaultdict(list)
    for sid, sha in session.execute(
        select(ScrutinyTemplate.scrutiny_id, ScrutinyTemplate.snapshot_sha256)
        .where(ScrutinyTemplate.scrutiny_id.in_(ids))
        .order_by(ScrutinyTemplate.scrutiny_id, ScrutinyTemplate.position)
    ):
        shas[sid].append(sha)
    answers: dict[int, dict[str, ResponseData]] = defaultdict(dict)
    typed: dict[int, dict[str, TypedAnswer]] = defaultdict(dict)
    for sid, key, status, rating, choice in session.execute(
        select(
            Response.scrutiny_id,
            Response.question_key,
            Response.status,
            Response.rating,
            Response.choice,
        )
        .where(Response.scrutiny_id.in_(ids))
        .execution_options(yield_per=5000)
    ):
        answers[sid][key] = ResponseData(key, Status(status), Rating(rating) if rating else None)
        if choice:
            typed[sid][key] = TypedAnswer(choices=tuple(json.loads(choice)))
    with closing(_decision_rows(session, ids)) as rows:
        standing = standing_decisions(rows, len(ids))
    result = {}
    memo: dict[tuple[Any, ...], Checklist] = {}
    for sid in ids:
        checklist = _scoped(session, shas[sid], scopes.get(sid), typed.pop(sid, {}), memo)
        result[sid] = facts_of(checklist, answers.pop(sid, {}), standing.get(sid))
    return result


def _scoped(
    session: Session,
    shas: list[str],
    row: Any,
    typed: dict[str, TypedAnswer],
    memo: dict[tuple[Any, ...], Checklist],
) -> Checklist:
    """The scrutiny's checklist with only its questions in scope (all when not screened).

    Without conditional questions the scope depends on the level and stage alone, so
    scrutinies sharing templates, level and stage share one checklist (a whole dashboard's
    facts are worked out again after an upgrade).
    """
    checklist = repositories.checklist_for(session, shas)
    if row is None:
        return checklist
    conditional = any(q.show_if is not None for q in checklist.all_questions())
    key = (tuple(shas), row.impact_level, row.stage)
    if not conditional and key in memo:
        return memo[key]
    given = {**repositories.screening_answers(row.screening_answers), **typed}
    scoped = repositories.scoped(list(checklist.templates), row.impact_level, row.stage, given)
    if not conditional:
        memo[key] = scoped
    return scoped


def _decision_rows(
    session: Session, ids: list[int]
) -> Generator[tuple[int, int | None, str, str], None, None]:
    """Decision and withdrawal entries of these scrutinies, newest first."""
    rows = session.execute(
        select(RecordEntry.sequence, RecordEntry.scrutiny_id, RecordEntry.kind, RecordEntry.payload)
        .where(RecordEntry.kind.in_(DECISION_KINDS), RecordEntry.scrutiny_id.in_(ids))
        .order_by(RecordEntry.sequence.desc())
    )
    try:
        for sequence, sid, kind, payload in rows:
            yield int(sequence), sid, str(kind), str(payload)
    finally:
        rows.close()  # reading may stop early: let the cursor go at once


def facts_of(
    checklist: Checklist,
    responses: Mapping[str, ResponseData],
    decision: Mapping[str, object] | None,
) -> Facts:
    """The facts of one scrutiny from its checklist, answers and standing decision's payload."""
    answers, _ = counted(checklist, responses)  # a doubted "met" rates as not met
    themes = [score_theme(theme, answers) for theme in checklist.themes]
    review = decision.get("review_date") if decision else None
    return Facts(
        # Answers to questions out of scope are kept, but not counted until back in scope.
        answered=sum(1 for key in responses if checklist.asks(key)),
        overall_rating=overall_rating(t.rating for t in themes),
        ready_for_panel=readiness(checklist, responses).ready,
        red_flag_count=len(red_flags(checklist, responses)),
        latest_outcome=Outcome(str(decision["outcome"])) if decision else None,
        next_review_date=date.fromisoformat(str(review)) if review else None,
        total=checklist.question_count,
    )


def overall_rating(ratings: Iterable[Rating | None]) -> Rating | None:
    """The worst theme rating: one red theme makes the whole deployment red."""
    rated = [r for r in ratings if r is not None]
    return max(rated, key=_SEVERITY.__getitem__) if rated else None


def standing_decisions(
    rows: Iterable[tuple[int, int | None, str, str]], scrutinies: int | None = None
) -> dict[int, dict[str, object]]:
    """Each scrutiny's newest decision neither superseded nor withdrawn: its payload.

    ``rows`` are (sequence, scrutiny ID, kind, payload JSON) of decision and withdrawal
    entries, newest first. An entry only ever cites an earlier one, so by the time a decision
    is reached every entry that could supersede or withdraw it has been seen. Reading stops
    once ``scrutinies`` (when given) each have their decision: a scrutiny decided many times
    over has only its latest few entries read, not all of them at every save.
    """
    replaced: set[int] = set()
    standing: dict[int, dict[str, object]] = {}
    for seq, sid, kind, text in rows:
        payload = json.loads(text)
        if kind == "decision" and sid and sid not in standing and seq not in replaced:
            standing[sid] = payload
            if scrutinies is not None and len(standing) >= scrutinies:
                break
        cited = payload.get("supersedes" if kind == "decision" else "withdraws")
        if isinstance(cited, int):
            replaced.add(cited)
    return standing


def store(session: Session, facts: Mapping[int, Facts]) -> None:
    """Write (insert or replace) the facts rows, inside the caller's transaction."""
    if not facts:
        return
    connection = session.connection()
    ids = list(facts)
    present = set(
        connection.scalars(
            select(ScrutinyFacts.scrutiny_id).where(ScrutinyFacts.scrutiny_id.in_(ids))
        )
    )
    now = utc_now()
    rows = [_row(sid, f, now) for sid, f in facts.items()]
    updates = [r for r in rows if r["scrutiny_id"] in present]
    inserts = [r for r in rows if r["scrutiny_id"] not in present]
    if updates:
        _update_rows(connection, updates)
    if inserts:
        connection.execute(insert(ScrutinyFacts), inserts)


def _update_rows(connection: Connection, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        values = {k: v for k, v in row.items() if k != "scrutiny_id"}
        connection.execute(
            update(ScrutinyFacts)
            .where(ScrutinyFacts.scrutiny_id == row["scrutiny_id"])
            .values(**values)
        )


def forget(session: Session, scrutiny_ids: Iterable[int]) -> None:
    """Drop cached facts so they are worked out afresh when next listed."""
    session.execute(delete(ScrutinyFacts).where(ScrutinyFacts.scrutiny_id.in_(list(scrutiny_ids))))


def _row(scrutiny_id: int, facts: Facts, now: object) -> dict[str, Any]:
    return {
        "scrutiny_id": scrutiny_id,
        "answered": facts.answered,
        "overall_rating": facts.overall_rating.value if facts.overall_rating else None,
        "ready_for_panel": facts.ready_for_panel,
        "red_flag_count": facts.red_flag_count,
        "latest_outcome": facts.latest_outcome.value if facts.latest_outcome else None,
        "next_review_date": facts.next_review_date,
        "computed_at": now,
    }
