"""Opening a real SQLite file: identity, settings, migrations, refusals."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from ethics_scrutiny.domain.errors import DatabaseError
from ethics_scrutiny.storage import migrate
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.engine import APPLICATION_ID
from ethics_scrutiny.storage.unit_of_work import unit_of_work


def open_db(tmp_path: Path) -> Database:
    return Database.open(f"sqlite:///{tmp_path / 'record.db'}", tmp_path / "backups")


def test_new_database_is_stamped_and_at_head(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    db.close()
    with closing(sqlite3.connect(tmp_path / "record.db")) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert version == migrate.head_revision()
    assert not (tmp_path / "backups").exists(), "a brand-new record needs no backup"


def test_every_connection_gets_durable_settings(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    db.close()


def test_reopening_keeps_data(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    with unit_of_work(db) as session:
        session.execute(
            text(
                "INSERT INTO template_snapshots (sha256, slug, version, body, stored_at) "
                "VALUES ('x', 'core', '1.0.0', '{}', '2026-01-01 00:00:00')"
            )
        )
    db.close()
    db = open_db(tmp_path)
    with unit_of_work(db) as session:
        assert session.execute(text("SELECT count(*) FROM template_snapshots")).scalar() == 1
    db.close()


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "record.db"
    garbage = b"this is a spreadsheet, not a database" * 100
    path.write_bytes(garbage)
    with pytest.raises(DatabaseError, match="not an Ethics Scrutiny database"):
        open_db(tmp_path)
    assert path.read_bytes() == garbage


def test_a_damaged_database_is_refused(tmp_path: Path) -> None:
    open_db(tmp_path).close()
    path = tmp_path / "record.db"
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck the second page
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match=r"damaged|integrity"):
        open_db(tmp_path)


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "record.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA application_id=1234")
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    with pytest.raises(DatabaseError, match="another program"):
        open_db(tmp_path)


def test_a_newer_schema_is_refused_without_change(tmp_path: Path) -> None:
    open_db(tmp_path).close()
    path = tmp_path / "record.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
        conn.commit()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        open_db(tmp_path)
    assert path.read_bytes() == before


def test_older_schema_is_backed_up_before_migrating(tmp_path: Path) -> None:
    open_db(tmp_path).close()
    with closing(sqlite3.connect(tmp_path / "record.db")) as conn:
        conn.execute("DELETE FROM alembic_version")
        conn.commit()
    # With no revision recorded but tables present, the app backs up, then the upgrade
    # fails on the existing tables and is rolled back as a whole.
    with pytest.raises(DatabaseError, match="Nothing was changed"):
        open_db(tmp_path)
    with closing(sqlite3.connect(tmp_path / "record.db")) as conn:
        assert conn.execute("SELECT count(*) FROM record_entries").fetchone()[0] == 0
    backups = list((tmp_path / "backups").glob("pre-none-*.db"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_unwritable_location_gives_a_plain_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(DatabaseError, match="cannot be created"):
        Database.open(f"sqlite:///{blocker / 'record.db'}", tmp_path / "backups")
    assert blocker.read_text() == "a file where the data folder should be"


def test_record_entries_refuse_update_and_delete(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    with unit_of_work(db) as session:
        session.execute(
            text(
                "INSERT INTO record_entries (sequence, kind, created_at, payload, payload_sha256, "
                "previous_hash, entry_hash) VALUES (1, 'k', 't', '{}', 'p', 'q', 'h')"
            )
        )
    for statement in ("UPDATE record_entries SET kind='x'", "DELETE FROM record_entries"):
        with (
            pytest.raises((IntegrityError, OperationalError), match="append-only"),
            unit_of_work(db) as session,
        ):
            session.execute(text(statement))
    db.close()


def test_migrations_build_exactly_the_schema_the_models_describe(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from ethics_scrutiny.storage.models import Base

    db = open_db(tmp_path)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    db.close()
    assert differences == []
