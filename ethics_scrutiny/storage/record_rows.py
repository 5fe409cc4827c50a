"""Reading record entries whose columns may have been tampered into the wrong type.

SQLite stores any value in any column, so someone holding the file can put binary data, a
number or text that is not UTF-8 where an entry's text belongs; reading such a row the usual
way stops with an exception. Here each column comes back as raw bytes with its storage type,
so verify can name the entry instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from sqlalchemy import text
from sqlalchemy.orm import Session

_TEXT_COLUMNS = ("kind", "created_at", "payload", "payload_sha256", "previous_hash", "entry_hash")


class CheckedRow(NamedTuple):
    """An entry's columns as plain values, with what was wrong with their storage, if anything."""

    sequence: Any
    scrutiny_id: Any
    kind: Any
    created_at: Any
    payload: Any
    payload_sha256: Any
    previous_hash: Any
    entry_hash: Any
    problem: str | None


def careful_rows(session: Session, scrutiny_id: int | None = None) -> Iterator[CheckedRow]:
    """Every entry (or one scrutiny's) in sequence order, each column checked for its type."""
    selected = ", ".join(
        f"typeof({name}), CAST({name} AS BLOB)"
        for name in ("sequence", "scrutiny_id", *_TEXT_COLUMNS)
    )
    where = "" if scrutiny_id is None else " WHERE scrutiny_id = :sid"
    query = text(f"SELECT {selected} FROM record_entries{where} ORDER BY sequence")
    params = {} if scrutiny_id is None else {"sid": scrutiny_id}
    for position, raw in enumerate(session.connection().execute(query, params), start=1):
        yield checked_row(position, tuple(raw))


def checked_row(position: int, raw: tuple[Any, ...]) -> CheckedRow:
    """One row read as (storage type, bytes) pairs per column, at ``position`` in the read."""
    kinds, values = raw[0::2], raw[1::2]
    sequence = _whole_number(kinds[0], values[0])
    name = f"Entry {sequence}" if sequence is not None else f"The entry at position {position}"
    problems: list[str] = []
    if sequence is None:
        problems.append("its sequence number is not a whole number")
    scrutiny_id = _whole_number(kinds[1], values[1])
    if kinds[1] != "null" and scrutiny_id is None:
        problems.append("its scrutiny is not a whole number")
    texts: list[str | None] = []
    for column, kind, value in zip(_TEXT_COLUMNS, kinds[2:], values[2:], strict=True):
        decoded, problem = _text(column, kind, value)
        texts.append(decoded)
        if problem:
            problems.append(problem)
    problem = f"{name} has been altered: {'; '.join(problems)}." if problems else None
    kind, created_at, payload, payload_sha256, previous_hash, entry_hash = texts
    return CheckedRow(
        sequence if sequence is not None else position, scrutiny_id, kind, created_at, payload,
        payload_sha256, previous_hash, entry_hash, problem,
    )  # fmt: skip


def _whole_number(kind: str, value: Any) -> int | None:
    if kind != "integer" or value is None:
        return None
    return int(bytes(value).decode("ascii"))


def _text(column: str, kind: str, value: Any) -> tuple[str | None, str | None]:
    label = column.replace("_", " ")
    if kind == "null":
        return None, f"its {label} is empty"
    if kind == "blob":
        return None, f"its {label} is stored as binary data instead of text"
    if kind != "text":
        return None, f"its {label} is stored as a number instead of text"
    try:
        return bytes(value).decode("utf-8"), None
    except UnicodeDecodeError:
        return None, f"its {label} is not valid UTF-8 text"
