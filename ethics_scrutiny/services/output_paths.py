"""The one rule for where an output may go: never onto the record or anything it manages."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ethics_scrutiny.config import DATABASE_FILENAME
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.i18n import _
from ethics_scrutiny.storage.database import Database

# Folders of the data folder that the app itself writes and reads back (``incoming`` stages
# a bundle's files during its import and sweeps what a killed import left there).
MANAGED_FOLDERS = (
    "backups", "evidence", "evidence-opened", "incoming", "keys", "logs", "templates",
)  # fmt: skip
# Files SQLite and the writer lock keep beside a record file while it is in use.
RECORD_COMPANIONS = ("", "-journal", "-wal", "-shm", ".lock")
# Windows and macOS file systems ignore letter case by default; Linux's do not.
CASE_INSENSITIVE_DEFAULT = sys.platform in ("win32", "darwin")


@dataclass(frozen=True)
class ManagedPlaces:
    """The live record file (``None`` on a server) and the data folder whose parts it manages."""

    record: Path | None
    data_dir: Path

    @classmethod
    def of(cls, database: Database) -> ManagedPlaces:
        """The places of an open record; its data folder is the one holding ``backups/``."""
        return cls(database.sqlite_path, database.backups_dir.parent)

    def record_files(self) -> list[Path]:
        """The record and its journal and lock, and the default record in the data folder."""
        records = [self.data_dir / DATABASE_FILENAME]
        if self.record is not None:
            records.insert(0, self.record)
        return [r.with_name(r.name + suffix) for r in records for suffix in RECORD_COMPANIONS]


def check_output_path(out: Path, places: ManagedPlaces, *, ignore_case: bool | None = None) -> None:
    """Refuse, before anything is written, an output that would land on the record's files.

    Symlinks are resolved and letter case is ignored where the file system ignores it
    (``ignore_case`` defaults to the platform's convention; an existing file is compared by
    identity, so a hard link or a differently-cased name on any file system is caught too).

    Raises:
        InvalidInputError: ``out`` is the record, its journal or lock, or inside one of the
            data folder's managed folders (backups, evidence, incoming, keys, logs,
            templates).
    """
    fold = CASE_INSENSITIVE_DEFAULT if ignore_case is None else ignore_case
    target = _absolute(out)
    for record_file in places.record_files():
        if _same_file(target, _absolute(record_file), fold):
            raise InvalidInputError(
                _(
                    "Cannot write to {out}: it is the live record or a file the record needs, so "
                    "nothing was written; choose another file."
                ).format(out=out)
            )
    for name in MANAGED_FOLDERS:
        if _inside(target, _absolute(places.data_dir / name), fold):
            raise InvalidInputError(
                _(
                    "Cannot write to {out}: it is in the record's {name} folder, which the app "
                    "manages itself, so nothing was written; choose a file in another folder."
                ).format(out=out, name=name)
            )


def check_output_for(database: Database, out: Path) -> None:
    """:func:`check_output_path` against an open record's places."""
    check_output_path(out, ManagedPlaces.of(database))


def _absolute(path: Path) -> Path:
    """Symlinks resolved (as far as the path exists) and made absolute."""
    return Path(os.path.abspath(path.expanduser())).resolve(strict=False)


def _same_file(a: Path, b: Path, fold: bool) -> bool:
    if _identical(a, b) or _spelled_alike(a, b, fold):
        return True
    # Not yet existing (a journal between transactions): same folder, same name.
    return _identical(a.parent, b.parent) and _names_alike(a.name, b.name, fold)


def _inside(target: Path, folder: Path, fold: bool) -> bool:
    for candidate in (target, *target.parents):
        if _identical(candidate, folder) or _spelled_alike(candidate, folder, fold):
            return True
    return False


def _identical(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return False


def _spelled_alike(a: Path, b: Path, fold: bool) -> bool:
    return _names_alike(os.path.normcase(str(a)), os.path.normcase(str(b)), fold)


def _names_alike(a: str, b: str, fold: bool) -> bool:
    return a.casefold() == b.casefold() if fold else a == b
