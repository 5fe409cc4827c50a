"""Write what a bundle holds into the record, inside the caller's unit of work."""

from __future__ import annotations

from enum import Enum
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.templates import Checklist
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.models import (
    Action,
    Evidence,
    EvidenceLink,
    Response,
    Scrutiny,
    ScrutinyFacts,
    ScrutinyTemplate,
    utc_now,
)

from .decisions import rules_of
from .items import decision_origins, withdrawals
from .schema import Bundle, BundleAction, BundleDecision, BundleEvidence
from .screening import set_screening, set_typed
from .sync import SCREENING_ITEM


def add_decisions(session: Session, row: Scrutiny, bundle: Bundle) -> tuple[int, int, int]:
    """Append the bundle's decisions and withdrawals this record lacks, in the bundle's order.

    A decision is known by its origin, so one this record already holds (made here, or taken
    in before) is never added twice. Returns (decisions added, withdrawals added, decisions
    this record has that the bundle lacks).
    """
    by_origin = {origin: seq for seq, origin in decision_origins(session, row.id).items()}
    theirs = [d.origin or d.entry_hash for d in bundle.decisions]
    only_ours = len(set(by_origin) - set(theirs))
    added = 0
    for decision, origin in zip(bundle.decisions, theirs, strict=True):
        if origin in by_origin:
            continue
        replaced = theirs[decision.supersedes - 1] if decision.supersedes else None
        payload = decision_payload(decision, row.uuid, by_origin.get(replaced or ""))
        payload["origin_entry"] = origin
        stamp = rules_of(bundle, decision)
        if stamp is not None:  # judged by the rules it was made under when exported again
            payload["rules"] = stamp
        entry = record_chain.append(session, RecordKind.DECISION, payload, row.id)
        by_origin[origin] = entry.sequence
        added += 1
    withdrawn = withdrawals(session, row.id)
    withdrawn_added = 0
    for decision, origin in zip(bundle.decisions, theirs, strict=True):
        sequence = by_origin[origin]
        if decision.withdrawn_reason is None or sequence in withdrawn:
            continue
        payload = {
            "withdraws": sequence,
            "reason": decision.withdrawn_reason,
            "scrutiny_uuid": row.uuid,
        }
        record_chain.append(session, RecordKind.DECISION_WITHDRAWN, payload, row.id)
        withdrawn_added += 1
    return added, withdrawn_added, only_ours


