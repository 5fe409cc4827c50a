"""Turn ORM rows into the plain DTOs that leave the service layer."""

from __future__ import annotations

import json
from datetime import date, datetime

from ethics_scrutiny.domain.enums import Marking, Outcome, Rating, Stage, Status, Technology
from ethics_scrutiny.domain.scrutiny import (
    DecisionData,
    ResponseData,
    ScrutinyDetail,
    ScrutinySummary,
)
from ethics_scrutiny.domain.templates import Checklist
from ethics_scrutiny.storage.models import RecordEntry, Response, Scrutiny
from ethics_scrutiny.storage.repositories import snapshot_template


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
    )


def response(row: Response) -> ResponseData:
    return ResponseData(
        key=row.question_key,
        status=Status(row.status),
        rating=Rating(row.rating) if row.rating else None,
        note=row.note,
        sensitive=row.sensitive,
        updated_at=row.updated_at,
    )


def decision(entry: RecordEntry) -> DecisionData:
    payload = json.loads(entry.payload)
    review = payload.get("review_date")
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
    )


def detail(row: Scrutiny, decisions: list[RecordEntry]) -> ScrutinyDetail:
    templates = [snapshot_template(link.snapshot) for link in row.templates]
    checklist = Checklist(templates)
    responses = {r.question_key: response(r) for r in row.responses}
    latest = Outcome(json.loads(decisions[-1].payload)["outcome"]) if decisions else None
    return ScrutinyDetail(
        summary=summary(row, len(responses), latest),
        supplier=row.supplier,
        purpose=row.purpose,
        checklist=checklist,
        responses=responses,
        decisions=tuple(decision(e) for e in decisions),
        template_versions=tuple((t.slug, t.version) for t in templates),
    )
