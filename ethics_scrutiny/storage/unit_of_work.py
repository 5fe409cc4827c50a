"""One unit of work: a session inside one transaction, committed only if the block succeeds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from .database import Database


@contextmanager
def unit_of_work(database: Database) -> Iterator[Session]:
    with database.session() as session, session.begin():
        yield session
