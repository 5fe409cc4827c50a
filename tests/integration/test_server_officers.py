"""A shared record set up by `server setup`: each officer's own login, and what it may not do."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from ethics_scrutiny import cli
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import ActionKind, Outcome, Rating, Status, Technology
from ethics_scrutiny.domain.errors import DatabaseError
from ethics_scrutiny.domain.scrutiny import ActionInput, DecisionInput, EvidenceInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportFormat
from ethics_scrutiny.storage import server_check
from tests import pg

NEW = NewScrutiny("Drones over the Severn", "Gwent Police", Technology.DRONES)


@dataclass
class Office:
    """A record set up with the commands, and one officer's login to it."""

    admin_url: str
    officer: str
    officer_url: str  # without the password: it is in password_file
    password_file: Path
    database: str

    def officer_url_with_password(self) -> str:
        password = self.password_file.read_text(encoding="utf-8").strip()
        return make_url(self.officer_url).set(password=password).render_as_string(False)


def _cli(*argv: str) -> int:
    return cli.main(list(argv))


def _add_officer(office_admin: str, tmp_path: Path, prefix: str = "officer") -> tuple[str, Path]:
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    password_file = tmp_path / f"{name}.pw"
    password_file.write_text(f"pw-{uuid.uuid4().hex}\n", encoding="utf-8")
    assert _cli("server", "add-officer", name, "--admin-url", office_admin,
                "--password-file", str(password_file)) == 0  # fmt: skip
    return name, password_file


@pytest.fixture
def office(pg_server: pg.PgServer, tmp_path: Path) -> Iterator[Office]:
    added: list[str] = []
    with pg_server.fresh_database(migrated=False) as admin_url:
        admin = make_url(admin_url)
        admin_file = tmp_path / "admin.pw"
        admin_file.write_text(f"{admin.password}\n", encoding="utf-8")
        bare_admin = admin._replace(password=None).render_as_string(False)
        assert _cli("server", "setup", "--admin-url", bare_admin,
                    "--admin-password-file", str(admin_file)) == 0  # fmt: skip
        name, password_file = _add_officer(admin_url, tmp_path)
        added.append(name)
        officer_url = admin._replace(username=name, password=None).render_as_string(False)
        yield Office(admin_url, name, officer_url, password_file, str(admin.database))
    with pg_server.admin_engine().connect() as connection:
        for name in added:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')


def _officer_services(office: Office, data_dir: Path) -> Services:
    settings = resolve_settings(str(data_dir), office.officer_url, str(office.password_file))
    return Services.open(settings)


def _connect(url: str) -> Connection:
    return create_engine(url, poolclass=NullPool).connect()


def test_the_whole_journey_works_as_an_officer_and_entries_name_the_login(
    office: Office, tmp_path: Path
) -> None:
    services = _officer_services(office, tmp_path / "data")
    try:
        sid = services.scrutinies.create(NEW)
        services.scrutinies.answer(sid, "LB-01", Status.MET, Rating.GREEN, "Lawful basis shown")
        paper = tmp_path / "dpia.txt"
        paper.write_text("DPIA v2", encoding="utf-8")
        services.evidence.add(sid, EvidenceInput("DPIA", file_path=str(paper)))
        services.actions.add(sid, ActionInput(ActionKind.QUESTION, "Retention period?"))
        services.decisions.decide(sid, DecisionInput(Outcome.DEFER, "More needed", "Panel"))
        services.scrutinies.clear_answer(sid, "LB-01")  # ordinary deletes still work
        services.reports.export(sid, ExportFormat.HTML, tmp_path / "paper.html")
        html = (tmp_path / "paper.html").read_text(encoding="utf-8")
        assert f"Panel (recorded by login {office.officer})" in html
        result = services.maintenance.verify()
        assert result.ok, result.message
        entries = services.maintenance.entries(sid)
    finally:
        services.close()
    assert len(entries) >= 5
    assert {entry.recorded_by for entry in entries} == {office.officer}


