"""Checks and copies of SQLite files made with SQLite's own tools, never with file copies."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from ethics_scrutiny.domain.errors import DatabaseError

from .disk_space import disk_full_error, file_size, is_disk_full
from .engine import APPLICATION_ID
from .private_files import create_private

_SQLITE_MAGIC = b"SQLite format 3\x00"
_RESTORE_HINT = (
    "Close the app, move that file aside (keep it for support) and restore your latest backup "
    "from the backups folder; nothing has been changed."
)


def check_existing_file(path: Path, *, quick_check: bool = True) -> None:
    """Refuse a file that is not SQLite, belongs to another program, or fails ``quick_check``.

    Identity is read from the file header first, so a foreign file is never opened by SQLite
    and stays byte-identical. Our own file is then opened read-write, so that a journal left
    by a crash is rolled back (SQLite's normal recovery) before the check. With
    ``quick_check=False`` the caller runs :func:`require_quick_check` itself, later.
    """
    if not path.exists():
        return
    if path.stat().st_size == 0:
        raise DatabaseError(
            f"{path} is empty (0 bytes): the record in it has been lost, perhaps by a sync "
            "program or an interrupted copy. Restore your latest backup; if you meant to start "
            "a new record, delete this empty file first. Nothing has been changed."
        )
    check_identity(path)
    if quick_check:
        require_quick_check(path, read_only=False)


def require_quick_check(path: Path, *, read_only: bool = True) -> None:
    """``PRAGMA quick_check``, raising DatabaseError with what to do when the file is damaged."""
    result = _pragma_check(path, "quick_check", read_only=read_only)
    if result != "ok":
        raise DatabaseError(f"{path} failed its integrity check ({result}). {_RESTORE_HINT}")


def revision_of(path: Path) -> str | None:
    """The schema revision in ``alembic_version``, read without writing; None if unreadable."""
    try:
        with closing(sqlite3.connect(f"file:{uri_path(path)}?mode=ro", uri=True)) as conn:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def check_identity(path: Path) -> None:
    """Refuse, from the header and without writing, a file that is not one of our records."""
    header = _read_header(path)
    if header[:16] != _SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not an Ethics Scrutiny database. {_RESTORE_HINT}")
    app_id = int.from_bytes(header[68:72], "big") if len(header) >= 72 else 0
    if app_id not in (0, APPLICATION_ID):
        raise DatabaseError(
            f"{path} belongs to another program, not Ethics Scrutiny. {_RESTORE_HINT}"
        )
    if app_id == 0:
        _check_unstamped_is_ours(path)


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except OSError as exc:
        raise DatabaseError(
            f"{path} cannot be read ({exc.strerror}). Check you have access to it."
        ) from None


def _check_unstamped_is_ours(path: Path) -> None:
    """A file without our stamp is ours only if it holds our tables (made before stamping)."""
    try:
        with closing(sqlite3.connect(f"file:{uri_path(path)}?mode=ro", uri=True)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"{path} is damaged and cannot be read ({exc}). {_RESTORE_HINT}"
        ) from None
    if tables and not {"alembic_version", "record_entries"} <= tables:
        raise DatabaseError(
            f"{path} belongs to another program, not Ethics Scrutiny. {_RESTORE_HINT}"
        )


def _pragma_check(path: Path, pragma: str, *, read_only: bool) -> str:
    mode = "ro" if read_only else "rw"
    try:
        with closing(sqlite3.connect(f"file:{uri_path(path)}?mode={mode}", uri=True)) as connection:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"{path} is damaged and cannot be read ({exc}). {_RESTORE_HINT}"
        ) from None
    return "; ".join(str(row[0]) for row in rows[:5])


def integrity_check(path: Path) -> str:
    """``PRAGMA integrity_check`` on a closed file (a backup), read-only: 'ok' when sound."""
    return _pragma_check(path, "integrity_check", read_only=True)


def stamp_application_id(path: Path) -> None:
    """Mark the file as ours (a write, so skipped when the stamp is already there)."""
    if int.from_bytes(_read_header(path)[68:72], "big") == APPLICATION_ID:
        return
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.commit()


def backup_file(source: Path, destination: Path) -> Path:
    """Copy a live database through SQLite's backup API and check the copy's integrity."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        create_private(partial)  # a copy of the record is as private as the record
        result = _copy_into(source, partial)
        if result != "ok":
            raise DatabaseError(f"The backup copy failed its integrity check ({result}).")
        _fsync(partial)
        partial.replace(destination)
    except BaseException as exc:
        partial.unlink(missing_ok=True)  # never a half-written backup left to be restored
        if is_disk_full(exc):
            raise disk_full_error(
                destination.parent, file_size(source), "no backup was written"
            ) from None
        raise
    _fsync_folder(destination.parent)
    return destination


def _copy_into(source: Path, partial: Path) -> str:
    with (
        closing(sqlite3.connect(f"file:{uri_path(source)}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(partial)) as dst,
    ):
        src.backup(dst)
        return str(dst.execute("PRAGMA integrity_check").fetchone()[0])


def uri_path(path: Path) -> str:
    # A SQLite URI must escape "?", "#" and "%", which a folder name may contain.
    return quote(str(path.absolute()), safe="/\\:")


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable; Windows has no directory handles to sync, and needs none."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
