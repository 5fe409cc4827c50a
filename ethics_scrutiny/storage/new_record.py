"""The first record in a folder: built under a temporary name, then renamed into place.

A first start killed half-way therefore leaves either no record or a whole one, never the
empty file that every later start would have to call lost.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from .private_files import create_private, fsync_file, fsync_folder

_TEMP_MARK = ".new-"


def needs_creating(path: Path, backups_dir: Path) -> bool:
    """No file yet, or an empty file that was never a record (left by an older version).

    An empty file with a journal beside it, or with backups of a record in the folder, held
    a record once: that is a loss to report, not a file to recreate.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return True
    if size:
        return False
    if path.with_name(path.name + "-journal").exists():
        return False
    return not (backups_dir.is_dir() and any(backups_dir.glob("*.db")))


def create(path: Path, build: Callable[[Path], None]) -> None:
    """Create an owner-only file beside ``path``, let ``build`` make it a record, rename it in.

    The caller holds the record's writer lock, so no other process is creating it too.
    """
    _remove_leftovers(path)
    temp = path.with_name(f".{path.name}{_TEMP_MARK}{os.getpid()}")
    create_private(temp)
    try:
        build(temp)
        fsync_file(temp)
        os.replace(temp, path)
        fsync_folder(path.parent)
    except BaseException:
        _remove(temp)
        raise


def _remove_leftovers(path: Path) -> None:
    """Temporary records of earlier first starts that were killed before their rename."""
    for leftover in path.parent.glob(f".{path.name}{_TEMP_MARK}*"):
        _remove(leftover)


def _remove(temp: Path) -> None:
    for stale in (temp, temp.with_name(temp.name + "-journal")):
        with contextlib.suppress(OSError):  # a leftover is removed at the next first start
            stale.unlink(missing_ok=True)
