"""The scrutiny list read with the standard library alone, for the command line's quick list.

``list --json`` is what scripts call over and over; importing SQLAlchemy, the models and the
services took most of its time. This reads the same rows the dashboard reads
(:mod:`ethics_scrutiny.storage.dashboard_queries`, :mod:`ethics_scrutiny.services.dashboard`)
through ``sqlite3`` opened read-only, and answers ``None`` whenever it cannot answer exactly
as the full path would: then the caller opens the record the usual way. Nothing here writes.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from ethics_scrutiny.domain.enums import Language, Marking, Outcome, Rating, Stage, Technology
from ethics_scrutiny.domain.lapse import approval_lapsed

from .record_marks import APPLICATION_ID, HEAD_REVISION, daily_name, weekly_name

# The tables the list is made of: checked with quick_check before they are read.
LISTED_TABLES = ("scrutinies", "scrutiny_facts", "actions")
_SQLITE_MAGIC = b"SQLite format 3\x00"
# How SQLAlchemy keeps DATETIME and DATE in SQLite; any other text goes the full way.
_STORED_DATETIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?")
_STORED_DATE = re.compile(r"\d{4}-\d\d-\d\d")

E = TypeVar("E", bound=Enum)


def _by_value(kind: type[E]) -> dict[object, E]:
    # A dict lookup, as the dashboard does: several times cheaper than ``Kind(value)``.
    return {member.value: member for member in kind}


_TECHNOLOGY = _by_value(Technology)
_STAGE = _by_value(Stage)
_MARKING = _by_value(Marking)
_LANGUAGE = _by_value(Language)
_RATING: dict[object, Rating | None] = {None: None, **_by_value(Rating)}
_OUTCOME: dict[object, Outcome | None] = {None: None, **_by_value(Outcome)}

_ROWS = """
SELECT s.id, s.title, s.force, s.technology, s.stage, s.marking, s.updated_at,
       s.question_total, s.language, s.round_number, s.previous_id,
       f.answered, f.overall_rating, f.ready_for_panel, f.red_flag_count, f.latest_outcome,
       f.next_review_date, s.impact_level
FROM scrutinies AS s LEFT OUTER JOIN scrutiny_facts AS f ON f.scrutiny_id = s.id
WHERE s.id NOT IN (
    SELECT scrutiny_id FROM record_entries
    WHERE kind = 'scrutiny_withdrawn' AND scrutiny_id IS NOT NULL
)
ORDER BY s.updated_at DESC, s.id DESC
"""
_ACTIONS = """
SELECT scrutiny_id, count(*), sum(CASE WHEN due_date < ? THEN 1 ELSE 0 END)
FROM actions WHERE status = 'open' GROUP BY scrutiny_id
"""


class CannotAnswer(Exception):
    """The quick list cannot answer exactly as the full path would; open the record instead."""


@dataclass(frozen=True, slots=True)
class ListedRow:
    """One row of the list, with the fields ``ScrutinySummary`` gives ``list --json``."""

    id: int
    title: str
    force: str
    technology: Technology
    stage: Stage
    marking: Marking
    updated_at: datetime
    answered: int
    total: int
    latest_outcome: Outcome | None
    language: Language
    round_number: int
    previous_id: int | None
    overall_rating: Rating | None
    ready_for_panel: bool
    red_flag_count: int
    next_review_date: date | None
    open_actions: int
    overdue_actions: int
    approval_lapsed: bool
    impact_level: int | None = None


def check_file(path: Path, backups_dir: Path) -> None:
    """Raise CannotAnswer unless opening ``path`` the full way would write nothing.

    That is: an existing file stamped as ours, no journal a crash may have left (the full
    path rolls it back), and today's daily and weekly backups already taken.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        raise CannotAnswer from None
    if header[:16] != _SQLITE_MAGIC or int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise CannotAnswer  # foreign, damaged or not yet stamped: the full path decides
    for suffix in ("-journal", "-wal"):
        if path.with_name(path.name + suffix).exists():
            raise CannotAnswer
    today = datetime.now(UTC).date()
    for name in (daily_name(today), weekly_name(today)):
        if not (backups_dir / name).exists():
            raise CannotAnswer


def read_rows(path: Path, today: date) -> list[ListedRow]:
    """Every listed scrutiny, newest first, read in one read-only transaction."""
    uri = f"file:{_uri_path(path)}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, isolation_level=None)) as connection:
            connection.execute("BEGIN")
            _check_schema(connection)
            rows = connection.execute(_ROWS).fetchall()
            counts = {
                sid: (int(total), int(late or 0))
                for sid, total, late in connection.execute(_ACTIONS, (today.isoformat(),))
            }
            connection.execute("COMMIT")
        return [_row(row, counts.get(row[0], (0, 0)), today) for row in rows]
    except (sqlite3.Error, KeyError, ValueError, TypeError, OverflowError):
        # Damage SQLite meets while reading, or a value the enums do not know: the full path
        # runs the whole quick_check and says what is wrong.
        raise CannotAnswer from None


def _uri_path(path: Path) -> str:
    # A SQLite URI must escape "?", "#" and "%", which a folder name may contain.
    return quote(str(path.absolute()), safe="/\\:")


def _check_schema(connection: sqlite3.Connection) -> None:
    (app_id,) = connection.execute("PRAGMA application_id").fetchone()
    versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if app_id != APPLICATION_ID or versions != [(HEAD_REVISION,)]:
        raise CannotAnswer  # to migrate, or newer than this build: the full path says which
    for table in LISTED_TABLES:
        # The whole file's check is the full path's (it runs whenever a day's backup is due);
        # here only the tables the list reads, a few milliseconds instead of most of a second.
        result = connection.execute(f"PRAGMA quick_check({table})").fetchall()
        if result != [("ok",)]:
            raise CannotAnswer


def _row(row: Sequence[object], actions: tuple[int, int], today: date) -> ListedRow:
    (sid, title, force, technology, stage, marking, updated, total, language) = row[:9]
    (round_number, previous_id, answered, rating, ready, flags, outcome, review) = row[9:17]
    impact_level = row[17]
    if answered is None:
        raise CannotAnswer  # facts not yet worked out: the full path works them out and keeps them
    latest = _OUTCOME[outcome]
    review_date = _date(review)
    return ListedRow(
        id=_int(sid),
        title=_text(title),
        force=_text(force),
        technology=_TECHNOLOGY[technology],
        stage=_STAGE[stage],
        marking=_MARKING[marking],
        updated_at=_datetime(updated),
        answered=_int(answered),
        total=_int(total),
        latest_outcome=latest,
        language=_LANGUAGE.get(language) or Language(str(language)),  # any code: fr, ga
        round_number=_int(round_number),
        previous_id=None if previous_id is None else _int(previous_id),
        overall_rating=_RATING[rating],
        ready_for_panel=bool(_int(ready)),
        red_flag_count=_int(flags),
        next_review_date=review_date,
        open_actions=actions[0],
        overdue_actions=actions[1],
        approval_lapsed=approval_lapsed(latest, review_date, today),
        impact_level=None if impact_level is None else _int(impact_level),
    )


def _int(value: object) -> int:
    if type(value) is not int:
        raise CannotAnswer
    return value


def _text(value: object) -> str:
    if type(value) is not str:
        raise CannotAnswer
    return value


def _datetime(value: object) -> datetime:
    if not isinstance(value, str) or not _STORED_DATETIME.fullmatch(value):
        raise CannotAnswer
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _date(value: object) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _STORED_DATE.fullmatch(value):
        raise CannotAnswer
    return date.fromisoformat(value)
