"""``list --json`` without SQLAlchemy, the models or the services, when that gives the same text.

Scripts call ``list --json`` over and over, and opening the record the full way (importing
SQLAlchemy, pydantic and the services, checking the whole file, parsing templates) took
about 40 times as long as starting Python. On a SQLite record that needs nothing written (at
this build's schema, stamped as ours, facts cached for every scrutiny, today's backups taken,
no journal left by a crash, not held by another program, no office templates whose problems
would be warned about), the rows are read with ``sqlite3`` alone (see
:mod:`ethics_scrutiny.storage.quick_list`) and printed by the same functions the full path
uses. In every other case ``run`` returns ``None`` and the record is opened as usual, so its
checks and messages are the full path's own. tests/integration/test_quick_list.py compares
the two paths' output on many records.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from . import indented_json
from .cli_list_json import summary_json
from .config import DATABASE_FILENAME, DB_ENV, DB_PASSWORD_FILE_ENV, data_folder
from .domain.bidi import json_escaped
from .domain.errors import EthicsScrutinyError
from .storage import placement
from .storage.quick_list import CannotAnswer, ListedRow, check_file, read_rows
from .storage.writer_lock import WriterLock


def run(args: argparse.Namespace) -> int | None:
    """Print the list as JSON and return 0, or return ``None`` having printed nothing."""
    if args.db or args.db_password_file or os.environ.get(DB_ENV):
        return None  # a server record (or an address to check): the full path
    if os.environ.get(DB_PASSWORD_FILE_ENV):
        return None
    if getattr(args, "sort", "id") != "id":
        return None  # another order: the full path's own
    folder = data_folder(args.data_dir)
    today = date.today()
    rows = _rows(folder, folder / DATABASE_FILENAME, today)
    if rows is None:
        return None
    rows = sorted(rows, key=lambda row: row.id)  # as the full path sorts by default
    print(json_escaped(indented_json.dumps([summary_json(row, today) for row in rows])))
    return 0


def _rows(folder: Path, path: Path, today: date) -> list[ListedRow] | None:
    if _has_office_templates(folder / "templates"):
        return None  # loading them may warn about one: the full path prints that warning
    try:
        # The full path's refusals (a network share, a read-only folder) are its to say.
        placement.check_local_folder(folder)
        placement.check_writable_folder(folder)
        check_file(path, folder / "backups")
        # Held like the full path holds it: no migration or restore starts while this reads.
        # Held by another program: the full path opens the record read-only and says so.
        lock = WriterLock.acquire(path, purpose="the command 'list'")
    except (CannotAnswer, EthicsScrutinyError, OSError):
        return None
    try:
        return read_rows(path, today)
    except CannotAnswer:
        return None
    finally:
        lock.release()


def _has_office_templates(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            return any(True for _ in entries)
    except FileNotFoundError:
        return False
    except OSError:
        return True
