"""Migration 0011: a 0010 record with data gains screening and typed answers, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Rating, Status, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import migrate
from ethics_scrutiny.storage.engine import make_engine


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


def _columns(url: str, table: str) -> set[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {c["name"] for c in inspect(conn).get_columns(table)}
    finally:
        engine.dispose()


def test_a_0010_record_with_answers_upgrades_and_verifies(
    data_dir: Path, database_url: str
) -> None:
    settings = resolve_settings(str(data_dir), database_url)
    services = Services.open(settings)
    try:
        scrutiny_id = services.scrutinies.create(NewScrutiny("Drones", "Gwent", Technology.DRONES))
        services.scrutinies.answer(scrutiny_id, "LB-03", Status.NOT_MET, Rating.RED, note="Why")
        total = services.scrutinies.get(scrutiny_id).summary.total
        services.scrutinies.list()  # fills the facts cache
    finally:
        services.close()
    _migrate(database_url, "0010")
    assert "impact_level" not in _columns(database_url, "scrutinies")
    assert "choice" not in _columns(database_url, "responses")
    _migrate(database_url, migrate.head_revision())
    assert {"impact_level", "screening_sha256", "screening_answers", "dropped_modules"} <= (
        _columns(database_url, "scrutinies")
    )
    assert {"choice", "value"} <= _columns(database_url, "responses")
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:  # the facts were cleared, to be worked out again
            assert conn.execute(text("SELECT count(*) FROM scrutiny_facts")).scalar() == 0
        with engine.begin() as conn:  # any language code a template offers is now accepted
            conn.execute(text("UPDATE scrutinies SET language = 'fr'"))
            conn.execute(text("UPDATE scrutinies SET language = 'en'"))
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(text("UPDATE scrutinies SET impact_level = 5"))
    finally:
        engine.dispose()
    services = Services.open(settings)
    try:
        detail = services.scrutinies.get(scrutiny_id)
        assert detail.screening is None and detail.summary.impact_level is None
        answer = detail.responses["LB-03"]
        assert (answer.status, answer.rating, answer.note) == (Status.NOT_MET, Rating.RED, "Why")
        assert answer.choice is None and answer.value is None
        [row] = services.scrutinies.list()
        assert (row.answered, row.total) == (1, total)
        assert services.maintenance.verify().ok
    finally:
        services.close()
