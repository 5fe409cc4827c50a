"""A record made by an earlier schema revision, with data, upgrades to head with nothing lost."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command

from ethics_scrutiny.assets import templates_dir
from ethics_scrutiny.config import resolve_settings, sqlite_url
from ethics_scrutiny.domain.enums import Language, Rating, Status
from ethics_scrutiny.domain.record import GENESIS_HASH, canonical_json
from ethics_scrutiny.domain.scrutiny import RecordHead
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import migrate, record_chain
from ethics_scrutiny.storage.engine import make_engine

UUID = "6f1c3a52-8d2e-4c8b-9a55-0a1b2c3d4e5f"
WHEN = "2026-06-01 09:30:00.000000"


def build_revision_0001(path: Path) -> list[str]:
    """Create the schema exactly as revision 0001 left it, and fill it as that build would."""
    engine = make_engine(sqlite_url(path), foreign_keys=False)
    with engine.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    core = TemplateLibrary.load(templates_dir()).core()
    body = canonical_json(core.model_dump(mode="json"))
    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
    keys = [q.key for q in core.questions()][:3]
    entries = []
    current = RecordHead(GENESIS_HASH, 0)
    for kind, payload in [
        ("scrutiny_created", {"scrutiny_uuid": UUID, "title": "Live facial recognition"}),
        ("decision", {"scrutiny_uuid": UUID, "outcome": "defer", "rationale": "Need the DPIA.",
                      "decided_by": "Panel", "conditions": [], "review_date": None}),
    ]:  # fmt: skip
        entry = record_chain.make_entry(current, kind, payload, 1, "2026-06-01T09:30:00+00:00")
        entries.append(entry)
        current = RecordHead(entry.entry_hash, entry.sequence)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "INSERT INTO template_snapshots VALUES (?, ?, ?, ?, ?)",
            (sha, core.slug, core.version, body, WHEN),
        )
        conn.execute(
            "INSERT INTO scrutinies (id, uuid, title, force, technology, stage, marking, "
            "supplier, purpose, question_total, created_at, updated_at) VALUES "
            "(1, ?, 'Live facial recognition', 'Heddlu Gwent', 'live-facial-recognition', "
            "'pilot', 'OFFICIAL-SENSITIVE', 'Example Ltd', 'Events', ?, ?, ?)",
            (UUID, sum(1 for _ in core.questions()), WHEN, WHEN),
        )
        conn.execute("INSERT INTO scrutiny_templates VALUES (1, 0, ?)", (sha,))
        for n, key in enumerate(keys):
            conn.execute(
                "INSERT INTO responses (scrutiny_id, question_key, status, rating, note, "
                "sensitive, updated_at) VALUES (1, ?, 'met', 'green', ?, ?, ?)",
                (key, f"Nodyn {n} ŵ", n == 1, WHEN),
            )
        for e in entries:
            conn.execute(
                "INSERT INTO record_entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (e.sequence, e.scrutiny_id, e.kind, e.created_at, e.payload, e.payload_sha256,
                 e.previous_hash, e.entry_hash),
            )  # fmt: skip
        conn.commit()
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    return keys


def test_a_revision_0001_record_upgrades_to_head_with_nothing_lost(tmp_path: Path) -> None:
    settings = resolve_settings(str(tmp_path / "data"))
    settings.data_dir.mkdir(parents=True)
    path = settings.data_dir / "ethics-scrutiny.db"
    keys = build_revision_0001(path)
    with closing(sqlite3.connect(path)) as conn:
        old_entries = conn.execute("SELECT * FROM record_entries ORDER BY sequence").fetchall()
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
        assert [d.rationale for d in detail.decisions] == ["Need the DPIA."]
        result = services.maintenance.verify()
        assert result.ok and result.entries == 2, result.message
        # And the upgraded record goes on working: new entries chain after the old ones.
        services.scrutinies.answer(1, keys[0], Status.PARTLY_MET, Rating.AMBER, "Revised")
        assert services.maintenance.verify().entries == 3
    finally:
        services.close()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            migrate.head_revision()
        )
        new_entries = conn.execute("SELECT * FROM record_entries ORDER BY sequence").fetchall()
        assert new_entries[:2] == old_entries
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # The state before migrating was kept, checked, through the backup API.
    [backup] = settings.backups_dir.glob("pre-0001-*.db")
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT count(*) FROM responses").fetchone()[0] == 3


def test_the_append_only_guards_survive_the_upgrade(tmp_path: Path) -> None:
    settings = resolve_settings(str(tmp_path / "data"))
    settings.data_dir.mkdir(parents=True)
    build_revision_0001(settings.data_dir / "ethics-scrutiny.db")
    Services.open(settings).close()
    with closing(sqlite3.connect(settings.data_dir / "ethics-scrutiny.db")) as conn:
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
    assert {"record_entries_no_update", "record_entries_no_delete"} <= triggers
