"""Questions put to the chief constable and conditions of approval, with the force's replies."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_scrutiny.domain.enums import ActionStatus
from ethics_scrutiny.domain.errors import AlreadyRecordedError, InvalidInputError, NotFoundError
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scrutiny import ActionData, ActionInput
from ethics_scrutiny.i18n import N_, _
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.models import Action, Scrutiny, utc_now
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import edit_versions, mapping
from .validation import clean_text

MAX_TEXT_LENGTH = 4_000
MAX_OWNER_LENGTH = 200
MAX_REPLY_LENGTH = 20_000
# Outside these years a due date is a typing slip, not a plan.
EARLIEST_DUE, LATEST_DUE = date(2000, 1, 1), date(2100, 12, 31)
# Fields an update can change, in the order a record entry lists them.
_FIELDS = ("kind", "text", "owner", "due_date", "status", "reply", "question_key", "sensitive")


class ActionService:
    """Adds and updates actions; every change also goes into the record."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def add(
        self, scrutiny_id: int, new: ActionInput, *, request_key: str | None = None
    ) -> ActionData:
        """Record a new question to the force or condition of approval.

        A retry with the same ``request_key`` (after a connection lost while saving) returns
        the action already recorded instead of adding it twice.
        """
        try:
            with unit_of_work(self._database) as session:
                if request_key is not None:
                    record_chain.refuse_repeat(session, request_key)
                scrutiny = repositories.get_scrutiny(session, scrutiny_id)
                row = add_in_session(session, scrutiny, new, request_key=request_key)
                edit_versions.touch(session, scrutiny_id)
                return mapping.action(row)
        except AlreadyRecordedError as exc:
            with unit_of_work(self._database) as session:
                entry = record_chain.get_entry(session, exc.sequence)
                assert entry is not None  # the record is append-only
                return mapping.action(_get(session, json.loads(entry.payload)["action_id"]))

    def update(
        self, action_id: int, changed: ActionInput, *, expected_version: int | None = None
    ) -> ActionData:
        """Replace an action's fields; the record entry lists only the fields that changed.

        ``expected_version`` is the action's ``version`` the officer saw; if someone else
        changed it since, ConcurrentEditError is raised and nothing is saved.
        """
        clean = _validated(changed)
        with (
            edit_versions.refused_if_overtaken(lambda: self._changed_at(action_id)),
            unit_of_work(self._database) as session,
        ):
            row = _get(session, action_id)
            edit_versions.require_version(
                expected_version, row.version, _subject(row), row.updated_at
            )
            scrutiny = repositories.get_scrutiny(session, row.scrutiny_id)
            _require_question(scrutiny, clean["question_key"])
            before = {name: getattr(row, name) for name in _FIELDS}
            diff = {k: v for k, v in clean.items() if before[k] != v}
            if not diff:
                return mapping.action(row)
            for name, value in diff.items():
                setattr(row, name, value)
            row.updated_at = utc_now()
            session.flush()
            sensitive = bool(clean["sensitive"]) or bool(before["sensitive"])
            payload = {
                "action_id": row.id,
                "change": "updated",
                "changed": _public(diff, sensitive=sensitive),
            }
            record_chain.append(session, RecordKind.ACTION_RECORDED, payload, row.scrutiny_id)
            edit_versions.touch(session, row.scrutiny_id)
            return mapping.action(row)

    def _changed_at(self, action_id: int) -> tuple[str, datetime | None]:
        with unit_of_work(self._database) as session:
            row = _get(session, action_id)
            return _subject(row), row.updated_at

    def get(self, action_id: int) -> ActionData:
        with unit_of_work(self._database) as session:
            return mapping.action(_get(session, action_id))

    def overdue(self, today: date) -> list[ActionData]:
        """Open actions of every scrutiny whose due date is before ``today``, soonest first."""
        with unit_of_work(self._database) as session:
            rows = session.scalars(
                select(Action)
                .where(
                    Action.status == ActionStatus.OPEN.value,
                    Action.due_date.is_not(None),
                    Action.due_date < today,
                )
                .order_by(Action.due_date, Action.id)
            )
            return [mapping.action(row) for row in rows]

    def list(self, scrutiny_id: int) -> list[ActionData]:
        """A scrutiny's actions, oldest first."""
        with unit_of_work(self._database) as session:
            repositories.get_scrutiny(session, scrutiny_id)
            rows = session.scalars(
                select(Action).where(Action.scrutiny_id == scrutiny_id).order_by(Action.id)
            )
            return [mapping.action(row) for row in rows]


