"""Recording the panel's decision as an entry in the append-only record."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from ethics_scrutiny.domain.enums import ActionKind
from ethics_scrutiny.domain.errors import (
    AlreadyRecordedError,
    ConcurrentEditError,
    InvalidInputError,
)
from ethics_scrutiny.domain.record import RecordKind, canonical_json
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.scrutiny import ActionInput, DecisionData, DecisionInput, ResponseData
from ethics_scrutiny.i18n import N_, _
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.models import RecordEntry, Scrutiny
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import actions, decision_rules, edit_versions, mapping
from .validation import clean_text

# The decision rules a new decision is recorded under, stamped in its payload ("rules") so a
# bundle's import judges it by the rules it was made under. 2: support needs readiness,
# conditions name every standing must flag, overrides only for should/could flags, a review
# date for approval. A decision without the stamp was recorded under the earlier rule.
DECISION_RULES = 2


class DecisionService:
    """Appends decisions and withdrawals; nothing here ever changes an earlier entry."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def decide(
        self,
        scrutiny_id: int,
        decision: DecisionInput,
        *,
        request_key: str | None = None,
        expected_token: int | None = None,
    ) -> DecisionData:
        """Record a decision if the rules allow it (see ``decision_rules``).

        Each condition becomes an open condition action in the same unit of work, so the
        decision and what it asks of the force are recorded together or not at all.
        ``request_key`` names this one act of deciding: a retry with the same key (after a
        connection lost while saving) returns the decision already recorded, adding nothing.
        ``expected_token`` is :meth:`decisions_token` as read when the decision was prepared:
        if another decision or withdrawal landed since, nothing is recorded and
        ConcurrentEditError says so (what it supersedes may no longer stand).
        """
        try:
            return self._decide(scrutiny_id, decision, request_key, expected_token)
        except AlreadyRecordedError as exc:
            with unit_of_work(self._database) as session:
                return mapping.decision(_recorded(session, exc.sequence))

    def decisions_token(self, scrutiny_id: int) -> int:
        """Where the scrutiny's decisions stand: its latest decision or withdrawal (0: none).

        Read when a decision is prepared and passed back to :meth:`decide` as
        ``expected_token``, so a decision prepared against an older state is refused.
        """
        with unit_of_work(self._database) as session:
            return _token(session, scrutiny_id)

    def _decide(
        self,
        scrutiny_id: int,
        decision: DecisionInput,
        request_key: str | None,
        expected_token: int | None,
    ) -> DecisionData:
        with unit_of_work(self._database) as session:
            if request_key is not None:
                record_chain.refuse_repeat(session, request_key)
            if expected_token is not None:
                _refuse_stale(session, scrutiny_id, expected_token)
            row = repositories.get_scrutiny(session, scrutiny_id)
            detail = mapping.detail(row, [])
            result = assess(detail.checklist, detail.responses)
            payload = decision_rules.decision_fields(
                detail.checklist,
                detail.responses,
                decision,
                impact_level=detail.summary.impact_level,
            )
            payload["rules"] = DECISION_RULES
            if decision.supersedes is not None:
                _require_standing_decision(session, scrutiny_id, decision.supersedes, N_("replace"))
                payload["supersedes"] = decision.supersedes
            payload["responses_sha256"] = responses_digest(detail.responses.values())
            payload["ready_for_panel"] = result.readiness.ready
            payload["red_flags"] = [flag.key for flag in result.red_flags]
            payload["scrutiny_uuid"] = row.uuid
            # The checklist snapshots the decision was judged against, by digest.
            payload["snapshots"] = [link.snapshot_sha256 for link in row.templates]
            entry = record_chain.append(
                session, RecordKind.DECISION, payload, scrutiny_id, request_key=request_key
            )
            _add_condition_actions(session, row, decision, entry.sequence)
            edit_versions.touch(session, scrutiny_id)
            return mapping.decision(entry)

    def withdraw(
        self, scrutiny_id: int, sequence: int, reason: str, *, request_key: str | None = None
    ) -> int:
        """Withdraw a standing decision without replacing it; returns the new entry's sequence.

        A retry with the same ``request_key`` returns the withdrawal already recorded.
        """
        try:
            return self._withdraw(scrutiny_id, sequence, reason, request_key)
        except AlreadyRecordedError as exc:
            return exc.sequence

    def _withdraw(
        self, scrutiny_id: int, sequence: int, reason: str, request_key: str | None
    ) -> int:
        text = clean_text(reason, N_("reason for withdrawing the decision"), max_length=20_000)
        with unit_of_work(self._database) as session:
            if request_key is not None:
                record_chain.refuse_repeat(session, request_key)
            row = repositories.get_scrutiny(session, scrutiny_id)
            _require_standing_decision(session, scrutiny_id, sequence, N_("withdraw"))
            payload = {"withdraws": sequence, "reason": text, "scrutiny_uuid": row.uuid}
            entry = record_chain.append(
                session,
                RecordKind.DECISION_WITHDRAWN,
                payload,
                scrutiny_id,
                request_key=request_key,
            )
            edit_versions.touch(session, scrutiny_id)
            return entry.sequence

    def withdrawn(self, scrutiny_id: int) -> dict[int, str]:
        """Decisions of the scrutiny that were withdrawn: their sequence and the reason given."""
        with unit_of_work(self._database) as session:
            return _withdrawals(session, scrutiny_id)


