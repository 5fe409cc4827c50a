"""Engine factory: SQLite with durable settings and our own transaction control."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from . import writer_turns
from .record_marks import APPLICATION_ID as APPLICATION_ID

BUSY_TIMEOUT_MS = 15_000
# Bound values are notes, rationales and titles: an error's text (which reaches logs and
# terminals) shows the statement only.
HIDE_PARAMETERS = True


class WriteHold:
    """While ``held``, SQLite itself refuses every write to the file (``PRAGMA query_only``).

    Used while the start-up integrity check of a large record runs after the window shows:
    nothing may write to a file not yet known to be sound. SQLite decides what writes, so no
    statement gets past by its wording (a leading comment, a ``WITH`` clause, a ``PRAGMA``).
    """

    def __init__(self, held: bool = False) -> None:
        self.held = held

    def install(self, engine: Engine) -> None:
        @event.listens_for(engine, "checkout")
        def _match_query_only(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
            # A pooled connection keeps its setting, so it is matched to the hold at each use.
            if record.info.get(writer_turns.QUERY_ONLY, False) != self.held:
                dbapi_connection.execute(f"PRAGMA query_only={'ON' if self.held else 'OFF'}")
                record.info[writer_turns.QUERY_ONLY] = self.held


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str, *, foreign_keys: bool = True, hold: WriteHold | None = None) -> Engine:
    """Create an engine; SQLite gets pragmas on connect and ``BEGIN IMMEDIATE`` on begin.

    With ``hold``, writing statements are refused while it is held.
    """
    if not is_sqlite(url):
        # An unreachable server is reported after seconds, not the driver's endless wait.
        timeout = {} if "connect_timeout" in make_url(url).query else {"connect_timeout": 10}
        return create_engine(
            url, pool_pre_ping=True, connect_args=timeout, hide_parameters=HIDE_PARAMETERS
        )
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=HIDE_PARAMETERS
    )
    _install_sqlite_hooks(engine, foreign_keys=foreign_keys)
    if hold is not None:
        hold.install(engine)  # after the connect hook, which turns the driver's BEGIN off
    return engine


def _install_sqlite_hooks(engine: Engine, *, foreign_keys: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # The driver's legacy transaction handling skips BEGIN for DDL; we issue our own.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            # A rollback journal: WAL buys a desktop nothing and old builds carry a WAL-reset bug.
            cursor.execute("PRAGMA journal_mode=DELETE")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        finally:
            cursor.close()

    # BEGIN IMMEDIATE, once this process's other writers of the file are done (no starving).
    writer_turns.install(engine, BUSY_TIMEOUT_MS / 1000)


def make_read_only_engine(path: Path) -> Engine:
    """A read-only view of a record another process holds: plain BEGIN, no writes possible."""
    from .sqlite_file import uri_path

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            f"file:{uri_path(path)}?mode=ro",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )

    engine = create_engine(
        "sqlite://", creator=connect, poolclass=NullPool, hide_parameters=HIDE_PARAMETERS
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA query_only=ON")
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine
