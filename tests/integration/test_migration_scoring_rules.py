"""Migration 0007 empties the cached dashboard facts and leaves every decision as recorded."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Outcome, Status, Technology
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import migrate
from ethics_scrutiny.storage.engine import make_engine
from tests import record_access


def _migrate(url: str, revision: str) -> None:
    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            if revision == "0006":
                command.downgrade(config, revision)
            else:
                command.upgrade(config, revision)
    finally:
        engine.dispose()


def test_0007_clears_the_facts_cache_and_keeps_the_decisions(
    data_dir: object, database_url: str
) -> None:
    settings = resolve_settings(str(data_dir), database_url)
    services = Services.open(settings)
    try:
        scrutiny_id = services.scrutinies.create(NewScrutiny("Drones", "Gwent", Technology.DRONES))
        services.scrutinies.answer(scrutiny_id, "LB-03", Status.NOT_MET)
        services.decisions.decide(scrutiny_id, DecisionInput(Outcome.DEFER, "More", "Panel"))
        services.scrutinies.list()
    finally:
        services.close()
    query = "SELECT sequence, payload, entry_hash FROM record_entries ORDER BY sequence"
    with record_access.connection(database_url) as conn:
        before = conn.execute(text(query)).all()
        assert conn.execute(text("SELECT count(*) FROM scrutiny_facts")).scalar_one() == 1
    _migrate(database_url, "0006")
    with record_access.as_owner(database_url) as conn:
        # Facts as an older build would have cached them (its own red-flag count).
        conn.execute(
            text(
                "INSERT INTO scrutiny_facts (scrutiny_id, answered, overall_rating, "
                "ready_for_panel, red_flag_count, latest_outcome, next_review_date, computed_at) "
                "VALUES (:id, 1, 'green', :ready, 0, NULL, NULL, '2026-01-01 00:00:00')"
            ),
            {"id": scrutiny_id, "ready": True},
        )
    _migrate(database_url, "0007")
    with record_access.connection(database_url) as conn:
        assert conn.execute(text("SELECT count(*) FROM scrutiny_facts")).scalar_one() == 0
        assert conn.execute(text(query)).all() == before
    services = Services.open(settings)
    try:
        [summary] = services.scrutinies.list()
        assert summary.red_flag_count == 1 and not summary.ready_for_panel
    finally:
        services.close()
