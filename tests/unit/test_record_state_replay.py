"""Replaying the states record entries carry (no database needed)."""

from __future__ import annotations

from ethics_scrutiny.storage.record_rows import checked_row
from ethics_scrutiny.storage.record_state import replay, text_sha256


def test_later_states_replace_earlier_ones_and_null_removes_an_item() -> None:
    met = {
        "status": "met",
        "rating": "green",
        "note_sha256": text_sha256("Seen"),
        "sensitive": False,
    }
    gone = {"status": "not_met"}
    recorded = replay(
        [
            ("response_changed", {"state": {"response.A": gone, "response.B": met}}),
            ("response_changed", {"state": {"response.A": met}}),
            ("state_recorded", {"state": {"response.B": None}}),
            ("decision", {"outcome": "defer"}),  # no state: changes nothing
        ]
    )
    assert recorded == {"response.A": met}


def test_an_attestation_starts_the_state_afresh() -> None:
    recorded = replay(
        [
            ("response_changed", {"state": {"response.A": {"status": "met"}}}),
            ("state_attested", {"state": {"scrutiny": {"title": "Drones"}}}),
        ]
    )
    assert recorded == {"scrutiny": {"title": "Drones"}}


def test_a_note_digest_is_the_one_response_changed_entries_keep() -> None:
    import hashlib

    assert text_sha256("Nodyn ŵ") == hashlib.sha256("Nodyn ŵ".encode()).hexdigest()


def test_a_column_of_the_wrong_type_is_named_with_the_entry() -> None:
    row = checked_row(
        3,
        ("integer", b"3", "integer", b"1", "blob", b"kind", "text", b"2026", "text", b"\xff",
         "text", b"a", "null", None, "text", b"c"),
    )  # fmt: skip
    assert row.sequence == 3 and row.problem == (
        "Entry 3 has been altered: its kind is stored as binary data instead of text; its "
        "payload is not valid UTF-8 text; its previous hash is empty."
    )
