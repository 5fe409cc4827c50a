"""Recognising a full disk (or quota) in any of its disguises, and saying so in one sentence."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from ethics_scrutiny.domain.errors import DiskFullError

# Room a single save needs for SQLite's rollback journal and the pages it adds, with margin.
SAVE_HEADROOM = 5 * 1024 * 1024
_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_SQLITE_FULL = "database or disk is full"
_PG_DISK_FULL = "53100"  # SQLSTATE disk_full


def is_disk_full(exc: BaseException) -> bool:
    """True for ENOSPC/EDQUOT, SQLite's SQLITE_FULL and PostgreSQL's disk_full, however wrapped."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return is_disk_full(exc.orig)
    if isinstance(exc, OSError):
        return exc.errno in _FULL_ERRNOS
    if isinstance(exc, sqlite3.Error):
        return _SQLITE_FULL in str(exc) or getattr(exc, "sqlite_errorcode", 0) == 13
    return getattr(exc, "sqlstate", None) == _PG_DISK_FULL


def free_bytes(folder: Path) -> int | None:
    """Free space on the disk holding ``folder`` (or its nearest existing parent)."""
    for candidate in (folder, *folder.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return None


def human_size(size: int) -> str:
    """E.g. "0 bytes", "12 KB", "5 MB", "1.2 GB" (powers of 1024, as file managers show)."""
    if size < 1024:
        return f"{size} bytes"
    value = float(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            return f"{value:.1f} {unit}".replace(".0 ", " ")
    raise AssertionError("unreachable")


def disk_full_error(folder: Path, needed: int, outcome: str) -> DiskFullError:
    """One sentence: which disk is full, what did not happen, and how much room to make.

    ``outcome`` says what was (not) done, e.g. "the answer was not saved and the record is
    unchanged".
    """
    free = free_bytes(folder)
    have = f" (only {human_size(free)} free)" if free is not None else ""
    return DiskFullError(
        f"The disk holding {folder} is full{have}, so {outcome}; free at least "
        f"{human_size(max(needed, 1024 * 1024))} on it and try again."
    )


def file_size(path: Path | None) -> int:
    try:
        return path.stat().st_size if path is not None else 0
    except OSError:
        return 0
