"""A scrutiny as a JSON bundle: its template, answers, evidence, actions, decisions and record."""

from __future__ import annotations

import getpass
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_scrutiny import __version__
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scrutiny import DecisionData
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.models import RecordEntry, Scrutiny

from .. import mapping
from . import items as bundle_items
from .check import content_digest
from .items import FileReader, iso, withdrawals
from .schema import BUNDLE_FORMAT, FORMAT_VERSION
from .sync import SyncState, hashes, record_contents


def bundle_bytes(
    session: Session,
    scrutiny_id: int,
    *,
    public: bool,
    read_file: FileReader | None = None,
) -> bytes:
    """The bundle as UTF-8 JSON; a public bundle carries no notes, evidence or actions.

    A full bundle also records, in this record, each item's revision as exported (the base a
    later import of the laptop's bundle is compared against), inside the caller's unit of work.

    Args:
        session: An open unit of work.
        scrutiny_id: The scrutiny to export.
        public: Leave out everything that may be sensitive.
        read_file: When given, evidence files are included (base64) as this returns them.
    """
    row = repositories.get_scrutiny(session, scrutiny_id)
    bundle = bundle_dict(session, row, public=public, read_file=read_file)
    return json.dumps(bundle, ensure_ascii=False, indent=2).encode("utf-8")


def bundle_dict(
    session: Session,
    row: Scrutiny,
    *,
    public: bool,
    read_file: FileReader | None,
) -> dict[str, Any]:
    entries = record_chain.entries_for(session, row.id, RecordKind.DECISION)
    detail = mapping.detail(row, entries)
    origins = bundle_items.decision_origins(session, row.id)
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
        "scrutiny": bundle_items.scrutiny_facts(session, row),
        "responses": bundle_items.responses(row, public),
        "evidence": [] if public else bundle_items.evidence(row, read_file),
        "actions": [] if public else bundle_items.actions(row, ordinal),
        "decisions": [_decision_dict(d, ordinal, withdrawn, origins) for d in detail.decisions],
    }
    head = record_chain.head(session)
    bundle["record"] = {
        "head_hash": head.head_hash,
        "entries_total": head.entries,
        "entries": _entries(session, row.id, public),
    }
    if not public:  # a public summary withholds too much to update anything with
        state = SyncState(session, row.id)
        state.stamp(hashes(record_contents(session, row)))
        bundle["sync"] = {"exported_by": _user(), "items": state.for_bundle()}
    bundle["record"]["content_sha256"] = content_digest(bundle)
    return bundle


def _user() -> str:
    try:
        return getpass.getuser()[:200]
    except (KeyError, OSError):  # no login name (some containers and services)
        return ""


def _decision_dict(
    decision: DecisionData,
    ordinal: dict[int, int],
    withdrawn: dict[int, str],
    origins: dict[int, str],
) -> dict[str, Any]:
    supersedes = decision.supersedes
    return {
        "outcome": decision.outcome.value,
        "rationale": decision.rationale,
        "decided_by": decision.decided_by,
        "conditions": list(decision.conditions),
        "review_date": iso(decision.review_date),
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
        "origin": origins.get(decision.sequence, decision.entry_hash),
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
