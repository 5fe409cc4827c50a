"""Exporting a report: choose a file, render on the worker with progress, report the SHA-256."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.scrutiny import ScrutinySummary
from ethics_scrutiny.reporting.formats import format_info, menu_entries
from ethics_scrutiny.services.record_checks import RecordFailedVerificationError
from ethics_scrutiny.services.reports import ExportCancelledError, ExportFormat, ExportResult
from ethics_scrutiny.services.signing.keys import OfficeKey

from ..kit import file_dialogs, messages
from ..kit.accessibility import named
from ..kit.commands import Commands
from ..kit.context import AppContext
from ..kit.i18n import arg, translate
from ..kit.passphrase import unlocked_key
from . import quit_question
from .export_options import (
    ExportOptions,
    ExportOptionsDialog,
    asks_options,
    remember_officer,
    remember_sign,
    remembered_officer,
    remembered_sign,
)
from .format_words import describe as _describe
from .output_guard import refused_output
from .quit_question import QuitChoice


class ExportController(QObject):
    """One export at a time; the render worker keeps the window responsive meanwhile."""

    finished = Signal(object)  # ExportResult
    failed = Signal(object)  # BaseException
    cancelled = Signal()
    quit_ready = Signal()  # the officer asked to quit during the export, and it has ended

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = context
        self._parent = parent_widget
        self._progress: QProgressDialog | None = None
        self._request: tuple[int, ExportFormat, Path, bool] | None = None
        # Set from the GUI thread, read by the render worker between flowables.
        self._cancel = threading.Event()
        self._options = ExportOptions()  # the last export's choices (kept for a retry)
        self._key: OfficeKey | None = None  # unlocked for a signed export
        self._quit_after = False  # quit once the export in progress has ended
        self._kept_actions: list[QAction] = []  # still reachable while the progress shows

    @property
    def busy(self) -> bool:
        return self._progress is not None

    def keep_available(self, action: QAction) -> None:
        """Let ``action``'s keys work while the (window-modal) progress dialog shows: Quit."""
        self._kept_actions.append(action)

    def quit_when_done(self) -> None:
        """Asked to quit mid-export: close after it, stop it first, or keep working."""
        if not self.busy:
            self.quit_ready.emit()
            return
        request = self._request
        what = _describe(request[1], request[3]) if request is not None else ""
        choice = quit_question.ask(self._progress or self._parent, what)
        if choice is QuitChoice.STAY:
            return
        self._quit_after = True
        if self._progress is not None:
            self._progress.setLabelText(
                translate("ExportController", "Ethics Scrutiny will close when the file is saved.")
            )
        if choice is QuitChoice.CANCEL_EXPORT:
            self.cancel()

    def _ended(self) -> None:
        if self._quit_after:
            self._quit_after = False
            self.quit_ready.emit()

    def commands(
        self, current: Callable[[], ScrutinySummary | None], before: Callable[[], None]
    ) -> Commands:
        """The export commands act on ``current()``, after ``before()`` saved a waiting note."""

        def export(fmt: ExportFormat, public: bool = False) -> None:
            summary = current()
            if summary is not None:
                before()
                self.export(summary, fmt, public=public)

        # One command per File menu entry of the report format table (see shell/actions.py).
        return {
            entry.id: partial(export, entry.format, public=entry.public) for entry in menu_entries()
        }

    def export(self, summary: ScrutinySummary, fmt: ExportFormat, *, public: bool = False) -> None:
        """Ask where, then write the report or bundle on the render worker."""
        if self.busy:
            return
        options = self._ask_options(fmt, public)
        if options is None:
            return
        self._options = options
        # Unlocked before the file is chosen: a wrong passphrase is said before anything else.
        self._key = unlocked_key(self._parent, self._ctx.services.signing) if options.sign else None
        if options.sign and self._key is None:
            return
        out = _ask_path(self._parent, summary, fmt, public)
        if out is None or refused_output(
            self._parent, self._ctx, out, translate("ExportController", "Report not saved")
        ):
            return
        self._start(summary.id, fmt, out, public, despite_failed_verify=False)

    def _start(
        self, scrutiny_id: int, fmt: ExportFormat, out: Path, public: bool, *,
        despite_failed_verify: bool,
    ) -> None:  # fmt: skip
        # Kept so a refusal for a record failing verification can be retried, if confirmed.
        self._request = (scrutiny_id, fmt, out, public)
        self._cancel = threading.Event()
        what = _describe(fmt, public)
        self._progress = _progress_dialog(
            self._parent, arg(translate("ExportController", "Writing the %1…"), what)
        )
        self._progress.canceled.connect(self._on_progress_canceled)
        self._progress.addActions(self._kept_actions)
        reports = self._ctx.services.reports
        stop = self._cancel.is_set
        self._ctx.tasks.run_render(
            lambda progress: reports.export(
                scrutiny_id,
                fmt,
                out,
                public=public,
                progress=progress,
                cancelled=stop,
                prepared_by=self._options.prepared_by,
                appendix=self._options.appendix,
                sign=self._key,
                despite_failed_verify=despite_failed_verify,
            ),
            self._on_exported,
            self._on_failed,
            self._on_progress,
        )

    def _ask_options(self, fmt: ExportFormat, public: bool) -> ExportOptions | None:
        """Prepared by and the appendix, for a paper; the name is remembered for next time."""
        data_dir = self._ctx.services.settings.data_dir
        sign = remembered_sign(data_dir)
        if not asks_options(fmt):
            # A bundle has no dialog: it is signed when papers were last signed.
            return ExportOptions(sign=sign and fmt is ExportFormat.JSON)
        office = self._ctx.services.office.profile()
        suggested = remembered_officer(data_dir) or (office.officer if office else "")
        info = format_info(fmt)
        options = ExportOptionsDialog.ask(self._parent, info, public, suggested, sign)
        if options is not None and options.prepared_by and not public:
            remember_officer(data_dir, options.prepared_by)
        if options is not None and fmt is ExportFormat.PDF:
            remember_sign(data_dir, options.sign)
        return options

    def cancel(self) -> None:
        """Ask the render worker to stop; nothing is written and the record is unchanged."""
        self._cancel.set()
        if self._progress is not None:
            self._progress.setLabelText(translate("ExportController", "Cancelling…"))

    def _on_progress_canceled(self) -> None:
        self.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(max(total, 1))
            self._progress.setValue(min(done, total))

    def _on_exported(self, result: ExportResult) -> None:
        self._close_progress()
        what = _describe(result.format, result.public)
        self._ctx.events.record_changed.emit()
        self._ctx.events.status_message.emit(
            arg(translate("ExportController", "Saved %1"), result.path.name)
        )
        text = arg(
            translate(
                "ExportController",
                "The %1 was saved to:\n%2\n\nIts SHA-256, now held in the decision record (entry "
                "%3):\n%4",
            ),
            what,
            result.path,
            result.record_sequence,
            result.sha256,
        )
        with messages.offering(result.path):
            if result.warnings:
                # Saved all the same: the officer decides whether boxes in the PDF matter here.
                messages.warning(
                    self._parent,
                    translate("ExportController", "Report saved, with a warning"),
                    "\n\n".join([text, *result.warnings]),
                )
            else:
                messages.info(self._parent, translate("ExportController", "Report saved"), text)
        self.finished.emit(result)
        self._ended()

    def _on_failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, ExportCancelledError):
            self._ctx.events.status_message.emit(
                translate("ExportController", "Export cancelled; no file was written")
            )
            self.cancelled.emit()
            self._ended()
            return
        if (
            isinstance(exc, RecordFailedVerificationError)
            and self._request is not None
            and messages.confirm_despite_failed_verify(self._parent, str(exc))
        ):
            scrutiny_id, fmt, out, public = self._request
            self._start(scrutiny_id, fmt, out, public, despite_failed_verify=True)
            return
        messages.show_failure(self._parent, translate("ExportController", "Report not saved"), exc)
        self.failed.emit(exc)
        self._ended()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None


