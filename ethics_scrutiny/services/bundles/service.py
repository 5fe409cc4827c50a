"""Import a bundle: a new scrutiny, a separate copy, or a three-way sync of one already here."""

from __future__ import annotations

import base64
import shutil
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ethics_scrutiny.assets import templates_dir
from ethics_scrutiny.domain.errors import ConcurrentEditError, DiskFullError, InvalidInputError
from ethics_scrutiny.domain.record import RecordKind, file_sha256
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.templates import Template
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.disk_space import disk_full_error, is_disk_full
from ethics_scrutiny.storage.models import Scrutiny
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from .check import parse_bundle
from .decisions import require_lawful_decisions
from .files import UNSIGNED_NOTE, file_notes, files_before, held_files, mark_files
from .identity import require_own_identities
from .insert import insert_bundle
from .merge import resolve_choices
from .report import BundleConflictError, ImportReport
from .schema import Bundle
from .screening import require_consistent_screening
from .sync import SyncState
from .templates import known_digests, require_known_snapshots
from .update import update_from_bundle

MAX_BUNDLE_BYTES = 200 * 1024 * 1024
STALE_STAGING_SECONDS = 24 * 60 * 60


class FileStore(Protocol):
    """Where imported evidence files go (the evidence service's content-addressed store)."""

    def add(self, source: Path) -> Any: ...

    def problems(self, hashes: Iterable[str]) -> dict[str, str]: ...


class _Refused(Exception):
    """Leaves the unit of work so it rolls back, carrying the report of why."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(report.summary())
        self.report = report


class BundleService:
    """Imports bundles, all or nothing; every import that changes anything is recorded."""

    def __init__(
        self,
        database: Database,
        files: FileStore | None = None,
        staging_dir: Path | None = None,
        library: TemplateLibrary | None = None,
    ) -> None:
        self._database = database
        self._files = files
        self._library = library
        # Files wait here on their way into the store: inside the data folder, never the
        # system's temporary folder, where a killed import would leave a readable copy.
        # The backups folder is the data folder's, so its parent is the data folder.
        self._staging_dir = staging_dir or database.backups_dir.parent / "incoming"

    def import_bundle(self, path: Path) -> int:
        """Import a bundle with no choices made; return the scrutiny's ID.

        Raises:
            BundleConflictError: The record and the bundle changed the same items; nothing
                was imported (``error.report`` lists them).
            InvalidInputError: The file is not a bundle, is damaged or altered, or is from a
                newer version. Nothing is imported.
        """
        report = self.sync_bundle(path)
        if report.conflicts:
            raise BundleConflictError(report)
        assert report.scrutiny_id is not None
        return report.scrutiny_id

    def sync_bundle(
        self,
        path: Path,
        *,
        as_copy: bool = False,
        keep_ours: Sequence[str] = (),
        take_theirs: Sequence[str] = (),
    ) -> ImportReport:
        """Validate the whole bundle first, then import it in one transaction.

        A scrutiny not yet in this record is added. One already here is compared item by
        item with the bundle (three-way, against the revisions both have known): changes
        made only in the bundle are taken, changes made only here kept, and decisions the
        record lacks appended. If any item changed on both sides, nothing is imported and
        the report lists the conflicts, unless ``keep_ours`` / ``take_theirs`` name each
        (by question key or item). ``as_copy`` imports the bundle as a separate scrutiny.

        Raises:
            InvalidInputError: As for :meth:`import_bundle`, or a choice names an item that
                is not in conflict. Nothing is imported.
        """
        raw = _read_bundle_file(path)
        bundle = parse_bundle(raw, path.name)
        require_lawful_decisions(bundle, path.name)
        require_consistent_screening(bundle, path.name)
        known = known_digests(self._templates())
        self._store_files(bundle)
        held = held_files(self._files, bundle)
        source = {"file_name": path.name, "sha256": file_sha256(raw)}
        try:
            with unit_of_work(self._database) as session:
                require_known_snapshots(session, bundle, known, path.name)
                return _apply(session, bundle, source, held, as_copy, keep_ours, take_theirs)
        except _Refused as refused:
            return refused.report
        except (StaleDataError, IntegrityError):
            raise ConcurrentEditError(
                f"Someone changed this scrutiny while {path.name} was being imported, so "
                "nothing was imported. Import the bundle again: it is compared afresh."
            ) from None

    def _templates(self) -> list[Template]:
        """The office's templates and the shipped ones (those alone when none were given)."""
        library = self._library or TemplateLibrary.load(templates_dir())
        return library.all()

    def _store_files(self, bundle: Bundle) -> None:
        """Keep included evidence files (content-addressed, so a failed import leaves no row)."""
        if self._files is None or all(e.file_base64 is None for e in bundle.evidence):
            return
        try:
            self._staging_dir.mkdir(parents=True, exist_ok=True)
            _sweep_stale(self._staging_dir)
            folder = Path(tempfile.mkdtemp(prefix="bundle-", dir=self._staging_dir))
        except OSError as exc:
            if is_disk_full(exc):
                raise self._no_room(bundle) from None
            raise InvalidInputError(
                f"The bundle's files cannot be unpacked in {self._staging_dir} "
                f"({exc.strerror}); make that folder writable and import again."
            ) from None
        try:
            for n, item in enumerate(bundle.evidence):
                if item.file_base64 is not None:
                    staged = folder / f"evidence-{n}"  # the sender's name never touches disk
                    staged.write_bytes(base64.b64decode(item.file_base64))
                    self._files.add(staged)
                    staged.unlink()
        except (OSError, DiskFullError) as exc:
            if isinstance(exc, DiskFullError) or is_disk_full(exc):
                raise self._no_room(bundle) from None
            raise
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _no_room(self, bundle: Bundle) -> DiskFullError:
        """The disk filled while the bundle's files were unpacked: say what the bundle needs.

        Each file is unpacked and then kept, so the largest is on disk twice for a moment.
        """
        sizes = [_decoded_size(e.file_base64) for e in bundle.evidence if e.file_base64]
        needed = sum(sizes) + max(sizes, default=0)
        return disk_full_error(
            self._staging_dir, needed, "the bundle was not imported and the record is unchanged"
        )


