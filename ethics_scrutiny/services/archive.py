"""Handing the whole record on: write an archive, check one on its own, import one.

An archive holds every table row unchanged (IDs, sequences, hashes), so the record that imports
it continues the same chain: ``verify --head`` with a head printed on one of the old office's
reports still succeeds. Importing is one unit of work: the rows go in, the chain and every
scrutiny's state are verified against the archive's manifest, and only then is it committed.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ethics_scrutiny import __version__
from ethics_scrutiny.config import sqlite_url
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import RecordKind, file_sha256
from ethics_scrutiny.domain.scrutiny import VerifyResult
from ethics_scrutiny.storage import archive_rows, record_chain, state_check
from ethics_scrutiny.storage import office as office_rows
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.evidence_files import EvidenceFileStore, EvidenceStore
from ethics_scrutiny.storage.models import Scrutiny
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import archive_format as fmt
from .output_paths import check_output_for
from .signing.detached import sign_archive
from .signing.keys import OfficeKey


@dataclass(frozen=True)
class ArchiveSummary:
    """What an archive holds (or what was written or imported)."""

    path: Path
    head: str
    entries: int
    scrutinies: int
    files: int
    office_name: str | None
    size: int = 0
    # Merged into a record that held work: ``scrutinies`` counts those new to the record.
    merged: bool = False


class ArchiveService:
    """Writes and imports archives of the whole record."""

    def __init__(
        self,
        database: Database,
        store: EvidenceFileStore,
        verify: Callable[[], VerifyResult],
    ) -> None:
        self._database = database
        self._store = store
        self._verify = verify

    def write(self, out: Path, sign: OfficeKey | None = None) -> ArchiveSummary:
        """Write the whole record to ``out`` (temporary file, then renamed into place).

        ``sign`` adds the office's signature over the manifest (which lists every member's
        digest), before the archive is moved into place.

        Raises:
            InvalidInputError: ``out`` is a place the record manages, or the record fails
                verification (an archive must hand on a record that proves itself).
        """
        check_output_for(self._database, out)
        verified = self._verify()
        if not verified.ok:
            raise InvalidInputError(
                "The record fails verification, so no archive was written; run verify, "
                f"settle what it names and try again. {verified.message.splitlines()[0]}"
            )
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
        os.close(handle)
        temp = Path(temp_name)
        try:
            with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zipped:
                summary = self._write_into(fmt.ArchiveWriter(zipped), out)
            if sign is not None:
                sign_archive(temp, sign)
            os.replace(temp, out)
        finally:
            temp.unlink(missing_ok=True)
        return ArchiveSummary(**{**summary.__dict__, "size": out.stat().st_size})

    def _write_into(self, writer: fmt.ArchiveWriter, out: Path) -> ArchiveSummary:
        with unit_of_work(self._database) as session:
            if session.connection().dialect.name == "postgresql":
                # One snapshot of every table, however long writing takes.
                session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
            head = record_chain.head(session)
            profile = office_rows.profile(session)
            tables = archive_rows.archived_tables()
            counts = {t.name: writer.write_lines(f"tables/{t.name}.jsonl",
                                                 archive_rows.dump(session, t))
                      for t in tables}  # fmt: skip
            hashes = sorted(archive_rows.file_hashes(session))
        for digest in hashes:
            data = self._store.read_bytes(digest)
            if data is None:
                raise InvalidInputError(
                    f"A kept file ({digest[:12]}…) is missing, so no archive was written; "
                    "run verify to see which item it belongs to."
                )
            writer.write_bytes(f"files/{digest}", data)
        writer.write_manifest(
            {
                "head": head.head_hash,
                "entries": head.entries,
                "office": None if profile is None else profile.state(),
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "app_version": __version__,
                "tables": [t.name for t in tables],
                "counts": counts,
            }
        )
        return ArchiveSummary(
            out, head.head_hash, head.entries, counts.get("scrutinies", 0), len(hashes),
            None if profile is None else profile.name,
        )  # fmt: skip

    def import_archive(self, path: Path) -> ArchiveSummary:
        """Bring the archive into this record: whole into an empty one, else merged.

        An empty record takes the archive's chain unchanged; one that already holds work
        takes its scrutinies one by one, as bundle imports would (see :mod:`.archive_merge`).

        Raises:
            InvalidInputError: the archive is damaged, incomplete, newer or not an archive,
                or one of its scrutinies conflicts with this record's. Nothing is imported then.
        """
        with unit_of_work(self._database) as session:
            holds_work = archive_rows.holds_anything(session)
        if not holds_work:
            return load_archive(self._database, self._store, path, anchor=True)
        from .archive_merge import merge_archive

        manifest, created, files = merge_archive(self._database, self._store, path, load_archive)
        office = manifest.office or {}
        return ArchiveSummary(
            path, manifest.head, manifest.entries, len(created), files,
            office.get("name"), path.stat().st_size, merged=True,
        )  # fmt: skip


def check_archive(path: Path) -> ArchiveSummary:
    """Verify an archive on its own: manifest, digests, chain, and the state it proves.

    The rows are loaded into a throwaway record in a temporary folder, exactly as an import
    would, and checked there; nothing of the office's own record is opened.
    """
    with tempfile.TemporaryDirectory(prefix="ethics-scrutiny-archive-check-") as folder:
        place = Path(folder)
        database = Database.open(
            sqlite_url(place / "check.db"), place / "backups", daily_backup=False,
            purpose="checking an archive",
        )  # fmt: skip
        try:
            store = EvidenceStore(place / "evidence", opened_dir=place / "opened")
            return load_archive(database, store, path, anchor=False)
        finally:
            database.close()


def load_archive(
    database: Database, store: EvidenceFileStore, path: Path, *, anchor: bool
) -> ArchiveSummary:
    """Check ``path`` and load it into the empty record ``database`` in one unit of work."""
    with fmt.open_archive(path) as zipped:
        manifest = fmt.read_manifest(zipped, path.name)
        fmt.check_members(zipped, manifest, path.name)
        files = _keep_files(zipped, manifest, store, path.name)
        with unit_of_work(database) as session:
            if archive_rows.holds_anything(session):
                raise InvalidInputError(
                    "This record already holds work, so the archive was not imported; import "
                    "it into a new, empty record (a new data folder)."
                )
            record_chain.lock_for_append(session)
            _load_tables(session, zipped, manifest)
            _check_loaded(session, manifest, path.name)
            archive_rows.continue_key_sequences(session)
            scrutiny_ids = list(session.scalars(select(Scrutiny.id).order_by(Scrutiny.id)))
            if anchor:
                _anchor(session, manifest, scrutiny_ids)
    office = manifest.office or {}
    return ArchiveSummary(
        path, manifest.head, manifest.entries, len(scrutiny_ids), files,
        office.get("name"), path.stat().st_size,
    )  # fmt: skip


def _keep_files(
    zipped: zipfile.ZipFile, manifest: fmt.Manifest, store: EvidenceFileStore, name: str
) -> int:
    members = [m for m in manifest.members if m.startswith("files/")]
    with tempfile.TemporaryDirectory(prefix="ethics-scrutiny-archive-") as folder:
        for member in members:
            data = zipped.read(member)
            if file_sha256(data) != member.removeprefix("files/"):
                raise fmt.ArchiveError(f"{name} is damaged: {member} is not the file it names.")
            source = Path(folder) / "file"
            source.write_bytes(data)
            store.add(source)
    return len(members)


def _load_tables(session: Session, zipped: zipfile.ZipFile, manifest: fmt.Manifest) -> None:
    known = {t.name: t for t in archive_rows.archived_tables()}
    unknown = [t for t in manifest.tables if t not in known]
    if unknown:
        raise fmt.ArchiveError(
            "The archive holds data this version of Ethics Scrutiny does not know "
            f"({unknown[0]}); install the newer version to import it."
        )
    for name, table in known.items():
        if name in manifest.tables:
            archive_rows.load(session, table, fmt.rows(zipped, name))
    session.flush()


def _check_loaded(session: Session, manifest: fmt.Manifest, name: str) -> None:
    chain = record_chain.verify(session, manifest.head if manifest.entries else None)
    if not chain.ok or (chain.head_hash, chain.entries) != (manifest.head, manifest.entries):
        raise fmt.ArchiveError(
            f"{name} does not verify: its record chain fails ({chain.message}); "
            "nothing was imported."
        )
    differences = state_check.differences(session)
    if differences:
        raise fmt.ArchiveError(
            f"{name} does not verify: {differences[0].message} Nothing was imported."
        )
    problems = office_rows.differences(session)
    if problems:
        raise fmt.ArchiveError(f"{name} does not verify: {problems[0]} Nothing was imported.")


def _anchor(session: Session, manifest: fmt.Manifest, scrutiny_ids: list[int]) -> None:
    payload: dict[str, Any] = {
        "predecessor_head": manifest.head,
        "predecessor_entries": manifest.entries,
        "predecessor_office": manifest.office,
        "archive_created_at": manifest.created_at,
        "scrutiny_ids": scrutiny_ids,
    }
    record_chain.append(session, RecordKind.ARCHIVE_IMPORTED, payload, None)
