"""Shared fixtures: every test works in its own data folder, never the user's real record."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests import pg
from tests.migrated_template import MigratedTemplate

# Qt must never need a display in the test suite unless a test asks for one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _new_records_from_a_template(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[MigratedTemplate]:
    """A new SQLite record is a copy of one migrated once this session, not migrated again.

    Migrating an empty file takes most of a test's setup; every record made in this process
    (by ``Services.open``, the command line run in-process, or the app) gets the same schema,
    ``application_id`` and first-start behaviour (no backup at its first open) from the copy.
    Tests marked ``fresh_migration`` migrate from empty as a real first start does.
    """
    from ethics_scrutiny.storage import new_record

    template = MigratedTemplate(tmp_path_factory.mktemp("migrated-template"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(new_record, "create", template.create_from_copy(new_record.create))
        yield template


@pytest.fixture(autouse=True)
def _fresh_migration_when_marked(
    request: pytest.FixtureRequest, _new_records_from_a_template: MigratedTemplate
) -> Iterator[None]:
    if request.node.get_closest_marker("fresh_migration") is None:
        yield
        return
    _new_records_from_a_template.enabled = False
    try:
        yield
    finally:
        _new_records_from_a_template.enabled = True


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ETHICS_SCRUTINY_DB", raising=False)
    monkeypatch.setenv("ETHICS_SCRUTINY_DATA_DIR", str(tmp_path / "default-data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


ENGINES = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only: tests SQLite-only behaviour (the file, its lock, backups); "
        "database_url gives it the sqlite leg only",
    )
    config.addinivalue_line(
        "markers",
        "fresh_migration: new records in this test are migrated from empty, as at a real first "
        "start, not copied from the session's migrated template",
    )
    config.addinivalue_line(
        "markers",
        "postgresql_only: tests what only a database server does (roles, pg_dump advice); "
        "database_url gives it the postgresql leg only",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The interface tests run first in each worker, then the long trials, then the rest.

    Widget tests that ran in a worker after a long stretch of those trials stopped receiving
    their background jobs' results (the jobs finished; the queued signals never arrived), and
    their first window waited out its timeout. Ahead of them, they pass; the cause is not yet
    found. The long trials (marked ``slow``, up to half a minute each) come next, early in a
    worker's share: left near the end of a queue, they were the last tests running while the
    other worker stood idle. A stable sort: each group keeps its own order in every worker.
    """

    def group(item: pytest.Item) -> int:
        if item.nodeid.startswith("tests/ui/"):
            return 0
        return 1 if item.get_closest_marker("slow") is not None else 2

    items.sort(key=group)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that takes ``database_url`` (or ``services``) runs on both engines."""
    if "database_url" not in metafunc.fixturenames:
        return
    engines: tuple[str, ...] = ENGINES
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        engines = ("sqlite",)
    elif metafunc.definition.get_closest_marker("postgresql_only") is not None:
        engines = ("postgresql",)
    metafunc.parametrize("database_url", engines, indirect=True)


@pytest.fixture(scope="session")
def pg_server() -> pg.PgServer:
    """The test run's PostgreSQL server; skips (saying why) when none can be had."""
    server = pg.server()
    if server is None:
        pytest.skip(pg.unavailable_reason())
    return server


@pytest.fixture
def database_url(
    request: pytest.FixtureRequest, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A fresh, migrated record for this test: a SQLite file, or a new PostgreSQL database.

    On PostgreSQL the URL is also put in ``ETHICS_SCRUTINY_DB``, so anything the test opens
    by data folder alone (a second Services, the command line) reaches the same record.
    """
    from ethics_scrutiny.config import DATABASE_FILENAME, sqlite_url

    if request.param == "sqlite":
        yield sqlite_url(data_dir / DATABASE_FILENAME)
        return
    server: pg.PgServer = request.getfixturevalue("pg_server")
    with server.fresh_database() as url:
        monkeypatch.setenv("ETHICS_SCRUTINY_DB", url)
        yield url


@pytest.fixture
def is_postgresql(database_url: str) -> bool:
    return database_url.startswith("postgresql")


@pytest.fixture
def cli_data(data_dir: Path, database_url: str) -> list[str]:
    """Command-line arguments reaching this test's record (on PostgreSQL through the variable)."""
    return ["--data-dir", str(data_dir)]


@pytest.fixture
def another_record(
    request: pytest.FixtureRequest, tmp_path: Path, database_url: str
) -> Iterator[Callable[..., str]]:
    """Makes further, separate records on the same engine as ``database_url``: name -> URL.

    A SQLite record is a file in ``tmp_path/<name>`` (made when first opened); a PostgreSQL
    one a new database, migrated unless ``migrated=False``, dropped when the test ends.
    """
    from ethics_scrutiny.config import DATABASE_FILENAME, sqlite_url

    with ExitStack() as stack:

        def make(name: str, *, migrated: bool = True) -> str:
            if not database_url.startswith("postgresql"):
                return sqlite_url(tmp_path / name / DATABASE_FILENAME)
            server: pg.PgServer = request.getfixturevalue("pg_server")
            return stack.enter_context(server.fresh_database(migrated=migrated))

        yield make


@pytest.fixture
def services(data_dir: Path, database_url: str) -> Iterator[object]:
    from ethics_scrutiny.config import resolve_settings
    from ethics_scrutiny.services import Services

    opened = Services.open(resolve_settings(str(data_dir), database_url))
    yield opened
    opened.close()
