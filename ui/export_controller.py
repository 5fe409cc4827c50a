"""Exporting a report: choose a file, render on the worker with progress, report the SHA-256."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ethics_scrutiny.domain.scrutiny import ScrutinySummary
from ethics_scrutiny.services.reports import ExportFormat, ExportResult

from . import file_dialogs, messages
from .accessibility import named
from .context import AppContext


class ExportController(QObject):
    """One export at a time; the render worker keeps the window responsive meanwhile."""

    finished = Signal(object)  # ExportResult
    failed = Signal(object)  # BaseException

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = context
        self._parent = parent_widget
        self._progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self._progress is not None

    def export(self, summary: ScrutinySummary, fmt: ExportFormat, *, public: bool = False) -> None:
        """Ask where, then write the report or bundle on the render worker."""
        if self.busy:
            return
        what = _describe(fmt, public)
        out = _ask_path(self._parent, summary, fmt, public)
        if out is None:
            return
        self._progress = _progress_dialog(self._parent, f"Writing the {what}…")
        reports = self._ctx.services.reports
        self._ctx.tasks.run_render(
            lambda progress: reports.export(summary.id, fmt, out, public=public, progress=progress),
            self._on_exported,
            self._on_failed,
            self._on_progress,
        )

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(max(total, 1))
            self._progress.setValue(min(done, total))

    def _on_exported(self, result: ExportResult) -> None:
        self._close_progress()
        what = _describe(result.format, result.public)
        self._ctx.events.record_changed.emit()
        self._ctx.events.status_message.emit(f"Saved {result.path.name}")
        text = (
            f"The {what} was saved to:\n{result.path}\n\n"
            f"Its SHA-256, now held in the decision record (entry {result.record_sequence}):\n"
            f"{result.sha256}"
        )
        if result.warnings:
            # Saved all the same: the officer decides whether boxes in the PDF matter here.
            messages.warning(
                self._parent, "Report saved, with a warning", "\n\n".join([text, *result.warnings])
            )
        else:
            messages.info(self._parent, "Report saved", text)
        self.finished.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._close_progress()
        messages.show_failure(self._parent, "Report not saved", exc)
        self.failed.emit(exc)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None


_FORMAT_NAMES = {
    ExportFormat.PDF: "",
    ExportFormat.HTML: "accessible HTML ",
    ExportFormat.CSV: "CSV ",
    ExportFormat.JSON: "bundle of the ",
}


def _describe(fmt: ExportFormat, public: bool) -> str:
    """E.g. "panel report", "accessible HTML public summary", "bundle of the panel report"."""
    return _FORMAT_NAMES[fmt] + ("public summary" if public else "panel report")


def _ask_path(
    parent: QWidget, summary: ScrutinySummary, fmt: ExportFormat, public: bool
) -> Path | None:
    what = _describe(fmt, public)
    suggested = suggested_path(summary, public, fmt)
    if fmt is ExportFormat.PDF:
        return file_dialogs.ask_save_pdf(parent, f"Save the {what} as PDF", suggested)
    return file_dialogs.ask_save_export(parent, f"Save the {what}", suggested, fmt.value)


def suggested_path(
    summary: ScrutinySummary, public: bool, fmt: ExportFormat = ExportFormat.PDF
) -> Path:
    """A file name from the title, in Documents, safe on Windows (no reserved characters)."""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", summary.title).strip(" .")[:80] or "scrutiny"
    stem = re.sub(r"\s+", " ", stem)
    suffix = (" - public summary" if public else " - panel report") + f".{fmt.value}"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return folder / f"{stem}{suffix}"


def _progress_dialog(parent: QWidget, label: str) -> QProgressDialog:
    # No cancel button: the renderer cannot be stopped part-way, so offering it would lie.
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowTitle("Exporting")
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 50)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    named(dialog, "Export progress")
    dialog.setValue(0)
    return dialog
