"""The report's findings as CSV: one row per question (standard library only)."""

from __future__ import annotations

import csv
from typing import Final, TextIO

from .model import ReportModel, ReportQuestion, ReportTheme

COLUMNS: Final = (
    "theme",
    "key",
    "prompt",
    "critical",
    "status",
    "rating",
    "red_flag",
    "note",
)

# Cells starting with these are run as formulas by spreadsheet programs (CSV injection).
_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def render_csv(model: ReportModel, out: TextIO) -> None:
    """Write one row per question, after a header row, to ``out``.

    Open ``out`` with ``newline=""`` (the csv module writes its own line endings). Notes
    withheld from a public summary are written as empty cells.

    Args:
        model: The report to export.
        out: A text stream to write to.
    """
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for theme in model.themes:
        for question in theme.questions:
            writer.writerow([_safe(cell) for cell in _row(theme, question)])


def _row(theme: ReportTheme, q: ReportQuestion) -> list[str]:
    return [
        theme.title,
        q.key,
        q.prompt,
        "yes" if q.critical else "no",
        q.status,
        q.rating or "",
        "yes" if q.is_red_flag else "no",
        "" if q.note_withheld else q.note,
    ]


def _safe(cell: str) -> str:
    """Stop a spreadsheet from running user text as a formula by prefixing an apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
