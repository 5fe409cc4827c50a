"""Files only their owner may read: the record, its backups and the logs (0600 on POSIX)."""

from __future__ import annotations

import os
from pathlib import Path

OWNER_ONLY = 0o600


def create_private(path: Path) -> None:
    """Create ``path`` empty and owner-only, replacing nothing (it must not exist).

    SQLite gives a database's journal the database file's own mode, so a record created
    this way keeps its journal private too. On Windows the per-user data folder's access
    list already keeps other users out; the mode bits there only say read-only or not.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    os.close(os.open(path, flags, OWNER_ONLY))
    make_private(path)  # the umask cannot widen 0600, but a default ACL might


def make_private(path: Path) -> None:
    """Narrow an existing file to owner-only (a no-op where POSIX modes do not apply)."""
    if os.name != "nt":
        os.chmod(path, OWNER_ONLY)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename durable; Windows has no directory handles to sync, and needs none."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
