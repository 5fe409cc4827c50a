"""Build the report model for a scrutiny and write it out as PDF, HTML, JSON or CSV."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ethics_scrutiny import __version__
from ethics_scrutiny.domain.errors import ExportError
from ethics_scrutiny.domain.office import OfficeProfile
from ethics_scrutiny.domain.record import file_sha256
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.scrutiny import ScrutinyDetail
from ethics_scrutiny.domain.templates import Template
from ethics_scrutiny.reporting.cancel import Cancelled, ExportCancelledError, check_cancelled
from ethics_scrutiny.reporting.formats import ExportFormat, format_info
from ethics_scrutiny.reporting.model import ReportModel
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.disk_space import disk_full_error, is_disk_full
from ethics_scrutiny.storage.models import RecordEntry, TemplateSnapshot
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import mapping
from .bundles import bundle_bytes, withdrawals
from .maintenance import MaintenanceService
from .output_paths import check_output_for
from .record_checks import RecordFailedVerificationError, ScrutinyCheck
from .report_model import ReportContext, build_report_model
from .report_office import as_shown, logo_of, office_for, refuse_withdrawn, with_office
from .scrutinies import ScrutinyService
from .signing.export import refuse_unsignable, sign_export
from .signing.keys import OfficeKey

Progress = Callable[[int, int], None]
__all__ = ["Cancelled", "ExportCancelledError", "ExportFormat", "ExportResult", "ReportService"]


class FileSource(Protocol):
    """Where kept evidence files are (the evidence service's content-addressed store)."""

    def read_bytes(self, sha256: str) -> bytes | None: ...


@dataclass(frozen=True)
class ExportResult:
    """Where a report was written and the SHA-256 the record now holds for it."""

    path: Path
    sha256: str
    format: ExportFormat
    public: bool
    record_sequence: int
    warnings: tuple[str, ...] = ()
    # Written despite the scrutiny's record failing verification (and marked so).
    verification_failed: bool = False


class ReportService:
    """Exports reports and records each export in the decision record."""

    def __init__(
        self,
        database: Database,
        scrutinies: ScrutinyService,
        files: FileSource | None = None,
        checker: Callable[[int], ScrutinyCheck] | None = None,
        officer: Callable[[], str] | None = None,
    ) -> None:
        self._database = database
        self._scrutinies = scrutinies
        self._files = files
        # The officer using this computer, the default for "Prepared by".
        self._officer = officer
        # Before anything leaves the record, its scrutiny's part is verified (chain and state).
        self._check = checker or MaintenanceService(database).check_scrutiny

    def build_model(
        self,
        scrutiny_id: int,
        *,
        public: bool = False,
        prepared_by: str = "",
        verification_failed: bool = False,
        appendix: bool = False,
    ) -> ReportModel:
        """Gather everything the report shows in one read-only unit of work.

        ``prepared_by`` is the officer's name as the officer gave it (never the computer's
        login name); ``appendix`` adds the guidance appendix to the panel paper.
        """
        with unit_of_work(self._database) as session:
            refuse_withdrawn(session, scrutiny_id)
            detail = _detail(session, scrutiny_id)
            office = office_for(session, scrutiny_id)
            previous_id = detail.summary.previous_id
            previous = _detail(session, previous_id) if previous_id is not None else None
            context = ReportContext(
                head=record_chain.head(session),
                generated_at=datetime.now(UTC),
                version=__version__,
                # Else the officer using this computer; never the computer's login.
                prepared_by=prepared_by.strip() or self._default_officer(office),
                appendix=appendix,
                previous=previous,
                scrutiny_entries=_entry_count(session, scrutiny_id),
                withdrawn=withdrawals(session, scrutiny_id),
                screening_template=_screening_template(session, scrutiny_id),
            )
        result = assess(detail.checklist, detail.responses)
        built = build_report_model(detail, result, context, public=public)
        model = with_office(built, office, logo_of(office, self._files))
        return replace(model, verification_failed=True) if verification_failed else model

    def _default_officer(self, office: OfficeProfile | None) -> str:
        if self._officer is not None:
            return self._officer()
        # Without a data folder (a service built on its own): the profile's officer, if any.
        return office.officer if office else ""

    def export(
        self,
        scrutiny_id: int,
        fmt: ExportFormat,
        out: Path,
        *,
        public: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        prepared_by: str = "",
        include_files: bool = False,
        despite_failed_verify: bool = False,
        appendix: bool = False,
        sign: OfficeKey | None = None,
    ) -> ExportResult:
        """Render, write atomically into place, then record the file's SHA-256.

        ``prepared_by`` names the officer on the panel paper's cover; ``appendix`` adds the
        guidance appendix; ``sign`` signs a PDF (PAdES) or bundle with the office's key.
        ``include_files`` puts evidence files into a (non-public) JSON
        bundle. The scrutiny's
        part of the record is verified first; ``despite_failed_verify`` writes the report of a
        scrutiny that fails, with RECORD FAILED VERIFICATION in the band of every page.

        Raises:
            ExportCancelledError: ``cancelled()`` returned true; no file was left behind.
            RecordFailedVerificationError: the scrutiny's record fails verification and
                ``despite_failed_verify`` was not given; nothing was written.
            InvalidInputError: ``out`` is the record or a file it manages, or ``sign`` was
                given for a format that cannot carry a signature; nothing was written.
        """
        check_output_for(self._database, out)
        if sign is not None:
            refuse_unsignable(fmt)
        check = self._check(scrutiny_id)
        if not check.ok and not despite_failed_verify:
            raise RecordFailedVerificationError(check)
        warnings: list[str] = []
        model: ReportModel | None = None
        if fmt is ExportFormat.JSON:
            data = self._bundle(scrutiny_id, public, include_files)
        else:
            model = self.build_model(
                scrutiny_id,
                public=public,
                prepared_by=prepared_by,
                verification_failed=not check.ok,
                appendix=appendix,
            )
            if fmt is ExportFormat.PDF:
                # reportlab is imported at the first PDF export, not at start-up (~0.3 s).
                from ethics_scrutiny.reporting.pdf.coverage import pdf_text_warnings

                warnings = pdf_text_warnings(model)
            data = render_bytes(model, fmt, progress, cancelled)
        check_cancelled(cancelled)
        if sign is not None:
            # Signed last, before the file is moved into place: nothing half-signed is left.
            data = sign_export(data, fmt, sign, model)
        write_atomically(out, data)
        sha = file_sha256(data)
        payload: dict[str, object] = {
            "format": fmt.value,
            "public": public,
            "sha256": sha,
            "file_name": out.name,
        }
        if model is not None:
            payload["report_id"] = model.report_id
        if not check.ok:
            payload["verification_failed"] = True
        if sign is not None:
            payload["signed_by"] = sign.fingerprint
        try:
            with unit_of_work(self._database) as session:
                entry = record_chain.append(session, "report_exported", payload, scrutiny_id)
        except BaseException:
            # A report the record does not list (its disk filled meanwhile) is not handed out.
            out.unlink(missing_ok=True)
            raise
        return ExportResult(
            out, sha, fmt, public, entry.sequence, tuple(warnings), verification_failed=not check.ok
        )

    def _bundle(self, scrutiny_id: int, public: bool, include_files: bool) -> bytes:
        reader = self._read_file if include_files and not public else None
        with unit_of_work(self._database) as session:
            return bundle_bytes(session, scrutiny_id, public=public, read_file=reader)

    def _read_file(self, sha256: str) -> bytes | None:
        return None if self._files is None else self._files.read_bytes(sha256)


def render_bytes(
    model: ReportModel,
    fmt: ExportFormat,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """The report in ``fmt``, by the renderer the format table names."""
    render = format_info(fmt).render
    if render is not None:
        return render(model, progress, cancelled)
    raise ExportError(f"Unknown export format {fmt}.")


def _detail(session: Session, scrutiny_id: int) -> ScrutinyDetail:
    row = repositories.get_scrutiny(session, scrutiny_id)
    detail = mapping.detail(row, record_chain.entries_for(session, scrutiny_id, "decision"))
    return as_shown(session, detail)


def _screening_template(session: Session, scrutiny_id: int) -> Template | None:
    """The screening template as the scrutiny was screened with it; None if not screened."""
    row = repositories.get_scrutiny(session, scrutiny_id)
    if row.screening_sha256 is None:
        return None
    snapshot = session.get(TemplateSnapshot, row.screening_sha256)
    return None if snapshot is None else repositories.snapshot_template(snapshot)


def _entry_count(session: Session, scrutiny_id: int) -> int:
    query = select(func.count()).where(RecordEntry.scrutiny_id == scrutiny_id)
    return int(session.scalar(query) or 0)


def _create_beside(folder: Path, name: str) -> tuple[int, str]:
    """A new, empty temporary file in ``folder``, created exclusively.

    Not ``mkstemp``: that makes the file readable by its owner only, and a report is a file
    the officer means to share, so it takes the permissions any new file of theirs would get
    (0666 less the umask) as the rename keeps them.
    """
    for _ in range(100):
        temp_name = str(folder / f".{name}.{secrets.token_hex(6)}.part")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            return os.open(temp_name, flags, 0o666), temp_name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def write_atomically(out: Path, data: bytes) -> None:
    """Write beside the target then rename, so a failure never leaves a half-written report."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist; choose an existing folder.")
    try:
        handle, temp_name = _create_beside(folder, out.name)
    except OSError as exc:
        raise ExportError(
            f"Cannot write in {folder} ({exc.strerror}); choose a folder you can write to."
        ) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, out)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        if is_disk_full(exc):
            raise disk_full_error(folder, len(data), "the report was not saved") from None
        raise ExportError(f"The report could not be saved to {out} ({exc.strerror}).") from None
