"""Files that are not a usable record get a plain message and are left byte-identical."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings, sqlite_url
from ethics_scrutiny.domain.errors import DatabaseError
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import placement
from ethics_scrutiny.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]
NON_ASCII = "Cofnodion Swyddfa’r Comisiynydd ŵŷ 警察記録 ?#%"


def make_random(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def make_empty(path: Path) -> None:
    """A record emptied after use: the daily backup beside it shows it once held a record.

    (An empty file with no such history was never a record and is recreated instead.)
    """
    for _ in range(2):  # the second opening of an existing record takes the day's backup
        Database.open(sqlite_url(path), path.parent / "backups").close()
    path.write_bytes(b"")


def make_foreign(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('A. Officer', '01234')")
        conn.commit()


def make_foreign_with_its_own_id(path: Path) -> None:
    make_foreign(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA application_id=1598903374")  # Fossil's "MPRF"
        conn.commit()


def make_newer(path: Path) -> None:
    Database.open(sqlite_url(path), path.parent / "backups").close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num='0999_future'")
        conn.commit()


def make_corrupt(path: Path) -> None:
    Database.open(sqlite_url(path), path.parent / "backups").close()
    data = bytearray(path.read_bytes())
    data[4096:8192] = os.urandom(4096)
    path.write_bytes(bytes(data))


BAD_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "empty file": (make_empty, r"is empty \(0 bytes\)"),
    "random bytes": (make_random, "is not an Ethics Scrutiny database"),
    "foreign SQLite database": (make_foreign, "belongs to another program"),
    "foreign database with its own id": (make_foreign_with_its_own_id, "another program"),
    "newer schema": (make_newer, "written by a newer version of Ethics Scrutiny"),
    "corrupt pages": (make_corrupt, r"damaged|integrity check"),
}


@pytest.mark.parametrize("folder_name", ["data", NON_ASCII])
@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_is_refused_with_a_plain_message_and_left_alone(
    tmp_path: Path, case: str, folder_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    make, expected = BAD_FILES[case]
    folder = tmp_path / folder_name
    folder.mkdir()
    path = folder / "ethics-scrutiny.db"
    make(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match=expected) as caught:
        Services.open(resolve_settings(str(folder)))
    message = str(caught.value)
    assert str(path) in message or "newer version" in message
    assert "Traceback" not in message
    # The command line says the same in one line on stderr, with no traceback.
    assert main(["--data-dir", str(folder), "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "Traceback" not in err
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-journal").exists()


def test_a_record_in_a_folder_named_in_any_script_works_end_to_end(tmp_path: Path) -> None:
    folder = tmp_path / NON_ASCII
    settings = resolve_settings(str(folder))
    services = Services.open(settings)
    try:
        assert services.maintenance.verify().ok
        copy = services.maintenance.backup(folder / "copïau" / "copi.db")
    finally:
        services.close()
    reopened = Services.open(settings)  # second start of the day takes the daily backup
    try:
        assert reopened.maintenance.verify().ok
        kinds = {b.kind for b in reopened.maintenance.backups()}
        assert {"daily", "weekly"} <= kinds
    finally:
        reopened.close()
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` read-only even for root (which ignores permission bits)."""
    folder.chmod(0o555)
    immutable = False
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        immutable = done.returncode == 0
        if not immutable:
            folder.chmod(0o755)
            pytest.skip("cannot make a folder read-only for root here (no chattr)")
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_data_folder_gets_a_plain_message(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    settings = resolve_settings(str(folder))
    Services.open(settings).close()
    path = folder / "ethics-scrutiny.db"
    before = path.read_bytes()
    with read_only(folder), pytest.raises(DatabaseError, match="read-only") as caught:
        Services.open(settings)
    assert "Choose a folder you can write to" in str(caught.value)
    assert path.read_bytes() == before


def test_a_network_share_is_refused_with_an_explanation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(placement, "mount_table", lambda: [("/", "ext4"), (str(tmp_path), "cifs")])
    folder = tmp_path / "share"
    with pytest.raises(DatabaseError, match=r"network share \(cifs\)") as caught:
        Services.open(resolve_settings(str(folder)))
    assert "--data-dir" in str(caught.value)
    assert not (folder / "ethics-scrutiny.db").exists()
    # IT can overrule the check for a share they know honours SQLite's locks.
    monkeypatch.setenv(placement.ALLOW_NETWORK_ENV, "1")
    Services.open(resolve_settings(str(folder))).close()


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/office/records", "nfs4"),
        ("/home/me/work", None),
        ("/mnt/officeX", None),  # a sibling of the share, not inside it
        ("/media/sshfs box/x", "fuse.sshfs"),
    ],
)
def test_network_kind_reads_the_mount_table(path: str, kind: str | None) -> None:
    table = [("/", "ext4"), ("/mnt/office", "nfs4"), ("/media/sshfs box", "fuse.sshfs")]
    assert placement.network_kind(Path(path), lambda: table) == kind


HOLDER = """
import sys
from ethics_scrutiny.storage.database import Database
db = Database.open(sys.argv[1], __import__("pathlib").Path(sys.argv[2]), purpose="the test holder")
print("ready", flush=True)
sys.stdin.readline()
db.close()
"""


def test_a_second_writer_is_refused_with_a_message_naming_the_holder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = resolve_settings(str(tmp_path / "data"))
    Services.open(settings).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, settings.database_url, str(settings.backups_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseError, match="is in use by the test holder") as caught:
            Services.open(settings)
        assert f"(process {holder.pid} on" in str(caught.value)
        data = ["--data-dir", str(settings.data_dir)]
        assert main([*data, "new", "--technology", "drones", "--title", "T", "--force", "F"]) == 1
        assert "is in use by the test holder" in capsys.readouterr().err
        # Commands that only read still run, on a read-only view of the record.
        assert main([*data, "verify"]) == 0
        out, err = capsys.readouterr()
        assert "The record verifies" in out and "opened read-only" in err
    finally:
        holder.communicate("done\n", timeout=60)
    Services.open(settings).close()  # free again once the holder has gone