def _add_condition_actions(
    session: Session, row: Scrutiny, decision: DecisionInput, sequence: int
) -> None:
    """An open condition for every condition of the decision: owned by the force, due for review.

    Each is tracked in "Actions and conditions" (owner, due date, status), not only written in
    the decision. One naming questions links to the first (an action has one question); the
    text keeps every key it names, so all of them show wherever the condition does.
    """
    for text in decision.conditions:
        if not text.strip():
            continue
        keys = decision_rules.keys_of_condition(text)
        new = ActionInput(
            kind=ActionKind.CONDITION,
            text=text.strip(),
            owner=row.force,
            due_date=decision.review_date,
            question_key=keys[0] if keys else None,
        )
        actions.add_in_session(session, row, new, decision_sequence=sequence)


def _require_standing_decision(
    session: Session, scrutiny_id: int, sequence: int, verb: str
) -> None:
    """Refuse to supersede or withdraw anything but a standing decision of this scrutiny."""
    decisions = {e.sequence: e for e in _entries(session, scrutiny_id, RecordKind.DECISION)}
    if sequence not in decisions:
        known = ", ".join(str(s) for s in decisions) or "none yet"
        raise InvalidInputError(
            _(
                "Record entry {sequence} is not a decision of this scrutiny, so it cannot {verb} "
                "it. Decisions of this scrutiny: {known}."
            ).format(sequence=sequence, verb=_(verb), known=known)
        )
    for entry in decisions.values():
        if json.loads(entry.payload).get("supersedes") == sequence:
            raise InvalidInputError(
                _(
                    "Decision {sequence} was already replaced by decision {later}; {verb} "
                    "decision {later} instead."
                ).format(sequence=sequence, later=entry.sequence, verb=_(verb))
            )
    withdrawn = _withdrawals(session, scrutiny_id)
    if sequence in withdrawn:
        raise InvalidInputError(
            _("Decision {sequence} has been withdrawn; record a new decision instead.").format(
                sequence=sequence
            )
        )


def _token(session: Session, scrutiny_id: int) -> int:
    kinds = (RecordKind.DECISION, RecordKind.DECISION_WITHDRAWN)
    return max(
        (e.sequence for kind in kinds for e in _entries(session, scrutiny_id, kind)), default=0
    )


def _refuse_stale(session: Session, scrutiny_id: int, expected: int) -> None:
    """Refuse a decision prepared before the latest decision or withdrawal on the scrutiny.

    Read under the append lock (the writer lock on SQLite), so no decision can land between
    this check and the append: two dialogs open at once cannot both record.
    """
    record_chain.lock_for_append(session)
    latest = _token(session, scrutiny_id)
    if latest == expected:
        return
    entry = record_chain.get_entry(session, latest)
    raise ConcurrentEditError(
        _(
            "The decisions on this scrutiny changed after this decision was prepared (record "
            "entry {sequence} was added). Nothing was recorded: check what the decision "
            "replaces, then record it again."
        ).format(sequence=latest),
        datetime.fromisoformat(entry.created_at) if entry is not None else None,
    )


def _withdrawals(session: Session, scrutiny_id: int) -> dict[int, str]:
    found: dict[int, str] = {}
    for entry in _entries(session, scrutiny_id, RecordKind.DECISION_WITHDRAWN):
        payload = json.loads(entry.payload)
        found[int(payload["withdraws"])] = str(payload.get("reason", ""))
    return found


def _entries(session: Session, scrutiny_id: int, kind: str) -> list[RecordEntry]:
    return record_chain.entries_for(session, scrutiny_id, kind)


def responses_digest(responses: Iterable[ResponseData]) -> str:
    """SHA-256 over the answers a decision was based on, so later edits show against it."""
    items = [
        {
            "key": r.key,
            "status": r.status.value,
            "rating": r.rating.value if r.rating else None,
            "note": r.note,
            "sensitive": r.sensitive,
        }
        for r in sorted(responses, key=lambda r: r.key)
    ]
    return hashlib.sha256(canonical_json(items).encode("utf-8")).hexdigest()


def _recorded(session: Session, sequence: int) -> RecordEntry:
    entry = record_chain.get_entry(session, sequence)
    assert entry is not None  # the record is append-only: a recorded entry stays
    return entry
