"""Faults on a shared record: the server restarts (fast and immediate) and backends are killed
while officers write. No traceback, no acknowledged write lost, no duplicate after a retry."""

from __future__ import annotations

import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Outcome, Rating, Status, Technology
from ethics_scrutiny.domain.errors import DatabaseError
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.failures import as_expected
from ethics_scrutiny.storage import server
from tests import pg

pytestmark = pytest.mark.slow

NEW = NewScrutiny("Retrospective facial recognition", "Dyfed-Powys Police", Technology.ANPR)
# What the app may say while the server is away: these sentences, never a driver's text.
EXPECTED = ("unavailable or restarting", "may have been saved", "cannot be reached")


class Cluster:
    """A server of this test's own, so restarting it disturbs no other test."""

    def __init__(self, base: Path) -> None:
        bin_dir = pg.find_bin_dir()
        if bin_dir is None:
            pytest.skip(pg.unavailable_reason())
        self.bin_dir, self.base, self.owner = bin_dir, base, pg._cluster_owner()
        self.data, password, port = base / "data", secrets.token_hex(8), pg._free_port()
        (base / "pw").write_text(password + "\n", encoding="utf-8")
        if self.owner is not None:
            shutil.chown(base, self.owner, self.owner)
            shutil.chown(base / "pw", self.owner, self.owner)
        pg._as_owner(self.owner, [bin_dir / "initdb", "-D", self.data, "-U", "postgres",
                                  "--pwfile", base / "pw", "--auth=scram-sha-256", "-E", "UTF8",
                                  "--locale=C.UTF-8"])  # fmt: skip
        # Not the suite's synchronous_commit=off: an immediate stop would lose commits the
        # server had acknowledged. fsync=off is safe here (the machine itself does not stop).
        settings = "-c fsync=off -c full_page_writes=off"
        self.options = f"-c listen_addresses=127.0.0.1 -p {port} -k {base} {settings}"
        self.url = f"postgresql+psycopg://postgres:{password}@127.0.0.1:{port}/postgres"
        self.pg_ctl("start")

    def pg_ctl(self, action: str, *extra: str) -> None:
        command = [self.bin_dir / "pg_ctl", "-D", self.data, "-o", self.options]
        pg._as_owner(self.owner, [*command, "-l", self.base / "log", "-w", *extra, action])

    def terminate_backends(self) -> None:
        engine = create_engine(self.url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE pid <> pg_backend_pid() AND datname = 'postgres'"
                )
        finally:
            engine.dispose()


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    base = Path(tempfile.mkdtemp(prefix="es-pg-faults-"))
    made = None
    try:
        made = Cluster(base)
        yield made
    finally:
        if made is not None:
            made.pg_ctl("stop", "-m", "immediate")
        shutil.rmtree(base, ignore_errors=True)


class Writer(threading.Thread):
    """Decides again and again; retries each decision with its key until it is acknowledged."""

    def __init__(self, services: Services, scrutiny_id: int, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.services, self.scrutiny_id, self.stop = services, scrutiny_id, stop
        self.acknowledged: dict[str, int] = {}
        self.sentences: set[str] = set()
        self.crash: BaseException | None = None

    def run(self) -> None:
        number = 0
        try:
            while not self.stop.is_set():
                number += 1
                self._save(f"decision-{number}", number)
        except BaseException as exc:  # anything not a sentence is the failure this test is for
            self.crash = exc

    def _save(self, key: str, number: int) -> None:
        decision = DecisionInput(Outcome.DEFER, f"Round {number}", "Panel")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                saved = self.services.decisions.decide(self.scrutiny_id, decision, request_key=key)
                self.services.scrutinies.answer(
                    self.scrutiny_id, "LB-01", Status.MET, Rating.GREEN, f"Note {number}"
                )
            except DatabaseError as exc:
                self.sentences.add(str(exc))
                time.sleep(0.05)
                continue
            self.acknowledged[key] = saved.sequence
            return
        raise AssertionError(f"{key} was never saved: {sorted(self.sentences)}")


def test_restarts_and_killed_backends_lose_nothing_and_duplicate_nothing(
    cluster: Cluster, tmp_path: Path
) -> None:
    services = Services.open(resolve_settings(str(tmp_path / "data"), cluster.url))
    stop = threading.Event()
    writer = Writer(services, services.scrutinies.create(NEW), stop)
    writer.start()
    try:
        for fault in ("fast", "terminate", "immediate", "terminate", "fast", "immediate"):
            time.sleep(0.8)
            if fault == "terminate":
                cluster.terminate_backends()
            else:
                cluster.pg_ctl("restart", "-m", fault)
        time.sleep(0.8)
    finally:
        stop.set()
        writer.join(timeout=90)
    try:
        assert writer.crash is None, repr(writer.crash)
        assert len(writer.acknowledged) >= 5
        assert writer.sentences, "the faults never reached the writer"
        for sentence in writer.sentences:
            assert any(words in sentence for words in EXPECTED), sentence
        decisions = [e for e in services.maintenance.entries() if e.kind == "decision"]
        by_rationale = [e.payload["rationale"] for e in decisions]
        assert len(by_rationale) == len(set(by_rationale)), "a retry recorded a duplicate"
        recorded = {e.sequence for e in decisions}
        assert set(writer.acknowledged.values()) <= recorded, "an acknowledged write was lost"
        result = services.maintenance.verify()
        assert result.ok, result.message
    finally:
        services.close()


def test_the_restart_messages_are_recognised_as_connection_loss() -> None:
    from sqlalchemy.exc import OperationalError

    for text in (
        "the database system is starting up",
        "the database system is shutting down",
        "the database system is not yet accepting connections",
        "SSL SYSCALL error: EOF detected",
    ):
        error = OperationalError("SELECT 1", {}, Exception(text))
        assert server.is_connection_lost(error)
        sentence = server.explain("postgresql+psycopg://officer:s3cretPW@db.example/ethics", error)
        assert "unavailable or restarting" in sentence and "s3cretPW" not in sentence
        # Met outside any save (the app's crash dialog and the command line ask as_expected).
        known = as_expected(error)
        assert isinstance(known, DatabaseError) and "unavailable or restarting" in str(known)
