"""Whole-record commands: import a bundle, back up and restore the record (database worker)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ethics_scrutiny.domain.scrutiny import VerifyResult
from ethics_scrutiny.services.bundles.report import ImportReport

from ..kit import file_dialogs, messages
from ..kit.accessibility import named
from ..kit.commands import Commands
from ..kit.context import AppContext
from ..kit.i18n import arg, translate
from .bundle_admission import admit
from .bundle_conflict_dialog import BundleConflictDialog, ImportChoice, result_text
from .output_guard import refused_output
from .verify_head import VerifyHeadDialog


class RecordController(QObject):
    """Runs one import, backup, restore or verify at a time, busy while the worker has it."""

    imported = Signal(int)  # the ID of the scrutiny added or brought up to date
    import_reported = Signal(object)  # ImportReport of every import attempt that ran
    backed_up = Signal(object)  # Path of the checked copy
    restored = Signal(object)  # Path of the copy of the record saved just before the restore
    failed = Signal(object)  # BaseException

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = context
        self._parent = parent_widget
        self._busy: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self._busy is not None

    def commands(self, before_restore: Callable[[], None]) -> Commands:
        """The record commands; ``before_restore`` saves a waiting note into the saved copy."""

        def restore() -> None:
            before_restore()
            self.restore_record()

        return {
            "import_bundle": self.import_bundle,
            "backup": self.backup_record,
            "restore": restore,
            "verify": self.verify_record,
        }

    def import_bundle(self) -> None:
        if self.busy:
            return
        path = file_dialogs.ask_open_bundle(self._parent, _documents())
        recording = None if path is None else admit(self._parent, self._ctx.services.signing, path)
        if path is None or recording is None:
            return
        self._ctx.tasks.run_db(recording)  # the officer's decision, recorded before the import
        self._run_import(path, ImportChoice())

    def _run_import(self, path: Path, choice: ImportChoice) -> None:
        """Import (or compare, then refuse on conflicts) in the database worker."""
        self._busy = _busy_dialog(
            self._parent, arg(translate("RecordController", "Importing %1…"), path.name)
        )
        bundles = self._ctx.services.bundles
        self._ctx.tasks.run_db(
            lambda: bundles.sync_bundle(
                path,
                as_copy=choice.as_copy,
                keep_ours=choice.keep_ours,
                take_theirs=choice.take_theirs,
            ),
            lambda report: self._on_import_reported(path, report),
            lambda exc: self._on_failed(translate("RecordController", "Bundle not imported"), exc),
        )

    def _on_import_reported(self, path: Path, report: ImportReport) -> None:
        self._close_busy()
        self.import_reported.emit(report)
        if report.conflicts:
            choice = BundleConflictDialog.ask(self._parent, report)
            if choice is None:
                self._ctx.events.status_message.emit(
                    translate("RecordController", "Bundle not imported: nothing was changed")
                )
            else:
                self._run_import(path, choice)
            return
        if report.imported:
            self._ctx.events.scrutinies_changed.emit()
            self._ctx.events.record_changed.emit()
        self._ctx.events.status_message.emit(
            translate("RecordController", "Bundle imported") if report.created else report.summary()
        )
        if not report.created:  # say what was taken and kept; a new scrutiny simply opens
            title = (
                translate("RecordController", "Bundle imported")
                if report.updated
                else translate("RecordController", "Already up to date")
            )
            messages.info(self._parent, title, result_text(report))
        if report.imported and report.scrutiny_id is not None:
            self.imported.emit(report.scrutiny_id)

    def backup_record(self) -> None:
        if self.busy or self._on_a_server("back it up"):
            return
        stamp = datetime.now().strftime("%Y-%m-%d %H%M")
        suggested = _documents() / f"Ethics Scrutiny record {stamp}.db"
        path = file_dialogs.ask_save_backup(self._parent, suggested)
        if path is None or refused_output(
            self._parent, self._ctx, path, translate("RecordController", "Record not backed up")
        ):
            return
        self._busy = _busy_dialog(
            self._parent, translate("RecordController", "Copying and checking the record…")
        )
        self._ctx.tasks.run_db(
            lambda: self._ctx.services.maintenance.backup(path),
            self._on_backed_up,
            lambda exc: self._on_failed(translate("RecordController", "Record not backed up"), exc),
        )

    def verify_record(self) -> None:
        """Recompute the whole chain (and evidence hashes) on the worker, busy meanwhile.

        The officer may give a head hash printed on an earlier report: the record must then
        still extend it (nothing recorded before that report altered since).
        """
        if self.busy:
            return
        head = VerifyHeadDialog.ask(self._parent)
        if head is None:
            return
        self._busy = _busy_dialog(
            self._parent, translate("RecordController", "Verifying the record…")
        )
        self._ctx.tasks.run_db(
            lambda: self._ctx.services.maintenance.verify(head or None),
            self._on_verified,
            lambda exc: self._on_failed(translate("RecordController", "Record not verified"), exc),
        )

    def _on_verified(self, result: VerifyResult) -> None:
        self._close_busy()
        if result.ok:
            messages.info(
                self._parent, translate("RecordController", "Record verified"), result.message
            )
        else:
            messages.warning(
                self._parent,
                translate("RecordController", "Record does not verify"),
                result.message,
            )

    def restore_record(self) -> None:
        """Replace the record with a chosen backup; the current state is backed up first."""
        if self.busy or self._on_a_server("restore it"):
            return
        path = ask_backup_to_restore(self._parent, self._ctx.services.settings.backups_dir)
        if path is None or not confirm_restore(self._parent, path):
            return
        self._busy = _busy_dialog(
            self._parent, translate("RecordController", "Saving the current record and restoring…")
        )
        self._ctx.tasks.run_db(
            lambda: self._ctx.services.maintenance.restore(path),
            lambda saved: self._on_restored(path, saved),
            lambda exc: self._on_failed(translate("RecordController", "Record not restored"), exc),
        )

    def _on_restored(self, chosen: Path, saved: Path) -> None:
        self._close_busy()
        self._ctx.events.scrutinies_changed.emit()
        self._ctx.events.record_changed.emit()
        self._ctx.events.status_message.emit(
            translate("RecordController", "Record restored from backup")
        )
        messages.info(
            self._parent,
            translate("RecordController", "Record restored"),
            arg(
                translate(
                    "RecordController",
                    "The record was restored from:\n%1\n\nThe record as it was just before is "
                    "saved in:\n%2\n\nTo undo the restore, restore that file.",
                ),
                chosen,
                saved,
            ),
        )
        self.restored.emit(saved)

    def _on_backed_up(self, path: Path) -> None:
        self._close_busy()
        messages.info(
            self._parent,
            translate("RecordController", "Record backed up"),
            arg(
                translate(
                    "RecordController",
                    "A checked copy of the record was saved to:\n%1\n\nKeep it somewhere safe. To "
                    "go back to it, use Record > Restore from backup….",
                ),
                path,
            ),
        )
        self.backed_up.emit(path)

    def _on_a_server(self, doing: str) -> bool:
        """A server record is backed up with the server's tools: say so, before any dialog."""
        advice = self._ctx.services.maintenance.server_tools_advice(doing)
        if advice is not None:
            messages.info(
                self._parent, translate("RecordController", "Use the server's backup tools"), advice
            )
        return advice is not None

    def _on_failed(self, title: str, exc: BaseException) -> None:
        self._close_busy()
        messages.show_failure(self._parent, title, exc)
        self.failed.emit(exc)

    def _close_busy(self) -> None:
        if self._busy is not None:
            self._busy.reset()
            self._busy.deleteLater()
            self._busy = None


def ask_backup_to_restore(parent: QWidget, backups_dir: Path) -> Path | None:
    """Ask which backup to restore, starting in the backups folder; None if cancelled."""
    start = backups_dir if backups_dir.is_dir() else _documents()
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("record_controller", "Restore the record from a backup"),
        str(start),
        translate("record_controller", "Record backups (*.db)"),
    )
    return Path(chosen) if chosen else None


def confirm_restore(parent: QWidget, path: Path) -> bool:
    """The restore replaces everything, so say so and let the officer back out."""
    answer = QMessageBox.question(
        parent,
        translate("record_controller", "Restore from backup"),
        arg(
            translate(
                "record_controller",
                "Replace the whole record with the backup\n%1?\n\nEverything recorded since that "
                "backup was taken will be taken out of the record. The record as it is now is "
                "saved in the backups folder first, so this can be undone.",
            ),
            path,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def _documents() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _busy_dialog(parent: QWidget, label: str) -> QProgressDialog:
    # A busy indicator (no range): neither job reports steps, and neither can be cancelled.
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(translate("record_controller", "Working"))
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 50)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    named(dialog, label.rstrip("…"))
    return dialog