def add_in_session(
    session: Session,
    scrutiny: Scrutiny,
    new: ActionInput,
    decision_sequence: int | None = None,
    *,
    request_key: str | None = None,
) -> Action:
    """Add an action and its record entry inside the caller's unit of work.

    ``decision_sequence`` names the decision entry that set a condition, when one did.
    """
    clean = _validated(new)
    _require_question(scrutiny, clean["question_key"])
    row = Action(scrutiny_id=scrutiny.id, decision_sequence=decision_sequence, **clean)
    session.add(row)
    session.flush()
    payload = {"action_id": row.id, "change": "added", **_public(clean)}
    if decision_sequence is not None:
        payload["decision_sequence"] = decision_sequence
    record_chain.append(
        session, RecordKind.ACTION_RECORDED, payload, scrutiny.id, request_key=request_key
    )
    return row


def _validated(given: ActionInput) -> dict[str, Any]:
    """Column values for ``given``, or a plain InvalidInputError."""
    due = given.due_date
    if due is not None and not EARLIEST_DUE <= due <= LATEST_DUE:
        raise InvalidInputError(
            _(
                "The due date {date} is not a likely date; give one between {earliest} and "
                "{latest}."
            ).format(date=due.isoformat(), earliest=EARLIEST_DUE.year, latest=LATEST_DUE.year)
        )
    key = given.question_key.strip() if given.question_key else None
    return {
        "kind": given.kind.value,
        "text": clean_text(given.text, N_("action text"), max_length=MAX_TEXT_LENGTH),
        "owner": clean_text(given.owner, N_("owner"), max_length=MAX_OWNER_LENGTH, required=False),
        "due_date": due,
        "status": given.status.value,
        "reply": clean_text(given.reply, N_("reply"), max_length=MAX_REPLY_LENGTH, required=False),
        "question_key": key or None,
        "sensitive": bool(given.sensitive),
    }


def _get(session: Session, action_id: int) -> Action:
    row = session.get(Action, action_id)
    if row is None:
        raise NotFoundError(
            _("There is no action with ID {action_id}.").format(action_id=action_id)
        )
    return row


def _subject(row: Action) -> str:
    """How the conflict message names the action: its kind and the start of its text."""
    text = " ".join(row.text.split())
    short = text if len(text) <= 50 else text[:49] + "…"
    kind = "the question to the force" if row.kind == "question" else "the condition"
    return f"{kind} “{short}”"


def _require_question(scrutiny: Scrutiny, key: str | None) -> None:
    if key is None:
        return
    for link in scrutiny.templates:
        body = json.loads(link.snapshot.body)
        if any(q["key"] == key for theme in body["themes"] for q in theme["questions"]):
            return
    raise InvalidInputError(
        _("Scrutiny {id} has no question {key!r}; choose one of its questions or none.").format(
            id=scrutiny.id, key=key
        )
    )


def _public(values: dict[str, Any], *, sensitive: bool | None = None) -> dict[str, Any]:
    """Payload fields for the record; sensitive text is kept by digest so exports can omit it."""
    hide = values.get("sensitive", False) if sensitive is None else sensitive
    out: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, date):
            value = value.isoformat()
        if name in ("text", "reply") and hide:
            out[f"{name}_sha256"] = hashlib.sha256(str(value).encode("utf-8")).hexdigest()
        else:
            out[name] = value
    return out
