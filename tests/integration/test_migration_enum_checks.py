"""Migration 0008: columns holding a vocabulary refuse other values; odd rows stop the upgrade."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Enum, text
from sqlalchemy.exc import IntegrityError

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Rating, Status, Technology
from ethics_scrutiny.domain.errors import DatabaseError
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import migrate
from ethics_scrutiny.storage.engine import make_engine
from ethics_scrutiny.storage.models import Base

step = importlib.import_module("ethics_scrutiny.storage.migrations.versions.0008_enum_checks")

OUTSIDE = [
    ("scrutinies", "technology", "facial-recognition"),
    ("scrutinies", "stage", "draft"),
    ("scrutinies", "marking", "SECRET"),
    # Since 0011 any language code its templates offer, but never an empty or one-letter one.
    ("scrutinies", "language", ""),
    ("scrutinies", "language", "x"),
    ("responses", "status", "maybe"),
    ("responses", "rating", "blue"),
]


def _migrate(url: str, revision: str) -> None:
    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            if revision < migrate.head_revision():
                command.downgrade(config, revision)
            else:
                command.upgrade(config, revision)
    finally:
        engine.dispose()


def _one_answered_scrutiny(settings: object) -> int:
    services = Services.open(settings)  # type: ignore[arg-type]
    try:
        scrutiny_id = services.scrutinies.create(NewScrutiny("Drones", "Gwent", Technology.DRONES))
        services.scrutinies.answer(scrutiny_id, "LB-03", Status.NOT_MET, Rating.RED)
        services.scrutinies.list()  # fills the facts cache
    finally:
        services.close()
    return scrutiny_id


@pytest.mark.parametrize(("table", "column", "value"), OUTSIDE)
def test_the_record_refuses_a_value_outside_the_vocabulary(
    data_dir: Path, database_url: str, table: str, column: str, value: str
) -> None:
    _one_answered_scrutiny(resolve_settings(str(data_dir), database_url))
    engine = make_engine(database_url)
    try:
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(text(f"UPDATE {table} SET {column} = :value"), {"value": value})
    finally:
        engine.dispose()


def test_the_models_and_the_migration_list_the_same_values() -> None:
    # A value added to a vocabulary without a migration widening its constraint fails here.
    for table, (_key, columns) in step.CHECKS.items():
        for column, values in columns.items():
            if (table, column) == ("scrutinies", "language"):
                continue  # 0011 replaced this list with a length check (any template language)
            column_type = Base.metadata.tables[table].c[column].type
            assert isinstance(column_type, Enum)
            assert tuple(column_type.enums) == values, f"{table}.{column}"


def test_downgrading_lifts_the_constraints_and_upgrading_keeps_every_row(
    data_dir: Path, database_url: str
) -> None:
    settings = resolve_settings(str(data_dir), database_url)
    scrutiny_id = _one_answered_scrutiny(settings)
    _migrate(database_url, "0007")
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:  # 0007 had no constraint
            conn.execute(text("UPDATE scrutinies SET stage = 'draft'"))
            conn.execute(text("UPDATE scrutinies SET stage = 'proposal'"))
    finally:
        engine.dispose()
    _migrate(database_url, migrate.head_revision())
    services = Services.open(settings)
    try:
        detail = services.scrutinies.get(scrutiny_id)
        assert detail.summary.stage.value == "proposal"
        assert detail.responses["LB-03"].status is Status.NOT_MET
        assert detail.responses["LB-03"].rating is Rating.RED
        assert services.maintenance.verify().ok
    finally:
        services.close()


def test_rows_outside_the_vocabulary_stop_the_upgrade_and_are_named(
    data_dir: Path, database_url: str
) -> None:
    settings = resolve_settings(str(data_dir), database_url)
    scrutiny_id = _one_answered_scrutiny(settings)
    _migrate(database_url, "0007")
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:  # as another tool could have written them
            conn.execute(text("UPDATE scrutinies SET stage = 'draft'"))
            conn.execute(text("UPDATE responses SET rating = 'blue'"))
            conn.execute(text("UPDATE scrutiny_facts SET latest_outcome = 'maybe'"))
        with pytest.raises(DatabaseError) as raised:
            _migrate(database_url, migrate.head_revision())
        message = str(raised.value)
        assert f"scrutinies.stage 'draft' (1 row, id {scrutiny_id})" in message
        assert "responses.rating 'blue' (1 row, id " in message
        assert "scrutiny_facts" not in message  # a cache: cleared, not reported
        assert "Nothing was changed" in message
        with engine.connect() as conn:  # nothing changed: still at 0007, values kept
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0007"
            assert conn.execute(text("SELECT stage FROM scrutinies")).scalar() == "draft"
            assert conn.execute(text("SELECT count(*) FROM scrutiny_facts")).scalar() == 1
    finally:
        engine.dispose()


def test_an_odd_cached_fact_is_cleared_and_the_upgrade_goes_on(
    data_dir: Path, database_url: str
) -> None:
    settings = resolve_settings(str(data_dir), database_url)
    _one_answered_scrutiny(settings)
    _migrate(database_url, "0007")
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE scrutiny_facts SET overall_rating = 'purple'"))
        _migrate(database_url, migrate.head_revision())
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM scrutiny_facts")).scalar() == 0
    finally:
        engine.dispose()
    services = Services.open(settings)
    try:
        [summary] = services.scrutinies.list()  # worked out again
        assert summary.overall_rating is Rating.RED
    finally:
        services.close()
