"""The one table that says what each export format is: label, file type, renderer, menu entry.

The command line's choices, the app's menus and save dialogs and the report service all read
this table, so adding a format is one row here and one renderer. It imports nothing heavy
(the command line builds its parser from it): each renderer is imported when first used.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cancel import Cancelled
    from .model import ReportModel

Progress = Callable[[int, int], None]
Renderer = Callable[["ReportModel", "Progress | None", "Cancelled | None"], bytes]


class ExportFormat(StrEnum):
    PDF = "pdf"
    HTML = "html"
    JSON = "json"
    CSV = "csv"
    ACTIONS_CSV = "actions-csv"
    DOCX = "docx"


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

    def describe(self, public: bool) -> str:
        """E.g. "panel report", "accessible HTML public summary", "bundle of the panel report"."""
        return self.name + ("public summary" if public else "panel report")


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
            ExportFormat.PDF, "", "pdf", "PDF documents (*.pdf)", "&Export PDF…",
            "Save the panel report for the scrutiny as a PDF (a print copy)",
            "the panel paper (or public summary) as a PDF print copy", _pdf,
            public_menu_text="Export &public summary PDF…",
        ),
        FormatInfo(
            ExportFormat.HTML, "accessible HTML ", "html", "Web pages (*.html)",
            "Export accessible &HTML…",
            "Save the report as an accessible web page, for screen readers and publishing",
            "the accessible version, for screen readers and publishing", _html,
            public_menu_text="Export accessible public &summary (HTML)…",
        ),
        FormatInfo(
            ExportFormat.JSON, "bundle of the ", "json", "Scrutiny bundles (*.json)",
            "Export &bundle…", "Save the whole scrutiny as a bundle another office can import",
            "a bundle of the whole scrutiny, for another office or a laptop", None,
        ),
        FormatInfo(
            ExportFormat.CSV, "CSV ", "csv", "CSV spreadsheets (*.csv)",
            "Export answers as &CSV…", "Save every answer as a spreadsheet",
            "every answer as a spreadsheet", _csv(actions=False),
        ),
        FormatInfo(
            ExportFormat.ACTIONS_CSV, "actions CSV of the ", "csv", "CSV spreadsheets (*.csv)",
            "Export actions and con&ditions as CSV…",
            "Save the actions and conditions tracker as a spreadsheet",
            "the actions and conditions tracker as a spreadsheet", _csv(actions=True),
            file_kind=" - actions",
        ),
        FormatInfo(
            ExportFormat.DOCX, "Word ", "docx", "Word documents (*.docx)",
            "Export editable &Word copy…",
            "Save the report as a Word document to edit before a meeting",
            "an editable Word copy of the panel paper (or public summary)", _docx,
            public_menu_text="Export public summary as &Word…",
        ),
    )
}  # fmt: skip


def format_info(fmt: ExportFormat | str) -> FormatInfo:
    """The table's row for a format (or its command-line name)."""
    return FORMATS[ExportFormat(fmt)]


def cli_help() -> str:
    return "; ".join(f"{info.format.value}: {info.cli_help}" for info in FORMATS.values())
