"""The office profile row, its record entries, and scrutinies withdrawn from lists."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_scrutiny.domain.office import OfficeProfile
from ethics_scrutiny.domain.record import RecordKind

from . import record_chain
from .models import OfficeProfileRow, RecordEntry, utc_now


def profile(session: Session) -> OfficeProfile | None:
    """The office's profile, or ``None`` before the office has set one."""
    row = session.get(OfficeProfileRow, 1)
    return None if row is None else _from_row(row)


def save(session: Session, new: OfficeProfile) -> int:
    """Store ``new`` and record it; returns the entry's sequence (no entry if nothing changed)."""
    row = session.get(OfficeProfileRow, 1)
    if row is not None and _from_row(row) == new:
        return 0
    if row is None:
        row = OfficeProfileRow(id=1)
        session.add(row)
    row.name, row.office_type = new.name, new.office_type.value
    row.decision_maker, row.panel, row.officer = new.decision_maker, new.panel, new.officer
    row.logo_sha256, row.logo_name = new.logo_sha256, new.logo_name
    row.demonstration = new.demonstration
    row.updated_at = utc_now()
    session.flush()
    entry = record_chain.append(session, RecordKind.OFFICE_CHANGED, new.state(), None)
    return entry.sequence


def recorded_state(session: Session) -> dict[str, Any] | None:
    """The profile the last ``office_changed`` entry holds, or ``None`` if there is none."""
    payload = session.scalars(
        select(RecordEntry.payload)
        .where(RecordEntry.kind == RecordKind.OFFICE_CHANGED)
        .order_by(RecordEntry.sequence.desc())
        .limit(1)
    ).first()
    if payload is None:
        return None
    loaded = json.loads(payload)
    return loaded if isinstance(loaded, dict) else None


def differences(session: Session) -> list[str]:
    """Each way the stored profile differs from what the record says, as sentences."""
    row = session.get(OfficeProfileRow, 1)
    recorded = recorded_state(session)
    current = None if row is None else _from_row(row).state()
    if current == recorded:
        return []
    if recorded is None:
        return ["The office profile was set outside the app: no record entry holds it."]
    if current is None:
        return ["The office profile was removed outside the app; the record holds one."]
    return [
        f"The office profile's {field.replace('_', ' ')} differs from the record: "
        f"the record says {recorded.get(field)!r}, the profile holds {current.get(field)!r}."
        for field in sorted(current)
        if current.get(field) != recorded.get(field)
    ]


def withdrawn_ids(session: Session) -> set[int]:
    """Scrutinies withdrawn from lists and reports by a ``scrutiny_withdrawn`` entry."""
    query = select(RecordEntry.scrutiny_id).where(RecordEntry.kind == RecordKind.SCRUTINY_WITHDRAWN)
    return {sid for sid in session.scalars(query) if sid is not None}


def _from_row(row: OfficeProfileRow) -> OfficeProfile:
    return OfficeProfile.from_state(
        {
            "name": row.name,
            "office_type": row.office_type,
            "decision_maker": row.decision_maker,
            "panel": row.panel,
            "officer": row.officer,
            "logo_sha256": row.logo_sha256,
            "logo_name": row.logo_name,
            "demonstration": row.demonstration,
        }
    )


def predecessor_of(session: Session, scrutiny_id: int) -> dict[str, Any] | None:
    """The profile of the office that held ``scrutiny_id`` before an archive brought it here."""
    query = select(RecordEntry.payload).where(RecordEntry.kind == RecordKind.ARCHIVE_IMPORTED)
    for payload in session.scalars(query.order_by(RecordEntry.sequence.desc())):
        loaded = json.loads(payload)
        office = loaded.get("predecessor_office") if isinstance(loaded, dict) else None
        if isinstance(office, dict) and scrutiny_id in loaded.get("scrutiny_ids", ()):
            return office
    return None


def merged_anchor(session: Session, head: str) -> int | None:
    """The entry anchoring ``head`` as the head of an archive merged into this record, if any.

    A merged archive's entries are not in this record's chain, so its head is proven by this
    entry alone (the archive was checked whole before it was merged).
    """
    query = select(RecordEntry.sequence, RecordEntry.payload).where(
        RecordEntry.kind == RecordKind.ARCHIVE_IMPORTED
    )
    for sequence, payload in session.execute(query.order_by(RecordEntry.sequence)):
        loaded = json.loads(payload)
        if (
            isinstance(loaded, dict)
            and loaded.get("mode") == "merged"
            and loaded.get("predecessor_head") == head
        ):
            return int(sequence)
    return None