def _ask_path(
    parent: QWidget, summary: ScrutinySummary, fmt: ExportFormat, public: bool
) -> Path | None:
    what = _describe(fmt, public)
    suggested = suggested_path(summary, public, fmt)
    if fmt is ExportFormat.PDF:
        return file_dialogs.ask_save_pdf(
            parent, arg(translate("export_controller", "Save the %1 as PDF"), what), suggested
        )
    return file_dialogs.ask_save_export(
        parent, arg(translate("export_controller", "Save the %1"), what), suggested, _extension(fmt)
    )


def suggested_path(
    summary: ScrutinySummary, public: bool, fmt: ExportFormat = ExportFormat.PDF
) -> Path:
    """A file name from the title, in Documents, safe on Windows (no reserved characters)."""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", summary.title).strip(" .")[:80] or "scrutiny"
    stem = re.sub(r"\s+", " ", stem)
    file_kind = format_info(fmt).file_kind
    kind = i18n.gettext(file_kind) if file_kind else ""
    suffix = (
        translate("export_controller", " - public summary")
        if public
        else translate("export_controller", " - panel report")
    ) + f"{kind}.{_extension(fmt)}"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return folder / f"{stem}{suffix}"


def _extension(fmt: ExportFormat) -> str:
    return format_info(fmt).extension


def _progress_dialog(parent: QWidget, label: str) -> QProgressDialog:
    # The renderer checks the cancel flag between flowables, so Cancel stops it promptly.
    dialog = QProgressDialog(label, translate("export_controller", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(translate("export_controller", "Exporting"))
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 50)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    named(dialog, translate("export_controller", "Export progress"))
    for button in dialog.findChildren(QPushButton):
        named(button, translate("export_controller", "Cancel the export"))
    dialog.setValue(0)
    return dialog
