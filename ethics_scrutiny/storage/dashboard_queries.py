"""Whole-record queries behind the dashboard: a fixed number of queries however many rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from .models import Action, RecordEntry, Scrutiny, ScrutinyFacts

DECISION_KINDS = ("decision", "decision_withdrawn")

LISTED_COLUMNS = (
    Scrutiny.id,
    Scrutiny.title,
    Scrutiny.force,
    Scrutiny.technology,
    Scrutiny.stage,
    Scrutiny.marking,
    Scrutiny.created_at,
    Scrutiny.updated_at,
    Scrutiny.question_total,
    Scrutiny.language,
    Scrutiny.round_number,
    Scrutiny.previous_id,
    Scrutiny.version,
    ScrutinyFacts.answered,
    ScrutinyFacts.overall_rating,
    ScrutinyFacts.ready_for_panel,
    ScrutinyFacts.red_flag_count,
    ScrutinyFacts.latest_outcome,
    ScrutinyFacts.next_review_date,
    Scrutiny.impact_level,
)


def scrutinies_with_facts(session: Session) -> Sequence[Any]:
    """Every scrutiny, newest first, with its cached facts (all ``None`` where none are kept)."""
    # Through the connection: plain rows, without the ORM's per-row loading machinery.
    return (
        session.connection()
        .execute(
            select(*LISTED_COLUMNS)
            .outerjoin(ScrutinyFacts, ScrutinyFacts.scrutiny_id == Scrutiny.id)
            .where(Scrutiny.id.not_in(_withdrawn()))
            .order_by(Scrutiny.updated_at.desc(), Scrutiny.id.desc())
        )
        .all()
    )


def action_counts(session: Session, today: date) -> dict[int, tuple[int, int]]:
    """Per scrutiny with any open action: (open actions, of which due before ``today``)."""
    overdue = func.sum(case((Action.due_date < today, 1), else_=0))
    rows = session.connection().execute(
        select(Action.scrutiny_id, func.count(), overdue)
        .where(Action.status == "open")
        .group_by(Action.scrutiny_id)
    )
    return {sid: (int(total), int(late or 0)) for sid, total, late in rows}


def any_scrutiny(session: Session) -> bool:
    listed = select(Scrutiny.id).where(Scrutiny.id.not_in(_withdrawn())).limit(1)
    return session.execute(listed).first() is not None


def _withdrawn() -> Select[Any]:
    # Withdrawn scrutinies (the demonstration an older version wrote) keep their entries and
    # rows but leave every list; the entries' kind is indexed.
    return select(RecordEntry.scrutiny_id).where(
        RecordEntry.kind == "scrutiny_withdrawn", RecordEntry.scrutiny_id.is_not(None)
    )
