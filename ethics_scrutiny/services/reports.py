"""Build the report model for a scrutiny and write it out as PDF, HTML, JSON or CSV."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from ethics_scrutiny import __version__
from ethics_scrutiny.domain.errors import ExportError
from ethics_scrutiny.domain.record import file_sha256
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.reporting.csv_export import render_csv
from ethics_scrutiny.reporting.html import render_html
from ethics_scrutiny.reporting.model import ReportModel
from ethics_scrutiny.reporting.pdf import render_pdf
from ethics_scrutiny.reporting.pdf_coverage import pdf_text_warnings
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import mapping
from .bundles import bundle_bytes
from .report_model import build_report_model
from .scrutinies import ScrutinyService

Progress = Callable[[int, int], None]


class ExportFormat(StrEnum):
    PDF = "pdf"
    HTML = "html"
    JSON = "json"
    CSV = "csv"


@dataclass(frozen=True)
class ExportResult:
    """Where a report was written and the SHA-256 the record now holds for it."""

    path: Path
    sha256: str
    format: ExportFormat
    public: bool
    record_sequence: int
    warnings: tuple[str, ...] = ()


class ReportService:
    """Exports reports and records each export in the decision record."""

    def __init__(self, database: Database, scrutinies: ScrutinyService) -> None:
        self._database = database
        self._scrutinies = scrutinies

    def build_model(self, scrutiny_id: int, *, public: bool = False) -> ReportModel:
        """Gather everything the report shows in one read-only unit of work."""
        with unit_of_work(self._database) as session:
            row = repositories.get_scrutiny(session, scrutiny_id)
            detail = mapping.detail(row, record_chain.entries_for(session, scrutiny_id, "decision"))
            head = record_chain.head(session)
        result = assess(detail.checklist, detail.responses)
        return build_report_model(
            detail, result, head, public=public, generated_at=datetime.now(UTC), version=__version__
        )

    def export(
        self,
        scrutiny_id: int,
        fmt: ExportFormat,
        out: Path,
        *,
        public: bool = False,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Render, write atomically into place, then record the file's SHA-256."""
        warnings: list[str] = []
        if fmt is ExportFormat.JSON:
            data = self._bundle(scrutiny_id, public)
        else:
            model = self.build_model(scrutiny_id, public=public)
            if fmt is ExportFormat.PDF:
                warnings = pdf_text_warnings(model)
            data = render_bytes(model, fmt, progress)
        write_atomically(out, data)
        sha = file_sha256(data)
        payload = {"format": fmt.value, "public": public, "sha256": sha, "file_name": out.name}
        with unit_of_work(self._database) as session:
            entry = record_chain.append(session, "report_exported", payload, scrutiny_id)
        return ExportResult(out, sha, fmt, public, entry.sequence, tuple(warnings))

    def _bundle(self, scrutiny_id: int, public: bool) -> bytes:
        with unit_of_work(self._database) as session:
            return bundle_bytes(session, scrutiny_id, public=public)


def render_bytes(model: ReportModel, fmt: ExportFormat, progress: Progress | None) -> bytes:
    if fmt is ExportFormat.PDF:
        buffer = io.BytesIO()
        render_pdf(model, buffer, progress=progress)
        return buffer.getvalue()
    if fmt is ExportFormat.HTML:
        return render_html(model).encode("utf-8")
    if fmt is ExportFormat.CSV:
        text = io.StringIO(newline="")
        render_csv(model, text)
        # A byte-order mark lets Excel on Windows read the UTF-8 correctly.
        return ("\ufeff" + text.getvalue()).encode("utf-8")
    raise ExportError(f"Unknown export format {fmt}.")


def write_atomically(out: Path, data: bytes) -> None:
    """Write beside the target then rename, so a failure never leaves a half-written report."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist; choose an existing folder.")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
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
        raise ExportError(f"The report could not be saved to {out} ({exc.strerror}).") from None
