"""A large record's start-up integrity check may run after opening, but nothing writes first."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.errors import DatabaseError
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import database
from ethics_scrutiny.storage.unit_of_work import unit_of_work

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A record with one scrutiny, and every record counted as large enough to defer."""
    folder = tmp_path / "data"
    services = Services.open(resolve_settings(str(folder)))
    services.scrutinies.create(NewScrutiny("Drone pilot", "Gwent", Technology.DRONES))
    services.close()
    monkeypatch.setattr(database, "DEFER_CHECKS_ABOVE_BYTES", 0)
    return folder


def test_writes_wait_for_the_deferred_check_and_follow_it(record: Path) -> None:
    services = Services.open(resolve_settings(str(record)), defer_checks=True)
    try:
        assert services.database.checks_pending
        assert len(services.scrutinies.list()) == 1  # reading is fine meanwhile
        with pytest.raises(DatabaseError, match="still being checked"):
            services.scrutinies.create(NewScrutiny("Second", "Dyfed-Powys", Technology.ANPR))
        services.database.finish_checks()
        assert not services.database.checks_pending
        services.scrutinies.create(NewScrutiny("Second", "Dyfed-Powys", Technology.ANPR))
        assert len(services.scrutinies.list()) == 2
        assert services.maintenance.verify().ok
    finally:
        services.close()
    assert any((record / "backups").rglob("*.db")), "the daily backup follows the check"


def test_a_damaged_record_is_refused_by_the_deferred_check_and_left_unwritten(
    record: Path,
) -> None:
    path = record / "ethics-scrutiny.db"
    with closing(sqlite3.connect(path)) as connection:
        page = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_responses_scrutiny_id'"
        ).fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    # Wipe one index page: header, schema and alembic_version stay readable.
    data = bytearray(path.read_bytes())
    data[(page - 1) * size : page * size] = b"\xff" * size
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    services = Services.open(resolve_settings(str(record)), defer_checks=True)
    try:
        with pytest.raises(DatabaseError, match=r"integrity check|damaged"):
            services.database.finish_checks()
        assert services.database.checks_pending
        with pytest.raises(DatabaseError):
            services.scrutinies.create(NewScrutiny("Second", "Gwent", Technology.ANPR))
    finally:
        services.close()
    assert path.read_bytes() == before


def test_without_deferring_the_check_runs_at_open(record: Path) -> None:
    services = Services.open(resolve_settings(str(record)))
    try:
        assert not services.database.checks_pending
        services.scrutinies.create(NewScrutiny("Second", "Gwent", Technology.ANPR))
    finally:
        services.close()


@pytest.mark.parametrize(
    "statement",
    [
        "/* a leading comment */ UPDATE scrutinies SET title = 'Changed'",
        "WITH renamed AS (SELECT 'Changed' AS t) UPDATE scrutinies SET title = (SELECT t FROM "
        "renamed)",
        "PRAGMA user_version = 7",
    ],
)
def test_sqlite_refuses_a_write_however_it_is_worded_while_checks_are_pending(
    record: Path, statement: str
) -> None:
    services = Services.open(resolve_settings(str(record)), defer_checks=True)
    try:
        with (
            pytest.raises(DatabaseError, match="still being checked"),
            unit_of_work(services.database) as session,
        ):
            session.execute(text(statement))
        services.database.finish_checks()
        with unit_of_work(services.database) as session:
            assert session.execute(text("SELECT title FROM scrutinies")).scalar() == "Drone pilot"
            assert session.execute(text("PRAGMA user_version")).scalar() == 0
            session.execute(text("/* allowed again */ UPDATE scrutinies SET force = 'x'"))
    finally:
        services.close()
