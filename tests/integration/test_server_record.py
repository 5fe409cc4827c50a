"""The record on a server: append-only at the database level, schema types, roles, and errors."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain import record
from ethics_scrutiny.domain.enums import Outcome, Rating, Status, Technology
from ethics_scrutiny.domain.errors import DatabaseError
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.models import Base, RecordEntry, UTCDateTime
from ethics_scrutiny.storage.unit_of_work import unit_of_work
from tests import pg

DOCS = Path(__file__).resolve().parents[2] / "docs" / "shared-record.md"
SCALARS = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=30)
PAYLOADS = st.dictionaries(
    st.text(max_size=12),
    st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4), max_leaves=10),
    max_size=6,
)
NEW = NewScrutiny("ANPR on the A55", "Heddlu Gogledd Cymru", Technology.ANPR)


def with_a_decision(services: Services) -> int:
    scrutiny_id = services.scrutinies.create(NEW)
    services.scrutinies.answer(scrutiny_id, "LB-01", Status.NOT_MET, Rating.RED, "None yet")
    services.decisions.decide(scrutiny_id, DecisionInput(Outcome.DEFER, "More", "Panel"))
    return scrutiny_id


# --- Append-only through the app's own connection, on both engines -------------------------


def test_the_apps_own_connection_cannot_change_or_remove_record_entries(
    services: Services, is_postgresql: bool
) -> None:
    with_a_decision(services)
    refused = [
        "UPDATE record_entries SET payload = '{}' WHERE sequence = 2",
        "UPDATE record_entries SET scrutiny_id = NULL",
        "DELETE FROM record_entries WHERE sequence = 3",
        "DELETE FROM record_entries",
    ]
    if is_postgresql:
        refused.append("TRUNCATE record_entries")
    for statement in refused:
        with (
            pytest.raises(DBAPIError, match="append-only"),
            services.database.engine.begin() as connection,
        ):
            connection.exec_driver_sql(statement)
    result = services.maintenance.verify()
    assert result.ok and result.entries == 3, result.message


def test_an_orm_edit_of_an_entry_is_refused_and_nothing_changes(services: Services) -> None:
    with_a_decision(services)
    before = services.maintenance.head()
    with (
        pytest.raises(DBAPIError, match="append-only"),
        unit_of_work(services.database) as session,
    ):
        decision = session.get(RecordEntry, 3)
        assert decision is not None and '"defer"' in decision.payload
        decision.payload = decision.payload.replace('"defer"', '"support"')
    with (
        pytest.raises(DBAPIError, match="append-only"),
        unit_of_work(services.database) as session,
    ):
        session.delete(session.get(RecordEntry, 2))
    assert services.maintenance.head() == before
    assert services.maintenance.verify().ok


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(payloads=st.lists(PAYLOADS, min_size=1, max_size=3))
def test_any_payload_is_kept_as_the_exact_text_that_was_hashed(
    services: Services, payloads: list[dict[str, Any]]
) -> None:
    """Control characters, any script, deep nesting: stored and read back byte for byte."""
    appended = []
    with unit_of_work(services.database) as session:
        for payload in payloads:
            entry = record_chain.append(session, "note", payload, None)
            appended.append((entry.sequence, record.canonical_json(payload), entry.entry_hash))
    with unit_of_work(services.database) as session:
        for sequence, text, digest in appended:
            stored = session.get(RecordEntry, sequence)
            assert stored is not None
            assert (stored.payload, stored.entry_hash) == (text, digest)
            assert json.loads(stored.payload) == json.loads(text)
    assert services.maintenance.verify().ok


# --- The schema: what migrations make is what the models say, with real server types ------


def test_the_migrated_schema_matches_the_models(services: Services) -> None:
    with services.database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


@pytest.mark.postgresql_only
def test_server_column_types(services: Services) -> None:
    """Times with zone, real booleans, and hashed text kept as exact text (not json)."""
    with services.database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema()"
            )
        ).all()
    types = {(table, column): kind for table, column, kind in rows}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            found = types[(table.name, column.name)]
            if isinstance(column.type, UTCDateTime):
                assert found == "timestamp with time zone", (table.name, column.name)
            if column.type.python_type is bool:
                assert found == "boolean", (table.name, column.name)
    # The hashed ISO time and canonical JSON must come back byte for byte: text, not json.
    assert types[("record_entries", "created_at")] == "character varying"
    assert types[("record_entries", "payload")] == "text"
    assert types[("template_snapshots", "body")] == "text"
    assert types[("evidence_blobs", "content")] == "bytea"


# The officers' roles set up by `server setup`: tests/integration/test_server_officers.py.


@contextmanager
def _connection(url: str) -> Iterator[Connection]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()


# --- Opening a server record: errors as sentences saying what to do ----------------------


def open_record(url: str, tmp_path: Path) -> str:
    with pytest.raises(DatabaseError) as caught:
        Services.open(resolve_settings(str(tmp_path / "laptop"), url))
    message = str(caught.value)
    assert "Traceback" not in message and "psycopg" not in message
    return message


@pytest.mark.postgresql_only
def test_an_unreachable_server_is_named(database_url: str, tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once the probe is closed
    url = make_url(database_url).set(port=port).render_as_string(False)
    message = open_record(url, tmp_path)
    assert f"The database server at 127.0.0.1:{port} cannot be reached" in message
    assert "network" in message


@pytest.mark.postgresql_only
def test_a_wrong_password_is_named_without_showing_it(database_url: str, tmp_path: Path) -> None:
    url = make_url(database_url).set(password="not-the-password").render_as_string(False)
    message = open_record(url, tmp_path)
    assert "refused the login 'postgres': the user name or password is wrong" in message
    assert "not-the-password" not in message


@pytest.mark.postgresql_only
def test_a_missing_database_is_named(database_url: str, tmp_path: Path) -> None:
    url = make_url(database_url).set(database="no_such_record").render_as_string(False)
    message = open_record(url, tmp_path)
    assert "has no database called 'no_such_record'" in message
    assert "create it" in message


@pytest.mark.postgresql_only
def test_a_record_from_a_newer_app_is_refused_untouched(database_url: str, tmp_path: Path) -> None:
    with _connection(database_url) as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    message = open_record(database_url, tmp_path)
    assert "written by a newer version of Ethics Scrutiny" in message
    assert "nothing has been changed" in message


@pytest.mark.postgresql_only
def test_a_database_that_is_not_ours_is_refused_untouched(
    database_url: str, another_record: Callable[..., str], tmp_path: Path
) -> None:
    foreign = another_record("payroll", migrated=False)
    with _connection(foreign) as connection:
        connection.exec_driver_sql("CREATE TABLE staff (id integer primary key, name text)")
    message = open_record(foreign, tmp_path)
    assert "is not an Ethics Scrutiny record" in message and "staff" in message
    assert "empty database of its own" in message
    engine = create_engine(foreign, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == ["staff"]
    finally:
        engine.dispose()


@pytest.mark.postgresql_only
def test_a_login_without_rights_is_told_to_ask_for_them(
    pg_server: pg.PgServer, database_url: str, tmp_path: Path
) -> None:
    role, password = f"es_nobody_{uuid.uuid4().hex[:8]}", "nobody-pw"
    admin = pg_server.admin_engine()
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
    try:
        url = make_url(database_url).set(username=role, password=password)
        message = open_record(url.render_as_string(False), tmp_path)
        assert f"The login '{role}' is not allowed" in message
        assert "grant" in message and "docs/shared-record.md" in message
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP ROLE {role}")


@pytest.mark.postgresql_only
def test_backup_and_restore_commands_point_to_pg_dump(
    cli_data: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ethics_scrutiny.cli import main

    copy = tmp_path / "copy.db"
    for command in (["backup", "--out", str(copy)], ["restore", str(copy)]):
        assert main([*cli_data, *command]) == 1
        err = capsys.readouterr().err
        assert "PostgreSQL server" in err and "pg_dump" in err and "Traceback" not in err
    assert not copy.exists()


@pytest.mark.postgresql_only
def test_losing_the_server_while_working_is_a_sentence(
    services: Services, pg_server: pg.PgServer, database_url: str
) -> None:
    services.scrutinies.create(NEW)
    name = make_url(database_url).database
    with pg_server.admin_engine().connect() as connection:
        # Every open connection is cut and the database is gone, as if it had been dropped.
        connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
    with pytest.raises(DatabaseError, match=f"has no database called '{name}'"):
        services.scrutinies.list()


# --- The same scrutiny, the same report, whichever engine holds it -----------------------

_VOLATILE = re.compile(r"hash|uuid|sha256|_at$|generated|report_id")


def _stable(value: object) -> object:
    """The report model without what differs between any two runs: times, hashes, UUIDs."""
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items() if not _VOLATILE.search(str(k))}
    if isinstance(value, list | tuple):
        return [_stable(v) for v in value]
    if isinstance(value, str) and re.fullmatch(r"[0-9a-f]{64}|\d{4}-\d\d-\d\dT[\d:.+Z-]+", value):
        return "<volatile>"
    if isinstance(value, str):
        # Only a server names the login that recorded a decision, beside the typed name.
        return re.sub(r" \(recorded by login [^)]*\)$", "", value)
    return value


def test_a_large_scrutiny_reports_the_same_on_both_engines(
    pg_server: pg.PgServer, tmp_path: Path
) -> None:
    """Ordering, types, booleans and text survive the server exactly as they do the file."""
    import dataclasses

    from tests.large_scrutiny import seed_large

    models = []
    with pg_server.fresh_database() as server_url:
        for name, url in (("file", None), ("server", server_url)):
            services = Services.open(resolve_settings(str(tmp_path / name), url))
            try:
                first, second = seed_large(services)
                models.append(
                    [
                        _stable(dataclasses.asdict(services.reports.build_model(sid, public=p)))
                        for sid in (first, second)
                        for p in (False, True)
                    ]
                )
                # (its evidence names files it never attached, so only the chain is checked)
                assert services.maintenance.verify().first_bad_sequence is None
            finally:
                services.close()
    on_file, on_server = models
    assert len(repr(on_file)) > 50_000  # the whole report, not what survived the filter
    assert on_server == on_file


def test_the_app_says_when_to_use_the_servers_backup_tools(
    services: Services, is_postgresql: bool
) -> None:
    advice = services.maintenance.server_tools_advice("back it up")
    if is_postgresql:
        assert advice is not None and "pg_dump" in advice and "back it up" in advice
    else:
        assert advice is None  # the app's own backup through SQLite's backup API applies
