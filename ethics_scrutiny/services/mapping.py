"""Turn ORM rows into the plain DTOs that leave the service layer."""

from __future__ import annotations

import json
from datetime import date, datetime

from ethics_scrutiny.domain.enums import (
    ActionKind,
    ActionStatus,
    DecisionCapacity,
    EvidenceKind,
    Language,
    Marking,
    Outcome,
    Rating,
    Stage,
    Status,
    Technology,
)
from ethics_scrutiny.domain.scrutiny import (
    ActionData,
    DecisionData,
    EvidenceData,
    ResponseData,
    ScrutinyDetail,
    ScrutinySummary,
)
from ethics_scrutiny.storage.models import Action, Evidence, RecordEntry, Response, Scrutiny
from ethics_scrutiny.storage.repositories import linked_template, scoped_checklist_of

from .screening_record import screening_of


def summary(row: Scrutiny, answered: int, outcome: Outcome | None) -> ScrutinySummary:
    return ScrutinySummary(
        id=row.id,
        title=row.title,
        force=row.force,
        technology=Technology(row.technology),
        stage=Stage(row.stage),
        marking=Marking(row.marking),
        created_at=row.created_at,
        updated_at=row.updated_at,
        answered=answered,
        total=row.question_total,
        latest_outcome=outcome,
        language=Language(row.language),
        round_number=row.round_number,
        previous_id=row.previous_id,
        version=row.version,
        impact_level=row.impact_level,
    )


def response(row: Response) -> ResponseData:
    return ResponseData(
        key=row.question_key,
        status=Status(row.status),
        rating=Rating(row.rating) if row.rating else None,
        note=row.note,
        sensitive=row.sensitive,
        updated_at=row.updated_at,
        version=row.version,
        choice=tuple(json.loads(row.choice)) if row.choice is not None else None,
        value=row.value,
    )


def decision(entry: RecordEntry, superseded_by: int | None = None) -> DecisionData:
    payload = json.loads(entry.payload)
    review = payload.get("review_date")
    ready = payload.get("ready_for_panel")
    return DecisionData(
        sequence=entry.sequence,
        outcome=Outcome(payload["outcome"]),
        rationale=payload["rationale"],
        decided_by=payload["decided_by"],
        # An imported decision keeps the time it was originally made.
        decided_at=datetime.fromisoformat(payload.get("decided_at") or entry.created_at),
        conditions=tuple(payload.get("conditions", ())),
        review_date=date.fromisoformat(review) if review else None,
        entry_hash=entry.entry_hash,
        capacity=DecisionCapacity(payload.get("capacity", DecisionCapacity.PANEL_ADVICE.value)),
        supersedes=payload.get("supersedes"),
        superseded_by=superseded_by,
        override_reason=payload.get("override_reason", ""),
        overridden_flags=tuple(payload.get("overridden_flags", ())),
        red_flags=tuple(payload.get("red_flags", ())),
        ready_for_panel=ready if isinstance(ready, bool) else None,
        responses_sha256=payload.get("responses_sha256", ""),
        recorded_by=entry.recorded_by,
    )


def decisions(entries: list[RecordEntry]) -> tuple[DecisionData, ...]:
    """Decisions in record order, each marked with the later decision that superseded it."""
    superseded_by: dict[int, int] = {}
    for entry in entries:
        cited = json.loads(entry.payload).get("supersedes")
        if isinstance(cited, int):
            superseded_by.setdefault(cited, entry.sequence)
    return tuple(decision(e, superseded_by.get(e.sequence)) for e in entries)


def evidence(row: Evidence) -> EvidenceData:
    return EvidenceData(
        id=row.id,
        scrutiny_id=row.scrutiny_id,
        title=row.title,
        kind=EvidenceKind(row.kind),
        reference=row.reference,
        description=row.description,
        document_date=row.document_date,
        received_on=row.received_on,
        file_sha256=row.file_sha256,
        file_name=row.file_name,
        file_size=row.file_size,
        sensitive=row.sensitive,
        added_at=row.added_at,
        question_keys=tuple(link.question_key for link in row.links),
        version=row.version,
        updated_at=row.updated_at,
        file_not_supplied=row.file_not_supplied,
        withdrawn_reason=row.withdrawn_reason,
        withdrawn_at=row.withdrawn_at,
    )


def action(row: Action) -> ActionData:
    return ActionData(
        id=row.id,
        scrutiny_id=row.scrutiny_id,
        kind=ActionKind(row.kind),
        text=row.text,
        owner=row.owner,
        due_date=row.due_date,
        status=ActionStatus(row.status),
        reply=row.reply,
        question_key=row.question_key,
        sensitive=row.sensitive,
        created_at=row.created_at,
        updated_at=row.updated_at,
        decision_sequence=row.decision_sequence,
        version=row.version,
    )


def detail(row: Scrutiny, decision_entries: list[RecordEntry]) -> ScrutinyDetail:
    templates = [linked_template(link) for link in row.templates]
    # Only the questions in scope (the impact level, stage and conditions): an answer to a
    # question out of scope is kept in the record but neither shown nor counted here.
    checklist = scoped_checklist_of(row, templates)
    responses = {r.question_key: response(r) for r in row.responses}
    latest = (
        Outcome(json.loads(decision_entries[-1].payload)["outcome"]) if decision_entries else None
    )
    answered = sum(1 for key in responses if checklist.asks(key))
    return ScrutinyDetail(
        summary=summary(row, answered, latest),
        supplier=row.supplier,
        purpose=row.purpose,
        checklist=checklist,
        responses=responses,
        decisions=decisions(decision_entries),
        template_versions=tuple((t.slug, t.version) for t in templates),
        evidence=tuple(evidence(e) for e in row.evidence),
        actions=tuple(action(a) for a in row.actions),
        screening=screening_of(row),
    )
