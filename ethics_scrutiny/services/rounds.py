"""Rounds of scrutiny: a later look at the same deployment, carrying the answers forward."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from ethics_scrutiny.domain.changes import ResponseChange, compare_responses
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.i18n import _
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.models import Response, Scrutiny, ScrutinyTemplate, utc_now
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import mapping


@dataclass(frozen=True)
class RoundChanges:
    """What changed in a round's answers since the round before it (none for a first round)."""

    scrutiny_id: int
    round_number: int
    previous_id: int | None
    previous_round: int | None
    changes: tuple[ResponseChange, ...] = ()


class RoundService:
    """Starts later rounds and compares a round with the one before it."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def start_round(self, scrutiny_id: int) -> int:
        """Start the next round of ``scrutiny_id``: same facts and templates, answers copied.

        Raises:
            InvalidInputError: a later round of this scrutiny already exists.
        """
        with unit_of_work(self._database) as session:
            old = repositories.get_scrutiny(session, scrutiny_id)
            later = session.scalars(
                select(Scrutiny.round_number).where(Scrutiny.previous_id == old.id)
            ).first()
            if later is not None:
                raise InvalidInputError(
                    _(
                        "Round {later} of this deployment already exists; scrutinise that round "
                        "again instead."
                    ).format(later=later)
                )
            new = _next_round(old)
            session.add(new)
            session.flush()
            record_chain.append(
                session,
                RecordKind.ROUND_STARTED,
                {
                    "scrutiny_uuid": new.uuid,
                    "round_number": new.round_number,
                    "previous_id": old.id,
                    "previous_uuid": old.uuid,
                    "answers_carried": len(new.responses),
                },
                new.id,
            )
            return new.id

    def changes_since_previous(self, scrutiny_id: int) -> RoundChanges:
        """Every answer added, changed or cleared since the previous round."""
        with unit_of_work(self._database) as session:
            row = repositories.get_scrutiny(session, scrutiny_id)
            if row.previous_id is None:
                return RoundChanges(row.id, row.round_number, None, None)
            previous = repositories.get_scrutiny(session, row.previous_id)
            before = {r.question_key: mapping.response(r) for r in previous.responses}
            after = {r.question_key: mapping.response(r) for r in row.responses}
            return RoundChanges(
                row.id,
                row.round_number,
                previous.id,
                previous.round_number,
                compare_responses(before, after),
            )


def _next_round(old: Scrutiny) -> Scrutiny:
    now = utc_now()
    new = Scrutiny(
        uuid=str(uuid.uuid4()),
        title=old.title,
        force=old.force,
        technology=old.technology,
        stage=old.stage,
        marking=old.marking,
        supplier=old.supplier,
        purpose=old.purpose,
        question_total=old.question_total,
        language=old.language,
        round_number=old.round_number + 1,
        previous_id=old.id,
        created_at=now,
        updated_at=now,
        # The same deployment is screened as before; screening it again is its own change.
        impact_level=old.impact_level,
        screening_sha256=old.screening_sha256,
        screening_answers=old.screening_answers,
        dropped_modules=old.dropped_modules,
        level_reason=old.level_reason,
    )
    for link in old.templates:
        new.templates.append(
            ScrutinyTemplate(position=link.position, snapshot_sha256=link.snapshot_sha256)
        )
    for answer in old.responses:
        new.responses.append(
            Response(
                question_key=answer.question_key,
                status=answer.status,
                rating=answer.rating,
                note=answer.note,
                sensitive=answer.sensitive,
                updated_at=answer.updated_at,
                choice=answer.choice,
                value=answer.value,
            )
        )
    return new
