"""The record's hashing rules are stable and domain-separated."""

from __future__ import annotations

import hashlib

from ethics_scrutiny.domain.record import GENESIS_HASH, canonical_json, entry_hash, payload_hash


def test_canonical_json_is_independent_of_key_order_and_keeps_unicode() -> None:
    assert canonical_json({"b": 1, "a": "ŵ"}) == canonical_json({"a": "ŵ", "b": 1})
    assert canonical_json({"a": "ŵ"}) == '{"a":"ŵ"}'


def test_payload_hash_is_domain_separated_from_a_plain_sha256() -> None:
    text = canonical_json({"outcome": "support"})
    assert payload_hash(text) != hashlib.sha256(text.encode()).hexdigest()
    assert len(payload_hash(text)) == 64


def test_entry_hash_changes_with_every_field() -> None:
    base = dict(
        sequence=1,
        kind="decision",
        created_at="2026-01-01T00:00:00+00:00",
        payload_sha256="a" * 64,
        previous_hash=GENESIS_HASH,
    )
    reference = entry_hash(**base)  # type: ignore[arg-type]
    for field, other in [
        ("sequence", 2),
        ("kind", "report_exported"),
        ("created_at", "2026-01-01T00:00:01+00:00"),
        ("payload_sha256", "b" * 64),
        ("previous_hash", "1" * 64),
    ]:
        assert entry_hash(**{**base, field: other}) != reference  # type: ignore[arg-type]
