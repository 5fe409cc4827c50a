"""Recording the panel's decision as an entry in the append-only record."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence

from sqlalchemy.orm import Session

from ethics_scrutiny.domain.enums import Outcome
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import RecordKind, canonical_json
from ethics_scrutiny.domain.scoring import RedFlag, assess
from ethics_scrutiny.domain.scrutiny import DecisionData, DecisionInput, ResponseData
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.models import RecordEntry
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import edit_versions, mapping
from .validation import clean_text

SUPPORTING = frozenset({Outcome.SUPPORT, Outcome.SUPPORT_WITH_CONDITIONS})
# An override must say why in a sentence, not a word: it is printed prominently on the report.
MIN_OVERRIDE_CHARACTERS = 30
MIN_OVERRIDE_WORDS = 5


class DecisionService:
    """Appends decisions and withdrawals; nothing here ever changes an earlier entry."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def decide(self, scrutiny_id: int, decision: DecisionInput) -> DecisionData:
        """Record a decision, refusing support over standing blocking flags without an override."""
        payload = _validated_payload(decision)
        with unit_of_work(self._database) as session:
            row = repositories.get_scrutiny(session, scrutiny_id)
            detail = mapping.detail(row, [])
            result = assess(detail.checklist, detail.responses)
            payload.update(_override_fields(decision, result.blocking_red_flags))
            if decision.supersedes is not None:
                _require_standing_decision(session, scrutiny_id, decision.supersedes, "replace")
                payload["supersedes"] = decision.supersedes
            payload["responses_sha256"] = responses_digest(detail.responses.values())
            payload["ready_for_panel"] = result.readiness.ready
            payload["red_flags"] = [flag.key for flag in result.red_flags]
            payload["scrutiny_uuid"] = row.uuid
            entry = record_chain.append(session, RecordKind.DECISION, payload, scrutiny_id)
            edit_versions.touch(session, scrutiny_id)
            return mapping.decision(entry)

    def withdraw(self, scrutiny_id: int, sequence: int, reason: str) -> int:
        """Withdraw a standing decision without replacing it; returns the new entry's sequence."""
        text = clean_text(reason, "reason for withdrawing the decision", max_length=20_000)
        with unit_of_work(self._database) as session:
            row = repositories.get_scrutiny(session, scrutiny_id)
            _require_standing_decision(session, scrutiny_id, sequence, "withdraw")
            payload = {"withdraws": sequence, "reason": text, "scrutiny_uuid": row.uuid}
            entry = record_chain.append(
                session, RecordKind.DECISION_WITHDRAWN, payload, scrutiny_id
            )
            edit_versions.touch(session, scrutiny_id)
            return entry.sequence

    def withdrawn(self, scrutiny_id: int) -> dict[int, str]:
        """Decisions of the scrutiny that were withdrawn: their sequence and the reason given."""
        with unit_of_work(self._database) as session:
            return _withdrawals(session, scrutiny_id)


def _validated_payload(decision: DecisionInput) -> dict[str, object]:
    rationale = clean_text(decision.rationale, "rationale", max_length=20_000)
    decided_by = clean_text(decision.decided_by, "name of who decided", max_length=200)
    conditions = [
        clean_text(c, "condition", max_length=2_000) for c in decision.conditions if c.strip()
    ]
    if decision.outcome is Outcome.SUPPORT_WITH_CONDITIONS and not conditions:
        raise InvalidInputError("Support with conditions needs at least one condition.")
    if decision.outcome is not Outcome.SUPPORT_WITH_CONDITIONS and conditions:
        raise InvalidInputError(
            "Conditions belong only with the outcome 'support with conditions'."
        )
    return {
        "outcome": decision.outcome.value,
        "rationale": rationale,
        "decided_by": decided_by,
        "conditions": conditions,
        "review_date": decision.review_date.isoformat() if decision.review_date else None,
        "capacity": decision.capacity.value,
    }


def _override_fields(decision: DecisionInput, flags: Sequence[RedFlag]) -> dict[str, object]:
    """The override reason and the flags it overrides, or nothing when no override is needed.

    Support (with or without conditions) while a blocking red flag stands needs a reason of
    some substance; an override reason given when nothing needs overriding is refused rather
    than stored, so a report never shows an override of nothing.
    """
    reason = clean_text(
        decision.override_reason, "override reason", max_length=20_000, required=False
    )
    needs_override = decision.outcome in SUPPORTING and bool(flags)
    if not needs_override:
        if reason:
            raise InvalidInputError(_nothing_to_override(decision.outcome))
        return {}
    listed = describe_flags(flags)
    if not reason:
        raise InvalidInputError(
            f"Blocking red flags stand: {listed}. To record '{decision.outcome.label}' anyway, "
            "give an override reason saying why the decision-maker accepts the risk; "
            "otherwise settle those questions first or choose another outcome."
        )
    if len(reason) < MIN_OVERRIDE_CHARACTERS or len(reason.split()) < MIN_OVERRIDE_WORDS:
        raise InvalidInputError(
            f"The override reason is too short to explain overriding {listed}. Write at least "
            f"a full sentence ({MIN_OVERRIDE_WORDS} words, {MIN_OVERRIDE_CHARACTERS} characters) "
            "saying why support is right despite them."
        )
    return {"override_reason": reason, "overridden_flags": [flag.key for flag in flags]}


def describe_flags(flags: Sequence[RedFlag]) -> str:
    """Blocking flags grouped by why they stand: "LB-03, PD-01 (not answered yet); FR-01 (...)"."""
    by_reason: dict[str, list[str]] = {}
    for flag in flags:
        by_reason.setdefault(flag.why, []).append(flag.key)
    return "; ".join(f"{', '.join(keys)} ({why})" for why, keys in by_reason.items())


def _nothing_to_override(outcome: Outcome) -> str:
    if outcome in SUPPORTING:
        return (
            "No blocking red flag stands, so there is nothing to override; "
            "clear the override reason and record the decision again."
        )
    return (
        f"An override reason belongs only with a supporting outcome, not '{outcome.label}'; "
        "clear the override reason and record the decision again."
    )


def _require_standing_decision(
    session: Session, scrutiny_id: int, sequence: int, verb: str
) -> None:
    """Refuse to supersede or withdraw anything but a standing decision of this scrutiny."""
    decisions = {e.sequence: e for e in _entries(session, scrutiny_id, RecordKind.DECISION)}
    if sequence not in decisions:
        known = ", ".join(str(s) for s in decisions) or "none yet"
        raise InvalidInputError(
            f"Record entry {sequence} is not a decision of this scrutiny, so it cannot "
            f"{verb} it. Decisions of this scrutiny: {known}."
        )
    for entry in decisions.values():
        if json.loads(entry.payload).get("supersedes") == sequence:
            raise InvalidInputError(
                f"Decision {sequence} was already replaced by decision {entry.sequence}; "
                f"{verb} decision {entry.sequence} instead."
            )
    withdrawn = _withdrawals(session, scrutiny_id)
    if sequence in withdrawn:
        raise InvalidInputError(
            f"Decision {sequence} has been withdrawn; record a new decision instead."
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
