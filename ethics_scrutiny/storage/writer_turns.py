"""Writers of one SQLite file in one process take turns on a Python lock, not by polling.

SQLite lets one writer in at a time (``BEGIN IMMEDIATE``); the others poll the file lock with
growing sleeps and get "database is locked" once ``busy_timeout`` passes. Under steady load
polling is unfair: a thread that has just committed begins again before a sleeper wakes, so a
writer can starve past the timeout although every transaction is short. Threads of this
process (the app's workers, several Services over one record) therefore queue on a lock per
file before BEGIN; the file lock then only arbitrates between processes, as intended.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from sqlalchemy import Engine, event

_turns: dict[str, threading.Lock] = {}
_guard = threading.Lock()
_HOLDS = "es_writer_turn"
# Set in a connection's ``info`` while it has ``PRAGMA query_only`` on (engine.WriteHold):
# it cannot write, so it begins a plain read transaction without waiting for a turn.
QUERY_ONLY = "es_query_only"


def install(engine: Engine, wait_seconds: float) -> None:
    """Begin ``engine``'s transactions with ``BEGIN IMMEDIATE``, after this process's turn.

    The turn is given back as the transaction commits or rolls back (the COMMIT itself may
    still be finishing; the next writer's busy handler covers those milliseconds). After
    ``wait_seconds`` a writer goes ahead anyway, so a bug can only fail as before (locked),
    never hang.
    """
    with _guard:
        turn = _turns.setdefault(_file_key(engine), threading.Lock())

    @event.listens_for(engine, "begin")
    def _take_turn_and_begin(connection: Any) -> None:
        if connection.info.get(QUERY_ONLY):
            connection.exec_driver_sql("BEGIN")  # BEGIN IMMEDIATE is itself refused then
            return
        if turn.acquire(timeout=wait_seconds):
            connection.info[_HOLDS] = True
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            _give_back(connection, turn)
            raise

    @event.listens_for(engine, "commit")
    def _give_turn_on_commit(connection: Any) -> None:
        _give_back(connection, turn)

    @event.listens_for(engine, "rollback")
    def _give_turn_on_rollback(connection: Any) -> None:
        _give_back(connection, turn)


def _file_key(engine: Engine) -> str:
    database = engine.url.database
    if not database or database == ":memory:":
        return f"memory:{id(engine)}"  # a private database: nobody to take turns with
    return os.path.realpath(database)


def _give_back(connection: Any, turn: threading.Lock) -> None:
    if connection.info.pop(_HOLDS, False):
        turn.release()
