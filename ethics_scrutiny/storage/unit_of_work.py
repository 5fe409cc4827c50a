"""One unit of work: a session inside one transaction, committed only if the block succeeds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ethics_scrutiny.domain.errors import DatabaseError

from . import server
from .database import Database
from .write_failures import explain_write_failure


@contextmanager
def unit_of_work(database: Database) -> Iterator[Session]:
    committing = False
    try:
        with database.session() as session, session.begin():
            yield session
            committing = True  # leaving the block commits
    except DBAPIError as exc:
        # A full disk or a read-only file is a sentence; the driver's text may quote values.
        refused = explain_write_failure(database, exc)
        if refused is not None:
            raise refused from None
        # A server that went away (or whose database did) is a sentence, not a crash.
        if database.sqlite_path is not None or not server.is_connection_lost(exc):
            raise
        if committing:
            raise DatabaseError(server.COMMIT_UNKNOWN) from None
        raise DatabaseError(server.explain(database.url, exc)) from None