def test_an_officer_cannot_rewrite_forge_or_delete(office: Office, tmp_path: Path) -> None:
    services = _officer_services(office, tmp_path / "data")
    try:
        sid = services.scrutinies.create(NEW)
        services.evidence.add(sid, EvidenceInput("Statement"))
    finally:
        services.close()
    refused = [
        "UPDATE template_snapshots SET body = replace(body, '\"blocking\":true', "
        "'\"blocking\":false')",
        "DELETE FROM template_snapshots",
        "INSERT INTO record_entries (sequence, kind, created_at, payload, payload_sha256, "
        "previous_hash, entry_hash) VALUES (1000000, 'decision', '2020-01-01', '{}', 'x', 'y', "
        "'z')",
        "DELETE FROM evidence",
        "DELETE FROM evidence_blobs",
        "UPDATE record_entries SET payload = '{}'",
        "DELETE FROM record_entries",
        "TRUNCATE record_entries",
        "ALTER TABLE record_entries DISABLE TRIGGER USER",
        "ALTER TABLE template_snapshots DISABLE TRIGGER template_snapshots_guard",
        "DROP TRIGGER record_entries_no_change ON record_entries",
        "SET session_replication_role = replica",
        "UPDATE alembic_version SET version_num = '0001'",
        "CREATE TABLE sneaky (id integer)",
        "SELECT record_append('decision; DROP TABLE x', NULL, '{}', NULL)",
        "SELECT record_append('note', NULL, '[1]', NULL)",
    ]
    for statement in refused:
        with _connect(office.officer_url_with_password()) as connection, pytest.raises(DBAPIError):
            connection.exec_driver_sql(statement)
            connection.commit()
    services = _officer_services(office, tmp_path / "data")
    try:
        assert services.maintenance.verify().ok
        assert [e.title for e in services.evidence.list(sid)] == ["Statement"]
    finally:
        services.close()


def test_snapshots_are_insert_only_and_stored_by_their_hash_even_for_the_owner(
    office: Office, tmp_path: Path
) -> None:
    services = _officer_services(office, tmp_path / "data")
    services.scrutinies.create(NEW)
    services.close()
    with _connect(office.admin_url) as connection:  # a superuser: only the trigger stops it
        with pytest.raises(DBAPIError, match="insert-only"):
            connection.exec_driver_sql("UPDATE template_snapshots SET body = body || ' '")
        connection.rollback()
        with pytest.raises(DBAPIError, match="SHA-256"):
            connection.exec_driver_sql(
                "INSERT INTO template_snapshots (sha256, slug, version, body, stored_at) "
                "VALUES (repeat('a', 64), 'x', '1', '{}', now())"
            )


def test_officers_cannot_see_or_end_each_others_sessions(office: Office, tmp_path: Path) -> None:
    other, other_file = _add_officer(office.admin_url, tmp_path, "colleague")
    other_url = make_url(office.officer_url).set(
        username=other, password=other_file.read_text(encoding="utf-8").strip()
    )
    try:
        with (
            _connect(other_url.render_as_string(False)) as theirs,
            _connect(office.officer_url_with_password()) as ours,
        ):
            theirs.execute(text("SELECT 'confidential note'"))
            pid = theirs.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
            seen = ours.execute(
                text("SELECT query FROM pg_stat_activity WHERE pid = :pid"), {"pid": pid}
            ).scalar_one()
            assert "confidential" not in (seen or "")
            with pytest.raises(DBAPIError, match="must be a member"):
                ours.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        with _connect(office.admin_url) as connection:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{other}"')
            connection.commit()


