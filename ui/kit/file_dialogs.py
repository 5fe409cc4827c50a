"""File choosers as small functions, so tests patch them instead of driving native dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ethics_scrutiny.reporting.formats import format_info

from .i18n import QT_TRANSLATE_NOOP, translate

PDF_FILTER = QT_TRANSLATE_NOOP("file_dialogs", "PDF documents (*.pdf)")
BUNDLE_FILTER = QT_TRANSLATE_NOOP("file_dialogs", "Scrutiny bundles (*.json)")
BACKUP_FILTER = QT_TRANSLATE_NOOP("file_dialogs", "Record backups (*.db)")

# What each export format is called in a save dialog, and the suffix its file must have.
EXPORT_FILTERS = {
    "pdf": (PDF_FILTER, ".pdf"),
    "html": (QT_TRANSLATE_NOOP("file_dialogs", "Web pages (*.html)"), ".html"),
    "csv": (QT_TRANSLATE_NOOP("file_dialogs", "CSV spreadsheets (*.csv)"), ".csv"),
    "json": (BUNDLE_FILTER, ".json"),
}


def ask_save_file(
    parent: QWidget | None, caption: str, suggested: Path, name_filter: str, suffix: str
) -> Path | None:
    """Ask where to save; ``None`` if the user cancels. The result always ends in ``suffix``."""
    chosen, _selected_filter = QFileDialog.getSaveFileName(
        parent, caption, str(suggested), name_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_save_pdf(parent: QWidget | None, caption: str, suggested: Path) -> Path | None:
    return ask_save_file(parent, caption, suggested, translate("file_dialogs", PDF_FILTER), ".pdf")


def ask_save_export(parent: QWidget | None, caption: str, suggested: Path, fmt: str) -> Path | None:
    # A format in the report format table with no translated filter here takes the table's.
    info = format_info(fmt)
    name_filter, suffix = EXPORT_FILTERS.get(fmt, (info.file_filter, f".{info.extension}"))
    return ask_save_file(parent, caption, suggested, translate("file_dialogs", name_filter), suffix)


def ask_save_backup(parent: QWidget | None, suggested: Path) -> Path | None:
    return ask_save_file(
        parent,
        translate("file_dialogs", "Back up the record to"),
        suggested,
        translate("file_dialogs", BACKUP_FILTER),
        ".db",
    )


def ask_open_bundle(parent: QWidget | None, start: Path) -> Path | None:
    """Ask for a bundle to import; ``None`` if cancelled."""
    chosen, _selected_filter = QFileDialog.getOpenFileName(
        parent,
        translate("file_dialogs", "Import a scrutiny bundle"),
        str(start),
        translate("file_dialogs", BUNDLE_FILTER),
    )
    # The bundle's signature is checked next (an unsigned one is confirmed then).
    return Path(chosen) if chosen else None


def ask_open_evidence(parent: QWidget | None, start: Path) -> Path | None:
    """Ask for a file the force supplied (any kind); ``None`` if the user cancels."""
    chosen, _selected_filter = QFileDialog.getOpenFileName(
        parent,
        translate("file_dialogs", "Attach an evidence file"),
        str(start),
        translate("file_dialogs", "All files (*)"),
    )
    return Path(chosen) if chosen else None
