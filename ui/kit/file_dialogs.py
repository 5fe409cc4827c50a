"""File choosers as small functions, so tests patch them instead of driving native dialogs.

Each opens in the folder last used for its kind of file (see ``folders``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ethics_scrutiny import i18n
from ethics_scrutiny.reporting.formats import ExportFormat, format_info

from . import folders
from .i18n import QT_TRANSLATE_NOOP, translate

BACKUP_FILTER = QT_TRANSLATE_NOOP("file_dialogs", "Record backups (*.db)")


def export_filter(fmt: str) -> tuple[str, str]:
    """The save dialog's filter for an export format (in the interface language) and the
    suffix its file must have, both from the report format table."""
    info = format_info(fmt)
    return i18n.gettext(info.file_filter), f".{info.extension}"


def ask_save_file(
    parent: QWidget | None,
    caption: str,
    suggested: Path,
    name_filter: str,
    suffix: str,
    kind: str = "",
) -> Path | None:
    """Ask where to save; ``None`` if the user cancels. The result always ends in ``suffix``.

    ``kind``: the chooser opens in the folder last used for it, and remembers the new one.
    """
    start = folders.start_at(kind, suggested) if kind else suggested
    chosen, _selected_filter = QFileDialog.getSaveFileName(parent, caption, str(start), name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if kind:
        folders.remember(kind, path)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_open_file(
    parent: QWidget | None, caption: str, start: Path, name_filter: str, kind: str
) -> Path | None:
    """Ask for an existing file, starting where ``kind`` was last opened; ``None`` if cancelled."""
    chosen, _selected_filter = QFileDialog.getOpenFileName(
        parent, caption, str(folders.start_at(kind, start)), name_filter
    )
    if not chosen:
        return None
    folders.remember(kind, Path(chosen))
    return Path(chosen)


def ask_save_pdf(parent: QWidget | None, caption: str, suggested: Path) -> Path | None:
    return ask_save_file(
        parent, caption, suggested, *export_filter(ExportFormat.PDF), kind=folders.PDF
    )


def ask_save_export(parent: QWidget | None, caption: str, suggested: Path, fmt: str) -> Path | None:
    return ask_save_file(parent, caption, suggested, *export_filter(fmt), kind=str(fmt))


def ask_save_backup(parent: QWidget | None, suggested: Path) -> Path | None:
    return ask_save_file(
        parent,
        translate("file_dialogs", "Back up the record to"),
        suggested,
        translate("file_dialogs", BACKUP_FILTER),
        ".db",
        kind=folders.BACKUP,
    )


def ask_open_bundle(parent: QWidget | None, start: Path) -> Path | None:
    """Ask for a bundle to import; ``None`` if cancelled."""
    # The bundle's signature is checked next (an unsigned one is confirmed then).
    return ask_open_file(
        parent,
        translate("file_dialogs", "Import a scrutiny bundle"),
        start,
        export_filter(ExportFormat.JSON)[0],
        folders.BUNDLE,
    )


def ask_open_evidence(parent: QWidget | None, start: Path) -> Path | None:
    """Ask for a file the force supplied (any kind); ``None`` if the user cancels."""
    return ask_open_file(
        parent,
        translate("file_dialogs", "Attach an evidence file"),
        start,
        translate("file_dialogs", "All files (*)"),
        folders.EVIDENCE,
    )
