"""Plain message boxes, as module functions so tests patch one name (``messages.info`` ...)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ethics_scrutiny.domain.errors import EthicsScrutinyError


def info(parent: QWidget | None, title: str, text: str) -> None:
    _show(QMessageBox.Icon.Information, parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    _show(QMessageBox.Icon.Warning, parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    _show(QMessageBox.Icon.Critical, parent, title, text)


def _show(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    # Paths, hashes and error text are often copied into an email to support or the panel.
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setTextFormat(Qt.TextFormat.PlainText)  # user and file text is never read as HTML
    box.exec()
    box.deleteLater()


def show_failure(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Expected failures carry a sentence for the user; anything else is a crash to report."""
    if isinstance(exc, EthicsScrutinyError):
        error(parent, title, str(exc))
        return
    # Imported here because crash imports messages for its own dialog.
    from . import crash

    crash.show_crash_dialog(parent, exc)
