"""The entry hash's direct header text is exactly the canonical JSON it replaces."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from ethics_scrutiny.domain import record

# Any text, including quotes, backslashes, control characters and non-ASCII (no lone
# surrogates: those cannot be hashed as UTF-8 either way).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


def slow_entry_hash(**fields: object) -> str:
    header = record.canonical_json(fields)
    return hashlib.sha256(b"ethics-scrutiny/record/entry/v1\x00" + header.encode()).hexdigest()


@given(sequence=st.integers(0, 10**12), kind=TEXT, created_at=TEXT, payload=TEXT, previous=TEXT)
def test_the_fast_header_equals_canonical_json(
    sequence: int, kind: str, created_at: str, payload: str, previous: str
) -> None:
    fields = {
        "sequence": sequence,
        "kind": kind,
        "created_at": created_at,
        "payload_sha256": payload,
        "previous_hash": previous,
    }
    assert record.entry_hash(**fields) == slow_entry_hash(**fields)  # type: ignore[arg-type]


def test_a_known_entry_keeps_its_hash() -> None:
    fields = {
        "sequence": 7,
        "kind": "decision",
        "created_at": "2026-12-04T10:00:00.000000+00:00",
        "payload_sha256": "ab" * 32,
        "previous_hash": "0" * 64,
    }
    assert record.entry_hash(**fields) == slow_entry_hash(**fields)  # type: ignore[arg-type]
