"""Whole-record queries behind the dashboard: a fixed number of queries however many rows."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .models import Action, RecordEntry, Scrutiny, ScrutinyTemplate

DECISION_KINDS = ("decision", "decision_withdrawn")


def scrutinies_with_answers(session: Session) -> list[Scrutiny]:
    """Every scrutiny, newest first, with its template snapshots and responses loaded."""
    return list(
        session.scalars(
            select(Scrutiny)
            .options(
                selectinload(Scrutiny.templates).selectinload(ScrutinyTemplate.snapshot),
                selectinload(Scrutiny.responses),
            )
            .order_by(Scrutiny.updated_at.desc())
        )
    )


def open_actions(session: Session) -> list[Action]:
    """Every action still open, across all scrutinies."""
    return list(session.scalars(select(Action).where(Action.status == "open")))


def decision_entries(session: Session) -> list[RecordEntry]:
    """Every decision and withdrawal entry, in record order."""
    return list(
        session.scalars(
            select(RecordEntry)
            .where(RecordEntry.kind.in_(DECISION_KINDS))
            .order_by(RecordEntry.sequence)
        )
    )
