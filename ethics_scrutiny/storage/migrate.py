"""Bring a database to the schema this build expects, safely, from inside the application.

Alembic is imported only when a database is not at :data:`HEAD_REVISION`: every everyday start
reads one row of ``alembic_version`` instead (importing Alembic and reading the migration
scripts took about a fifth of a second of start-up).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from ethics_scrutiny.domain.errors import DatabaseError

from .record_marks import HEAD_REVISION as HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# HEAD_REVISION (the newest migration) is defined in record_marks, which needs no SQLAlchemy.
VERSION_TABLE = "alembic_version"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return HEAD_REVISION


def scripts_head_revision() -> str:
    """The head as Alembic reads it from the migration scripts (slow: for tests and checks)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at, ``None`` for one never migrated."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) <= 1:
        return str(rows[0]) if rows else None
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()  # explains several


def check_not_newer(revision: str | None) -> None:
    """Refuse a database written by a newer build: its schema would be misread."""
    if revision is None or revision == HEAD_REVISION:
        return
    from alembic.script import ScriptDirectory

    known = {
        script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }
    if revision not in known:
        raise DatabaseError(
            "This record was written by a newer version of Ethics Scrutiny "
            f"(schema {revision}). Install the newer version to open it; nothing has been changed."
        )


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration in one transaction."""
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if connection.dialect.name == "postgresql":
            # Tables a migration adds are granted to the officers at once, and never more
            # than their share of the record (see server_guards).
            from . import server_guards

            server_guards.regrant(connection)
        if connection.dialect.name == "sqlite":
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseError(
                    "Updating the record would break links between its tables; nothing was changed."
                )
