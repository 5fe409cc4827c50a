"""A bundle's evidence, actions and record entries must not be another scrutiny's here."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.storage.models import Action, Evidence, RecordEntry, Scrutiny

from .schema import Bundle


def require_own_identities(
    session: Session, bundle: Bundle, scrutiny_id: int | None, name: str
) -> None:
    """Refuse, naming it, an item whose identity belongs to another scrutiny in this record.

    ``scrutiny_id`` is the scrutiny the bundle updates (None when it is added), whose own
    items are of course the same ones. Two scrutinies never share an evidence item, an action
    or a record entry, so such a bundle was edited or put together from two scrutinies.
    """
    found = (
        _clash(session, Evidence, "evidence item", {e.uuid for e in bundle.evidence}, scrutiny_id)
        or _clash(session, Action, "action", {a.uuid for a in bundle.actions}, scrutiny_id)
        or _entry_clash(session, bundle, scrutiny_id)
    )
    if found is not None:
        what, title = found
        raise InvalidInputError(
            f"{name} was not imported: its {what} is already held here by another scrutiny, "
            f"'{title}', so the bundle was altered or combined from two scrutinies; ask the "
            "sending office to export it again, or import it as a copy."
        )


def _clash(
    session: Session, model: Any, label: str, uuids: set[str | None], scrutiny_id: int | None
) -> tuple[str, str] | None:
    wanted = {u for u in uuids if u}
    if not wanted:
        return None
    query = (
        select(model.uuid, Scrutiny.title)
        .join(Scrutiny, Scrutiny.id == model.scrutiny_id)
        .where(model.uuid.in_(wanted))
    )
    if scrutiny_id is not None:
        query = query.where(model.scrutiny_id != scrutiny_id)
    row = session.execute(query.order_by(model.uuid).limit(1)).first()
    return (f"{label} {row[0]}", row[1]) if row else None


def _entry_clash(
    session: Session, bundle: Bundle, scrutiny_id: int | None
) -> tuple[str, str] | None:
    """A record entry the bundle carries that is, here, an entry about another scrutiny.

    Equal entry hashes mean the same entry of the same chain, so it can only be this
    scrutiny's own (an item that went out and came back); another's means an edited bundle.
    """
    hashes = [e.entry_hash for e in bundle.record.entries]
    for start in range(0, len(hashes), 500):  # keeps each IN list within every engine's limit
        query = (
            select(RecordEntry.sequence, Scrutiny.title)
            .join(Scrutiny, Scrutiny.id == RecordEntry.scrutiny_id)
            .where(RecordEntry.entry_hash.in_(hashes[start : start + 500]))
        )
        if scrutiny_id is not None:
            query = query.where(RecordEntry.scrutiny_id != scrutiny_id)
        row = session.execute(query.order_by(RecordEntry.sequence).limit(1)).first()
        if row is not None:
            return f"record entry {row[0]}", row[1]
    return None
