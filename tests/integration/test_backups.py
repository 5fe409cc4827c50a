"""Automatic daily and weekly backups, their rotation, and restoring a chosen backup."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import Settings, resolve_settings
from ethics_scrutiny.domain.enums import Status, Technology
from ethics_scrutiny.domain.errors import DatabaseError
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import backups


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return resolve_settings(str(tmp_path / "data"))


@pytest.fixture
def services(settings: Settings) -> Iterator[Services]:
    opened = Services.open(settings)
    yield opened
    opened.close()


def titles(services: Services) -> set[str]:
    return {s.title for s in services.scrutinies.list()}


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def test_a_new_record_takes_no_backup_and_the_first_reopen_of_the_day_does(
    settings: Settings,
) -> None:
    Services.open(settings).close()
    assert not settings.backups_dir.exists()
    Services.open(settings).close()
    names = sorted(p.name for p in settings.backups_dir.iterdir())
    today = date.today()
    assert len(names) == 2 and names[0].startswith("daily-") and names[1].startswith("weekly-")
    Services.open(settings).close()  # once a day only
    assert len(list(settings.backups_dir.iterdir())) == 2
    for path in settings.backups_dir.iterdir():
        assert integrity(path) == "ok"
    assert abs((date.fromisoformat(names[0][6:16]) - today).days) <= 1  # UTC date


def test_rotation_keeps_seven_daily_and_four_weekly_and_nothing_else_is_touched(
    services: Services, settings: Settings
) -> None:
    source = settings.data_dir / "ethics-scrutiny.db"
    folder = settings.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    keep = [folder / "pre-0001-20260101T000000Z.db", folder / "pre-restore-20260102.db"]
    for path in keep:
        path.write_bytes(b"kept")
    start = date(2026, 10, 1)
    written = 0
    for offset in range(45):
        written += len(backups.ensure_daily(source, folder, start + timedelta(days=offset)))
    dailies = sorted(p.name for p in folder.glob("daily-*.db"))
    weeklies = sorted(p.name for p in folder.glob("weekly-*.db"))
    last = start + timedelta(days=44)
    assert dailies == [backups.daily_name(last - timedelta(days=n)) for n in range(6, -1, -1)]
    assert weeklies == sorted({backups.weekly_name(last - timedelta(weeks=n)) for n in range(4)})
    assert written == 45 + len({backups.weekly_name(start + timedelta(days=d)) for d in range(45)})
    assert all(p.read_bytes() == b"kept" for p in keep)
    for path in folder.glob("*ly-*.db"):
        assert integrity(path) == "ok"


def test_backup_command_writes_a_checked_copy(
    settings: Settings, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = ["--data-dir", str(settings.data_dir)]
    assert main([*data, "new", "--technology", "drones", "--title", "T", "--force", "F"]) == 0
    out = tmp_path / "copies" / "record copy.db"
    out.parent.mkdir()
    assert main([*data, "backup", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert integrity(out) == "ok"
    assert main([*data, "backup"]) == 0  # no --out: a dated file in the backups folder
    assert main([*data, "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert "other" in {b["kind"] for b in listed}


def test_restore_saves_the_current_state_first_and_brings_back_the_backup(
    services: Services, settings: Settings, tmp_path: Path
) -> None:
    services.scrutinies.create(NewScrutiny("Before", "Gwent", Technology.DRONES))
    copy = services.maintenance.backup(tmp_path / "before.db")
    later = services.scrutinies.create(NewScrutiny("After", "Gwent", Technology.ANPR))
    services.scrutinies.answer(later, "LB-01", Status.MET)
    saved = services.maintenance.restore(copy)
    assert titles(services) == {"Before"}
    assert services.maintenance.verify().ok
    assert saved.parent == settings.backups_dir and saved.name.startswith("pre-restore-")
    assert integrity(saved) == "ok"
    # The state before the restore is itself restorable: nothing is ever lost by a restore.
    services.maintenance.restore(saved)
    assert titles(services) == {"Before", "After"}
    assert services.maintenance.verify().ok


def test_restore_from_the_command_line(
    settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(settings.data_dir)]
    assert main([*data, "new", "--technology", "drones", "--title", "Kept", "--force", "F"]) == 0
    assert main([*data, "backup", "--out", str(tmp_path / "b.db")]) == 0
    assert main([*data, "new", "--technology", "drones", "--title", "Gone", "--force", "F"]) == 0
    capsys.readouterr()
    assert main([*data, "restore", str(tmp_path / "b.db"), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert Path(shown["saved_before"]).is_file() and shown["entries"] == 1
    assert main([*data, "list", "--json"]) == 0
    assert [s["title"] for s in json.loads(capsys.readouterr().out)] == ["Kept"]


def foreign(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()


def damaged(path: Path, services: Services) -> None:
    services.maintenance.backup(path)
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\x00\xff" * 2048
    path.write_bytes(bytes(data))


def newer(path: Path, services: Services) -> None:
    services.maintenance.backup(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num='0999_future'")
        conn.commit()


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("missing", "There is no backup file"),
        ("random", "is not an Ethics Scrutiny backup"),
        ("foreign", "not an Ethics Scrutiny record"),
        ("damaged", "damaged"),
        ("newer", "newer version"),
    ],
)
def test_a_bad_backup_is_refused_and_the_record_is_untouched(
    services: Services, settings: Settings, tmp_path: Path, case: str, expected: str
) -> None:
    services.scrutinies.create(NewScrutiny("Live", "Gwent", Technology.DRONES))
    chosen = tmp_path / f"{case}.db"
    if case == "random":
        chosen.write_bytes(b"\x13" * 5000)
    elif case == "foreign":
        foreign(chosen)
    elif case == "damaged":
        damaged(chosen, services)
    elif case == "newer":
        newer(chosen, services)
    before = head_of(services)
    with pytest.raises(DatabaseError, match=expected):
        services.maintenance.restore(chosen)
    assert head_of(services) == before and titles(services) == {"Live"}
    assert not list(settings.backups_dir.glob("pre-restore-*"))


def head_of(services: Services) -> tuple[str, int]:
    head = services.maintenance.head()
    return head.head_hash, head.entries
