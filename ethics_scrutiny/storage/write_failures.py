"""A save the disk or the file refused, as one sentence instead of a driver traceback."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from ethics_scrutiny.domain.errors import DatabaseError, ReadOnlyRecordError

from .disk_space import SAVE_HEADROOM, disk_full_error, is_disk_full

if TYPE_CHECKING:
    from .database import Database

_READ_ONLY = ("attempt to write a readonly database", "readonly database")


def explain_write_failure(database: Database, exc: BaseException) -> DatabaseError | None:
    """The typed error for a full disk or a read-only record file; None for anything else.

    The message never repeats the driver's text, which may quote the values being saved.
    """
    path = database.sqlite_path
    if is_disk_full(exc):
        if path is None:
            return DatabaseError(
                "The database server's disk is full, so nothing was saved; ask IT to free "
                "space on the server and try again."
            )
        return disk_full_error(
            path.parent, SAVE_HEADROOM, "nothing was saved and the record is unchanged"
        )
    if path is not None and _is_read_only(exc):
        if database.checks_pending:
            return DatabaseError(
                "The record is still being checked after opening; try again in a moment."
            )
        if database.read_only:
            return DatabaseError(
                "Another program holds the record, so it is open here for reading only and "
                "nothing was saved; close the other program and try again."
            )
        return ReadOnlyRecordError(
            f"The record file is read-only: {path} cannot be changed, so nothing was saved; "
            "ask IT to give you write access to it."
        )
    return None


def _is_read_only(exc: BaseException) -> bool:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, sqlite3.Error):
        return False
    return getattr(orig, "sqlite_errorcode", 0) & 0xFF == 8 or any(
        text in str(orig) for text in _READ_ONLY
    )
