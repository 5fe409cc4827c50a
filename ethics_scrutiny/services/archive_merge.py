"""Importing an archive into a record that already holds work: scrutiny by scrutiny.

The archive is first loaded and proven (chain, state, office profile) in a throwaway record
in the data folder, exactly as ``archive check`` does. Each of its scrutinies then becomes a
bundle and is merged as a bundle import would merge it: a scrutiny new to this record is added,
one already here (brought across by bundle earlier) takes what changed only in the archive. All
of it is one unit of work: a conflict the merge cannot settle refuses the whole archive.

The predecessor's entries cannot join this record's chain (it has its own), so what the record
can prove about the predecessor is the head the archive had: the ``archive_imported`` entry
anchors it, and ``verify --head`` accepts that head. An earlier head printed on one of the
predecessor's reports is checked by importing the archive into a new, empty record.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from ethics_scrutiny.config import sqlite_url
from ethics_scrutiny.domain.errors import ConcurrentEditError, InvalidInputError
from ethics_scrutiny.domain.record import RecordKind, file_sha256
from ethics_scrutiny.storage import archive_rows, record_chain
from ethics_scrutiny.storage import office as office_rows
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.evidence_files import EvidenceFileStore, EvidenceStore
from ethics_scrutiny.storage.models import Scrutiny
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import archive_format as fmt
from .bundles import bundle_bytes, held_files, merge_in, parse_bundle
from .bundles.report import BundleConflictError
from .bundles.schema import Bundle

MERGED = "merged"


def merge_archive(
    database: Database,
    store: EvidenceFileStore,
    path: Path,
    load: Any,
) -> tuple[fmt.Manifest, list[int], int]:
    """Merge the archive at ``path`` into ``database``; the manifest, new scrutinies, files.

    ``load`` is the archive loader (``archive.load_archive``), passed in to keep one loader.

    Raises:
        InvalidInputError: the archive is damaged, newer or not an archive, or one of its
            scrutinies conflicts with this record's; nothing is imported then.
    """
    with fmt.open_archive(path) as zipped:
        manifest = fmt.read_manifest(zipped, path.name)
    # Where bundle imports stage their files: the data folder's "incoming" folder.
    staging = database.backups_dir.parent / "incoming"
    staging.mkdir(parents=True, exist_ok=True)
    # Inside the data folder, never the system's temporary folder: the throwaway record holds
    # every sensitive note, and a killed import must not leave it where others can read it.
    folder = Path(tempfile.mkdtemp(prefix="archive-", dir=staging))
    try:
        bundles, files = _read_as_bundles(folder, store, path, load)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    source = {"file_name": path.name, "sha256": file_sha256(path.read_bytes())}
    try:
        with unit_of_work(database) as session:
            record_chain.lock_for_append(session)
            created, updated = _merge_all(session, bundles, source, store, path.name)
            _anchor(session, manifest, created, updated)
    except (StaleDataError, IntegrityError):
        raise ConcurrentEditError(
            f"Someone changed the record while {path.name} was being imported, so nothing "
            "was imported. Import the archive again: it is compared afresh."
        ) from None
    return manifest, created, files


def _read_as_bundles(
    folder: Path, store: EvidenceFileStore, path: Path, load: Any
) -> tuple[list[Bundle], int]:
    """Prove the archive in a throwaway record; its listed scrutinies as bundles."""
    source = Database.open(
        sqlite_url(folder / "archive.db"), folder / "backups", daily_backup=False,
        purpose="merging an archive",
    )  # fmt: skip
    try:
        kept = EvidenceStore(folder / "evidence", opened_dir=folder / "opened")
        load(source, kept, path, anchor=False)
        with unit_of_work(source) as session:
            withdrawn = office_rows.withdrawn_ids(session)
            ids = session.scalars(select(Scrutiny.id).order_by(Scrutiny.id))
            # The predecessor withdrew these from lists and reports (the old demonstration).
            raws = [bundle_bytes(session, sid, public=False) for sid in ids if sid not in withdrawn]
            hashes = sorted(archive_rows.file_hashes(session))
        files = _copy_files(kept, store, hashes, folder)
    finally:
        source.close()
    bundles = [parse_bundle(raw, f"{path.name} (scrutiny {n})") for n, raw in enumerate(raws, 1)]
    return bundles, files


def _copy_files(
    kept: EvidenceStore, store: EvidenceFileStore, hashes: list[str], folder: Path
) -> int:
    """Keep the archive's files in this record's store (by content: a refused import adds none
    that any row names)."""
    staged = folder / "file"
    for digest in hashes:
        data = kept.read_bytes(digest)
        if data is None:
            continue  # loading proved every file present; nothing to copy for a lost one
        staged.write_bytes(data)
        store.add(staged)
    staged.unlink(missing_ok=True)
    return len(hashes)


def _merge_all(
    session: Any,
    bundles: list[Bundle],
    source: dict[str, Any],
    store: EvidenceFileStore,
    name: str,
) -> tuple[list[int], list[int]]:
    created: list[int] = []
    updated: list[int] = []
    for bundle in bundles:
        try:
            report = merge_in(session, bundle, source, held_files(store, bundle))
        except BundleConflictError as refused:
            item = refused.report.conflicts[0]
            raise InvalidInputError(
                f"The archive's scrutiny '{bundle.scrutiny.title}' and this record's copy of "
                f"it both changed one item ({item.label}), so nothing from {name} was "
                "imported; make that item here the same as the archive's, or import the "
                "archive into a new, empty data folder."
            ) from None
        assert report.scrutiny_id is not None
        (created if report.created else updated).append(report.scrutiny_id)
    return created, updated


def _anchor(session: Any, manifest: fmt.Manifest, created: list[int], updated: list[int]) -> None:
    payload: dict[str, Any] = {
        "predecessor_head": manifest.head,
        "predecessor_entries": manifest.entries,
        "predecessor_office": manifest.office,
        "archive_created_at": manifest.created_at,
        "scrutiny_ids": created,
        "mode": MERGED,
        "updated_scrutiny_ids": updated,
    }
    record_chain.append(session, RecordKind.ARCHIVE_IMPORTED, payload, None)
