"""JSON bundles: a scrutiny with its template, answers, evidence, actions, decisions and record."""

from __future__ import annotations

import base64
import json
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_scrutiny import __version__
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import RecordKind, file_sha256
from ethics_scrutiny.domain.scrutiny import DecisionData, ScrutinyDetail
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.models import RecordEntry, Scrutiny
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import mapping
from .bundle_check import content_digest, parse_bundle
from .bundle_import import insert_bundle
from .bundle_schema import BUNDLE_FORMAT, FORMAT_VERSION, Bundle

__all__ = ["BundleService", "bundle_bytes", "content_digest", "parse_bundle"]

MAX_BUNDLE_BYTES = 200 * 1024 * 1024

FileReader = Callable[[str], bytes | None]  # evidence file bytes by SHA-256, if kept


class FileStore(Protocol):
    """Where imported evidence files go (the evidence service's content-addressed store)."""

    def add(self, source: Path) -> Any: ...


def bundle_bytes(
    session: Session,
    scrutiny_id: int,
    *,
    public: bool,
    read_file: FileReader | None = None,
) -> bytes:
    """The bundle as UTF-8 JSON; a public bundle carries no notes, evidence or actions.

    Args:
        session: An open unit of work (read only).
        scrutiny_id: The scrutiny to export.
        public: Leave out everything that may be sensitive.
        read_file: When given, evidence files are included (base64) as this returns them.
    """
    row = repositories.get_scrutiny(session, scrutiny_id)
    detail = mapping.detail(row, record_chain.entries_for(session, scrutiny_id, "decision"))
    bundle = bundle_dict(session, row, detail, public=public, read_file=read_file)
    return json.dumps(bundle, ensure_ascii=False, indent=2).encode("utf-8")


def bundle_dict(
    session: Session,
    row: Scrutiny,
    detail: ScrutinyDetail,
    *,
    public: bool,
    read_file: FileReader | None,
) -> dict[str, Any]:
    ordinal = {d.sequence: n for n, d in enumerate(detail.decisions, start=1)}
    withdrawn = withdrawals(session, row.id)
    core = detail.checklist.templates[0]
    bundle: dict[str, Any] = {
        "format": BUNDLE_FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(),
        "public": public,
        "template": {
            "title": core.title,
            "version": core.version,
            "snapshots": [t.model_dump(mode="json") for t in detail.checklist.templates],
        },
        "scrutiny": _scrutiny_facts(session, row),
        "responses": _responses(detail, row, public),
        "evidence": [] if public else _evidence(detail, read_file),
        "actions": [] if public else _actions(detail, ordinal),
        "decisions": [_decision_dict(d, ordinal, withdrawn) for d in detail.decisions],
    }
    head = record_chain.head(session)
    bundle["record"] = {
        "head_hash": head.head_hash,
        "entries_total": head.entries,
        "entries": _entries(session, row.id, public),
    }
    bundle["record"]["content_sha256"] = content_digest(bundle)
    return bundle


def _scrutiny_facts(session: Session, row: Scrutiny) -> dict[str, Any]:
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
    }


def _responses(detail: ScrutinyDetail, row: Scrutiny, public: bool) -> list[dict[str, Any]]:
    return [
        {
            "key": r.key,
            "status": r.status.value,
            "rating": r.rating.value if r.rating else None,
            "note": "" if public else r.note,
            "sensitive": r.sensitive,
            "note_withheld": bool(public and r.note),
            "updated_at": (r.updated_at or row.updated_at).isoformat(),
        }
        for r in sorted(detail.responses.values(), key=lambda r: r.key)
    ]


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _evidence(detail: ScrutinyDetail, read_file: FileReader | None) -> list[dict[str, Any]]:
    items = []
    for e in detail.evidence:
        data = read_file(e.file_sha256) if read_file and e.file_sha256 else None
        items.append(
            {
                "title": e.title,
                "kind": e.kind.value,
                "reference": e.reference,
                "description": e.description,
                "document_date": _iso(e.document_date),
                "received_on": _iso(e.received_on),
                "file_sha256": e.file_sha256,
                "file_name": e.file_name,
                "file_size": e.file_size,
                "sensitive": e.sensitive,
                "added_at": e.added_at.isoformat(),
                "question_keys": list(e.question_keys),
                "file_base64": base64.b64encode(data).decode("ascii") if data else None,
            }
        )
    return items


