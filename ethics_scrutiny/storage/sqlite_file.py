"""Checks and copies of SQLite files made with SQLite's own tools, never with file copies."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ethics_scrutiny.domain.errors import DatabaseError

from .engine import APPLICATION_ID

_SQLITE_MAGIC = b"SQLite format 3\x00"
_RESTORE_HINT = (
    "Close the app, move that file aside (keep it for support) and restore your latest backup "
    "from the backups folder; nothing has been changed."
)


def check_existing_file(path: Path) -> None:
    """Refuse a file that is not SQLite, belongs to another program, or fails ``quick_check``."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(16) != _SQLITE_MAGIC:
            raise DatabaseError(f"{path} is not an Ethics Scrutiny database. {_RESTORE_HINT}")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            if app_id not in (0, APPLICATION_ID):
                raise DatabaseError(
                    f"{path} belongs to another program, not Ethics Scrutiny. {_RESTORE_HINT}"
                )
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"{path} is damaged and cannot be read ({exc}). {_RESTORE_HINT}"
        ) from None
    if result != "ok":
        raise DatabaseError(f"{path} failed its integrity check ({result}). {_RESTORE_HINT}")


def stamp_application_id(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.commit()


def backup_file(source: Path, destination: Path) -> Path:
    """Copy a live database through SQLite's backup API and check the copy's integrity."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(partial)) as dst,
    ):
        src.backup(dst)
        result = dst.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"The backup copy failed its integrity check ({result}).")
    partial.replace(destination)
    return destination
