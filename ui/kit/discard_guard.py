"""A dialog that asks before Escape, Cancel or its close button throws away unsaved input."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def ask_discard(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask whether to throw the input away; True means discard it (Cancel is the default)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class DiscardGuardDialog(QDialog):
    """Subclasses say whether anything would be lost and how to ask; the keys are handled here."""

    def has_unsaved(self) -> bool:
        raise NotImplementedError

    def discard_confirmed(self) -> bool:
        raise NotImplementedError

    def cancel(self) -> None:
        """Escape and Cancel: unsaved input is only thrown away when confirmed."""
        if not self.has_unsaved() or self.discard_confirmed():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's close button asks too; closing from code (shutting down) does not.
        if event.spontaneous() and self.has_unsaved() and not self.discard_confirmed():
            event.ignore()
            return
        super().closeEvent(event)
