"""A PostgreSQL server for the tests: the one CI started, or a temporary one started here.

``ETHICS_SCRUTINY_TEST_PG`` names a server to use (an SQLAlchemy URL of a role that may
create databases and roles: the role tests make an owner and an app login of their own).
Without it, and when the PostgreSQL server programs are installed
(Debian keeps them in ``/usr/lib/postgresql/<version>/bin``), a throwaway cluster is
initialised in a temporary folder, listens on a free loopback port and is stopped when the
test run ends. PostgreSQL refuses to run as root, so as root the cluster belongs to the
``postgres`` user (``runuser``). When no server can be had, ``unavailable_reason`` says why
and the PostgreSQL leg of the tests is skipped with that reason.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

URL_ENV = "ETHICS_SCRUTINY_TEST_PG"
# Each pytest-xdist worker is its own process with its own template database: workers that
# share one named server must not drop and rebuild each other's template mid-copy.
TEMPLATE_DB = f"es_test_template_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
# Durability buys a throwaway test cluster nothing and costs seconds per test on CI's disk.
# The tests open thousands of connections; SCRAM's key stretching costs each several
# milliseconds on client and server alike, so this loopback-only cluster checks passwords
# with md5 (wrong passwords are still refused).
FAST_SETTINGS = (
    "fsync=off",
    "synchronous_commit=off",
    "full_page_writes=off",
    "password_encryption=md5",
)


class PgServer:
    """One reachable server and a template database already migrated to head."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self._admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", pool_size=2)
        self._template_ready = False
        # The next test's copy is made while the current test runs: CREATE DATABASE waits on
        # checkpoints and takes a few tenths of a second, most of a test's setup otherwise.
        self._spare: list[str] = []
        self._filling: threading.Thread | None = None

    def url_for(self, database: str) -> str:
        return make_url(self.admin_url).set(database=database).render_as_string(False)

    def _ensure_template(self) -> None:
        if self._template_ready:
            return
        from ethics_scrutiny.storage import migrate
        from ethics_scrutiny.storage.engine import make_engine

        with self._admin.connect() as connection:
            _drop(connection, TEMPLATE_DB)
            connection.exec_driver_sql(f'CREATE DATABASE "{TEMPLATE_DB}"')
        engine = make_engine(self.url_for(TEMPLATE_DB), foreign_keys=False)
        try:
            migrate.upgrade_to_head(engine)
        finally:
            engine.dispose()
        self._template_ready = True

    @contextmanager
    def fresh_database(self, *, migrated: bool = True) -> Iterator[str]:
        """A new database for one test (a copy of the migrated template), dropped afterwards."""
        if migrated:
            self._ensure_template()
            name = self._take_copy()
        else:
            name = self._create(template=False)
        try:
            yield self.url_for(name)
        finally:
            with self._admin.connect() as connection:
                _drop(connection, name)

    def _create(self, *, template: bool) -> str:
        name = f"es_test_{uuid.uuid4().hex[:12]}"
        copy = f'TEMPLATE "{TEMPLATE_DB}" STRATEGY FILE_COPY' if template else ""
        with self._admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}" {copy}')
        return name

    def _take_copy(self) -> str:
        """A migrated copy: the one made ahead if there is one; then the next is started."""
        self._wait_for_spare()
        name = self._spare.pop() if self._spare else self._create(template=True)
        self._filling = threading.Thread(target=self._make_spare, daemon=True)
        self._filling.start()
        return name

    def _make_spare(self) -> None:
        with suppress(Exception):  # the next test then makes its own copy
            self._spare.append(self._create(template=True))

    def _wait_for_spare(self) -> None:
        if self._filling is not None:
            self._filling.join()
            self._filling = None

    def admin_engine(self) -> Engine:
        return self._admin

    def close(self) -> None:
        self._wait_for_spare()
        with self._admin.connect() as connection:
            for name in self._spare:
                _drop(connection, name)
        self._spare.clear()
        self._admin.dispose()


