"""Compare what the record's entries say each item is with what the tables hold now."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import record_state
from .models import RecordEntry, Scrutiny
from .record_state import ScrutinyState, State


@dataclass(frozen=True)
class StateDifference:
    """One item whose current value is not the one the record proves."""

    scrutiny_id: int
    scrutiny_title: str
    item: str  # as the record names it: "scrutiny", "response.<key>", "evidence.<uuid>", ...
    label: str  # in words: "its details", "question LB-01", "evidence item 3", "action 2"
    field: str | None  # None when the whole item is missing on one side
    recorded: Any
    current: Any
    detail: str

    @property
    def message(self) -> str:
        return f"Scrutiny {self.scrutiny_id} ({self.scrutiny_title}), {self.label}: {self.detail}."


def recorded_states(
    session: Session, scrutiny_ids: Collection[int] | None = None
) -> dict[int, ScrutinyState]:
    """Each scrutiny's items as its entries, replayed in order, say they must be now."""
    query = (
        select(RecordEntry.scrutiny_id, RecordEntry.kind, RecordEntry.payload)
        .where(RecordEntry.scrutiny_id.is_not(None))
        .order_by(RecordEntry.sequence)
    )
    if scrutiny_ids is not None:
        query = query.where(RecordEntry.scrutiny_id.in_(list(scrutiny_ids)))
    grouped: dict[int, list[tuple[str, dict[str, Any]]]] = {}
    # Streamed in batches: a whole record's payloads need not all be held at once.
    streamed = session.connection().execute(query.execution_options(yield_per=2000))
    for scrutiny_id, kind, payload in streamed:
        # Most entries carry no state; skip parsing those (a whole record has 100,000s).
        if not isinstance(payload, str) or '"state":' not in payload:
            continue
        parsed = json.loads(payload)
        if isinstance(parsed, dict) and scrutiny_id is not None:
            grouped.setdefault(scrutiny_id, []).append((kind, parsed))
    return {sid: record_state.replay(entries) for sid, entries in grouped.items()}


def differences(
    session: Session, scrutiny_ids: Collection[int] | None = None
) -> list[StateDifference]:
    """Every difference between the replayed record and the tables (all scrutinies or some)."""
    recorded = recorded_states(session, scrutiny_ids)
    current = record_state.current_states(session, scrutiny_ids)
    titles = {sid: title for sid, title in session.execute(select(Scrutiny.id, Scrutiny.title))}
    found: list[StateDifference] = []
    for scrutiny_id in sorted(set(recorded) | set(current)):
        title = titles.get(scrutiny_id, "no longer in the table of scrutinies")
        ours, theirs = recorded.get(scrutiny_id, {}), current.get(scrutiny_id, {})
        for item in sorted(set(ours) | set(theirs), key=_item_order):
            found.extend(
                _item_differences(scrutiny_id, title, item, ours.get(item), theirs.get(item))
            )
    return found


def _item_order(item: str) -> tuple[int, str]:
    kind = item.split(".", 1)[0]
    return ({"scrutiny": 0, "response": 1, "evidence": 2, "action": 3}.get(kind, 4), item)


def _item_differences(
    scrutiny_id: int, title: str, item: str, recorded: State | None, current: State | None
) -> list[StateDifference]:
    if recorded == current:
        return []
    label = _label(item, recorded or current or {})
    if recorded is None:
        detail = "the table holds it but no record entry does (it was added outside the app)"
        return [StateDifference(scrutiny_id, title, item, label, None, None, current, detail)]
    if current is None:
        detail = "the record holds it but the table does not (it was removed outside the app)"
        return [StateDifference(scrutiny_id, title, item, label, None, recorded, None, detail)]
    return [
        StateDifference(
            scrutiny_id,
            title,
            item,
            label,
            name,
            recorded.get(name),
            current.get(name),
            _field_detail(name, recorded.get(name), current.get(name)),
        )
        for name in sorted(set(recorded) | set(current))
        if recorded.get(name) != current.get(name)
    ]


def _label(item: str, state: State) -> str:
    kind, _, key = item.partition(".")
    if kind == "scrutiny":
        return "its details"
    if kind == "response":
        return f"question {key}"
    if kind == "evidence":
        return f"evidence item {state.get('id', key)}"
    if kind == "action":
        return f"action {state.get('id', key)}"
    return item


def _field_detail(name: str, recorded: Any, current: Any) -> str:
    if name.endswith("_sha256") and name != "file_sha256":
        words = name.removesuffix("_sha256").replace("_", " ")
        return (
            f"its {words} is not the text the record holds (record: digest "
            f"{_short(recorded)}, table: digest {_short(current)})"
        )
    words = name.replace("_", " ")
    return f"{words}: the record says {_shown(recorded)}, the table holds {_shown(current)}"


def _short(value: Any) -> str:
    return f"{value[:12]}…" if isinstance(value, str) else "none"


def _shown(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, str | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value).lower() if isinstance(value, bool) else str(value)
