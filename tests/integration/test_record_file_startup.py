"""The record file at start: a killed first start never leaves an empty record; a read-only
record file refuses saves in one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings, sqlite_url
from ethics_scrutiny.domain.enums import Status, Technology
from ethics_scrutiny.domain.errors import ReadOnlyRecordError
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import migrate
from ethics_scrutiny.storage.database import Database

# First starts here are real ones: a new record is migrated from empty, not copied.
pytestmark = pytest.mark.fresh_migration
ROOT = Path(__file__).resolve().parents[2]
SECRET = "Informant J. Bloggs of 12 Acacia Avenue"


def test_an_empty_file_never_initialised_is_recreated(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    record = folder / "ethics-scrutiny.db"
    record.write_bytes(b"")  # what an older version's killed first command left
    services = Services.open(resolve_settings(str(folder)))
    try:
        assert services.scrutinies.list() == []
        assert services.maintenance.verify().ok
    finally:
        services.close()
    assert record.stat().st_size > 0


def test_a_failed_first_start_leaves_no_record_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"

    def broken(_engine: object) -> None:
        raise RuntimeError("migration interrupted")

    monkeypatch.setattr(migrate, "upgrade_to_head", broken)
    with pytest.raises(RuntimeError):
        Database.open(sqlite_url(folder / "ethics-scrutiny.db"), folder / "backups")
    assert sorted(p.name for p in folder.iterdir()) == ["ethics-scrutiny.db.lock"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_first_start_killed_before_the_rename_leaves_no_empty_record(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    script = textwrap.dedent(
        f"""
        import os, signal
        from ethics_scrutiny.storage import migrate
        from ethics_scrutiny.storage.database import Database
        from ethics_scrutiny.config import sqlite_url
        real = migrate.upgrade_to_head
        def killed(engine):
            real(engine)
            os.kill(os.getpid(), signal.SIGKILL)  # as a user closing the terminal would
        migrate.upgrade_to_head = killed
        Database.open(sqlite_url({str(folder / "ethics-scrutiny.db")!r}), None)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=False)
    assert done.returncode == -9
    assert not (folder / "ethics-scrutiny.db").exists()
    assert [p.name for p in folder.glob(".ethics-scrutiny.db.new-*")]  # the unfinished one
    assert main(["--data-dir", str(folder), "list"]) == 0
    assert not list(folder.glob(".ethics-scrutiny.db.new-*"))
    assert main(["--data-dir", str(folder), "verify"]) == 0


def test_an_emptied_record_that_was_used_is_still_reported_lost(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    settings = resolve_settings(str(folder))
    for _ in range(2):  # the second opening takes the day's backup
        Services.open(settings).close()
    (folder / "ethics-scrutiny.db").write_bytes(b"")
    with pytest.raises(Exception, match="has been lost"):
        Services.open(settings)
    assert (folder / "ethics-scrutiny.db").read_bytes() == b""


@contextmanager
def read_only_file(path: Path) -> Iterator[None]:
    """Make ``path`` read-only even for root (which ignores permission bits)."""
    path.chmod(0o444)
    immutable = False
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        immutable = done.returncode == 0
        if not immutable:
            path.chmod(0o600)
            pytest.skip("cannot make a file read-only for root here (no chattr)")
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(0o600)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_record_file_refuses_saves_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    settings = resolve_settings(str(folder))
    services = Services.open(settings)
    try:
        sid = services.scrutinies.create(NewScrutiny("LFR", "Gwent", Technology.DRONES))
        key = services.scrutinies.get(sid).checklist.questions()[0].key
    finally:
        services.close()
    record = folder / "ethics-scrutiny.db"
    before = record.read_bytes()
    data = ["--data-dir", str(folder)]
    with read_only_file(record):
        assert main([*data, "list"]) == 0  # reading still works
        capsys.readouterr()
        argv = [*data, "answer", str(sid), key, "--status", "met", "--note", SECRET, "--sensitive"]
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err.startswith("Error: The record file is read-only: ") and err.count("\n") == 1
        assert SECRET not in err and "Traceback" not in err and "[SQL" not in err
        services = Services.open(settings)
        try:
            with pytest.raises(ReadOnlyRecordError, match="ask IT to give you write access"):
                services.scrutinies.answer(sid, key, Status.MET, note=SECRET)
        finally:
            services.close()
    assert record.read_bytes() == before
