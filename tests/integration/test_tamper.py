"""Tampering with a closed record is detected by verify, which names what is wrong.

On SQLite the tamperer holds the file and drops the guards; on PostgreSQL they own the
table, disable its triggers for the edit and enable them again afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import Settings, resolve_settings
from ethics_scrutiny.domain import record
from ethics_scrutiny.domain.enums import ActionKind, Outcome, Rating, Status, Technology
from ethics_scrutiny.domain.errors import DatabaseError
from ethics_scrutiny.domain.scrutiny import (
    ActionInput,
    DecisionInput,
    EvidenceInput,
    NewScrutiny,
)
from ethics_scrutiny.services import Services
from tests import record_access


@dataclass
class Built:
    settings: Settings
    url: str
    head: str  # the head a report printed before the tampering
    entries: int
    evidence_sha: str
    other_sha: str


@pytest.fixture
def built(tmp_path: Path, data_dir: Path, database_url: str) -> Iterator[Built]:
    settings = resolve_settings(str(data_dir), database_url)
    services = Services.open(settings)
    try:
        first = services.scrutinies.create(NewScrutiny("Drone pilot", "Gwent", Technology.DRONES))
        second = services.scrutinies.create(NewScrutiny("ANPR A55", "Gogledd", Technology.ANPR))
        keys = [q.key for q in services.scrutinies.get(first).checklist.questions()]
        for key in keys[:3]:
            services.scrutinies.answer(first, key, Status.MET, Rating.GREEN, "Seen")
        services.decisions.decide(
            first, DecisionInput(Outcome.DEFER, "More information needed.", "Panel")
        )
        dpia = tmp_path / "DPIA v5.pdf"
        dpia.write_bytes(b"%PDF-1.4 the force's DPIA, version 5")
        other = tmp_path / "EIA.pdf"
        other.write_bytes(b"%PDF-1.4 an equality impact assessment")
        item = services.evidence.add(first, EvidenceInput("DPIA v5", file_path=str(dpia)))
        extra = services.evidence.add(second, EvidenceInput("EIA", file_path=str(other)))
        services.actions.add(first, ActionInput(ActionKind.QUESTION, "Send the DPIA annex"))
        services.scrutinies.answer(second, "LB-01", Status.NOT_MET, Rating.RED, "None")
        head = services.maintenance.head()
        assert services.maintenance.verify().ok
    finally:
        services.close()
    assert item.file_sha256 and extra.file_sha256
    yield Built(
        settings,
        database_url,
        head.head_hash,
        head.entries,
        item.file_sha256,
        extra.file_sha256,
    )


def tamper(url: str, *statements: str, **params: object) -> None:
    """What the file's holder or the table's owner could do: switch off the guards and edit."""
    with record_access.as_owner(url) as conn:
        for statement in statements:
            conn.execute(text(statement), params)


def row(url: str, sequence: int) -> dict[str, object]:
    with record_access.connection(url) as conn:
        found = conn.execute(
            text("SELECT * FROM record_entries WHERE sequence = :sequence"), {"sequence": sequence}
        )
        return dict(found.mappings().one())


def verify(built: Built, head: str | None = None) -> tuple[bool, str, int | None]:
    services = Services.open(built.settings)
    try:
        result = services.maintenance.verify(head)
    finally:
        services.close()
    return result.ok, result.message, result.first_bad_sequence


def decision_sequence(built: Built) -> int:
    with record_access.connection(built.url) as conn:
        query = text("SELECT sequence FROM record_entries WHERE kind = 'decision'")
        return int(conn.execute(query).scalar_one())


def test_the_untouched_record_verifies_and_extends_its_earlier_head(built: Built) -> None:
    ok, message, _ = verify(built, built.head)
    assert ok, message
    assert f"{built.entries} entries" in message and "2 attached files match" in message


def test_the_guards_refuse_an_edit_before_anything_else(built: Built) -> None:
    refused = ["UPDATE record_entries SET payload='{}' WHERE sequence=1",
               "DELETE FROM record_entries WHERE sequence=1"]  # fmt: skip
    if record_access.is_postgresql(built.url):
        refused.append("TRUNCATE record_entries")
    for statement in refused:
        with (
            pytest.raises(DBAPIError, match="append-only"),
            record_access.connection(built.url) as conn,
        ):
            conn.exec_driver_sql(statement)
    ok, message, _ = verify(built, built.head)
    assert ok, message


def test_an_edited_payload_is_named(built: Built) -> None:
    seq = decision_sequence(built)
    payload = json.loads(str(row(built.url, seq)["payload"]))
    payload["outcome"] = "support"
    tamper(
        built.url,
        "UPDATE record_entries SET payload=:payload WHERE sequence=:seq",
        payload=record.canonical_json(payload),
        seq=seq,
    )
    ok, message, bad = verify(built)
    assert not ok and bad == seq
    assert f"Entry {seq} has been altered: its content no longer matches its hash" in message


def test_an_edited_payload_with_its_hash_recomputed_is_named(built: Built) -> None:
    seq = decision_sequence(built)
    payload = json.loads(str(row(built.url, seq)["payload"]))
    payload["rationale"] = "Supported in full."
    new_text = record.canonical_json(payload)
    tamper(
        built.url,
        "UPDATE record_entries SET payload=:payload, payload_sha256=:sha WHERE sequence=:seq",
        payload=new_text,
        sha=record.payload_hash(new_text),
        seq=seq,
    )
    ok, message, bad = verify(built)
    assert not ok and bad == seq
    assert f"Entry {seq} has been altered: its hash does not match its details" in message


def test_a_deleted_entry_is_named(built: Built) -> None:
    tamper(built.url, "DELETE FROM record_entries WHERE sequence=3")
    ok, message, bad = verify(built)
    assert not ok and bad == 4
    assert "Entry 3 is missing: the record jumps to entry 4" in message


def test_a_deleted_last_entry_is_caught_by_the_head_on_an_earlier_report(built: Built) -> None:
    tamper(built.url, f"DELETE FROM record_entries WHERE sequence={built.entries}")
    ok, message, bad = verify(built)  # what is left is a valid, shorter chain...
    # ...whose entries no longer account for the answer the deleted entry recorded...
    assert not ok and bad is None
    assert "The record's entries verify" in message
    assert (
        "Scrutiny 2 (ANPR A55), question LB-01: the table holds it but no record entry" in message
    )
    ok, message, _ = verify(built, built.head)  # ...and that no longer holds the printed head
    assert not ok
    assert f"does not contain the head {built.head}" in message


def test_reordered_entries_are_named(built: Built) -> None:
    tamper(
        built.url,
        "UPDATE record_entries SET sequence=-1 WHERE sequence=2",
        "UPDATE record_entries SET sequence=2 WHERE sequence=3",
        "UPDATE record_entries SET sequence=3 WHERE sequence=-1",
    )
    ok, message, bad = verify(built)
    assert not ok and bad == 2
    assert "Entry 2 does not follow entry 1" in message


def test_a_row_rewritten_with_its_own_hashes_recomputed_breaks_the_next_link(
    built: Built,
) -> None:
    seq = decision_sequence(built)
    old = row(built.url, seq)
    payload = json.loads(str(old["payload"]))
    payload["outcome"] = "support"
    new_text = record.canonical_json(payload)
    sha = record.payload_hash(new_text)
    new_hash = record.entry_hash(
        sequence=seq,
        kind=str(old["kind"]),
        created_at=str(old["created_at"]),
        payload_sha256=sha,
        previous_hash=str(old["previous_hash"]),
    )
    tamper(
        built.url,
        "UPDATE record_entries SET payload=:payload, payload_sha256=:sha, entry_hash=:hash "
        "WHERE sequence=:seq",
        payload=new_text,
        sha=sha,
        hash=new_hash,
        seq=seq,
    )
    ok, message, bad = verify(built)
    assert not ok and bad == seq + 1
    assert f"Entry {seq + 1} does not follow entry {seq}: the chain is broken" in message


def test_a_whole_rewritten_chain_is_caught_only_by_an_earlier_head(built: Built) -> None:
    """Whoever holds the file can re-hash everything; the head printed on a report catches it."""
    seq = decision_sequence(built)
    with record_access.connection(built.url) as conn:
        rows = conn.execute(
            text("SELECT sequence, kind, created_at, payload FROM record_entries ORDER BY sequence")
        ).all()
    statements = []
    previous = record.GENESIS_HASH
    for sequence, kind, created_at, payload in rows:
        if sequence == seq:
            payload = payload.replace('"defer"', '"support"')
        sha = record.payload_hash(payload)
        digest = record.entry_hash(
            sequence=sequence,
            kind=kind,
            created_at=created_at,
            payload_sha256=sha,
            previous_hash=previous,
        )
        statements.append(
            {"payload": payload, "sha": sha, "previous": previous, "hash": digest, "seq": sequence}
        )
        previous = digest
    with record_access.as_owner(built.url) as conn:
        conn.execute(
            text(
                "UPDATE record_entries SET payload=:payload, payload_sha256=:sha, "
                "previous_hash=:previous, entry_hash=:hash WHERE sequence=:seq"
            ),
            statements,
        )
    assert verify(built)[0]
    ok, message, _ = verify(built, built.head)
    assert not ok and "does not extend the record printed on that report" in message


def test_an_entry_moved_to_another_scrutiny_is_named(built: Built) -> None:
    seq = decision_sequence(built)
    tamper(built.url, f"UPDATE record_entries SET scrutiny_id=2 WHERE sequence={seq}")
    ok, message, bad = verify(built)
    assert not ok and bad == seq
    assert f"Entry {seq} has been moved: it is about scrutiny 1 but is now filed under 2" in message


@pytest.mark.sqlite_only
def test_a_truncated_file_is_refused_and_left_as_it_is(built: Built) -> None:
    path = built.settings.data_dir / "ethics-scrutiny.db"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    cut = path.read_bytes()
    with pytest.raises(DatabaseError, match=r"damaged|integrity check") as caught:
        Services.open(built.settings)
    assert "restore your latest backup" in str(caught.value)
    assert path.read_bytes() == cut


def change_kept_file(built: Built, sha: str, content: bytes | None) -> None:
    """Rewrite (or, given None, remove) a kept evidence file where the record keeps it:
    the data folder for SQLite, the ``evidence_blobs`` table on a server."""
    if record_access.is_postgresql(built.url):
        with record_access.as_owner(built.url) as conn:
            if content is None:
                found = conn.execute(
                    text("DELETE FROM evidence_blobs WHERE sha256 = :sha"), {"sha": sha}
                )
            else:
                found = conn.execute(
                    text("UPDATE evidence_blobs SET content = :content WHERE sha256 = :sha"),
                    {"content": content, "sha": sha},
                )
            assert found.rowcount == 1
        return
    path = built.settings.evidence_dir / sha[:2] / sha
    if content is None:
        path.unlink()
    else:
        path.write_bytes(content)


def test_a_changed_evidence_file_is_named_with_its_item_and_scrutiny(built: Built) -> None:
    change_kept_file(built, built.evidence_sha, b"%PDF-1.4 a quietly edited DPIA")
    ok, message, bad = verify(built)
    assert not ok and bad is None
    assert "the record's entries verify" in message.lower()
    assert (
        "Evidence item 1 (DPIA v5) of scrutiny 1 (Drone pilot): its file has been changed "
        "since it was attached" in message
    )


def test_a_missing_evidence_file_is_named(built: Built) -> None:
    change_kept_file(built, built.other_sha, None)
    ok, message, _ = verify(built)
    assert not ok
    assert "Evidence item 2 (EIA) of scrutiny 2 (ANPR A55): its file is missing" in message


def test_an_evidence_row_pointed_at_another_file_is_named(built: Built) -> None:
    with record_access.connection(built.url) as conn:
        conn.execute(
            text("UPDATE evidence SET file_sha256 = :sha WHERE id = 1"), {"sha": built.other_sha}
        )
    ok, message, _ = verify(built)
    assert not ok
    assert "Evidence item 1 (DPIA v5)" in message
    assert "its file hash has been changed since record entry" in message


def test_the_command_line_reports_the_first_bad_entry_and_the_evidence(
    built: Built, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(built.url, "DELETE FROM record_entries WHERE sequence=2")
    change_kept_file(built, built.evidence_sha, b"changed")
    data = ["--data-dir", str(built.settings.data_dir)]
    assert main([*data, "verify", "--json"]) == 1
    shown = json.loads(capsys.readouterr().out)
    assert shown["ok"] is False and shown["first_bad_sequence"] == 3
    assert shown["evidence"]["ok"] is False
    assert shown["evidence"]["problems"][0]["evidence_title"] == "DPIA v5"
    assert main([*data, "verify"]) == 1
    assert "Entry 2 is missing" in capsys.readouterr().out


def first_answer_key(built: Built) -> str:
    with record_access.connection(built.url) as conn:
        query = text("SELECT min(question_key) FROM responses WHERE scrutiny_id = 1")
        return str(conn.execute(query).scalar_one())


# Direct edits of the tables a report prints from, each with what verify must say about it.
STATE_TAMPERING = {
    "status": (
        "UPDATE responses SET status = 'not_met' WHERE scrutiny_id = 1 AND question_key = :key",
        'Scrutiny 1 (Drone pilot), question {key}: status: the record says "met", the table '
        'holds "not_met"',
    ),
    "note": (
        "UPDATE responses SET note = 'Not seen' WHERE scrutiny_id = 1 AND question_key = :key",
        "Scrutiny 1 (Drone pilot), question {key}: its note is not the text the record holds",
    ),
    "sensitive flag": (
        "UPDATE responses SET sensitive = true WHERE scrutiny_id = 1 AND question_key = :key",
        "Scrutiny 1 (Drone pilot), question {key}: sensitive: the record says false, the table "
        "holds true",
    ),
    "deleted answer": (
        "DELETE FROM responses WHERE scrutiny_id = 1 AND question_key = :key",
        "Scrutiny 1 (Drone pilot), question {key}: the record holds it but the table does not",
    ),
    "title": (
        "UPDATE scrutinies SET title = 'Drone trial' WHERE id = 1 AND :key = :key",
        'Scrutiny 1 (Drone trial), its details: title: the record says "Drone pilot", the '
        'table holds "Drone trial"',
    ),
    "force": (
        "UPDATE scrutinies SET force = 'Dyfed-Powys' WHERE id = 1 AND :key = :key",
        'Scrutiny 1 (Drone pilot), its details: force: the record says "Gwent", the table '
        'holds "Dyfed-Powys"',
    ),
    "evidence title": (
        "UPDATE evidence SET title = 'DPIA v6' WHERE id = 1 AND :key = :key",
        "Scrutiny 1 (Drone pilot), evidence item 1: its title is not the text the record holds",
    ),
    "evidence row": (
        "UPDATE evidence SET received_on = '2026-01-05' WHERE id = 1 AND :key = :key",
        "Scrutiny 1 (Drone pilot), evidence item 1: received on: the record says nothing, the "
        'table holds "2026-01-05"',
    ),
    "action text": (
        "UPDATE actions SET text = 'Nothing needed' WHERE id = 1 AND :key = :key",
        "Scrutiny 1 (Drone pilot), action 1: its text is not the text the record holds",
    ),
}


@pytest.mark.parametrize("case", sorted(STATE_TAMPERING))
def test_a_table_edited_outside_the_app_is_named_by_verify(built: Built, case: str) -> None:
    statement, expected = STATE_TAMPERING[case]
    key = first_answer_key(built)
    with record_access.connection(built.url) as conn:
        conn.execute(text(statement), {"key": key})
    for head in (None, built.head):  # the chain itself is intact and extends the printed head
        ok, message, bad = verify(built, head)
        assert not ok and bad is None
        assert "The record's entries verify" in message
        assert expected.format(key=key) in message, message


def test_an_evidence_row_added_outside_the_app_is_named(built: Built) -> None:
    with record_access.connection(built.url) as conn:
        conn.execute(
            text(
                "INSERT INTO evidence (id, scrutiny_id, uuid, title, kind, reference, "
                "description, file_name, sensitive, added_at, updated_at, version) VALUES "
                "(9, 2, 'c0ffee00-0000-4000-8000-000000000009', 'Planted', 'document', '', '', "
                "'', false, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"
            )
        )
    ok, message, _ = verify(built)
    assert not ok
    assert (
        "Scrutiny 2 (ANPR A55), evidence item 9: the table holds it but no record entry does"
        in message
    )


def test_the_command_line_names_a_changed_status_against_the_decision(
    built: Built, capsys: pytest.CaptureFixture[str]
) -> None:
    key = first_answer_key(built)
    statement, _expected = STATE_TAMPERING["status"]
    with record_access.connection(built.url) as conn:
        conn.execute(text(statement), {"key": key})
    data = ["--data-dir", str(built.settings.data_dir)]
    assert main([*data, "record", "1"]) == 0
    shown = capsys.readouterr().out
    assert f"Answers have changed since decision {decision_sequence(built)} ({key})." in shown
    assert "This scrutiny's record fails verification" in shown
    assert main([*data, "verify", "--head", built.head, "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    [difference] = result["state"]["differences"]
    assert (difference["item"], difference["field"]) == (f"response.{key}", "status")
    assert (difference["recorded"], difference["current"]) == ("met", "not_met")


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("payload", "CAST('{}' AS BLOB)", "its payload is stored as binary data instead of text"),
        ("kind", "CAST(X'C3284B' AS TEXT)", "its kind is not valid UTF-8 text"),
        ("payload", "CAST(X'7BFF7D' AS TEXT)", "its payload is not valid UTF-8 text"),
    ],
)
def test_an_entry_holding_the_wrong_type_is_named_not_a_traceback(
    built: Built, column: str, value: str, expected: str
) -> None:
    tamper(built.url, f"UPDATE record_entries SET {column} = {value} WHERE sequence = 3")
    ok, message, bad = verify(built)
    assert not ok and bad == 3
    assert f"Entry 3 has been altered: {expected}." in message
    services = Services.open(built.settings)
    try:
        check = services.maintenance.check_scrutiny(1)
    finally:
        services.close()
    assert not check.ok and f"Entry 3 has been altered: {expected}" in check.problems[0]


@pytest.mark.sqlite_only  # a server database without it is refused on opening, in a sentence
def test_a_dropped_record_table_is_named(built: Built, capsys: pytest.CaptureFixture[str]) -> None:
    with record_access.connection(built.url) as conn:
        conn.exec_driver_sql("DROP TABLE record_entries")
    ok, message, _ = verify(built)
    assert not ok
    assert "The record's table of entries is missing" in message
    assert main(["--data-dir", str(built.settings.data_dir), "verify", "--json"]) == 1
    assert "table of entries is missing" in json.loads(capsys.readouterr().out)["message"]
