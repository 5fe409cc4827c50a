"""The state of a scrutiny's items as record entries carry it, and as the tables hold it now.

Every item a report prints (the scrutiny's details, each answer, evidence item and action) has
a *state*: a small JSON object of its fields, free text by SHA-256 only (notes, descriptions,
replies can be sensitive and payloads never hold sensitive text). Entries carry the new state
of the items their unit of work changed under ``"state"`` (``null`` for an item removed), and a
``state_attested`` entry carries a scrutiny's whole state. Replaying a scrutiny's entries
therefore gives what each item must be now; ``verify`` compares that with the tables.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Action, Evidence, EvidenceLink, Response, Scrutiny, ScrutinyTemplate

State = dict[str, Any]
ScrutinyState = dict[str, State]
SCRUTINY_ITEM = "scrutiny"
# Past this many answers a state is read for the whole scrutiny rather than by key.
MAX_KEYS_LISTED = 200
# Scrutiny columns that are part of its state; ``updated_at`` and ``version`` are bookkeeping.
SCRUTINY_FIELDS = (
    "title", "force", "technology", "stage", "marking", "supplier", "purpose", "language",
    "round_number", "previous_id",
)  # fmt: skip
# The screening's columns (migration 0011); in a state only once screened, so states recorded
# before screening existed still match.
SCREENING_FIELDS = (
    "impact_level", "screening_sha256", "screening_answers", "dropped_modules", "level_reason",
)  # fmt: skip


def text_sha256(text: str | None) -> str:
    """The digest a state keeps instead of free text (the same rule as a note's digest)."""
    return hashlib.sha256((text or "").encode("utf-8", "surrogatepass")).hexdigest()


def _day(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def _ids_filter(column: Any, scrutiny_ids: Collection[int] | None) -> Any:
    return True if scrutiny_ids is None else column.in_(list(scrutiny_ids))


def current_states(
    session: Session, scrutiny_ids: Collection[int] | None = None, *, withdrawals: bool = True
) -> dict[int, ScrutinyState]:
    """Each scrutiny's items as the tables hold them now (all scrutinies when ``None``).

    A fixed number of queries whatever the number of scrutinies, so a whole-record verify
    costs about as much as reading the tables once. ``withdrawals`` False: for a record not
    yet migrated to the columns that hold them, nor to the later screening and typed answers.
    """
    states: dict[int, ScrutinyState] = {}
    _add_scrutinies(session, scrutiny_ids, states, screening=withdrawals)
    _add_responses(session, scrutiny_ids, states, typed=withdrawals)
    _add_evidence(session, scrutiny_ids, states, withdrawals=withdrawals)
    _add_actions(session, scrutiny_ids, states)
    return states


def _add_scrutinies(
    session: Session,
    ids: Collection[int] | None,
    states: dict[int, ScrutinyState],
    *,
    screening: bool = True,
) -> None:
    names = (*SCRUTINY_FIELDS, *SCREENING_FIELDS) if screening else SCRUTINY_FIELDS
    columns = [getattr(Scrutiny, name) for name in names]
    query = select(Scrutiny.id, Scrutiny.uuid, *columns).where(_ids_filter(Scrutiny.id, ids))
    for row in session.execute(query):
        values = dict(zip(names, row[2:], strict=True))
        values["purpose_sha256"] = text_sha256(values.pop("purpose"))
        if screening:
            values.update(_screening_state({name: values.pop(name) for name in SCREENING_FIELDS}))
        values["uuid"] = row.uuid
        values["templates"] = []
        states[row.id] = {SCRUTINY_ITEM: values}
    templates = select(ScrutinyTemplate.scrutiny_id, ScrutinyTemplate.snapshot_sha256).where(
        _ids_filter(ScrutinyTemplate.scrutiny_id, ids)
    )
    for scrutiny_id, sha in session.execute(templates.order_by(ScrutinyTemplate.position)):
        if scrutiny_id in states:
            states[scrutiny_id][SCRUTINY_ITEM]["templates"].append(sha)


def _screening_state(screening: dict[str, Any]) -> State:
    """A scrutiny's screening as its state holds it: nothing at all while never screened.

    The answers are option values and free text, the reasons free text: all by digest.
    """
    if screening["screening_sha256"] is None and screening["impact_level"] is None:
        return {}
    return {
        "impact_level": screening["impact_level"],
        "screening_sha256": screening["screening_sha256"],
        "screening_answers_sha256": text_sha256(screening["screening_answers"]),
        "dropped_modules_sha256": text_sha256(screening["dropped_modules"]),
        "level_reason_sha256": text_sha256(screening["level_reason"]),
    }


def _typed_state(choice: str | None, value: str | None) -> State:
    # Option values are the template's own words, kept as they are; a free value by digest.
    typed: State = {}
    if choice is not None:
        typed["choice_sha256"] = text_sha256(choice)
    if value is not None:
        typed["value_sha256"] = text_sha256(value)
    return typed


def _add_responses(
    session: Session,
    ids: Collection[int] | None,
    states: dict[int, ScrutinyState],
    keys: Collection[str] | None = None,
    *,
    typed: bool = True,
) -> None:
    typed_columns = (Response.choice, Response.value) if typed else ()
    query = select(
        Response.scrutiny_id, Response.question_key, Response.status, Response.rating,
        Response.note, Response.sensitive, *typed_columns,
    ).where(_ids_filter(Response.scrutiny_id, ids))  # fmt: skip
    if keys is not None and len(keys) <= MAX_KEYS_LISTED:
        query = query.where(Response.question_key.in_(list(keys)))
    for row in session.execute(query):
        sid, key, status, rating, note, sensitive = row[:6]
        states.setdefault(sid, {})[f"response.{key}"] = {
            "status": status,
            "rating": rating,
            "note_sha256": text_sha256(note),
            "sensitive": bool(sensitive),
            **(_typed_state(row[6], row[7]) if typed else {}),
        }


# Named columns, not ORM objects: an identity-mapped object could show a value the table no
# longer holds, and a column added by a later schema must not enter an older state's shape.
EVIDENCE_COLUMNS = (
    "id", "scrutiny_id", "uuid", "title", "kind", "reference", "description", "document_date",
    "received_on", "file_sha256", "file_name", "file_size", "sensitive",
)  # fmt: skip
# A withdrawal is part of an item's state too; kept apart because a record being migrated to
# revision 0005 has no such column yet.
EVIDENCE_STATE_FIELDS = (*EVIDENCE_COLUMNS, "withdrawn_reason")
ACTION_COLUMNS = (
    "id", "scrutiny_id", "uuid", "kind", "question_key", "text", "owner", "due_date", "status",
    "reply", "sensitive", "decision_sequence",
)  # fmt: skip


def _columns(model: type[Evidence] | type[Action], names: tuple[str, ...]) -> Any:
    return select(*(model.__table__.c[name] for name in names))


def _add_evidence(
    session: Session,
    ids: Collection[int] | None,
    states: dict[int, ScrutinyState],
    *,
    withdrawals: bool = True,
) -> None:
    links: dict[int, list[str]] = {}
    link_query = (
        select(EvidenceLink.evidence_id, EvidenceLink.question_key)
        .join(Evidence, Evidence.id == EvidenceLink.evidence_id)
        .where(_ids_filter(Evidence.scrutiny_id, ids))
        .order_by(EvidenceLink.evidence_id, EvidenceLink.question_key)
    )
    for evidence_id, key in session.execute(link_query):
        links.setdefault(evidence_id, []).append(key)
    for item in session.execute(
        _columns(Evidence, EVIDENCE_STATE_FIELDS if withdrawals else EVIDENCE_COLUMNS).where(
            _ids_filter(Evidence.scrutiny_id, ids)
        )
    ):
        states.setdefault(item.scrutiny_id, {})[f"evidence.{item.uuid}"] = {
            "id": item.id,
            "title_sha256": text_sha256(item.title),
            "kind": item.kind,
            "reference_sha256": text_sha256(item.reference),
            "description_sha256": text_sha256(item.description),
            "document_date": _day(item.document_date),
            "received_on": _day(item.received_on),
            "file_sha256": item.file_sha256,
            "file_name_sha256": text_sha256(item.file_name),
            "file_size": item.file_size,
            "sensitive": bool(item.sensitive),
            "question_keys": links.get(item.id, []),
            # Only once withdrawn, so states recorded before withdrawal existed still match.
            **_withdrawal(getattr(item, "withdrawn_reason", "")),
        }


def _withdrawal(reason: str) -> State:
    # Only once withdrawn, so states recorded before withdrawal existed still match.
    return {"withdrawn_reason_sha256": text_sha256(reason)} if reason else {}


def _add_actions(
    session: Session, ids: Collection[int] | None, states: dict[int, ScrutinyState]
) -> None:
    for item in session.execute(
        _columns(Action, ACTION_COLUMNS).where(_ids_filter(Action.scrutiny_id, ids))
    ):
        states.setdefault(item.scrutiny_id, {})[f"action.{item.uuid}"] = {
            "id": item.id,
            "kind": item.kind,
            "question_key": item.question_key,
            "text_sha256": text_sha256(item.text),
            "owner_sha256": text_sha256(item.owner),
            "due_date": _day(item.due_date),
            "status": item.status,
            "reply_sha256": text_sha256(item.reply),
            "sensitive": bool(item.sensitive),
            "decision_sequence": item.decision_sequence,
        }


def states_of(session: Session, scrutiny_id: int, items: Iterable[str]) -> dict[str, State | None]:
    """The named items of one scrutiny as they are now; ``None`` for one no longer there."""
    wanted = set(items)
    if not wanted:
        return {}
    kinds = {item.partition(".")[0] for item in wanted}
    states: dict[int, ScrutinyState] = {}
    # Only the kinds of item touched are read: saving an answer must stay quick (it reads
    # the one answer, not the scrutiny's hundreds); the caller has just flushed.
    with session.no_autoflush:
        if SCRUTINY_ITEM in kinds:
            _add_scrutinies(session, [scrutiny_id], states)
        if "response" in kinds:
            keys = [item.partition(".")[2] for item in wanted if item.startswith("response.")]
            _add_responses(session, [scrutiny_id], states, keys)
        if "evidence" in kinds:
            _add_evidence(session, [scrutiny_id], states)
        if "action" in kinds:
            _add_actions(session, [scrutiny_id], states)
    now = states.get(scrutiny_id, {})
    return {item: now.get(item) for item in sorted(wanted)}


def replay(payloads: Iterable[tuple[str, dict[str, Any]]]) -> ScrutinyState:
    """What one scrutiny's items must be after its entries, given as (kind, payload) in order."""
    recorded: ScrutinyState = {}
    for kind, payload in payloads:
        state = payload.get("state")
        if not isinstance(state, dict):
            continue
        if kind == "state_attested":
            recorded = {}
        for item, value in state.items():
            if isinstance(value, dict):
                recorded[item] = value
            else:
                recorded.pop(item, None)
    return recorded
