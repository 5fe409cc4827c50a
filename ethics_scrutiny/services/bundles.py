"""JSON bundles: one scrutiny with its templates, answers and decisions, to move between offices."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_scrutiny import __version__
from ethics_scrutiny.domain.enums import Marking, Outcome, Rating, Stage, Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import file_sha256
from ethics_scrutiny.domain.template_loader import describe_validation_errors
from ethics_scrutiny.domain.templates import Checklist, Template
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.models import Response, Scrutiny, ScrutinyTemplate
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import mapping

BUNDLE_FORMAT = "ethics-scrutiny-bundle"
MAX_BUNDLE_BYTES = 50 * 1024 * 1024


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BundleScrutiny(_Strict):
    uuid: str = Field(min_length=36, max_length=36)
    title: str = Field(min_length=1, max_length=300)
    force: str = Field(min_length=1, max_length=200)
    technology: Technology
    stage: Stage
    marking: Marking
    supplier: str = Field(default="", max_length=200)
    purpose: str = Field(default="", max_length=10_000)
    created_at: datetime


class BundleResponse(_Strict):
    key: str = Field(max_length=16)
    status: Status
    rating: Rating | None = None
    note: str = Field(default="", max_length=20_000)
    sensitive: bool = False
    note_withheld: bool = False
    updated_at: datetime


class BundleDecision(_Strict):
    outcome: Outcome
    rationale: str = Field(min_length=1)
    decided_by: str = Field(min_length=1)
    conditions: list[str] = []
    review_date: date | None = None
    decided_at: datetime
    entry_hash: str = ""


class Bundle(_Strict):
    format: Literal["ethics-scrutiny-bundle"]
    format_version: Literal[1]
    app_version: str
    exported_at: datetime
    public: bool
    scrutiny: BundleScrutiny
    templates: list[Template] = Field(min_length=1)
    responses: list[BundleResponse]
    decisions: list[BundleDecision]


def bundle_bytes(session: Session, scrutiny_id: int, *, public: bool) -> bytes:
    row = repositories.get_scrutiny(session, scrutiny_id)
    detail = mapping.detail(row, record_chain.entries_for(session, scrutiny_id, "decision"))
    responses = [
        {
            "key": r.key,
            "status": r.status.value,
            "rating": r.rating.value if r.rating else None,
            "note": "" if public and r.sensitive else r.note,
            "sensitive": r.sensitive,
            "note_withheld": bool(public and r.sensitive and r.note),
            "updated_at": r.updated_at.isoformat() if r.updated_at else row.updated_at.isoformat(),
        }
        for r in sorted(detail.responses.values(), key=lambda r: r.key)
    ]
    bundle = {
        "format": BUNDLE_FORMAT,
        "format_version": 1,
        "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(),
        "public": public,
        "scrutiny": _scrutiny_facts(row),
        "templates": [t.model_dump(mode="json") for t in detail.checklist.templates],
        "responses": responses,
        "decisions": [_decision_dict(d) for d in detail.decisions],
    }
    return json.dumps(bundle, ensure_ascii=False, indent=2).encode("utf-8")


def _scrutiny_facts(row: Scrutiny) -> dict[str, Any]:
    return {
        "uuid": row.uuid,
        "title": row.title,
        "force": row.force,
        "technology": row.technology,
        "stage": row.stage,
        "marking": row.marking,
        "supplier": row.supplier,
        "purpose": row.purpose,
        "created_at": row.created_at.isoformat(),
    }


def _decision_dict(decision: Any) -> dict[str, Any]:
    return {
        "outcome": decision.outcome.value,
        "rationale": decision.rationale,
        "decided_by": decision.decided_by,
        "conditions": list(decision.conditions),
        "review_date": decision.review_date.isoformat() if decision.review_date else None,
        "decided_at": decision.decided_at.isoformat(),
        "entry_hash": decision.entry_hash,
    }


class BundleService:
    """Imports bundles as new scrutinies; the import itself is recorded."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def import_bundle(self, path: Path) -> int:
        raw = _read_bundle_file(path)
        bundle = parse_bundle(raw, path.name)
        with unit_of_work(self._database) as session:
            existing = session.scalars(
                select(Scrutiny.id).where(Scrutiny.uuid == bundle.scrutiny.uuid)
            ).first()
            if existing is not None:
                raise InvalidInputError(
                    f"{path.name} holds a scrutiny that is already in this record (ID {existing})."
                )
            row = _insert_scrutiny(session, bundle)
            for decision in bundle.decisions:
                payload = _imported_decision_payload(decision, bundle.scrutiny.uuid)
                record_chain.append(session, "decision", payload, row.id)
            imported = {"file_name": path.name, "sha256": file_sha256(raw), "public": bundle.public}
            record_chain.append(session, "bundle_imported", imported, row.id)
            return row.id


def _read_bundle_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise InvalidInputError(f"{path.name} is too large to be a scrutiny bundle.")
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInputError(f"The file {path} does not exist.") from None
    except OSError as exc:
        raise InvalidInputError(f"The file {path} cannot be read ({exc.strerror}).") from None


def parse_bundle(raw: bytes, name: str) -> Bundle:
    """Validate a bundle; every problem is named so the sender can fix it."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InvalidInputError(
            f"{name} is not UTF-8 text, so it is not a scrutiny bundle."
        ) from None
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}."
        ) from None
    if not isinstance(data, dict) or data.get("format") != BUNDLE_FORMAT:
        raise InvalidInputError(f"{name} is not an Ethics Scrutiny bundle.")
    try:
        bundle = Bundle.model_validate(data)
        Checklist(bundle.templates)
    except ValidationError as exc:
        problems = "; ".join(describe_validation_errors(exc, data)[:10])
        raise InvalidInputError(f"{name} is not a valid bundle: {problems}.") from None
    except ValueError as exc:
        raise InvalidInputError(f"{name} is not a valid bundle: {exc}.") from None
    return bundle


def _insert_scrutiny(session: Session, bundle: Bundle) -> Scrutiny:
    facts = bundle.scrutiny
    checklist = Checklist(bundle.templates)
    row = Scrutiny(
        uuid=facts.uuid,
        title=facts.title,
        force=facts.force,
        technology=facts.technology.value,
        stage=facts.stage.value,
        marking=facts.marking.value,
        supplier=facts.supplier,
        purpose=facts.purpose,
        created_at=facts.created_at,
        question_total=checklist.question_count,
    )
    for position, template in enumerate(bundle.templates):
        sha = repositories.store_snapshot(session, template)
        row.templates.append(ScrutinyTemplate(position=position, snapshot_sha256=sha))
    for response in bundle.responses:
        if not checklist.has_question(response.key):
            raise InvalidInputError(
                f"The bundle answers {response.key}, which its checklist lacks."
            )
        row.responses.append(
            Response(
                question_key=response.key,
                status=response.status.value,
                rating=response.rating.value if response.rating else None,
                note=response.note,
                sensitive=response.sensitive,
                updated_at=response.updated_at,
            )
        )
    session.add(row)
    session.flush()
    return row


def _imported_decision_payload(decision: BundleDecision, scrutiny_uuid: str) -> dict[str, Any]:
    return {
        "outcome": decision.outcome.value,
        "rationale": decision.rationale,
        "decided_by": decision.decided_by,
        "conditions": decision.conditions,
        "review_date": decision.review_date.isoformat() if decision.review_date else None,
        "decided_at": decision.decided_at.isoformat(),
        "imported_from_entry": decision.entry_hash,
        "scrutiny_uuid": scrutiny_uuid,
    }
