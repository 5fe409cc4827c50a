"""Whole-record commands: import a bundle and back up the record, both on the database worker."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from . import file_dialogs, messages
from .accessibility import named
from .context import AppContext


class RecordController(QObject):
    """Runs one import or backup at a time, with a busy indicator while the worker has it."""

    imported = Signal(int)  # the new scrutiny's ID
    backed_up = Signal(object)  # Path of the checked copy
    failed = Signal(object)  # BaseException

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = context
        self._parent = parent_widget
        self._busy: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self._busy is not None

    def import_bundle(self) -> None:
        if self.busy:
            return
        path = file_dialogs.ask_open_bundle(self._parent, _documents())
        if path is None:
            return
        self._busy = _busy_dialog(self._parent, f"Importing {path.name}…")
        self._ctx.tasks.run_db(
            lambda: self._ctx.services.bundles.import_bundle(path),
            self._on_imported,
            lambda exc: self._on_failed("Bundle not imported", exc),
        )

    def backup_record(self) -> None:
        if self.busy:
            return
        stamp = datetime.now().strftime("%Y-%m-%d %H%M")
        suggested = _documents() / f"Ethics Scrutiny record {stamp}.db"
        path = file_dialogs.ask_save_backup(self._parent, suggested)
        if path is None:
            return
        self._busy = _busy_dialog(self._parent, "Copying and checking the record…")
        self._ctx.tasks.run_db(
            lambda: self._ctx.services.maintenance.backup(path),
            self._on_backed_up,
            lambda exc: self._on_failed("Record not backed up", exc),
        )

    def _on_imported(self, scrutiny_id: int) -> None:
        self._close_busy()
        self._ctx.events.scrutinies_changed.emit()
        self._ctx.events.record_changed.emit()
        self._ctx.events.status_message.emit("Bundle imported")
        self.imported.emit(scrutiny_id)

    def _on_backed_up(self, path: Path) -> None:
        self._close_busy()
        messages.info(
            self._parent,
            "Record backed up",
            f"A checked copy of the record was saved to:\n{path}\n\n"
            "Keep it somewhere safe; to use it, open the app with --db sqlite:///<that file>.",
        )
        self.backed_up.emit(path)

    def _on_failed(self, title: str, exc: BaseException) -> None:
        self._close_busy()
        messages.show_failure(self._parent, title, exc)
        self.failed.emit(exc)

    def _close_busy(self) -> None:
        if self._busy is not None:
            self._busy.reset()
            self._busy.deleteLater()
            self._busy = None


def _documents() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _busy_dialog(parent: QWidget, label: str) -> QProgressDialog:
    # A busy indicator (no range): neither job reports steps, and neither can be cancelled.
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowTitle("Working")
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 50)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    named(dialog, label.rstrip("…"))
    return dialog