def test_server_check_names_what_weakens_the_record(office: Office, tmp_path: Path) -> None:
    as_officer = server_check.check(office.officer_url_with_password())
    assert len(as_officer) == 1 and "sslmode=" in as_officer[0], as_officer
    with _connect(office.admin_url) as connection:
        connection.exec_driver_sql(
            "GRANT INSERT ON record_entries TO ethics_officers; "
            "GRANT UPDATE ON template_snapshots TO PUBLIC"
        )
        connection.commit()
    found = " ".join(server_check.check(office.officer_url_with_password()))
    assert "may insert into the record directly" in found
    assert "Everyone (PUBLIC) may change checklist snapshots" in found
    assert "superuser" in " ".join(server_check.check(office.admin_url))
    # Running setup again puts the grants right.
    assert _cli("server", "setup", "--admin-url", office.admin_url) == 0
    assert len(server_check.check(office.officer_url_with_password())) == 1


def test_server_check_on_the_command_line(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _cli("--db", office.officer_url, "--db-password-file", str(office.password_file),
                "server", "check", "--json")  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1 and '"ok": false' in out and "sslmode=" in out


def test_a_bad_officer_name_or_missing_group_is_a_sentence(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    password_file = tmp_path / "pw"
    password_file.write_text("secret-pw\n", encoding="utf-8")
    code = _cli("server", "add-officer", "Robert'); DROP", "--admin-url", office.admin_url,
                "--password-file", str(password_file))  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "cannot be an officer's login" in err
    assert _cli("server", "add-officer", office.officer, "--admin-url", office.admin_url,
                "--password-file", str(password_file)) == 1  # fmt: skip
    assert "already exists" in capsys.readouterr().err


def test_an_upgrade_by_an_officer_is_refused_pointing_to_server_setup(
    office: Office, tmp_path: Path
) -> None:
    with _connect(office.admin_url) as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0008'")
        connection.commit()
    with pytest.raises(DatabaseError, match="server setup") as caught:
        _officer_services(office, tmp_path / "data")
    assert "nothing has been changed" in str(caught.value)
    with _connect(office.admin_url) as connection:
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
        assert version.scalar_one() == "0008"


def test_setup_takes_over_a_record_another_role_made(
    pg_server: pg.PgServer, tmp_path: Path
) -> None:
    """A restored dump, or a record made the older way: its tables pass to the owner role."""
    with pg_server.fresh_database() as admin_url:  # migrated, every table owned by the admin
        legacy = Services.open(resolve_settings(str(tmp_path / "legacy"), admin_url))
        sid = legacy.scrutinies.create(NEW)
        legacy.close()
        assert _cli("server", "setup", "--admin-url", admin_url) == 0
        with _connect(admin_url) as connection:
            owners = connection.exec_driver_sql(
                "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class c JOIN pg_namespace n "
                "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"
            ).scalars()
            assert set(owners) == {"ethics_owner"}
        name, password_file = _add_officer(admin_url, tmp_path)
        officer_url = make_url(admin_url)._replace(username=name, password=None)
        settings = resolve_settings(
            str(tmp_path / "officer"), officer_url.render_as_string(False), str(password_file)
        )
        services = Services.open(settings)
        try:
            services.decisions.decide(sid, DecisionInput(Outcome.DEFER, "More", "Panel"))
            assert services.maintenance.verify().ok
        finally:
            services.close()
    with pg_server.admin_engine().connect() as connection:
        connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')


def test_every_upgrade_grants_the_officers_again(office: Office, tmp_path: Path) -> None:
    """A table a new version adds (here: one whose grant went missing) is the officers' at once."""
    from ethics_scrutiny.storage import migrate

    with _connect(office.admin_url) as connection:
        connection.exec_driver_sql("REVOKE ALL ON scrutiny_facts FROM ethics_officers")
        connection.commit()
    with _connect(office.officer_url_with_password()) as connection, pytest.raises(DBAPIError):
        connection.exec_driver_sql("SELECT count(*) FROM scrutiny_facts")
    owner = create_engine(office.admin_url, connect_args={"options": "-c role=ethics_owner"})
    try:
        migrate.upgrade_to_head(owner)  # what `server setup` runs after installing a version
    finally:
        owner.dispose()
    with _connect(office.officer_url_with_password()) as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM scrutiny_facts").scalar() == 0