def decision_payload(
    decision: BundleDecision, scrutiny_uuid: str, supersedes: int | None
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
    if supersedes is not None:
        payload["supersedes"] = supersedes
    return payload


def take_items(session: Session, row: Scrutiny, bundle: Bundle, items: list[str]) -> None:
    """Make each named item in the record what the bundle holds (decisions already added)."""
    details = [
        i.removeprefix("scrutiny.")
        for i in items
        if i.startswith("scrutiny.") and i != SCREENING_ITEM
    ]
    if SCREENING_ITEM in items:
        set_screening(session, row, bundle.scrutiny.screening)
        row.version += 1
    for name in details:
        value = getattr(bundle.scrutiny, name)
        setattr(row, name, value.value if isinstance(value, Enum) else value)
    if "checklist" in items:
        _take_checklist(session, row, bundle)
    if details or "checklist" in items:
        row.version += 1  # the scrutiny's own details changed
    answers = {r.key: r for r in bundle.responses}
    taken_answers = [k for k in answers if f"response.{k}" in items]
    _require_questions(row, bundle, "checklist" in items, taken_answers)
    evidence = {e.uuid: e for e in bundle.evidence}
    actions = {a.uuid: a for a in bundle.actions}
    ordinal_origin = [d.origin or d.entry_hash for d in bundle.decisions]
    sequence_of = {o: s for s, o in decision_origins(session, row.id).items()}
    for item in items:
        kind, _, name = item.partition(".")
        if kind == "response":
            _take_answer(session, row, name, answers.get(name))
        elif kind == "evidence":
            _take_evidence(row, evidence[name])
        elif kind == "action":
            given = actions[name]
            origin = ordinal_origin[given.decision - 1] if given.decision else None
            _take_action(row, given, sequence_of.get(origin or ""))
    row.updated_at = utc_now()
    session.flush()
    # The dashboard's cached facts are recomputed when missing.
    session.execute(delete(ScrutinyFacts).where(ScrutinyFacts.scrutiny_id == row.id))


def _require_questions(row: Scrutiny, bundle: Bundle, theirs: bool, keys: list[str]) -> None:
    """An answer taken must belong to a question of the checklist the scrutiny now uses."""
    if theirs:
        checklist = Checklist(list(bundle.template.snapshots))
    else:
        checklist = Checklist([repositories.linked_template(t) for t in row.templates])
    missing = sorted(k for k in keys if not checklist.has_question(k))
    if missing:
        raise InvalidInputError(
            f"The bundle answers {', '.join(missing[:5])}, which this record's checklist for "
            "the scrutiny does not have (one side moved to other checklist versions). Nothing "
            "was imported; import the bundle as a copy to keep both."
        )


def _take_checklist(session: Session, row: Scrutiny, bundle: Bundle) -> None:
    snapshots = list(bundle.template.snapshots)
    row.templates.clear()
    session.flush()  # the old links go before new ones reuse their positions
    for position, template in enumerate(snapshots):
        sha = repositories.store_snapshot(session, template)
        row.templates.append(ScrutinyTemplate(position=position, snapshot_sha256=sha))
    row.question_total = Checklist(snapshots).question_count
    session.flush()


def _take_answer(session: Session, row: Scrutiny, key: str, given: Any) -> None:
    current = next((r for r in row.responses if r.question_key == key), None)
    if given is None:  # cleared in the bundle
        if current is not None:
            row.responses.remove(current)
            session.delete(current)
        return
    if current is None:
        current = Response(question_key=key)
        row.responses.append(current)
    current.status = given.status.value
    current.rating = given.rating.value if given.rating else None
    current.note = given.note
    current.sensitive = given.sensitive
    set_typed(current, given)
    current.updated_at = given.updated_at


def _take_evidence(row: Scrutiny, given: BundleEvidence) -> None:
    current = next((e for e in row.evidence if e.uuid == given.uuid), None)
    if current is None:
        current = Evidence(uuid=given.uuid, added_at=given.added_at)
        row.evidence.append(current)
    set_evidence_fields(current, given)
    keys = set(given.question_keys)
    for link in [link for link in current.links if link.question_key not in keys]:
        current.links.remove(link)
    have = {link.question_key for link in current.links}
    current.links.extend(EvidenceLink(question_key=k) for k in sorted(keys - have))


def set_evidence_fields(row: Evidence, given: BundleEvidence) -> None:
    row.title = given.title
    row.kind = given.kind.value
    row.reference = given.reference
    row.description = given.description
    row.document_date = given.document_date
    row.received_on = given.received_on
    row.file_sha256 = given.file_sha256
    row.file_name = given.file_name
    row.file_size = given.file_size
    row.sensitive = given.sensitive
    row.updated_at = given.updated_at or given.added_at


def _take_action(row: Scrutiny, given: BundleAction, decision_sequence: int | None) -> None:
    current = next((a for a in row.actions if a.uuid == given.uuid), None)
    if current is None:
        current = Action(uuid=given.uuid, created_at=given.created_at)
        row.actions.append(current)
    set_action_fields(current, given, decision_sequence)


def set_action_fields(row: Action, given: BundleAction, decision_sequence: int | None) -> None:
    row.kind = given.kind.value
    row.question_key = given.question_key
    row.text = given.text
    row.owner = given.owner
    row.due_date = given.due_date
    row.status = given.status.value
    row.reply = given.reply
    row.sensitive = given.sensitive
    row.decision_sequence = decision_sequence
    row.updated_at = given.updated_at
