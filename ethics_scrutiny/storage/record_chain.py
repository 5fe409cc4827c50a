"""Append to and verify the hash-chained decision record."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_scrutiny.domain import record
from ethics_scrutiny.domain.scrutiny import RecordHead, VerifyResult

from .models import RecordEntry


def head(session: Session) -> RecordHead:
    last = session.scalars(
        select(RecordEntry).order_by(RecordEntry.sequence.desc()).limit(1)
    ).first()
    if last is None:
        return RecordHead(record.GENESIS_HASH, 0)
    return RecordHead(last.entry_hash, last.sequence)


def append(
    session: Session, kind: str, payload: dict[str, Any], scrutiny_id: int | None
) -> RecordEntry:
    """Add one entry after the current head, inside the caller's unit of work."""
    current = head(session)
    canonical = record.canonical_json(payload)
    payload_sha = record.payload_hash(canonical)
    created_at = datetime.now(UTC).isoformat(timespec="microseconds")
    sequence = current.entries + 1
    entry = RecordEntry(
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
    session.add(entry)
    session.flush()
    return entry


def entries_for(session: Session, scrutiny_id: int, kind: str) -> list[RecordEntry]:
    return list(
        session.scalars(
            select(RecordEntry)
            .where(RecordEntry.scrutiny_id == scrutiny_id, RecordEntry.kind == kind)
            .order_by(RecordEntry.sequence)
        )
    )


def verify(session: Session, expected_head: str | None = None) -> VerifyResult:
    """Recompute every hash; report the first entry that does not match, in plain words."""
    previous = record.GENESIS_HASH
    count = 0
    seen_expected = expected_head is None or expected_head == record.GENESIS_HASH
    for entry in _all_entries(session):
        count += 1
        problem = _entry_problem(entry, count, previous)
        if problem:
            return VerifyResult(False, count, previous, problem, entry.sequence)
        previous = entry.entry_hash
        seen_expected = seen_expected or entry.entry_hash == (expected_head or "").lower()
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


def _all_entries(session: Session) -> Iterator[RecordEntry]:
    yield from session.scalars(select(RecordEntry).order_by(RecordEntry.sequence))


def _entry_problem(entry: RecordEntry, position: int, previous: str) -> str | None:
    if entry.sequence != position:
        return f"Entry {position} is missing: the record jumps to entry {entry.sequence}."
    if entry.previous_hash != previous:
        return f"Entry {entry.sequence} does not follow entry {position - 1}: the chain is broken."
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
