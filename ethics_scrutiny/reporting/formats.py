"""The one table that says what each export format is: label, file type, renderer, menu entry.

The command line's choices, the app's menus and save dialogs and the report service all read
this table, so adding a format is one row here and one renderer. It imports nothing heavy
(the command line builds its parser from it): each renderer is imported when first used.

Its words are marked for the core's catalogue (``N_``): the app shows them in the interface
language through ``i18n.gettext``; the command line, which never sets a language, stays English.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from ..i18n import N_

if TYPE_CHECKING:
    from .cancel import Cancelled
    from .model import ReportModel

Progress = Callable[[int, int], None]
Renderer = Callable[["ReportModel", "Progress | None", "Cancelled | None"], bytes]


class ExportFormat(StrEnum):
    # In the order the command line and the File menu offer them: papers, then data.
    PDF = "pdf"
    HTML = "html"
    DOCX = "docx"
    CSV = "csv"
    ACTIONS_CSV = "actions-csv"
    JSON = "json"


@dataclass(frozen=True)
class FormatInfo:
    """What one export format is, for every place that offers or writes it."""

    format: ExportFormat
    name: str  # how messages name it before "panel report", e.g. "accessible HTML "
    extension: str  # without the dot
    file_filter: str  # the save dialog's filter
    menu_text: str  # the File menu entry for the panel report
    menu_tip: str
    cli_help: str
    render: Renderer | None  # None: a bundle, which the bundle service builds
    file_kind: str = ""  # added to a suggested file name, e.g. " - actions"
    public_menu_text: str = ""  # a menu entry for the public summary too, if offered
    public_menu_tip: str = ""
    menu_id: str = ""  # the app's action id (kept stable: tests and settings name it)
    public_menu_id: str = ""
    shortcut: str = ""  # e.g. "Ctrl+E", in QKeySequence's portable form
    public_shortcut: str = ""

    def describe(self, public: bool) -> str:
        """E.g. "panel report", "accessible HTML public summary", "bundle of the panel report"."""
        return self.name + ("public summary" if public else "panel report")

    def menu_entries(self) -> tuple[MenuEntry, ...]:
        """The File menu's entries for this format: the panel report, then the public summary."""
        panel = MenuEntry(
            self.menu_id, self.format, False, self.menu_text, self.menu_tip, self.shortcut
        )
        if not self.public_menu_text:
            return (panel,)
        public = MenuEntry(
            self.public_menu_id, self.format, True, self.public_menu_text,
            self.public_menu_tip, self.public_shortcut,
        )  # fmt: skip
        return (panel, public)


@dataclass(frozen=True)
class MenuEntry:
    """One File menu entry that exports a format; its words are in English, for ``N_``."""

    id: str
    format: ExportFormat
    public: bool
    text: str
    tip: str
    shortcut: str


def _pdf(model: ReportModel, progress: Progress | None, cancelled: Cancelled | None) -> bytes:
    # reportlab is imported at the first PDF export, not at start-up (~0.3 s).
    from .pdf.render import render_pdf

    buffer = io.BytesIO()
    render_pdf(model, buffer, progress=progress, cancelled=cancelled)
    return buffer.getvalue()


def _html(model: ReportModel, _progress: Progress | None, _cancelled: Cancelled | None) -> bytes:
    from .html import render_html

    return render_html(model).encode("utf-8")


def _docx(model: ReportModel, progress: Progress | None, cancelled: Cancelled | None) -> bytes:
    # python-docx (and lxml) load at the first Word export, not at start-up.
    from .word.render import render_docx

    return render_docx(model, progress, cancelled)


def _csv(actions: bool) -> Renderer:
    def render(model: ReportModel, _p: Progress | None, _c: Cancelled | None) -> bytes:
        from .csv_export import render_actions_csv, render_csv

        text = io.StringIO(newline="")
        (render_actions_csv if actions else render_csv)(model, text)
        # A byte-order mark lets Excel on Windows read the UTF-8 correctly.
        return ("\ufeff" + text.getvalue()).encode("utf-8")

    return render


FORMATS: dict[ExportFormat, FormatInfo] = {
    info.format: info
    for info in (
        FormatInfo(
            ExportFormat.PDF, "", "pdf", N_("PDF documents (*.pdf)"), N_("&Export PDF…"),
            N_("Save the panel report for the scrutiny as a PDF (a print copy)"),
            "the panel paper (or public summary) as a PDF print copy", _pdf,
            public_menu_text=N_("Export &public summary PDF…"),
            public_menu_tip=N_("Save a PDF that leaves out everything marked sensitive"),
            menu_id="export_pdf", public_menu_id="export_public",
            shortcut="Ctrl+E", public_shortcut="Ctrl+Shift+E",
        ),
        FormatInfo(
            ExportFormat.HTML, N_("accessible HTML "), "html", N_("Web pages (*.html)"),
            N_("Export accessible &HTML…"),
            N_("Save the report as an accessible web page, for screen readers and publishing"),
            "the accessible version, for screen readers and publishing", _html,
            public_menu_text=N_("Export accessible public &summary (HTML)…"),
            public_menu_tip=N_(
                "Save the public summary as an accessible web page, for publishing"
            ),
            menu_id="export_html", public_menu_id="export_public_html",
        ),
        FormatInfo(
            ExportFormat.DOCX, N_("Word "), "docx", N_("Word documents (*.docx)"),
            N_("Export editable &Word copy…"),
            N_("Save the report as a Word document to edit before a meeting"),
            "an editable Word copy of the panel paper (or public summary)", _docx,
            public_menu_text=N_("Export editable public summar&y (Word)…"),
            public_menu_tip=N_(
                "Save the public summary as a Word document to edit before it is published"
            ),
            menu_id="export_docx", public_menu_id="export_public_docx",
        ),
        FormatInfo(
            ExportFormat.CSV, N_("CSV "), "csv", N_("CSV spreadsheets (*.csv)"),
            N_("Export answers as &CSV…"), N_("Save every answer as a spreadsheet"),
            "every answer as a spreadsheet", _csv(actions=False), menu_id="export_csv",
        ),
        FormatInfo(
            ExportFormat.ACTIONS_CSV, N_("actions CSV of the "), "csv",
            N_("CSV spreadsheets (*.csv)"), N_("Export actions and con&ditions as CSV…"),
            N_("Save the actions and conditions tracker as a spreadsheet"),
            "the actions and conditions tracker as a spreadsheet", _csv(actions=True),
            file_kind=N_(" - actions"), menu_id="export_actions_csv",
        ),
        FormatInfo(
            ExportFormat.JSON, N_("bundle of the "), "json", N_("Scrutiny bundles (*.json)"),
            N_("Export &bundle…"),
            N_("Save the whole scrutiny as a bundle another office can import"),
            "a bundle of the whole scrutiny, for another office or a laptop", None,
            menu_id="export_bundle",
        ),
    )
}  # fmt: skip


def format_info(fmt: ExportFormat | str) -> FormatInfo:
    """The table's row for a format (or its command-line name)."""
    return FORMATS[ExportFormat(fmt)]


def format_for_extension(extension: str) -> ExportFormat | None:
    """The first format in the table written with ``extension`` ("csv": the answers CSV)."""
    for info in FORMATS.values():
        if info.extension == extension.lower().lstrip("."):
            return info.format
    return None


def menu_entries() -> tuple[MenuEntry, ...]:
    """Every File menu entry that exports, in the table's order."""
    return tuple(entry for info in FORMATS.values() for entry in info.menu_entries())


def cli_help() -> str:
    return "; ".join(f"{info.format.value}: {info.cli_help}" for info in FORMATS.values())
