"""A scrutiny's items in bundle form (plain JSON values), built from the record's rows."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.models import RecordEntry, Scrutiny, TemplateSnapshot

FileReader = Callable[[str], bytes | None]  # evidence file bytes by SHA-256, if kept


def iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def decision_origin(entry: RecordEntry) -> str:
    """The decision's identity in every record: the hash of the entry where it was first made.

    A decision imported from a bundle names it (``origin_entry``; before bundle format 3 only
    ``imported_from_entry``, the sending record's entry); one made here is its own entry.
    """
    payload = json.loads(entry.payload)
    origin = payload.get("origin_entry") or payload.get("imported_from_entry")
    return str(origin) if origin else entry.entry_hash


def decision_origins(session: Session, scrutiny_id: int) -> dict[int, str]:
    """Record sequence of each decision of the scrutiny -> its origin."""
    entries = record_chain.entries_for(session, scrutiny_id, RecordKind.DECISION)
    return {e.sequence: decision_origin(e) for e in entries}


def scrutiny_facts(session: Session, row: Scrutiny) -> dict[str, Any]:
    previous = session.get(Scrutiny, row.previous_id) if row.previous_id is not None else None
    return {
        "uuid": row.uuid,
        "title": row.title,
        "force": row.force,
        "technology": row.technology,
        "stage": row.stage,
        "marking": row.marking,
        "supplier": row.supplier,
        "purpose": row.purpose,
        "created_at": row.created_at.isoformat(),
        "language": row.language,
        "round_number": row.round_number,
        "previous_uuid": previous.uuid if previous is not None else None,
        **screening(session, row),
    }


def screening(session: Session, row: Scrutiny) -> dict[str, Any]:
    """The ``screening`` of the scrutiny's facts; nothing at all while not screened."""
    if row.impact_level is None or row.screening_sha256 is None:
        return {}
    snapshot = session.get(TemplateSnapshot, row.screening_sha256)
    if snapshot is None:
        return {}
    return {
        "screening": {
            "level": row.impact_level,
            "template": json.loads(snapshot.body),
            "answers": json.loads(row.screening_answers or "{}"),
            "dropped_modules": json.loads(row.dropped_modules or "{}"),
            "level_reason": row.level_reason,
        }
    }


def typed(choice: str | None, value: str | None, public: bool) -> dict[str, Any]:
    """An answer's typed fields, only when given (older bundles' items keep their hashes).

    A public bundle leaves out a free value, as it leaves out notes: it may say anything.
    """
    found: dict[str, Any] = {}
    if choice is not None:
        found["choice"] = json.loads(choice)
    if value is not None and not public:
        found["value"] = value
    return found


def responses(row: Scrutiny, public: bool) -> list[dict[str, Any]]:
    return [
        {
            "key": r.question_key,
            "status": r.status,
            "rating": r.rating,
            "note": "" if public else r.note,
            "sensitive": r.sensitive,
            "note_withheld": bool(public and r.note),
            "updated_at": (r.updated_at or row.updated_at).isoformat(),
            **typed(r.choice, r.value, public),
        }
        for r in sorted(row.responses, key=lambda r: r.question_key)
    ]


def evidence(row: Scrutiny, read_file: FileReader | None) -> list[dict[str, Any]]:
    items = []
    for e in row.evidence:
        data = read_file(e.file_sha256) if read_file and e.file_sha256 else None
        items.append(
            {
                "uuid": e.uuid,
                "title": e.title,
                "kind": e.kind,
                "reference": e.reference,
                "description": e.description,
                "document_date": iso(e.document_date),
                "received_on": iso(e.received_on),
                "file_sha256": e.file_sha256,
                "file_name": e.file_name,
                "file_size": e.file_size,
                "sensitive": e.sensitive,
                "added_at": e.added_at.isoformat(),
                "updated_at": e.updated_at.isoformat(),
                "question_keys": sorted(link.question_key for link in e.links),
                "file_base64": base64.b64encode(data).decode("ascii") if data else None,
            }
        )
    return items


def actions(row: Scrutiny, ordinal: dict[int, int]) -> list[dict[str, Any]]:
    return [
        {
            "uuid": a.uuid,
            "kind": a.kind,
            "text": a.text,
            "owner": a.owner,
            "due_date": iso(a.due_date),
            "status": a.status,
            "reply": a.reply,
            "question_key": a.question_key,
            "sensitive": a.sensitive,
            "created_at": a.created_at.isoformat(),
            "updated_at": a.updated_at.isoformat(),
            "decision": ordinal.get(a.decision_sequence) if a.decision_sequence else None,
        }
        for a in row.actions
    ]


def withdrawals(session: Session, scrutiny_id: int) -> dict[int, str]:
    """Withdrawn decisions of the scrutiny: record sequence -> the reason given."""
    found: dict[int, str] = {}
    for entry in record_chain.entries_for(session, scrutiny_id, RecordKind.DECISION_WITHDRAWN):
        payload = json.loads(entry.payload)
        found[int(payload["withdraws"])] = str(payload.get("reason", ""))
    return found
