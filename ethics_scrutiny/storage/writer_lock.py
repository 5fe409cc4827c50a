"""One writer per record: an operating-system lock held for as long as the record is open."""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from ethics_scrutiny.domain.errors import DatabaseError

# Windows locks a byte range; lock one byte well past the holder's details so others can read them.
_LOCK_OFFSET = 1 << 20
_held: dict[Path, tuple[IO[str], int]] = {}
_guard = threading.Lock()


class RecordInUseError(DatabaseError):
    """Another process holds the record for writing."""


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class WriterLock:
    """Held by the one process allowed to write a record; released when it closes or dies.

    The lock is released by the operating system when the holder exits, even when it is
    killed, so a crash never leaves a stale lock behind. Opening the same record twice in one
    process shares the lock (SQLite serialises those connections itself).
    """

    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self._released = False

    @classmethod
    def acquire(cls, database: Path, purpose: str) -> WriterLock:
        lock = cls(lock_path_for(database))
        with _guard:
            held = _held.get(lock.path)
            if held is not None:
                _held[lock.path] = (held[0], held[1] + 1)
                return lock
            handle = _open(lock.path)
            if not _try_lock(handle):
                holder = handle.read()
                handle.close()
                raise RecordInUseError(_in_use_message(database, holder))
            _write_holder(handle, purpose)
            _held[lock.path] = (handle, 1)
        return lock

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        with _guard:
            handle, count = _held.pop(self.path)
            if count > 1:
                _held[self.path] = (handle, count - 1)
                return
            _unlock(handle)
            handle.close()


def _open(path: Path) -> IO[str]:
    try:
        # "a+" creates the file without emptying it, so a refused opener can read the holder.
        handle = path.open("a+", encoding="utf-8")
    except OSError as exc:
        raise DatabaseError(
            f"The record's folder {path.parent} cannot be written ({exc.strerror}). Choose a "
            "folder you can write to with --data-dir, or ask IT for write access. Nothing has "
            "been changed."
        ) from None
    handle.seek(0)
    return handle


def _try_lock(handle: IO[str]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            handle.seek(0)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.seek(0)
        return False
    return True


def _unlock(handle: IO[str]) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    except OSError:
        pass  # closing the handle releases it anyway


def _write_holder(handle: IO[str], purpose: str) -> None:
    details = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "purpose": purpose,
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps(details, ensure_ascii=False))
    handle.flush()


def _in_use_message(database: Path, holder_text: str) -> str:
    try:
        holder = json.loads(holder_text)
        since = datetime.fromisoformat(holder["since"]).astimezone()
        who = (
            f"{holder['purpose']} (process {holder['pid']} on {holder['host']}, "
            f"since {since:%Y-%m-%d %H:%M})"
        )
    except (ValueError, KeyError, TypeError):
        who = "another copy of Ethics Scrutiny"
    return (
        f"The record {database} is in use by {who}. Only one program may change the record "
        "at a time: close that copy (or wait for the command to finish) and try again."
    )
