"""Write a validated bundle into the record as a new scrutiny, inside the caller's unit of work."""

from __future__ import annotations

from uuid import uuid4

from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_scrutiny.domain.templates import Checklist
from ethics_scrutiny.storage import repositories
from ethics_scrutiny.storage.models import (
    Action,
    Evidence,
    EvidenceLink,
    Response,
    Scrutiny,
    ScrutinyTemplate,
    new_uuid,
)

from .apply import add_decisions, set_action_fields, set_evidence_fields
from .items import decision_origins
from .schema import Bundle
from .screening import set_screening, set_typed

COPY_SUFFIX = " (imported copy)"


def insert_bundle(session: Session, bundle: Bundle, *, as_copy: bool = False) -> int:
    """Add the scrutiny, its answers, evidence, decisions and actions; return its new ID.

    ``as_copy`` gives the scrutiny, its evidence and its actions new identities, so the copy
    stands apart from the scrutiny it came from (which may be in this record too).
    """
    row = _scrutiny(session, bundle, as_copy)
    for response in bundle.responses:
        answer = Response(
            question_key=response.key,
            status=response.status.value,
            rating=response.rating.value if response.rating else None,
            note=response.note,
            sensitive=response.sensitive,
            updated_at=response.updated_at,
        )
        set_typed(answer, response)
        row.responses.append(answer)
    for item in bundle.evidence:
        evidence = Evidence(uuid=_identity(item.uuid, as_copy), added_at=item.added_at)
        set_evidence_fields(evidence, item)
        evidence.links.extend(EvidenceLink(question_key=k) for k in sorted(set(item.question_keys)))
        row.evidence.append(evidence)
    session.add(row)
    session.flush()
    add_decisions(session, row, bundle)
    origins = [d.origin or d.entry_hash for d in bundle.decisions]
    sequence_of = {o: s for s, o in decision_origins(session, row.id).items()}
    for given in bundle.actions:
        action = Action(uuid=_identity(given.uuid, as_copy), created_at=given.created_at)
        origin = origins[given.decision - 1] if given.decision else ""
        set_action_fields(action, given, sequence_of.get(origin))
        row.actions.append(action)
    session.flush()
    return row.id


def _identity(given: str | None, as_copy: bool) -> str:
    return new_uuid() if as_copy or given is None else given


def _scrutiny(session: Session, bundle: Bundle, as_copy: bool) -> Scrutiny:
    facts = bundle.scrutiny
    snapshots = list(bundle.template.snapshots)
    title = facts.title
    if as_copy:
        title = title[: 300 - len(COPY_SUFFIX)] + COPY_SUFFIX
    row = Scrutiny(
        uuid=str(uuid4()) if as_copy else facts.uuid,
        title=title,
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
    set_screening(session, row, facts.screening)
    return row


def _previous_id(session: Session, previous_uuid: str | None) -> int | None:
    if previous_uuid is None:
        return None
    return session.scalars(select(Scrutiny.id).where(Scrutiny.uuid == previous_uuid)).first()
