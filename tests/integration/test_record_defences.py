"""Rewritten checklist snapshots and silently removed evidence are caught, on both engines."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Outcome, Technology
from ethics_scrutiny.domain.errors import DatabaseError
from ethics_scrutiny.domain.scrutiny import DecisionInput, EvidenceInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import repositories

NEW = NewScrutiny(
    "Live facial recognition in Cardiff", "South Wales Police", Technology.LIVE_FACIAL_RECOGNITION
)


def _run(url: str, *statements: str) -> None:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def _rewrite_snapshots(url: str, is_postgresql: bool) -> None:
    """What the shared login could do before: turn blocking questions into non-blocking ones."""
    rewrite = (
        "UPDATE template_snapshots SET body = replace(body, '\"critical\":true', "
        "'\"critical\":false')"
    )
    if is_postgresql:  # an administrator switching the server's guard off first
        guard = "template_snapshots_guard"
        _run(url, f"ALTER TABLE template_snapshots DISABLE TRIGGER {guard}", rewrite)
    else:
        _run(url, rewrite)


def test_entries_carry_the_snapshot_digests_they_relied_on(services: Services) -> None:
    sid = services.scrutinies.create(NEW)
    services.decisions.decide(sid, DecisionInput(Outcome.DEFER, "More", "Panel"))
    entries = {e.kind: e.payload for e in services.maintenance.entries(sid)}
    with services.database.session() as session, session.begin():
        shas = list(repositories.snapshot_shas(session, sid))
    assert shas and entries["scrutiny_created"]["snapshots"] == shas
    assert entries["decision"]["snapshots"] == shas


def test_a_rewritten_snapshot_fails_verify_and_is_refused_on_loading(
    services: Services, database_url: str, is_postgresql: bool, data_dir: Path
) -> None:
    sid = services.scrutinies.create(NEW)
    services.close()
    _rewrite_snapshots(database_url, is_postgresql)
    reopened = Services.open(resolve_settings(str(data_dir), database_url))
    try:
        result = reopened.maintenance.verify()
        assert not result.ok and "checklist snapshot" in result.message
        assert "has been altered" in result.message
        with pytest.raises(DatabaseError, match="has been altered"):
            reopened.scrutinies.get(sid)
    finally:
        reopened.close()


def test_verify_names_evidence_removed_outside_the_app(
    services: Services, database_url: str
) -> None:
    sid = services.scrutinies.create(NEW)
    services.evidence.add(sid, EvidenceInput("Equality impact assessment"))
    assert services.maintenance.verify().ok
    _run(database_url, "DELETE FROM evidence_links", "DELETE FROM evidence")
    result = services.maintenance.verify()
    assert not result.ok
    assert "evidence item" in result.message and "removed outside the app" in result.message


def test_evidence_is_withdrawn_with_a_reason_never_deleted(
    services: Services, cli_data: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    sid = services.scrutinies.create(NEW)
    item = services.evidence.add(sid, EvidenceInput("Watchlist policy v1"))
    argv = [*cli_data, "evidence", "withdraw", str(item.id), "--reason", "Superseded by v2"]
    assert main(argv) == 0
    (kept,) = services.evidence.list(sid)
    assert kept.withdrawn_reason == "Superseded by v2" and kept.withdrawn_at is not None
    entries = services.maintenance.entries(sid)
    assert entries[-1].kind == "evidence_withdrawn"
    assert entries[-1].payload["reason"] == "Superseded by v2"
    assert services.maintenance.verify().ok
    model = services.reports.build_model(sid)
    assert model.evidence[0].title == "Watchlist policy v1 (withdrawn: Superseded by v2)"
    assert main(argv) == 1 and "already withdrawn" in capsys.readouterr().err


def test_a_withdrawal_undone_outside_the_app_fails_verify(
    services: Services, database_url: str
) -> None:
    sid = services.scrutinies.create(NEW)
    item = services.evidence.add(sid, EvidenceInput("Watchlist policy v1"))
    services.evidence.withdraw(item.id, "Superseded")
    _run(database_url, "UPDATE evidence SET withdrawn_reason = ''")
    result = services.maintenance.verify()
    assert not result.ok and "withdrawn reason" in result.message
