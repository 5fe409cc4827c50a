"""Crash test: writers killed with SIGKILL at random moments never lose an acknowledged save."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Marking, Stage, Status, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.unit_of_work import unit_of_work

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")

TRIALS = 120
WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Outcome:
    acks: list[list[str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    ready: bool = False
    pid: int | None = None
    dead: bool = False


class Zygote:
    """The child process that forks one writer per trial and reports what each printed."""

    def __init__(self, url: str, backups: Path, scrutiny_id: int, keys: list[str]) -> None:
        # A writer killed mid-restore cannot remove its temporary check copy: keep such litter
        # in the test's own folder, not the machine's temporary folder.
        scratch = backups.parent / "writer-tmp"
        scratch.mkdir(exist_ok=True)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(scratch)}
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), url, str(backups), str(scrutiny_id), *keys],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
            env=env,
            cwd=ROOT,
        )

    def trial(
        self, trial: int, rng: random.Random, extra: str = "", jitter: float = 0.012
    ) -> Outcome:
        """Start a writer, wait for a random number of acks (or none), then SIGKILL it."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"trial {trial} {extra}\n")
        self.process.stdin.flush()
        out = Outcome()
        early = rng.random() < 0.15  # sometimes kill while it is still opening the record
        wanted = rng.randint(0, 6)
        while out.pid is None or (not early and not out.ready and not out.errors):
            self._read(out, trial)
        while not early and len(out.acks) < wanted and not out.errors:
            self._read(out, trial)
        # Jitter lands the kill anywhere in the next write: before, during or after COMMIT.
        time.sleep(rng.uniform(0, 0.05 if early else jitter))
        with contextlib.suppress(ProcessLookupError):
            os.kill(out.pid, signal.SIGKILL)
        while not out.dead:
            self._read(out, trial)
        return out

    def _read(self, out: Outcome, trial: int) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError("the crash-test child process ended unexpectedly")
        word, _, rest = line.strip().partition(" ")
        if word == "pid":
            out.pid = int(rest)
        elif word == "ready":
            out.ready = True
        elif word == "ack":
            out.acks.append(rest.split())
        elif word == "error":
            out.errors.append(rest)
        elif word == "dead" and int(rest.split()[0]) == trial:
            out.dead = True

    def close(self) -> None:
        self.process.kill()
        self.process.wait()


def check_after_crash(url: str, path: Path, backups: Path, outcome: Outcome) -> bool:
    """Reopen as the app does, then check; True when the kill left a journal file behind."""
    journal = path.with_name(path.name + "-journal")
    left = journal.exists() and journal.stat().st_size > 0
    # The app's own open must recover (roll back a hot journal) and accept the file: after
    # it, even a read-only connection can read, which a hot journal would forbid.
    database = Database.open(url, backups, purpose="the crash test", daily_backup=False)
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    try:
        with unit_of_work(database) as session:
            result = record_chain.verify(session)
            assert result.ok, result.message
            entries = record_chain.all_entries(session)
        hashes = {e.entry_hash for e in entries}
        answers = {
            (p.get("question_key"), p.get("status"), p.get("note_sha256"))
            for p in (json.loads(e.payload) for e in entries if e.kind == "response_changed")
        }
        for ack in outcome.acks:
            if ack[0] == "decision":
                assert ack[2] in hashes, f"acknowledged decision {ack[1]} was lost"
            elif ack[0] == "answer":
                assert tuple(ack[1:4]) in answers, f"acknowledged answer {ack} was lost"
    finally:
        database.close()
    return left


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_an_acknowledged_write(tmp_path: Path) -> None:
    settings = resolve_settings(str(tmp_path / "data"))
    services = Services.open(settings)
    try:
        scrutiny_id = services.scrutinies.create(
            NewScrutiny("Crash test", "Test Constabulary", Technology.DRONES, Marking.OFFICIAL,
                        Stage.PILOT)
        )  # fmt: skip
        keys = [q.key for q in services.scrutinies.get(scrutiny_id).checklist.questions()][:7]
    finally:
        services.close()
    url, path = settings.database_url, settings.data_dir / "ethics-scrutiny.db"
    rng = random.Random(int(os.environ.get("CRASH_SEED", "20261125")))
    zygote = Zygote(url, settings.backups_dir, scrutiny_id, keys)
    acked = early = hot = 0
    started = time.monotonic()
    try:
        for trial in range(TRIALS):
            outcome = zygote.trial(trial, rng)
            assert not outcome.errors, outcome.errors
            hot += check_after_crash(url, path, settings.backups_dir, outcome)
            acked += len(outcome.acks)
            early += not outcome.ready
    finally:
        zygote.close()
    elapsed = time.monotonic() - started
    print(f"crash test: {TRIALS} trials, {acked} acknowledged writes all present, "
          f"{hot} kills left a journal to recover, {early} kills while opening, "
          f"{elapsed:.1f}s")  # fmt: skip
    assert acked > TRIALS  # the kills really did land among writes


RESTORE_TRIALS = 30


@pytest.mark.slow
def test_sigkill_during_restores_leaves_one_whole_state_or_the_other(tmp_path: Path) -> None:
    settings = resolve_settings(str(tmp_path / "data"))
    services = Services.open(settings)
    heads = []
    try:
        for n, title in enumerate(["First state", "Second state"]):
            sid = services.scrutinies.create(
                NewScrutiny(title, "Test Constabulary", Technology.ANPR)
            )
            for key in [q.key for q in services.scrutinies.get(sid).checklist.questions()][:20]:
                services.scrutinies.answer(sid, key, Status.MET, note="x" * 2000 * (n + 1))
            services.maintenance.backup(tmp_path / f"state{n}.db")
            heads.append(services.maintenance.head().head_hash)
    finally:
        services.close()
    url, path = settings.database_url, settings.data_dir / "ethics-scrutiny.db"
    sources = f"restore {tmp_path / 'state0.db'} {tmp_path / 'state1.db'}"
    rng = random.Random(int(os.environ.get("CRASH_SEED", "20261125")) + 1)
    zygote = Zygote(url, settings.backups_dir, 0, [])
    restores = hot = 0
    try:
        for trial in range(RESTORE_TRIALS):
            # A restore cycle takes longer than one save: spread the kills across all of it.
            outcome = zygote.trial(trial, rng, sources, jitter=0.08)
            assert not outcome.errors, outcome.errors
            hot += check_after_crash(url, path, settings.backups_dir, outcome)
            restores += len(outcome.acks)
            database = Database.open(url, settings.backups_dir, daily_backup=False)
            try:
                with unit_of_work(database) as session:
                    assert record_chain.head(session).head_hash in heads
            finally:
                database.close()
    finally:
        zygote.close()
    print(f"restore crash test: {RESTORE_TRIALS} trials, {restores} acknowledged restores, "
          f"{hot} kills left a journal to recover")  # fmt: skip
    assert restores > 0
