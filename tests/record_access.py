"""Reaching a record from outside the app, as someone holding it could: for tampering tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, create_engine
from sqlalchemy.pool import NullPool

SQLITE_GUARDS = ("record_entries_no_update", "record_entries_no_delete")


def is_postgresql(url: str) -> bool:
    return url.startswith("postgresql")


@contextmanager
def connection(url: str) -> Iterator[Connection]:
    """One transaction on the record, guards left as they are; committed if the block succeeds."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


@contextmanager
def as_owner(url: str) -> Iterator[Connection]:
    """One transaction by whoever owns the record, with its append-only guards switched off.

    With a SQLite file anyone can drop the triggers. On PostgreSQL the table owner (or a
    superuser) can disable them for the edit and enable them again afterwards, covering
    their tracks: verify must catch what was done either way.
    """
    with connection(url) as conn:
        if is_postgresql(url):
            conn.exec_driver_sql("ALTER TABLE record_entries DISABLE TRIGGER USER")
        else:
            for name in SQLITE_GUARDS:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        yield conn
        if is_postgresql(url):
            conn.exec_driver_sql("ALTER TABLE record_entries ENABLE TRIGGER USER")