def _actions(detail: ScrutinyDetail, ordinal: dict[int, int]) -> list[dict[str, Any]]:
    return [
        {
            "kind": a.kind.value,
            "text": a.text,
            "owner": a.owner,
            "due_date": _iso(a.due_date),
            "status": a.status.value,
            "reply": a.reply,
            "question_key": a.question_key,
            "sensitive": a.sensitive,
            "created_at": a.created_at.isoformat(),
            "updated_at": a.updated_at.isoformat(),
            "decision": ordinal.get(a.decision_sequence) if a.decision_sequence else None,
        }
        for a in detail.actions
    ]


def withdrawals(session: Session, scrutiny_id: int) -> dict[int, str]:
    """Withdrawn decisions of the scrutiny: record sequence -> the reason given."""
    found: dict[int, str] = {}
    for entry in record_chain.entries_for(session, scrutiny_id, RecordKind.DECISION_WITHDRAWN):
        payload = json.loads(entry.payload)
        found[int(payload["withdraws"])] = str(payload.get("reason", ""))
    return found


def _decision_dict(
    decision: DecisionData, ordinal: dict[int, int], withdrawn: dict[int, str]
) -> dict[str, Any]:
    supersedes = decision.supersedes
    return {
        "outcome": decision.outcome.value,
        "rationale": decision.rationale,
        "decided_by": decision.decided_by,
        "conditions": list(decision.conditions),
        "review_date": _iso(decision.review_date),
        "decided_at": decision.decided_at.isoformat(),
        "capacity": decision.capacity.value,
        "supersedes": ordinal.get(supersedes) if supersedes is not None else None,
        "override_reason": decision.override_reason,
        "overridden_flags": list(decision.overridden_flags),
        "red_flags": list(decision.red_flags),
        "ready_for_panel": decision.ready_for_panel,
        "responses_sha256": decision.responses_sha256,
        "entry_hash": decision.entry_hash,
        "withdrawn_reason": withdrawn.get(decision.sequence),
    }


def _entries(session: Session, scrutiny_id: int, public: bool) -> list[dict[str, Any]]:
    query = select(RecordEntry).where(RecordEntry.scrutiny_id == scrutiny_id)
    if public:  # other entries may quote sensitive material (evidence titles, action text)
        kinds = (RecordKind.DECISION, RecordKind.DECISION_WITHDRAWN)
        query = query.where(RecordEntry.kind.in_(kinds))
    return [
        {
            "sequence": e.sequence,
            "kind": e.kind,
            "created_at": e.created_at,
            "payload": e.payload,
            "payload_sha256": e.payload_sha256,
            "previous_hash": e.previous_hash,
            "entry_hash": e.entry_hash,
        }
        for e in session.scalars(query.order_by(RecordEntry.sequence))
    ]


class BundleService:
    """Imports bundles as new scrutinies, all or nothing; the import itself is recorded."""

    def __init__(self, database: Database, files: FileStore | None = None) -> None:
        self._database = database
        self._files = files

    def import_bundle(self, path: Path) -> int:
        """Validate the whole bundle first, then import it in one transaction.

        Raises:
            InvalidInputError: The file is not a bundle, is damaged or altered, is from a
                newer version, or is already in this record. Nothing is imported.
        """
        raw = _read_bundle_file(path)
        bundle = parse_bundle(raw, path.name)
        self._store_files(bundle)
        with unit_of_work(self._database) as session:
            existing = session.scalars(
                select(Scrutiny.id).where(Scrutiny.uuid == bundle.scrutiny.uuid)
            ).first()
            if existing is not None:
                raise InvalidInputError(
                    f"{path.name} holds a scrutiny that is already in this record (ID {existing})."
                )
            scrutiny_id = insert_bundle(session, bundle)
            imported = {
                "file_name": path.name,
                "sha256": file_sha256(raw),
                "public": bundle.public,
                "scrutiny_uuid": bundle.scrutiny.uuid,
                "source_head_hash": bundle.record.head_hash,
                "source_entries": len(bundle.record.entries),
            }
            record_chain.append(session, RecordKind.BUNDLE_IMPORTED, imported, scrutiny_id)
            return scrutiny_id

    def _store_files(self, bundle: Bundle) -> None:
        """Keep included evidence files (content-addressed, so a failed import leaves no row)."""
        if self._files is None:
            return
        for item in bundle.evidence:
            if item.file_base64 is None:
                continue
            with tempfile.TemporaryDirectory() as folder:
                temp = Path(folder) / (Path(item.file_name).name or "evidence")
                temp.write_bytes(base64.b64decode(item.file_base64))
                self._files.add(temp)


def _read_bundle_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise InvalidInputError(f"{path.name} is too large to be a scrutiny bundle.")
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInputError(f"The file {path} does not exist.") from None
    except OSError as exc:
        raise InvalidInputError(f"The file {path} cannot be read ({exc.strerror}).") from None
