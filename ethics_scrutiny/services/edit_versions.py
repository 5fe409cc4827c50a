"""Optimistic concurrency: an edit made on a stale copy is refused, never silently applied."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ethics_scrutiny.domain.errors import ConcurrentEditError, EthicsScrutinyError
from ethics_scrutiny.domain.scrutiny import UNANSWERED
from ethics_scrutiny.storage.models import Scrutiny, utc_now

log = logging.getLogger(__name__)

# Reads, in a fresh unit of work, what was edited ("the answer to LB-03") and when it last
# changed (None if it is gone): the change that beat ours.
Describe = Callable[[], tuple[str, datetime | None]]


def require_version(
    expected: int | None,
    current: int | None,
    subject: str,
    changed_at: datetime | None,
    verb: str = "changed",
) -> None:
    """Refuse when the stored version is not the one the editor loaded.

    ``expected`` None means "no check" (the command line, internal callers); ``current`` None
    means the row does not exist (an unanswered question, whose version is ``UNANSWERED``).
    """
    if expected is None:
        return
    if (UNANSWERED if current is None else current) != expected:
        raise ConcurrentEditError.stale(subject, changed_at, verb)


@contextmanager
def refused_if_overtaken(describe: Describe) -> Iterator[None]:
    """Turn a change committed by another connection between load and flush into a refusal.

    Wraps a whole unit of work: by the time the error arrives here it has been rolled back.
    ``StaleDataError`` comes from the ``WHERE version = <loaded>`` check of an UPDATE or
    DELETE; ``IntegrityError`` from two officers giving a question its first answer at once.
    """
    try:
        yield
    except (StaleDataError, IntegrityError) as exc:
        log.info("Edit refused, overtaken by a concurrent change: %s", exc)
        subject, changed_at = _read_safely(describe)
        raise ConcurrentEditError.stale(subject, changed_at) from None


def _read_safely(describe: Describe) -> tuple[str, datetime | None]:
    # The details only decorate the message; failing to read them must not hide the refusal.
    try:
        return describe()
    except (SQLAlchemyError, EthicsScrutinyError):
        return "what you were editing", None


def touch(session: Session, scrutiny_id: int) -> None:
    """Mark a scrutiny as changed because one of its answers, items or decisions changed.

    A plain UPDATE without the version check: an answer saved while someone else moves the
    stage is no conflict. Issue it after any record append, so every unit of work takes the
    record lock before the scrutiny's row lock (the same order everywhere: no deadlock).
    """
    session.execute(
        update(Scrutiny)
        .where(Scrutiny.id == scrutiny_id)
        .values(updated_at=utc_now())
        .execution_options(synchronize_session=False)
    )
