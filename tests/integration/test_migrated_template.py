"""A record copied from the session's migrated template is exactly what a first start makes.

Every other test's new SQLite record is such a copy (tests/conftest.py), so this one pins
that the copy stands for the real thing: schema, revision, application_id and no backup.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.services import Services
from tests.migrated_template import MigratedTemplate


def _first_start(folder: Path) -> tuple[object, ...]:
    """Open a record in an empty folder once; what its file and folder then hold."""
    services = Services.open(resolve_settings(str(folder)))
    try:
        assert services.scrutinies.list() == [] and services.maintenance.verify().ok
    finally:
        services.close()
    path = folder / "ethics-scrutiny.db"
    with closing(sqlite3.connect(path)) as connection:
        # Batch migrations list a rebuilt table's constraints in no fixed order: compare parts.
        schema = sorted(
            (kind, name, sorted(part.strip() for part in (sql or "").split(",")))
            for kind, name, sql in connection.execute("SELECT type, name, sql FROM sqlite_master")
        )
        application_id = connection.execute("PRAGMA application_id").fetchone()
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        entries = connection.execute("SELECT count(*) FROM record_entries").fetchone()
    backups = (
        sorted(p.name for p in (folder / "backups").glob("*"))
        if (folder / "backups").exists()
        else []
    )
    mode = path.stat().st_mode & 0o777
    return schema, application_id, revision, entries, backups, mode


def test_a_copied_record_equals_one_migrated_from_empty(
    tmp_path: Path, _new_records_from_a_template: MigratedTemplate
) -> None:
    template = _new_records_from_a_template
    before = template.copies
    copied = _first_start(tmp_path / "copied")
    assert template.copies == before + 1
    template.enabled = False
    try:
        migrated = _first_start(tmp_path / "migrated")
    finally:
        template.enabled = True
    assert template.copies == before + 1
    assert copied == migrated
