"""A record made by an earlier schema revision, with data, upgrades to head with nothing lost.

Both engines: a SQLite file, and a PostgreSQL database made at revision 0001 by hand.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, text

from ethics_scrutiny.assets import templates_dir
from ethics_scrutiny.config import Settings, resolve_settings
from ethics_scrutiny.domain.enums import Language, Rating, Status, Technology
from ethics_scrutiny.domain.record import GENESIS_HASH, canonical_json
from ethics_scrutiny.domain.scrutiny import NewScrutiny, RecordHead
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import migrate, record_chain
from ethics_scrutiny.storage.engine import make_engine
from tests import record_access

UUID = "6f1c3a52-8d2e-4c8b-9a55-0a1b2c3d4e5f"
WHEN = "2026-06-01 09:30:00.000000"


def build_revision_0001(url: str) -> list[str]:
    """Create the schema exactly as revision 0001 left it, and fill it as that build would.

    The rows carry explicit IDs, as a copy of an older record would.
    """
    engine = make_engine(url, foreign_keys=False)
    with engine.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    with record_access.connection(url) as conn:
        keys = _fill_revision_0001(conn, WHEN if "sqlite" in url else f"{WHEN}+00:00")
    with record_access.connection(url) as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert revision == "0001"
    return keys


def _fill_revision_0001(conn: Connection, when: str) -> list[str]:
    core = TemplateLibrary.load(templates_dir()).core()
    body = canonical_json(core.model_dump(mode="json"))
    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
    keys = [q.key for q in core.questions()][:3]
    conn.execute(
        text("INSERT INTO template_snapshots VALUES (:sha, :slug, :version, :body, :when)"),
        {"sha": sha, "slug": core.slug, "version": core.version, "body": body, "when": when},
    )
    conn.execute(
        text(
            "INSERT INTO scrutinies (id, uuid, title, force, technology, stage, marking, "
            "supplier, purpose, question_total, created_at, updated_at) VALUES "
            "(1, :uuid, 'Live facial recognition', 'Heddlu Gwent', 'live-facial-recognition', "
            "'pilot', 'OFFICIAL-SENSITIVE', 'Example Ltd', 'Events', :total, :when, :when)"
        ),
        {"uuid": UUID, "total": sum(1 for _ in core.questions()), "when": when},
    )
    conn.execute(text("INSERT INTO scrutiny_templates VALUES (1, 0, :sha)"), {"sha": sha})
    for n, key in enumerate(keys):
        conn.execute(
            text(
                "INSERT INTO responses (id, scrutiny_id, question_key, status, rating, note, "
                "sensitive, updated_at) VALUES (:id, 1, :key, 'met', 'green', :note, "
                ":sensitive, :when)"
            ),
            {"id": n + 1, "key": key, "note": f"Nodyn {n} ŵ", "sensitive": n == 1, "when": when},
        )
    current = RecordHead(GENESIS_HASH, 0)
    for kind, payload in [
        ("scrutiny_created", {"scrutiny_uuid": UUID, "title": "Live facial recognition"}),
        ("decision", {"scrutiny_uuid": UUID, "outcome": "defer", "rationale": "Need the DPIA.",
                      "decided_by": "Panel", "conditions": [], "review_date": None}),
    ]:  # fmt: skip
        e = record_chain.make_entry(current, kind, payload, 1, "2026-06-01T09:30:00+00:00")
        conn.execute(
            text("INSERT INTO record_entries VALUES (:seq, :sid, :kind, :created_at, :payload, "
                 ":payload_sha256, :previous_hash, :entry_hash)"),
            {"seq": e.sequence, "sid": e.scrutiny_id, "kind": e.kind, "created_at": e.created_at,
             "payload": e.payload, "payload_sha256": e.payload_sha256,
             "previous_hash": e.previous_hash, "entry_hash": e.entry_hash},
        )  # fmt: skip
        current = RecordHead(e.entry_hash, e.sequence)
    return keys


def entries(url: str) -> list[tuple[object, ...]]:
    with record_access.connection(url) as conn:
        rows = conn.execute(text("SELECT * FROM record_entries ORDER BY sequence")).all()
    return [tuple(row) for row in rows]


@pytest.fixture
def old_record(
    tmp_path: Path, database_url: str, another_record: Callable[..., str]
) -> tuple[Settings, str]:
    """Settings for an empty data folder whose record is still at revision 0001."""
    url = another_record("old", migrated=False)
    settings = resolve_settings(str(tmp_path / "old"), url)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return settings, url


def test_a_revision_0001_record_upgrades_to_head_with_nothing_lost(
    old_record: tuple[Settings, str],
) -> None:
    settings, url = old_record
    keys = build_revision_0001(url)
    old_entries = entries(url)
    services = Services.open(settings)
    try:
        detail = services.scrutinies.get(1)
        assert detail.summary.title == "Live facial recognition"
        assert detail.summary.force == "Heddlu Gwent" and detail.supplier == "Example Ltd"
        # Columns added by 0002 take their defaults.
        assert detail.summary.language is Language.ENGLISH and detail.summary.round_number == 1
        assert detail.summary.previous_id is None and detail.evidence == ()
        assert set(detail.responses) == set(keys)
        assert detail.responses[keys[1]].sensitive and detail.responses[keys[1]].note == "Nodyn 1 ŵ"
        assert all(r.status is Status.MET and r.rating is Rating.GREEN
                   for r in detail.responses.values())  # fmt: skip
        assert detail.summary.created_at.isoformat() == "2026-06-01T09:30:00+00:00"
        assert [d.rationale for d in detail.decisions] == ["Need the DPIA."]
        result = services.maintenance.verify()
        # The upgrade attests the scrutiny's state (revision 0005) after the two old entries.
        assert result.ok and result.entries == 3, result.message
        assert [e.kind for e in services.maintenance.entries(1)][2] == "state_attested"
        # And the upgraded record goes on working: new entries chain after the old ones...
        services.scrutinies.answer(1, keys[0], Status.PARTLY_MET, Rating.AMBER, "Revised")
        assert services.maintenance.verify().entries == 4
        # ...and new rows get IDs after the copied ones (on a server, its sequences follow).
        second = services.scrutinies.create(NewScrutiny("Drones", "Gwent", Technology.DRONES))
        services.scrutinies.answer(second, keys[0], Status.MET, Rating.GREEN, "Seen")
        assert second == 2 and services.maintenance.verify().ok
    finally:
        services.close()
    with record_access.connection(url) as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert revision == migrate.head_revision()
    # The old entries are untouched (columns added since, such as recorded_by, are empty).
    width = len(old_entries[0])
    assert [row[:width] for row in entries(url)[:2]] == old_entries


@pytest.mark.sqlite_only
def test_the_file_was_kept_through_the_backup_api_before_migrating(
    old_record: tuple[Settings, str],
) -> None:
    settings, url = old_record
    build_revision_0001(url)
    Services.open(settings).close()
    path = settings.data_dir / "ethics-scrutiny.db"
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # The state before migrating was kept, checked, through the backup API.
    [backup] = settings.backups_dir.glob("pre-0001-*.db")
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT count(*) FROM responses").fetchone()[0] == 3


def test_the_append_only_guards_survive_the_upgrade(old_record: tuple[Settings, str]) -> None:
    settings, url = old_record
    build_revision_0001(url)
    Services.open(settings).close()
    with record_access.connection(url) as conn:
        if record_access.is_postgresql(url):
            query = "SELECT tgname FROM pg_trigger WHERE tgrelid = 'record_entries'::regclass"
            expected = {"record_entries_no_change", "record_entries_no_truncate"}
        else:
            query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            expected = {"record_entries_no_update", "record_entries_no_delete"}
        triggers = set(conn.execute(text(query)).scalars())
    assert expected <= triggers


def test_an_upgraded_record_proves_its_state_from_the_attestation_on(
    old_record: tuple[Settings, str],
) -> None:
    """Revision 0005 attests each scrutiny's state, so a legacy answer edited later is named."""
    settings, url = old_record
    keys = build_revision_0001(url)
    Services.open(settings).close()
    with record_access.connection(url) as conn:
        conn.execute(
            text("UPDATE responses SET status = 'not_met' WHERE question_key = :key"),
            {"key": keys[0]},
        )
    services = Services.open(settings)
    try:
        result = services.maintenance.verify()
    finally:
        services.close()
    assert not result.ok
    assert (
        f"Scrutiny 1 (Live facial recognition), question {keys[0]}: status: the record says "
        '"met", the table holds "not_met"' in result.message
    )
