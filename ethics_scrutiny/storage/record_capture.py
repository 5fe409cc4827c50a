"""Every change to a scrutiny's items leaves its new state in the record, whoever made it.

The session notes which items each flush touched; the next record entry about that scrutiny
carries their new state, and at commit any item still uncovered gets a ``state_recorded``
entry. Done once here, in the session, rather than by each use case: an edit path that forgets
to write an entry (an evidence edit, a link, a note, a bundle's items) is still recorded.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, event, inspect, select
from sqlalchemy.orm import Session, object_session, sessionmaker

from ethics_scrutiny.domain.record import RecordKind

from . import record_state
from .models import Action, Evidence, EvidenceLink, Response, Scrutiny, ScrutinyTemplate

_TOUCHED = "record_state_touched"
Touched = set[tuple[int, str]]


def install(sessions: sessionmaker[Session]) -> None:
    """Record the state of changed items for every session ``sessions`` makes."""
    _listen_to_rows()
    event.listen(sessions, "before_commit", _record_uncovered)
    event.listen(sessions, "after_rollback", _forget_touched)


def _listen_to_rows() -> None:
    # Mapper events, not the session's new/dirty/deleted lists: a row removed as an orphan
    # (an answer retired by a template upgrade) is deleted inside the flush and shows only here.
    for model in (Response, Evidence, Action, ScrutinyTemplate, Scrutiny, EvidenceLink):
        for name, listener in (
            ("after_insert", _note_row),
            ("after_update", _note_updated_row),
            ("after_delete", _note_row),
        ):
            if not event.contains(model, name, listener):
                event.listen(model, name, listener)


def take_state(session: Session, scrutiny_id: int) -> dict[str, Any]:
    """The new state of the items of ``scrutiny_id`` changed so far, now covered by an entry."""
    session.flush()
    touched: Touched = session.info.get(_TOUCHED, set())
    items = {item for sid, item in touched if sid == scrutiny_id}
    if not items:
        return {}
    touched.difference_update((scrutiny_id, item) for item in items)
    return record_state.states_of(session, scrutiny_id, items)


def _note_row(_mapper: Any, connection: Connection, obj: object) -> None:
    session = object_session(obj)
    if session is None:
        return
    found = _item_of(connection, obj)
    if found is not None:
        touched: Touched = session.info.setdefault(_TOUCHED, set())
        touched.add(found)


def _note_updated_row(mapper: Any, connection: Connection, obj: object) -> None:
    # Bookkeeping updates (``updated_at``, versions, a bundle's "file not supplied" mark)
    # leave the state as it was: no entry for them.
    fields = _STATE_FIELDS.get(type(obj), ())
    state = inspect(obj)
    if any(state.attrs[name].history.has_changes() for name in fields):
        _note_row(mapper, connection, obj)


# The columns of each row that its state is made of (see record_state).
_STATE_FIELDS: dict[type, tuple[str, ...]] = {
    Response: ("question_key", "status", "rating", "note", "sensitive", "choice", "value"),
    Evidence: record_state.EVIDENCE_STATE_FIELDS,
    Action: record_state.ACTION_COLUMNS,
    ScrutinyTemplate: ("position", "snapshot_sha256"),
    Scrutiny: (*record_state.SCRUTINY_FIELDS, *record_state.SCREENING_FIELDS),
    EvidenceLink: ("evidence_id", "question_key"),
}


def _item_of(connection: Connection, obj: object) -> tuple[int, str] | None:
    if isinstance(obj, Response):
        return obj.scrutiny_id, f"response.{obj.question_key}"
    if isinstance(obj, Evidence):
        return obj.scrutiny_id, f"evidence.{obj.uuid}"
    if isinstance(obj, Action):
        return obj.scrutiny_id, f"action.{obj.uuid}"
    if isinstance(obj, ScrutinyTemplate):
        return obj.scrutiny_id, record_state.SCRUTINY_ITEM
    if isinstance(obj, Scrutiny):
        return obj.id, record_state.SCRUTINY_ITEM
    if isinstance(obj, EvidenceLink):
        return _evidence_item(connection, obj.evidence_id)
    return None


def _evidence_item(connection: Connection, evidence_id: int) -> tuple[int, str] | None:
    query = select(Evidence.scrutiny_id, Evidence.uuid).where(Evidence.id == evidence_id)
    row = connection.execute(query).first()
    # No row: the item itself went in the same flush, and its own removal is what counts.
    return None if row is None else (row.scrutiny_id, f"evidence.{row.uuid}")


def _record_uncovered(session: Session) -> None:
    # The commit's own flush comes after this hook: flush here so its changes are noted too.
    if session.new or session.dirty or session.deleted:
        session.flush()
    if not session.info.get(_TOUCHED):
        return
    from . import record_chain  # record_chain imports this module

    scrutiny_ids = sorted({sid for sid, _item in session.info.get(_TOUCHED, set())})
    for scrutiny_id in scrutiny_ids:
        if session.get(Scrutiny, scrutiny_id) is None:
            continue  # a scrutiny removed whole takes its items with it
        record_chain.append(session, RecordKind.STATE_RECORDED, {}, scrutiny_id)
    session.info.pop(_TOUCHED, None)


def _forget_touched(session: Session, *_args: Any) -> None:
    session.info.pop(_TOUCHED, None)
