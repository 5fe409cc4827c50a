"""Write a validated bundle into the record as a new scrutiny, inside the caller's unit of work."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.templates import Checklist
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.models import (
    Action,
    Evidence,
    EvidenceLink,
    Response,
    Scrutiny,
    ScrutinyTemplate,
)

from .bundle_schema import Bundle, BundleDecision


def insert_bundle(session: Session, bundle: Bundle) -> int:
    """Add the scrutiny, its answers, evidence, decisions and actions; return its new ID."""
    row = _scrutiny(session, bundle)
    for response in bundle.responses:
        row.responses.append(
            Response(
                question_key=response.key,
                status=response.status.value,
                rating=response.rating.value if response.rating else None,
                note=response.note,
                sensitive=response.sensitive,
                updated_at=response.updated_at,
            )
        )
    row.evidence.extend(_evidence(bundle))
    session.add(row)
    session.flush()
    sequences = _decisions(session, bundle, row.id)
    row.actions.extend(_actions(bundle, sequences))
    session.flush()
    return row.id


def _scrutiny(session: Session, bundle: Bundle) -> Scrutiny:
    facts = bundle.scrutiny
    snapshots = list(bundle.template.snapshots)
    row = Scrutiny(
        uuid=facts.uuid,
        title=facts.title,
        force=facts.force,
        technology=facts.technology.value,
        stage=facts.stage.value,
        marking=facts.marking.value,
        supplier=facts.supplier,
        purpose=facts.purpose,
        created_at=facts.created_at,
        question_total=Checklist(snapshots).question_count,
        language=facts.language.value,
        round_number=facts.round_number,
        previous_id=_previous_id(session, facts.previous_uuid),
    )
    for position, template in enumerate(snapshots):
        sha = repositories.store_snapshot(session, template)
        row.templates.append(ScrutinyTemplate(position=position, snapshot_sha256=sha))
    return row


def _previous_id(session: Session, previous_uuid: str | None) -> int | None:
    if previous_uuid is None:
        return None
    return session.scalars(select(Scrutiny.id).where(Scrutiny.uuid == previous_uuid)).first()


def _evidence(bundle: Bundle) -> list[Evidence]:
    rows = []
    for item in bundle.evidence:
        row = Evidence(
            title=item.title,
            kind=item.kind.value,
            reference=item.reference,
            description=item.description,
            document_date=item.document_date,
            received_on=item.received_on,
            file_sha256=item.file_sha256,
            file_name=item.file_name,
            file_size=item.file_size,
            sensitive=item.sensitive,
            added_at=item.added_at,
            updated_at=item.added_at,
        )
        row.links.extend(EvidenceLink(question_key=k) for k in sorted(set(item.question_keys)))
        rows.append(row)
    return rows


def _decisions(session: Session, bundle: Bundle, scrutiny_id: int) -> dict[int, int]:
    """Append each decision to this record; map bundle decision numbers to new sequences."""
    sequences: dict[int, int] = {}
    for n, decision in enumerate(bundle.decisions, start=1):
        payload = _decision_payload(decision, bundle.scrutiny.uuid, sequences)
        entry = record_chain.append(session, RecordKind.DECISION, payload, scrutiny_id)
        sequences[n] = entry.sequence
    for n, decision in enumerate(bundle.decisions, start=1):
        if decision.withdrawn_reason is not None:
            withdrawal = {
                "withdraws": sequences[n],
                "reason": decision.withdrawn_reason,
                "scrutiny_uuid": bundle.scrutiny.uuid,
            }
            record_chain.append(session, RecordKind.DECISION_WITHDRAWN, withdrawal, scrutiny_id)
    return sequences


def _decision_payload(
    decision: BundleDecision, scrutiny_uuid: str, sequences: dict[int, int]
) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "outcome": decision.outcome.value,
        "rationale": decision.rationale,
        "decided_by": decision.decided_by,
        "conditions": list(decision.conditions),
        "review_date": decision.review_date.isoformat() if decision.review_date else None,
        "decided_at": decision.decided_at.isoformat(),
        "capacity": decision.capacity.value,
        "override_reason": decision.override_reason,
        "overridden_flags": list(decision.overridden_flags),
        "red_flags": list(decision.red_flags),
        "ready_for_panel": decision.ready_for_panel,
        "responses_sha256": decision.responses_sha256,
        "imported_from_entry": decision.entry_hash,
        "scrutiny_uuid": scrutiny_uuid,
    }
    if decision.supersedes is not None:
        payload["supersedes"] = sequences[decision.supersedes]
    return payload


def _actions(bundle: Bundle, sequences: dict[int, int]) -> list[Action]:
    return [
        Action(
            kind=a.kind.value,
            question_key=a.question_key,
            text=a.text,
            owner=a.owner,
            due_date=a.due_date,
            status=a.status.value,
            reply=a.reply,
            sensitive=a.sensitive,
            decision_sequence=sequences.get(a.decision) if a.decision else None,
            created_at=a.created_at,
            updated_at=a.updated_at,
        )
        for a in bundle.actions
    ]
