"""Automatic backups (daily, rotated) and restoring a chosen backup, all via SQLite's backup API."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from ethics_scrutiny.domain.errors import DatabaseError

from . import sqlite_file
from .engine import APPLICATION_ID
from .record_marks import daily_name as daily_name
from .record_marks import weekly_name as weekly_name

KEEP_DAILY = 7
KEEP_WEEKLY = 4
_DAILY = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.db$")
_WEEKLY = re.compile(r"^weekly-(\d{4})-W(\d{2})\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backups folder."""

    path: Path
    kind: str  # "daily", "weekly", "pre-migration", "pre-restore" or "other"
    size: int
    modified: datetime


def ensure_daily(database: Path, backups_dir: Path, today: date) -> list[Path]:
    """Take today's backup (and this week's) if not yet taken, then rotate; return new files."""
    written: list[Path] = []
    daily = backups_dir / daily_name(today)
    if not daily.exists():
        written.append(sqlite_file.backup_file(database, daily))
    weekly = backups_dir / weekly_name(today)
    if not weekly.exists():
        written.append(sqlite_file.backup_file(database, weekly))
    rotate(backups_dir)
    return written


def rotate(backups_dir: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> None:
    """Keep the newest daily and weekly backups; never touch any other file."""
    if not backups_dir.is_dir():
        return
    dailies = sorted(p for p in backups_dir.iterdir() if _DAILY.match(p.name))
    weeklies = sorted(p for p in backups_dir.iterdir() if _WEEKLY.match(p.name))
    # Names sort by date, so the oldest come first.
    for old in dailies[: max(0, len(dailies) - keep_daily)]:
        old.unlink(missing_ok=True)
    for old in weeklies[: max(0, len(weeklies) - keep_weekly)]:
        old.unlink(missing_ok=True)


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Backups in the folder, newest first."""
    if not backups_dir.is_dir():
        return []
    found = []
    for path in backups_dir.glob("*.db"):
        stat = path.stat()
        found.append(
            BackupInfo(
                path=path,
                kind=_kind(path.name),
                size=stat.st_size,
                modified=datetime.fromtimestamp(stat.st_mtime, UTC),
            )
        )
    return sorted(found, key=lambda b: b.modified, reverse=True)


def _kind(name: str) -> str:
    if _DAILY.match(name):
        return "daily"
    if _WEEKLY.match(name):
        return "weekly"
    if name.startswith("pre-restore-"):
        return "pre-restore"
    if name.startswith("pre-"):
        return "pre-migration"
    return "other"


def check_backup(path: Path) -> str | None:
    """Refuse a file that is not one of our intact records; return its schema revision."""
    if not path.is_file():
        raise DatabaseError(f"There is no backup file at {path}.")
    with path.open("rb") as handle:
        header = handle.read(100)
    if header[:16] != b"SQLite format 3\x00" or len(header) < 72:
        raise DatabaseError(f"{path} is not an Ethics Scrutiny backup; nothing was restored.")
    if int.from_bytes(header[68:72], "big") not in (0, APPLICATION_ID):
        raise DatabaseError(f"{path} belongs to another program; nothing was restored.")
    result = sqlite_file.integrity_check(path)
    if result != "ok":
        raise DatabaseError(
            f"{path} is damaged ({result}); choose another backup. Nothing was restored."
        )
    try:
        with closing(sqlite3.connect(f"file:{sqlite_file.uri_path(path)}?mode=ro", uri=True)) as c:
            tables = {row[0] for row in c.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "record_entries"} <= tables:
                raise DatabaseError(
                    f"{path} is not an Ethics Scrutiny record; nothing was restored."
                )
            row = c.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} cannot be read ({exc}); nothing was restored.") from None
    return str(row[0]) if row else None


def restore_into(backup: Path, database: Path) -> None:
    """Overwrite the live record with ``backup`` page by page through the backup API.

    The caller must have closed every connection of its own to ``database`` first.
    """
    with (
        closing(sqlite3.connect(f"file:{sqlite_file.uri_path(backup)}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(database)) as dst,
    ):
        dst.execute("PRAGMA synchronous=FULL")
        src.backup(dst)
        result = dst.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise DatabaseError(
            f"The restored record failed its integrity check ({result}). The state before the "
            "restore was saved in the backups folder; restore that file to go back."
        )
