"""Plain message boxes, as module functions so tests patch one name (``messages.info`` ...)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ethics_scrutiny.domain.errors import ConcurrentEditError
from ethics_scrutiny.safe_logs import safe_message
from ethics_scrutiny.services.failures import as_expected

from . import local_files
from .i18n import QT_TRANSLATE_NOOP, arg, translate

CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP("messages", "Changed by someone else")

_log = logging.getLogger(__name__)
_offered: list[Path] = []  # the saved file the boxes shown now offer to open
_details: list[str] = []  # the technical details the boxes shown now keep behind a button


@contextmanager
def detailed(details: str) -> Iterator[None]:
    """Boxes shown inside this block keep ``details`` behind a "Show Details" button."""
    _details.append(details)
    try:
        yield
    finally:
        _details.pop()


@contextmanager
def offering(path: Path) -> Iterator[None]:
    """Boxes shown inside this block offer "Open" and "Show in folder" for ``path``.

    A context rather than an argument, so tests that patch ``info`` keep their signature.
    """
    _offered.append(path)
    try:
        yield
    finally:
        _offered.pop()


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
    if _offered:
        _add_file_buttons(box, _offered[-1])
    if _details:
        box.setDetailedText(_details[-1])
    box.exec()
    box.deleteLater()


def _add_file_buttons(box: QMessageBox, path: Path) -> None:
    role = QMessageBox.ButtonRole.ActionRole
    opener = box.addButton(translate("messages", "&Open"), role)
    opener.setObjectName("open_saved_file")
    opener.clicked.connect(lambda: local_files.open_file(path))
    folder = box.addButton(translate("messages", "Show in &folder"), role)
    folder.setObjectName("show_saved_file")
    folder.clicked.connect(lambda: local_files.show_in_folder(path))
    box.setDefaultButton(QMessageBox.StandardButton.Ok)


def show_failure(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Expected failures carry a sentence for the user; anything else is a crash to report."""
    known = as_expected(exc)  # a full disk, met by any writer, is a sentence too
    if known is not None:
        # For support: what failed, never what was being saved (safe_message keeps no text).
        _log.warning("Not done, the officer was told why: %s", safe_message(known))
        error(parent, title, str(known))
        return
    # Imported here because crash imports messages for its own dialog.
    from . import crash

    _log.error("Not done, unexpectedly", exc_info=exc)  # the log's formatter scrubs messages
    crash.show_crash_dialog(parent, exc)


def confirm_despite_failed_verify(parent: QWidget | None, reason: str) -> bool:
    """Ask before writing a report from a record that fails verification. True means write it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("messages", "Record failed verification"),
        arg(
            translate(
                "messages",
                "%1\n\nWrite the report all the same? Every page will be marked RECORD FAILED "
                "VERIFICATION, and the record notes that it was written despite the failure.",
            ),
            reason,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText(
        translate("messages", "Write it marked as failed")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setTextFormat(Qt.TextFormat.PlainText)  # titles in the reason are never read as HTML
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


def refused_edit(
    parent: QWidget | None,
    exc: ConcurrentEditError,
    yours: str,
    clipboard: str = "",
    *,
    sensitive: bool = False,
) -> bool:
    """Someone else's change beat the officer's: keep their text safe, ask whether to reload.

    ``clipboard`` (the officer's own typed text, if any) is put on the clipboard first, so it
    survives the reload that shows the other version, unless it is ``sensitive``: the
    clipboard is shared with every other program, so sensitive text is only shown in the box.
    ``yours`` is shown under "Show Details". True means Reload.
    """
    copied = not sensitive and bool(clipboard.strip())
    if copied:
        QGuiApplication.clipboard().setText(clipboard)
    return changed_elsewhere(parent, exc, yours, copied)


def changed_elsewhere(
    parent: QWidget | None, exc: ConcurrentEditError, yours: str, copied: bool
) -> bool:
    """The "Changed by someone else" box with Reload and Cancel; True means Reload."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("messages", CHANGED_ELSEWHERE),
        conflict_text(exc),
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setInformativeText(conflict_advice(copied))
    if yours:
        box.setDetailedText(yours)
    reload = box.addButton(translate("messages", "&Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload)
    box.setAccessibleName(translate("messages", CHANGED_ELSEWHERE))
    try:
        box.exec()
        return box.clickedButton() is reload
    finally:
        box.deleteLater()


def conflict_text(exc: ConcurrentEditError) -> str:
    """The service's sentence with the time of the other change in this computer's time."""
    return exc.sentence(local_time(exc.changed_at) if exc.changed_at else None)


def conflict_advice(copied: bool) -> str:
    kept = (
        translate(
            "messages", "Your text is on the clipboard, so you can paste it back after reloading. "
        )
        if copied
        else ""
    )
    return arg(
        translate(
            "messages",
            "%1Reload shows their version; your change is listed under Show Details. Cancel "
            "leaves the page as it is, and your change stays unsaved.",
        ),
        kept,
    )


def local_time(when: datetime) -> str:
    """A stored UTC time as this computer's local time, e.g. "14:05 on 4 Dec 2026"."""
    local = when.astimezone()
    return arg(
        translate("messages", "%1 on %2 %3"),
        format(local, "%H:%M"),
        local.day,
        format(local, "%b %Y"),
    )
