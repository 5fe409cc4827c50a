"""Failures no use case turned into a sentence itself, said plainly where the cause is known."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from ethics_scrutiny.domain.errors import DatabaseError, EthicsScrutinyError
from ethics_scrutiny.storage import server
from ethics_scrutiny.storage.disk_space import SAVE_HEADROOM, disk_full_error, is_disk_full


def as_expected(exc: BaseException) -> EthicsScrutinyError | None:
    """The typed error to show for ``exc``, or None when it is a bug to report.

    A full disk can surface from any writer (a staged bundle file, a cache); every writer
    removes its temporary file and the unit of work rolls back, so the sentence may say so.
    """
    if isinstance(exc, EthicsScrutinyError):
        return exc
    if (
        isinstance(exc, DBAPIError)
        and not isinstance(exc.orig, sqlite3.Error)
        and server.is_connection_lost(exc)
    ):
        # Met outside a unit of work (a connection checked out for a read, say): the same
        # sentence, never the driver's text.
        return DatabaseError(server.UNAVAILABLE)
    if is_disk_full(exc):
        name = getattr(exc, "filename", None)
        folder = Path(name).parent if isinstance(name, str) and name else Path.cwd()
        return disk_full_error(
            folder, SAVE_HEADROOM, "the work was not finished and nothing half-written was kept"
        )
    return None
