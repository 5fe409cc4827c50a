"""A full disk is recognised in each of its disguises and said with the room to make."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from ethics_scrutiny.domain.errors import DiskFullError
from ethics_scrutiny.storage.disk_space import disk_full_error, human_size, is_disk_full


class _DiskFull(Exception):
    """Stands in for psycopg's DiskFull, which carries SQLSTATE 53100."""

    sqlstate = "53100"


@pytest.mark.parametrize(
    "exc",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EDQUOT, "Disk quota exceeded"),
        sqlite3.OperationalError("database or disk is full"),
        OperationalError(
            "UPDATE responses SET note=?", {}, sqlite3.OperationalError("database or disk is full")
        ),
        OperationalError("INSERT INTO record_entries", {}, _DiskFull("could not extend file")),
    ],
)
def test_full_disks_are_recognised(exc: BaseException) -> None:
    assert is_disk_full(exc)


@pytest.mark.parametrize(
    "exc",
    [
        OSError(errno.EACCES, "Permission denied"),
        sqlite3.OperationalError("attempt to write a readonly database"),
        ValueError("database or disk is full"),
    ],
)
def test_other_failures_are_not_a_full_disk(exc: BaseException) -> None:
    assert not is_disk_full(exc)


def test_the_sentence_names_the_disk_and_the_room_to_make(tmp_path: Path) -> None:
    error = disk_full_error(tmp_path, 30 * 1024 * 1024, "no backup was written")
    assert isinstance(error, DiskFullError)
    text = str(error)
    assert text.startswith(f"The disk holding {tmp_path} is full (only ")
    assert text.endswith("so no backup was written; free at least 30 MB on it and try again.")


def test_sizes_read_as_a_file_manager_shows_them() -> None:
    assert [human_size(n) for n in (0, 1023, 1024, 5 * 1024**2, int(1.5 * 1024**3))] == [
        "0 bytes",
        "1023 bytes",
        "1 KB",
        "5 MB",
        "1.5 GB",
    ]


def test_a_save_refused_by_a_full_server_or_a_read_only_file_is_one_sentence(
    tmp_path: Path,
) -> None:
    from types import SimpleNamespace
    from typing import Any

    from ethics_scrutiny.domain.errors import ReadOnlyRecordError
    from ethics_scrutiny.storage.write_failures import explain_write_failure

    server: Any = SimpleNamespace(sqlite_path=None, read_only=False, checks_pending=False)
    full = OperationalError("INSERT INTO responses", {}, _DiskFull("could not extend file"))
    refused = explain_write_failure(server, full)
    assert refused is not None and "database server's disk is full" in str(refused)
    record: Any = SimpleNamespace(
        sqlite_path=tmp_path / "r.db", read_only=False, checks_pending=False
    )
    read_only = OperationalError(
        "UPDATE", {}, sqlite3.OperationalError("attempt to write a readonly database")
    )
    assert isinstance(explain_write_failure(record, read_only), ReadOnlyRecordError)
    busy: Any = SimpleNamespace(sqlite_path=tmp_path / "r.db", read_only=True, checks_pending=False)
    assert "Another program holds the record" in str(explain_write_failure(busy, read_only))
    # While start-up checks hold writes (PRAGMA query_only), the refusal says to wait, not that
    # the file is read-only.
    checking: Any = SimpleNamespace(
        sqlite_path=tmp_path / "r.db", read_only=False, checks_pending=True
    )
    assert "still being checked" in str(explain_write_failure(checking, read_only))
    assert explain_write_failure(record, OperationalError("SELECT", {}, ValueError())) is None
