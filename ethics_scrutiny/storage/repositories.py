"""Queries over the models. Repositories never commit: the unit of work does."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ethics_scrutiny.domain.errors import NotFoundError
from ethics_scrutiny.domain.record import canonical_json
from ethics_scrutiny.domain.templates import Template

from .models import Evidence, Response, Scrutiny, ScrutinyTemplate, TemplateSnapshot


def store_snapshot(session: Session, template: Template) -> str:
    """Keep the template's canonical JSON once, by content hash, and return the hash."""
    body = canonical_json(template.model_dump(mode="json"))
    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
    if session.get(TemplateSnapshot, sha) is None:
        session.add(
            TemplateSnapshot(sha256=sha, slug=template.slug, version=template.version, body=body)
        )
    return sha


def snapshot_template(snapshot: TemplateSnapshot) -> Template:
    return Template.model_validate(json.loads(snapshot.body))


def get_scrutiny(session: Session, scrutiny_id: int) -> Scrutiny:
    scrutiny = session.get(
        Scrutiny,
        scrutiny_id,
        options=[
            selectinload(Scrutiny.templates).selectinload(ScrutinyTemplate.snapshot),
            selectinload(Scrutiny.responses),
            selectinload(Scrutiny.evidence).selectinload(Evidence.links),
            selectinload(Scrutiny.actions),
        ],
    )
    if scrutiny is None:
        raise NotFoundError(f"There is no scrutiny with ID {scrutiny_id}.")
    return scrutiny


def list_scrutinies(session: Session) -> list[Scrutiny]:
    return list(session.scalars(select(Scrutiny).order_by(Scrutiny.updated_at.desc())))


def find_response(session: Session, scrutiny_id: int, key: str) -> Response | None:
    return session.scalars(
        select(Response).where(Response.scrutiny_id == scrutiny_id, Response.question_key == key)
    ).first()