def _drop(connection: object, name: str) -> None:
    # FORCE ends connections a failed test left open (PostgreSQL 13 and later).
    connection.exec_driver_sql(  # type: ignore[attr-defined]
        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    )


_server: PgServer | None = None
_reason: str | None = None


def server() -> PgServer | None:
    """The server for this test run, found or started once; None when there is none."""
    global _server, _reason
    if _server is not None or _reason is not None:
        return _server
    try:
        url = os.environ.get(URL_ENV) or _start_temporary_cluster()
        candidate = PgServer(url)
        with candidate.admin_engine().connect() as connection:
            connection.execute(text("SELECT 1"))
        _server = candidate
        if os.environ.get(URL_ENV):  # a temporary cluster is closed when it is stopped
            atexit.register(candidate.close)
    except _Unavailable as exc:
        _reason = str(exc)
    except Exception as exc:
        _reason = f"PostgreSQL server not reachable ({exc.__class__.__name__}: {exc})"
    return _server


def unavailable_reason() -> str:
    return _reason or "PostgreSQL server not started"


class _Unavailable(Exception):
    pass


def find_bin_dir() -> Path | None:
    """The newest installed server programs, or None."""
    on_path = shutil.which("pg_ctl")
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
    )
    for folder in reversed(candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    return None


def _start_temporary_cluster() -> str:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise _Unavailable(
            f"PostgreSQL not installed (no initdb/pg_ctl; install the 'postgresql' package "
            f"or set {URL_ENV})"
        )
    owner = _cluster_owner()
    base = Path(tempfile.mkdtemp(prefix="es-pg-"))
    data, password = base / "data", secrets.token_hex(12)
    (base / "pw").write_text(password + "\n", encoding="utf-8")
    if owner is not None:
        entry = pwd.getpwnam(owner)
        os.chown(base, entry.pw_uid, entry.pw_gid)
        os.chown(base / "pw", entry.pw_uid, entry.pw_gid)
    port = _free_port()
    _as_owner(owner, [bin_dir / "initdb", "-D", data, "-U", "postgres", "--pwfile", base / "pw",
                      "--auth=md5", "-E", "UTF8", "--locale=C.UTF-8"])  # fmt: skip
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {base} " + " ".join(
        f"-c {setting}" for setting in FAST_SETTINGS
    )
    _as_owner(owner, [bin_dir / "pg_ctl", "-D", data, "-o", options, "-l", base / "log",
                      "-w", "-t", "60", "start"])  # fmt: skip
    atexit.register(_stop_cluster, owner, bin_dir, data, base)
    url = f"postgresql+psycopg://postgres:{password}@127.0.0.1:{port}/postgres"
    _store_password_as_md5(url, password)
    return url


def _store_password_as_md5(url: str, password: str) -> None:
    """initdb stored the superuser's password for SCRAM; store it again under md5."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            # A utility statement takes no parameters; the password is hexadecimal digits.
            connection.exec_driver_sql(f"ALTER ROLE postgres PASSWORD '{password}'")
    finally:
        engine.dispose()


def _stop_cluster(owner: str | None, bin_dir: Path, data: Path, base: Path) -> None:
    if _server is not None:
        _server.close()
    try:
        _as_owner(owner, [bin_dir / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"])
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _cluster_owner() -> str | None:
    """None when we are not root; otherwise a non-root account PostgreSQL will run as."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        if shutil.which("runuser"):
            return name
    raise _Unavailable("running as root with no 'postgres' user or no runuser to start a server")


def _as_owner(owner: str | None, command: list[object]) -> None:
    argv = [str(part) for part in command]
    if owner is not None:
        argv = ["runuser", "-u", owner, "--", *argv]
    result = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=120)
    if result.returncode != 0:
        raise _Unavailable(
            f"PostgreSQL could not be started ({Path(argv[-1]).name if owner else argv[0]}: "
            f"{(result.stderr or result.stdout).strip()[-400:]})"
        )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
