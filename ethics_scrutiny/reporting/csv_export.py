"""The report as CSV: one row per question, and the actions and conditions tracker."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Final, TextIO

from .model import ReportAction, ReportModel, ReportNotAsked, ReportQuestion, ReportTheme
from .readable import for_readers
from .text import iso_or_blank

# The first eight are the original columns; later ones are only ever added at the end.
COLUMNS: Final = (
    "theme",
    "key",
    "prompt",
    "critical",
    "status",
    "rating",
    "red_flag",
    "note",
    "module",
    "blocking",
    "evidence",
    "updated_at",
    "obligation",
    "counts_as_not_met",
    "answer",
    "asked",
    "not_asked_because",
)

ACTION_COLUMNS: Final = (
    "ref",
    "kind",
    "text",
    "owner",
    "due_date",
    "status",
    "overdue",
    "reply",
    "question_key",
    "sensitive",
)

# A cell whose first visible character is one of these is run as a formula by spreadsheet
# programs (CSV injection), including its fullwidth (＝＋－＠) and small (﹦﹢﹣﹫) forms, which
# NFKC turns into these and which some spreadsheets read as the plain sign.
_FORMULA_STARTS: Final = ("=", "+", "-", "@")
# A cell starting with a tab or line break can be split into a cell that starts with a sign.
_CONTROL_STARTS: Final = ("\t", "\r", "\n")


def render_csv(model: ReportModel, out: TextIO) -> None:
    """Write one row per question, after a header row, to ``out``.

    Open ``out`` with ``newline=""`` (the csv module writes its own line endings). Notes
    withheld from a public summary are written as empty cells.

    Args:
        model: The report to export.
        out: A text stream to write to.
    """
    model = for_readers(model)
    rows = [_row(theme, q) for theme in model.themes for q in theme.questions]
    # Questions out of scope follow, marked not asked: their answers are kept, never scored.
    rows += [_not_asked_row(q) for q in model.not_asked]
    _write(out, COLUMNS, rows)


def render_actions_csv(model: ReportModel, out: TextIO) -> None:
    """Write the actions and conditions tracker (dates as ISO 8601) to ``out``."""
    model = for_readers(model)
    _write(out, ACTION_COLUMNS, (_action_row(a) for a in model.actions))


def _write(out: TextIO, columns: tuple[str, ...], rows: Iterable[list[str]]) -> None:
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])


def _row(theme: ReportTheme, q: ReportQuestion) -> list[str]:
    return [
        theme.title,
        q.key,
        q.prompt,
        _yes(q.critical),
        q.status,
        q.rating or "",
        _yes(q.is_red_flag),
        "" if q.note_withheld else q.note,
        theme.module,
        _yes(q.blocking),
        "; ".join(q.evidence_refs),
        _utc(q.updated_at),
        q.obligation.lower(),
        q.doubted,
        q.answer,
        "yes",
        "",
    ]


def _not_asked_row(q: ReportNotAsked) -> list[str]:
    """A question out of scope: any answer kept, no flag (it is not scored), and why."""
    cells = dict.fromkeys(COLUMNS, "")
    cells.update(
        theme=q.theme,
        key=q.key,
        prompt=q.prompt,
        status=q.status or "Not answered",
        rating=q.rating or "",
        red_flag="no",
        module=q.module,
        answer=q.answer,
        asked="no",
        not_asked_because=q.why,
    )
    return [cells[column] for column in COLUMNS]


def _action_row(a: ReportAction) -> list[str]:
    return [
        a.ref,
        a.kind,
        a.text,
        a.owner,
        iso_or_blank(a.due_date),
        a.status,
        _yes(a.overdue),
        a.reply,
        a.question_key or "",
        _yes(a.sensitive),
    ]


def _utc(moment: datetime | None) -> str:
    """ISO 8601 in UTC, e.g. ``2025-07-01T09:15:00Z``, which spreadsheets read as a date."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def safe_cell(cell: str) -> str:
    """Stop a spreadsheet from running user text as a formula by prefixing an apostrophe."""
    if cell.startswith(_CONTROL_STARTS) or _first_visible(cell) in _FORMULA_STARTS:
        return "'" + cell
    return cell


def _first_visible(cell: str) -> str:
    """The first character after any spaces and invisible marks, in its plain (NFKC) form.

    Spreadsheets skip leading spaces of every kind, and a zero-width space, byte-order mark or
    direction mark in front of a sign is invisible to the reader checking the cell.
    """
    for char in cell:
        if char.isspace() or unicodedata.category(char) == "Cf":
            continue
        return unicodedata.normalize("NFKC", char)[:1]
    return ""
