"""Every table of the record as plain JSON rows, out to an archive and back in, unchanged.

Rows keep their keys (IDs, record sequences, hashes) exactly, so the record chain and each
scrutiny's state verify in the record that takes them in just as they did in the old one.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Integer, Table, TypeDecorator, func, insert, select, text
from sqlalchemy.orm import Session

from ethics_scrutiny.domain.errors import InvalidInputError

from .models import Base, Evidence, OfficeProfileRow, RecordEntry, Scrutiny

# Derived or kept elsewhere in the archive: the dashboard cache is worked out again, and
# evidence files (blobs on a server) travel as files of their own.
_NOT_ARCHIVED = frozenset({"scrutiny_facts", "evidence_blobs"})
BATCH = 1000

Row = dict[str, Any]


def archived_tables() -> list[Table]:
    """The tables an archive holds, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in _NOT_ARCHIVED]


def dump(session: Session, table: Table) -> Iterator[Row]:
    """Every row of ``table`` in key order, as JSON-ready values."""
    order = list(table.primary_key.columns)
    result = (
        session.connection()
        .execution_options(yield_per=BATCH)
        .execute(select(table).order_by(*order))
    )
    for row in result.mappings():
        yield {name: _to_json(value) for name, value in row.items()}


def load(session: Session, table: Table, rows: Iterable[Row]) -> int:
    """Insert ``rows`` into ``table`` in batches; returns how many."""
    convert = _converters(table)
    count = 0
    batch: list[Row] = []
    for row in rows:
        unknown = set(row) - set(convert)
        if unknown:
            raise InvalidInputError(
                "The archive holds data this version of Ethics Scrutiny does not know "
                f"({table.name}); install the newer version to import it."
            )
        batch.append({name: convert[name](value) for name, value in row.items()})
        if len(batch) >= BATCH:
            session.execute(insert(table), batch)
            count, batch = count + len(batch), []
    if batch:
        session.execute(insert(table), batch)
        count += len(batch)
    return count


def holds_anything(session: Session) -> bool:
    """Whether the record holds any scrutiny, record entry or office profile."""
    for model in (Scrutiny, RecordEntry, OfficeProfileRow):
        if session.execute(select(func.count()).select_from(model)).scalar_one():
            return True
    return False


def file_hashes(session: Session) -> set[str]:
    """Every evidence file the record keeps (items marked "file not supplied" have none here)."""
    query = select(Evidence.file_sha256).where(
        Evidence.file_sha256.is_not(None), Evidence.file_not_supplied.is_(False)
    )
    hashes = {h for h in session.scalars(query) if h}
    logo = session.scalar(select(OfficeProfileRow.logo_sha256))
    return hashes | ({logo} if logo else set())


def continue_key_sequences(session: Session) -> None:
    """On PostgreSQL, move each ID sequence past the IDs just copied in."""
    if session.connection().dialect.name != "postgresql":
        return  # SQLite takes the next ID from the largest in the table
    for table in archived_tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        if keys[0].autoincrement is False or table.name == "office_profile":
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{keys[0].name}'), "
                f"COALESCE((SELECT MAX({keys[0].name}) FROM {table.name}), 0) + 1, false)"
            )
        )


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _converters(table: Table) -> dict[str, Callable[[Any], Any]]:
    found: dict[str, Callable[[Any], Any]] = {}
    for column in table.columns:
        column_type = column.type
        if isinstance(column_type, TypeDecorator):
            column_type = column_type.impl_instance  # UTCDateTime names no Python type itself
        try:
            kind = column_type.python_type
        except NotImplementedError:
            kind = object
        found[column.name] = _converter(kind)
    return found


def _converter(kind: type) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if value is None:
            return None
        if kind is datetime:
            return datetime.fromisoformat(value)
        if kind is date:
            return date.fromisoformat(value)
        if kind is bytes:
            return base64.b64decode(value)
        if kind in (int, str, bool) and not isinstance(value, kind):
            raise InvalidInputError(
                "The archive holds a value of the wrong kind; it is damaged and was not imported."
            )
        return value

    return convert
