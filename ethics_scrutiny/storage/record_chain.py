"""Append to and verify the hash-chained decision record."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ethics_scrutiny.domain import record
from ethics_scrutiny.domain.errors import AlreadyRecordedError, InvalidInputError
from ethics_scrutiny.domain.scrutiny import RecordHead, VerifyResult

from . import facts, record_capture, record_rows
from .models import RecordEntry, Scrutiny

# The PostgreSQL advisory lock that serialises appends: one fixed 64-bit key for the record
# ("ESRECORD" in ASCII), held until the appending transaction commits or rolls back.
APPEND_LOCK_KEY = 0x45535245434F5244
REQUEST_KEY_LENGTH = 64


def head(session: Session) -> RecordHead:
    last = session.scalars(
        select(RecordEntry).order_by(RecordEntry.sequence.desc()).limit(1)
    ).first()
    if last is None:
        return RecordHead(record.GENESIS_HASH, 0)
    return RecordHead(last.entry_hash, last.sequence)


def make_entry(
    current: RecordHead,
    kind: str,
    payload: dict[str, Any],
    scrutiny_id: int | None,
    created_at: str | None = None,
) -> RecordEntry:
    """Build (not store) the entry that follows ``current``."""
    canonical = record.canonical_json(payload)
    payload_sha = record.payload_hash(canonical)
    created_at = created_at or datetime.now(UTC).isoformat(timespec="microseconds")
    sequence = current.entries + 1
    return RecordEntry(
        sequence=sequence,
        scrutiny_id=scrutiny_id,
        kind=kind,
        created_at=created_at,
        payload=canonical,
        payload_sha256=payload_sha,
        previous_hash=current.head_hash,
        entry_hash=record.entry_hash(
            sequence=sequence,
            kind=kind,
            created_at=created_at,
            payload_sha256=payload_sha,
            previous_hash=current.head_hash,
        ),
    )


# Entries a public bundle carries keep exactly the payload their use case wrote; the state of
# what changed with them goes in the next entry (or a state_recorded one at commit).
_WITHOUT_STATE = frozenset({record.RecordKind.DECISION, record.RecordKind.DECISION_WITHDRAWN})


def append(
    session: Session,
    kind: str,
    payload: dict[str, Any],
    scrutiny_id: int | None,
    *,
    request_key: str | None = None,
) -> RecordEntry:
    """Add one entry after the current head, inside the caller's unit of work.

    An entry about a scrutiny always names the scrutiny's UUID in its (hashed) payload, so
    moving the entry to another scrutiny by editing its row is caught by ``verify``. It also
    carries, under ``state``, the new state of that scrutiny's items this unit of work changed
    so far (see ``record_state``), so replaying the entries proves what the tables hold.

    ``request_key`` names the user action: if an entry with that key is already in the record
    (the action was saved, then retried), AlreadyRecordedError is raised and nothing is added.
    On PostgreSQL the server's append function writes the entry (see ``server_guards``).
    """
    if request_key is not None:
        refuse_repeat(session, request_key)
    lock_for_append(session)
    if scrutiny_id is not None and kind not in _WITHOUT_STATE:
        state = record_capture.take_state(session, scrutiny_id)
        if state:
            payload = {**payload, "state": state}
    if scrutiny_id is not None and "scrutiny_uuid" not in payload:
        owner = session.get(Scrutiny, scrutiny_id)
        if owner is not None:
            payload = {**payload, "scrutiny_uuid": owner.uuid}
    if session.connection().dialect.name == "postgresql":
        return _append_on_server(session, kind, payload, scrutiny_id, request_key)
    entry = make_entry(head(session), kind, payload, scrutiny_id)
    entry.request_key = request_key
    session.add(entry)
    session.flush()
    return entry


def refuse_repeat(session: Session, request_key: str) -> None:
    """Raise AlreadyRecordedError if an entry with this key is in the record.

    A use case calls it first, before checking what the action asks (a retried withdrawal
    would otherwise be refused as withdrawing a withdrawn decision). Takes the append lock.
    """
    lock_for_append(session)
    if not 0 < len(request_key) <= REQUEST_KEY_LENGTH:
        raise InvalidInputError(
            f"A request key is 1 to {REQUEST_KEY_LENGTH} characters (a UUID fits); nothing "
            "was saved."
        )
    # Read after the append lock: an earlier attempt's commit is visible by now.
    sequence = session.scalar(
        select(RecordEntry.sequence).where(RecordEntry.request_key == request_key)
    )
    if sequence is not None:
        raise AlreadyRecordedError(
            f"This was already saved as record entry {sequence}, so it was not added again.",
            sequence,
        )


def _append_on_server(
    session: Session,
    kind: str,
    payload: dict[str, Any],
    scrutiny_id: int | None,
    request_key: str | None,
) -> RecordEntry:
    """The server assigns the position, time and login and hashes the entry itself.

    Officers' logins may not insert into the record, so a forged, back-dated or far-numbered
    entry cannot be written; the function hashes exactly as ``domain/record.py`` does.
    """
    session.flush()  # the scrutiny an entry names must be in the table first
    sequence = session.execute(
        text("SELECT record_append(:kind, :scrutiny_id, :payload, :request_key)"),
        {
            "kind": kind,
            "scrutiny_id": scrutiny_id,
            "payload": record.canonical_json(payload),
            "request_key": request_key,
        },
    ).scalar_one()
    entry = session.get(RecordEntry, int(sequence), populate_existing=True)
    assert entry is not None  # written just now in this transaction
    if scrutiny_id is not None and kind in facts.DECISION_KINDS:
        facts.mark_touched(session, scrutiny_id)
    return entry


def lock_for_append(session: Session) -> None:
    """Make this transaction the only one appending until it ends, so the chain never forks.

    PostgreSQL: an advisory transaction lock taken before the head is read; at READ COMMITTED
    the head read after the lock sees every append committed before it, so the next sequence
    is free and no concurrent append fails. SQLite needs nothing: ``BEGIN IMMEDIATE`` (the
    engine's begin hook) already holds the one writer lock for the whole transaction.
    Re-entrant within a transaction; taken on the session's connection without autoflush.
    """
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({APPEND_LOCK_KEY})")


def entries_for(session: Session, scrutiny_id: int, kind: str) -> list[RecordEntry]:
    return list(
        session.scalars(
            select(RecordEntry)
            .where(RecordEntry.scrutiny_id == scrutiny_id, RecordEntry.kind == kind)
            .order_by(RecordEntry.sequence)
        )
    )


def all_entries(session: Session, scrutiny_id: int | None = None) -> list[RecordEntry]:
    query = select(RecordEntry).order_by(RecordEntry.sequence)
    if scrutiny_id is not None:
        query = query.where(RecordEntry.scrutiny_id == scrutiny_id)
    return list(session.scalars(query))


def get_entry(session: Session, sequence: int) -> RecordEntry | None:
    return session.get(RecordEntry, sequence)


TABLE_MISSING = (
    "The record's table of entries is missing: it has been removed from the record, so "
    "nothing in it can be proven. Restore a backup."
)


def table_missing(session: Session) -> bool:
    return not inspect(session.connection()).has_table(RecordEntry.__tablename__)


def verify(session: Session, expected_head: str | None = None) -> VerifyResult:
    """Recompute every hash; report the first entry that does not match, in plain words."""
    if table_missing(session):
        return VerifyResult(False, 0, record.GENESIS_HASH, TABLE_MISSING)
    uuids = {row[0]: row[1] for row in session.execute(select(Scrutiny.id, Scrutiny.uuid))}
    try:
        return verify_entries(_stream(session), expected_head, uuids)
    except (DBAPIError, AttributeError, TypeError, ValueError):
        # Only SQLite lets a column hold the wrong type (binary data, text that is not UTF-8);
        # read again with every column checked, so the entry is named instead of a traceback.
        if session.connection().dialect.name != "sqlite":
            raise
        return verify_entries(record_rows.careful_rows(session), expected_head, uuids)


_VERIFIED_COLUMNS = (
    RecordEntry.sequence,
    RecordEntry.scrutiny_id,
    RecordEntry.kind,
    RecordEntry.created_at,
    RecordEntry.payload,
    RecordEntry.payload_sha256,
    RecordEntry.previous_hash,
    RecordEntry.entry_hash,
)


def _stream(session: Session) -> Iterator[Any]:
    # Plain rows streamed in batches: building 100,000 ORM objects took half of verify's time.
    yield from session.connection().execute(
        select(*_VERIFIED_COLUMNS).order_by(RecordEntry.sequence).execution_options(yield_per=2000)
    )


def verify_entries(
    entries: Iterable[Any],
    expected_head: str | None = None,
    scrutiny_uuids: Mapping[int, str] | None = None,
) -> VerifyResult:
    """The chain check itself, over entries in sequence order (no database needed)."""
    previous = record.GENESIS_HASH
    count = 0
    expected = (expected_head or "").lower()
    seen_expected = expected_head is None or expected == record.GENESIS_HASH
    owners = {uuid: sid for sid, uuid in (scrutiny_uuids or {}).items()}
    for entry in entries:
        count += 1
        problem = _entry_problem(entry, count, previous) or _owner_problem(entry, owners)
        if problem:
            return VerifyResult(False, count, previous, problem, entry.sequence)
        previous = entry.entry_hash
        seen_expected = seen_expected or entry.entry_hash == expected
    if not seen_expected:
        return VerifyResult(
            False,
            count,
            previous,
            f"The record does not contain the head {expected_head}: it does not extend the "
            "record printed on that report, or the hash was mistyped.",
        )
    message = f"The record verifies: {count} entries, head {previous}."
    return VerifyResult(True, count, previous, message)


def _entry_problem(entry: RecordEntry, position: int, previous: str) -> str | None:
    stored = getattr(entry, "problem", None)
    if stored:
        return str(stored)
    if entry.sequence != position:
        if entry.sequence > position:
            return f"Entry {position} is missing: the record jumps to entry {entry.sequence}."
        return f"Entry {entry.sequence} appears again at position {position}: entries were copied."
    if entry.previous_hash != previous:
        return (
            f"Entry {entry.sequence} does not follow entry {position - 1}: the chain is broken "
            "(entries were removed, reordered or replaced)."
        )
    return _hash_problem(entry)


def _hash_problem(entry: RecordEntry) -> str | None:
    if record.payload_hash(entry.payload) != entry.payload_sha256:
        return f"Entry {entry.sequence} has been altered: its content no longer matches its hash."
    expected = record.entry_hash(
        sequence=entry.sequence,
        kind=entry.kind,
        created_at=entry.created_at,
        payload_sha256=entry.payload_sha256,
        previous_hash=entry.previous_hash,
    )
    if expected != entry.entry_hash:
        return f"Entry {entry.sequence} has been altered: its hash does not match its details."
    return None


def _owner_problem(entry: RecordEntry, owners: Mapping[str, int]) -> str | None:
    """An entry naming a scrutiny in its payload must still be filed under that scrutiny."""
    if not owners:
        return None
    try:
        named = json.loads(entry.payload).get("scrutiny_uuid")
    except (ValueError, AttributeError):
        return None
    if isinstance(named, str) and named in owners and owners[named] != entry.scrutiny_id:
        return (
            f"Entry {entry.sequence} has been moved: it is about scrutiny {owners[named]} but is "
            f"now filed under {entry.scrutiny_id or 'no scrutiny'}."
        )
    return None


def verify_scrutiny(session: Session, scrutiny_id: int) -> str | None:
    """Check one scrutiny's entries quickly: each entry's hashes and its link to the entry stored
    before it (whoever that belongs to); the problem found, in plain words, or None.

    The whole chain is not walked, so this is fast enough to run before every export; ``verify``
    remains the full proof.
    """
    if table_missing(session):
        return TABLE_MISSING
    rows = list(_scrutiny_rows(session, scrutiny_id))
    owner = session.scalar(select(Scrutiny.uuid).where(Scrutiny.id == scrutiny_id))
    before = _stored_hashes(session, {r.sequence - 1 for r in rows if r.sequence > 1})
    before[0] = record.GENESIS_HASH
    for row in rows:
        problem = getattr(row, "problem", None) or _link_problem(row, before) or _hash_problem(row)
        if problem is None and owner is not None:
            problem = _owner_problem(row, {owner: scrutiny_id})
        if problem:
            return str(problem)
    return None


def _scrutiny_rows(session: Session, scrutiny_id: int) -> Iterator[Any]:
    if session.connection().dialect.name == "sqlite":
        # Few rows, so always read with every column's type checked (see record_rows).
        yield from record_rows.careful_rows(session, scrutiny_id)
        return
    yield from session.connection().execute(
        select(*_VERIFIED_COLUMNS)
        .where(RecordEntry.scrutiny_id == scrutiny_id)
        .order_by(RecordEntry.sequence)
    )


def _stored_hashes(session: Session, sequences: set[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    ordered = sorted(sequences)
    for start in range(0, len(ordered), 500):  # well under every driver's parameter limit
        chunk = ordered[start : start + 500]
        query = select(RecordEntry.sequence, RecordEntry.entry_hash).where(
            RecordEntry.sequence.in_(chunk)
        )
        found.update({int(seq): str(entry_hash) for seq, entry_hash in session.execute(query)})
    return found


def _link_problem(entry: Any, before: Mapping[int, str]) -> str | None:
    previous = before.get(entry.sequence - 1)
    if previous is None:
        return f"Entry {entry.sequence - 1} is missing: the record jumps to entry {entry.sequence}."
    if entry.previous_hash != previous:
        return (
            f"Entry {entry.sequence} does not follow entry {entry.sequence - 1}: the chain is "
            "broken (entries were removed, reordered or replaced)."
        )
    return None
