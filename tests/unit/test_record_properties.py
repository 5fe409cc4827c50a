"""Property tests: canonical payload encoding, and the chain over any sequence of appends."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ethics_scrutiny.domain import record
from ethics_scrutiny.domain.scrutiny import RecordHead
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.models import RecordEntry

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.text(max_size=30)
)
PAYLOADS = st.dictionaries(
    st.text(max_size=12),
    st.recursive(
        SCALARS,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                   max_size=4),
        max_leaves=12,
    ),
    max_size=6,
)  # fmt: skip
KINDS = st.sampled_from(["decision", "response_changed", "report_exported", "correction"])
APPENDS = st.lists(st.tuples(KINDS, PAYLOADS, st.none() | st.integers(1, 3)), max_size=12)
HASHED_TEXT_FIELDS = ("kind", "created_at", "payload", "payload_sha256", "previous_hash",
                      "entry_hash")  # fmt: skip


def build(appends: list[tuple[str, dict[str, Any], int | None]]) -> list[RecordEntry]:
    entries: list[RecordEntry] = []
    current = RecordHead(record.GENESIS_HASH, 0)
    for n, (kind, payload, scrutiny_id) in enumerate(appends):
        when = f"2026-11-25T10:{n // 60:02d}:{n % 60:02d}.000000+00:00"
        entry = record_chain.make_entry(current, kind, payload, scrutiny_id, when)
        entries.append(entry)
        current = RecordHead(entry.entry_hash, entry.sequence)
    return entries


@settings(deadline=None)
@given(PAYLOADS)
def test_canonical_json_round_trips_and_is_stable(payload: dict[str, Any]) -> None:
    text = record.canonical_json(payload)
    assert json.loads(text) == payload
    assert record.canonical_json(json.loads(text)) == text
    reordered = dict(reversed(list(payload.items())))
    assert record.canonical_json(reordered) == text  # key order never matters


@settings(deadline=None)
@given(PAYLOADS, PAYLOADS)
def test_different_payloads_never_share_a_canonical_form(
    a: dict[str, Any], b: dict[str, Any]
) -> None:
    assert (record.canonical_json(a) == record.canonical_json(b)) == (a == b)


@settings(deadline=None)
@given(APPENDS)
def test_any_sequence_of_appends_verifies(appends: list[Any]) -> None:
    entries = build(appends)
    result = record_chain.verify_entries(entries)
    assert result.ok and result.entries == len(appends)
    for entry in entries:  # and the chain extends every head it has had
        assert record_chain.verify_entries(entries, entry.entry_hash).ok


@settings(max_examples=200, deadline=None)
@given(APPENDS.filter(bool), st.data())
def test_any_single_change_to_any_entry_fails_verification(appends: list[Any], data: Any) -> None:
    entries = build(appends)
    victim = data.draw(st.sampled_from(entries))
    field = data.draw(st.sampled_from([*HASHED_TEXT_FIELDS, "sequence"]))
    if field == "sequence":
        victim.sequence = data.draw(st.integers(-5, 50).filter(lambda s: s != victim.sequence))
    else:
        text: str = getattr(victim, field)
        if not text:
            text = " "
        position = data.draw(st.integers(0, len(text) - 1))
        replacement = data.draw(st.characters().filter(lambda c: c != text[position]))
        setattr(victim, field, text[:position] + replacement + text[position + 1 :])
    result = record_chain.verify_entries(sorted(entries, key=lambda e: e.sequence))
    assert not result.ok
    assert result.first_bad_sequence is not None


@settings(deadline=None)
@given(APPENDS.filter(lambda a: len(a) >= 2), st.data())
def test_removing_or_swapping_entries_fails_verification(appends: list[Any], data: Any) -> None:
    entries = build(appends)
    i = data.draw(st.integers(0, len(entries) - 2))
    dropped = entries[:i] + entries[i + 1 :]
    assert not record_chain.verify_entries(dropped).ok
    swapped = list(entries)
    swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
    assert not record_chain.verify_entries(swapped).ok


@settings(deadline=None)
@given(APPENDS.filter(bool), st.data())
def test_an_entry_filed_under_another_scrutiny_fails_verification(
    appends: list[Any], data: Any
) -> None:
    uuids = {1: "uuid-one", 2: "uuid-two", 3: "uuid-three"}
    named = [(k, {**p, "scrutiny_uuid": uuids[s or 1]}, s or 1) for k, p, s in appends]
    entries = build(named)
    assert record_chain.verify_entries(entries, scrutiny_uuids=uuids).ok
    victim = data.draw(st.sampled_from(entries))
    victim.scrutiny_id = data.draw(
        st.sampled_from([None, 1, 2, 3]).filter(lambda s: s != victim.scrutiny_id)
    )
    result = record_chain.verify_entries(entries, scrutiny_uuids=uuids)
    assert not result.ok and result.first_bad_sequence == victim.sequence


def test_an_entry_altered_to_hold_a_lone_surrogate_fails_verification_without_raising() -> None:
    # Found by the property test above: no UTF-8 input holds a lone surrogate, so only
    # tampering can put one there, and verify must report it rather than crash.
    entries = build([("decision", {"outcome": "defer"}, 1), ("correction", {"reason": "x"}, 1)])
    for field in ("kind", "payload"):
        victim = build([("decision", {"outcome": "defer"}, 1)])[0]
        setattr(victim, field, getattr(victim, field)[:-1] + "\ud800")
        result = record_chain.verify_entries([victim, *entries[1:]])
        assert not result.ok and result.first_bad_sequence == 1
