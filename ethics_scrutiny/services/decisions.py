"""Recording the panel's decision as an entry in the append-only record."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from ethics_scrutiny.domain.enums import Outcome
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import canonical_json
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.scrutiny import DecisionData, DecisionInput, ResponseData
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.models import utc_now
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import mapping
from .validation import clean_text


class DecisionService:
    """Appends decisions; nothing here ever changes an earlier one."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def decide(self, scrutiny_id: int, decision: DecisionInput) -> DecisionData:
        payload = _validated_payload(decision)
        with unit_of_work(self._database) as session:
            row = repositories.get_scrutiny(session, scrutiny_id)
            detail = mapping.detail(row, [])
            result = assess(detail.checklist, detail.responses)
            payload["responses_sha256"] = responses_digest(detail.responses.values())
            payload["ready_for_panel"] = result.readiness.ready
            payload["red_flags"] = [flag.key for flag in result.red_flags]
            payload["scrutiny_uuid"] = row.uuid
            entry = record_chain.append(session, "decision", payload, scrutiny_id)
            row.updated_at = utc_now()
            return mapping.decision(entry)


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
    }


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
