"""The standing decision of each scrutiny, read newest first, as a full replay finds it."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from ethics_scrutiny.storage.facts import standing_decisions

Row = tuple[int, int | None, str, str]
# Each step: a scrutiny, and whether its entry is a decision or a withdrawal, and which of
# that scrutiny's earlier decisions (by position, if any) it cites.
STEPS = st.lists(
    st.tuples(st.integers(1, 3), st.booleans(), st.one_of(st.none(), st.integers(0, 40))),
    max_size=40,
)


def history(steps: list[tuple[int, bool, int | None]]) -> list[Row]:
    """The record entries the steps make, oldest first; an entry only cites an earlier one."""
    rows: list[Row] = []
    decided: dict[int, list[int]] = {}
    for sequence, (sid, withdrawal, pick) in enumerate(steps, start=1):
        earlier = decided.get(sid, [])
        cited = earlier[pick % len(earlier)] if earlier and pick is not None else None
        if withdrawal:
            if cited is None:
                continue
            rows.append((sequence, sid, "decision_withdrawn", json.dumps({"withdraws": cited})))
            continue
        payload: dict[str, object] = {"outcome": "defer", "n": sequence}
        if cited is not None:
            payload["supersedes"] = cited
        rows.append((sequence, sid, "decision", json.dumps(payload)))
        decided.setdefault(sid, []).append(sequence)
    return rows


def replayed(rows: list[Row]) -> dict[int, dict[str, object]]:
    """The rule read the long way: the newest decision that no entry supersedes or withdraws."""
    parsed = [(seq, sid, kind, json.loads(text)) for seq, sid, kind, text in rows]
    replaced = {
        p.get("supersedes" if kind == "decision" else "withdraws") for _s, _i, kind, p in parsed
    }
    standing: dict[int, dict[str, object]] = {}
    for seq, sid, kind, payload in parsed:
        if kind == "decision" and sid and seq not in replaced:
            standing[sid] = payload
    return standing


@settings(deadline=None)
@given(STEPS)
def test_newest_first_finds_what_a_full_replay_finds(
    steps: list[tuple[int, bool, int | None]],
) -> None:
    rows = history(steps)
    expected = replayed(rows)
    newest_first = list(reversed(rows))
    assert standing_decisions(newest_first) == expected
    # Stopping once every scrutiny asked about has its decision loses nothing.
    asked = len({sid for _seq, sid, _kind, _text in rows})
    assert standing_decisions(iter(newest_first), asked) == expected


def test_reading_stops_at_the_standing_decision() -> None:
    """A scrutiny decided 500 times over has only its newest entry read."""
    rows = [(n, 1, "decision", json.dumps({"outcome": "defer", "n": n})) for n in range(1, 501)]
    read: list[int] = []

    def newest_first() -> object:
        for row in reversed(rows):
            read.append(row[0])
            yield row

    assert standing_decisions(newest_first(), 1) == {1: {"outcome": "defer", "n": 500}}  # type: ignore[arg-type]
    assert read == [500]


def test_a_withdrawn_decision_leaves_the_one_before_it_standing_only_if_not_replaced() -> None:
    rows = [
        (1, 7, "decision", json.dumps({"outcome": "support"})),
        (2, 7, "decision", json.dumps({"outcome": "defer", "supersedes": 1})),
        (3, 7, "decision_withdrawn", json.dumps({"withdraws": 2})),
        (4, 8, "decision", json.dumps({"outcome": "support"})),
        (5, 8, "decision", json.dumps({"outcome": "refuse"})),
        (6, 8, "decision_withdrawn", json.dumps({"withdraws": 5})),
    ]
    assert standing_decisions(reversed(rows), 2) == {8: {"outcome": "support"}}