def _decoded_size(text: str) -> int:
    """Bytes a base64 text decodes to, without decoding it (every 4 characters hold 3)."""
    stripped = text.rstrip("=\n")
    return len(stripped) * 3 // 4


def _sweep_stale(staging: Path) -> None:
    """Remove what an import killed part-way left; a day old, so never a running import's."""
    cutoff = time.time() - STALE_STAGING_SECONDS
    for leftover in staging.glob("bundle-*"):
        try:
            if leftover.stat().st_mtime < cutoff:
                shutil.rmtree(leftover, ignore_errors=True)
        except OSError:
            continue  # gone meanwhile, or not ours to read: the next import tries again


def merge_in(
    session: Session, bundle: Bundle, source: dict[str, Any], held: frozenset[str]
) -> ImportReport:
    """Merge ``bundle`` into the record inside the caller's unit of work, as an import would.

    For importers of many scrutinies at once (an archive), which commit all or nothing.

    Raises:
        BundleConflictError: an item changed on both sides; the caller's work must roll back.
    """
    require_lawful_decisions(bundle, source["file_name"])
    require_consistent_screening(bundle, source["file_name"])
    try:
        return _apply(session, bundle, source, held, False, (), ())
    except _Refused as refused:
        raise BundleConflictError(refused.report) from None


def _apply(
    session: Session,
    bundle: Bundle,
    source: dict[str, Any],
    held: frozenset[str],
    as_copy: bool,
    keep_ours: Sequence[str],
    take_theirs: Sequence[str],
) -> ImportReport:
    """Add the scrutiny, or bring the one here up to date; raise _Refused on conflicts."""
    name = source["file_name"]
    query = select(Scrutiny).where(Scrutiny.uuid == bundle.scrutiny.uuid)
    existing = session.scalars(query).first()
    if as_copy or existing is None:
        if keep_ours or take_theirs:
            raise InvalidInputError("Nothing to choose: the bundle is imported as a new scrutiny.")
        if not as_copy:  # a copy's evidence and actions get identities of their own
            require_own_identities(session, bundle, None, name)
        return _with_files(session, _insert(session, bundle, source, as_copy), {}, held, source)
    require_own_identities(session, bundle, existing.id, name)
    before = files_before(session, existing.id)
    choices = resolve_choices(keep_ours, take_theirs, _items(bundle))
    report = update_from_bundle(session, existing, bundle, source, choices)
    if report.conflicts:
        raise _Refused(report)
    return _with_files(session, report, before, held, source)


def _with_files(
    session: Session,
    report: ImportReport,
    before: dict[str, str | None],
    held: frozenset[str],
    source: dict[str, Any],
) -> ImportReport:
    """Mark evidence whose file was not supplied; a file supplied now is an update too."""
    assert report.scrutiny_id is not None
    missing, supplied = mark_files(session, report.scrutiny_id, before, held)
    updated, up_to_date = report.updated, report.up_to_date
    if supplied and up_to_date:
        payload = {**source, "scrutiny_uuid": report.scrutiny_uuid, "mode": "files"}
        payload["files_supplied"] = supplied
        record_chain.append(session, RecordKind.BUNDLE_IMPORTED, payload, report.scrutiny_id)
        updated, up_to_date = True, False
    return replace(
        report,
        updated=updated,
        up_to_date=up_to_date,
        files_not_supplied=missing,
        files_supplied=supplied,
        notes=(*report.notes, *file_notes(missing, supplied), UNSIGNED_NOTE),
    )


def _items(bundle: Bundle) -> set[str]:
    return set(bundle.sync.items) if bundle.sync is not None else set()


def _insert(
    session: Session, bundle: Bundle, source: dict[str, Any], as_copy: bool
) -> ImportReport:
    scrutiny_id = insert_bundle(session, bundle, as_copy=as_copy)
    if bundle.sync is not None and not as_copy:
        state = SyncState(session, scrutiny_id)
        for item, theirs in bundle.sync.items.items():
            state.set_head(item, theirs.revision, theirs.content_sha256)
            state.take_in(item, theirs)
    imported = {
        **source,
        "public": bundle.public,
        "scrutiny_uuid": bundle.scrutiny.uuid,
        "source_head_hash": bundle.record.head_hash,
        "source_entries": len(bundle.record.entries),
    }
    if as_copy:
        imported["mode"] = "copy"
        imported["copied_from_uuid"] = bundle.scrutiny.uuid
        imported.pop("scrutiny_uuid")  # the entry is about the copy, named by its own UUID
    record_chain.append(session, RecordKind.BUNDLE_IMPORTED, imported, scrutiny_id)
    return ImportReport(
        file_name=source["file_name"],
        scrutiny_uuid=session.get(Scrutiny, scrutiny_id).uuid,  # type: ignore[union-attr]
        title=bundle.scrutiny.title,
        scrutiny_id=scrutiny_id,
        created=True,
        as_copy=as_copy,
        exported_at=bundle.exported_at,
        exported_by=bundle.sync.exported_by if bundle.sync else "",
    )


def _read_bundle_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise InvalidInputError(f"{path.name} is too large to be a scrutiny bundle.")
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInputError(f"The file {path} does not exist.") from None
    except OSError as exc:
        raise InvalidInputError(f"The file {path} cannot be read ({exc.strerror}).") from None
