"""A large scrutiny in a real record: every question answered, long notes, many evidence items,
actions, superseded and overriding decisions, and a second round. Rows for evidence, actions and
decisions are written straight through storage so the reports can be tested on their own."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ethics_scrutiny.domain.enums import (
    ActionKind,
    ActionStatus,
    DecisionCapacity,
    Marking,
    Outcome,
    Rating,
    Status,
    Technology,
)
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.models import Action, Evidence, EvidenceLink, Scrutiny
from ethics_scrutiny.storage.unit_of_work import unit_of_work

SENSITIVE_NOTE = "SENTINEL-NOTE covert camera at the Wrexham custody suite"
PLAIN_NOTE_MARK = "SENTINEL-PLAIN"
EVIDENCE_MARK = "SENTINEL-EVIDENCE"
ACTION_MARK = "SENTINEL-ACTION"
REPLY_MARK = "SENTINEL-REPLY"
SENTINELS = (SENSITIVE_NOTE, PLAIN_NOTE_MARK, EVIDENCE_MARK, ACTION_MARK, REPLY_MARK)
WITHDRAWN = "Recorded against the wrong round; the panel has not yet met on round 2."
OVERRIDE = "The PCC accepts the residual risk for a six-week pilot with weekly reporting."
HOSTILE = "<b>Bold</b> & <script>alert('x')</script> ŵ ŷ Ŵ Ŷ"

NEW = NewScrutiny(
    title="Live facial recognition at Eisteddfod Genedlaethol — ŵ ŷ Ŵ Ŷ",
    force="Heddlu Gogledd Cymru / North Wales Police",
    technology=Technology.LIVE_FACIAL_RECOGNITION,
    marking=Marking.OFFICIAL_SENSITIVE,
    supplier="Example Vision Ltd",
    purpose="Locate people wanted on warrant at the Eisteddfod; " + HOSTILE,
)

_STATUSES = (Status.MET, Status.PARTLY_MET, Status.NOT_MET, Status.UNKNOWN, Status.MET)
_RATINGS = (Rating.GREEN, Rating.AMBER, Rating.RED, Rating.AMBER, None)
_MOMENT = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)


def _note(index: int, key: str) -> str:
    if index == 1:
        return SENSITIVE_NOTE
    if index % 7 == 3:  # a long note, several paragraphs
        return "\n".join(
            f"{PLAIN_NOTE_MARK} {key} paragraph {n}: the force's DPIA v5.4 says the watchlist "
            "is refreshed before each deployment and reviewed by an inspector; we checked."
            for n in range(1, 9)
        )
    if index == 5:
        return f"{PLAIN_NOTE_MARK} {HOSTILE}"
    return f"{PLAIN_NOTE_MARK} {key}: evidence seen and discussed with the force lead."


def answer_everything(services: Services, scrutiny_id: int, shift: int = 0) -> list[str]:
    keys = [q.key for q in services.scrutinies.get(scrutiny_id).checklist.questions()]
    for index, key in enumerate(keys):
        pick = (index + shift) % len(_STATUSES)
        services.scrutinies.answer(
            scrutiny_id,
            key,
            _STATUSES[pick],
            _RATINGS[pick],
            _note(index, key),
            sensitive=index == 1,
        )
    return keys


def add_evidence(services: Services, scrutiny_id: int, keys: list[str], count: int = 24) -> None:
    with unit_of_work(services.database) as session:
        row = session.get(Scrutiny, scrutiny_id)
        assert row is not None
        for n in range(1, count + 1):
            sha = hashlib.sha256(f"file {n}".encode()).hexdigest() if n % 3 else None
            item = Evidence(
                title=f"{EVIDENCE_MARK} item {n}: DPIA appendix {n}",
                kind="document",
                reference=f"DPIA v5.{n}",
                description="Supplied by the force's data protection officer.",
                document_date=date(2025, 1, 1) + timedelta(days=n),
                received_on=date(2025, 2, 1) + timedelta(days=n),
                file_sha256=sha,
                file_name=f"appendix-{n}.pdf" if sha else "",
                file_size=1000 + n if sha else None,
                sensitive=n % 4 == 0,
                added_at=_MOMENT + timedelta(hours=n),
            )
            item.links.extend(
                EvidenceLink(question_key=k) for k in sorted({keys[n % len(keys)], keys[0]})
            )
            row.evidence.append(item)


def add_actions(services: Services, scrutiny_id: int, keys: list[str]) -> None:
    with unit_of_work(services.database) as session:
        row = session.get(Scrutiny, scrutiny_id)
        assert row is not None
        for n in range(1, 9):
            condition = n % 3 == 0
            row.actions.append(
                Action(
                    kind=(ActionKind.CONDITION if condition else ActionKind.QUESTION).value,
                    question_key=keys[n],
                    text=f"{ACTION_MARK} {n}: supply the audit of watchlist additions for "
                    "the last quarter, with the authorising officer for each.",
                    owner="Chief Superintendent Ŵyn Jones",
                    due_date=date(2025, 3, 1) + timedelta(days=30 * n),
                    status=(ActionStatus.OPEN if n % 2 else ActionStatus.ANSWERED).value,
                    reply="" if n % 2 else f"{REPLY_MARK} supplied on time.",
                    sensitive=n == 4,
                    created_at=_MOMENT + timedelta(days=n),
                    updated_at=_MOMENT + timedelta(days=n + 1),
                )
            )


def add_decision(services: Services, scrutiny_id: int, **fields: Any) -> int:
    payload: dict[str, Any] = {
        "outcome": Outcome.DEFER.value,
        "rationale": "More information is needed on differential testing.",
        "decided_by": "Ethics panel chair",
        "conditions": [],
        "review_date": None,
        "capacity": DecisionCapacity.PANEL_ADVICE.value,
        "red_flags": [],
        "ready_for_panel": False,
    }
    payload.update(fields)
    with unit_of_work(services.database) as session:
        entry = record_chain.append(session, RecordKind.DECISION, payload, scrutiny_id)
        return entry.sequence


def seed_large(services: Services, *, lawful: bool = False) -> tuple[int, int]:
    """The first round (decided, superseded, overridden) and a second round; their IDs.

    ``lawful``: the superseding decision is one the decision rules allow (recorded through
    ``decide``, not support over the standing flags), as a bundle import requires; otherwise
    it is written straight into the record, stamped with today's rules that refuse it.
    """
    first = services.scrutinies.create(NEW)
    keys = answer_everything(services, first)
    add_evidence(services, first, keys)
    add_actions(services, first, keys)
    deferred = add_decision(services, first)
    if lawful:
        services.decisions.decide(
            first,
            DecisionInput(
                Outcome.DO_NOT_SUPPORT,
                "Testing supplied. " + HOSTILE,
                "Police and Crime Commissioner",
                capacity=DecisionCapacity.PCC_DECISION,
                supersedes=deferred,
            ),
        )
    else:
        add_decision(
            services,
            first,
            outcome=Outcome.SUPPORT_WITH_CONDITIONS.value,
            rationale="Testing supplied. " + HOSTILE,
            decided_by="Police and Crime Commissioner",
            capacity=DecisionCapacity.PCC_DECISION.value,
            conditions=["Deploy only at a threshold of 0.6 or above.", "Publish each deployment."],
            review_date="2026-01-31",
            supersedes=deferred,
            override_reason=OVERRIDE,
            overridden_flags=keys[2:4],
            rules=2,  # claims today's decision rules, which refuse it (a bundle import checks)
        )
    second = services.scrutinies.create(NEW)
    with unit_of_work(services.database) as session:
        row = session.get(Scrutiny, second)
        assert row is not None
        row.previous_id, row.round_number = first, 2
    answer_everything(services, second, shift=1)
    add_actions(services, second, keys)
    mistaken = add_decision(services, second, decided_by="Panel secretary")
    with unit_of_work(services.database) as session:
        withdrawal = {"withdraws": mistaken, "reason": WITHDRAWN}
        record_chain.append(session, RecordKind.DECISION_WITHDRAWN, withdrawal, second)
    return first, second
