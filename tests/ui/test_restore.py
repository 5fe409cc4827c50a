"""Restore from backup in the app: current state saved first, list refreshed, refusal explained."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ui.record import record_controller
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny


def titles(window: MainWindow) -> list[str]:
    model = window.list_page.model
    return [model.summary_at(row).title for row in range(model.rowCount())]


def test_restore_brings_back_the_backup_after_saving_the_current_record(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
) -> None:
    make_scrutiny(title="Kept")
    backup = services.maintenance.backup(tmp_path / "kept.db")
    services.scrutinies.create(NewScrutiny("Added later", "Dyfed-Powys", Technology.ANPR))
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: len(titles(window)) == 2)
    asked: list[Path] = []
    monkeypatch.setattr(record_controller, "ask_backup_to_restore", lambda _p, start: backup)
    monkeypatch.setattr(
        record_controller, "confirm_restore", lambda _p, path: not asked.append(path)
    )
    with qtbot.waitSignal(window.controller.records.restored, timeout=60_000) as done:
        window.action_map["restore"].trigger()
    saved = done.args[0]
    assert asked == [backup]
    qtbot.waitUntil(lambda: titles(window) == ["Kept"])
    assert saved.name.startswith("pre-restore-") and saved.is_file()
    kind, title, text = said[-1]
    assert (kind, title) == ("info", "Record restored") and str(saved) in text
    assert services.maintenance.verify().ok
    assert not window.controller.records.busy


def test_cancelling_the_confirmation_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    make_scrutiny()
    backup = services.maintenance.backup(tmp_path / "b.db")
    before = services.maintenance.head()
    monkeypatch.setattr(record_controller, "ask_backup_to_restore", lambda _p, _s: backup)
    monkeypatch.setattr(record_controller, "confirm_restore", lambda _p, _path: False)
    window.action_map["restore"].trigger()
    assert not window.controller.records.busy
    assert services.maintenance.head() == before
    assert not list(services.settings.backups_dir.glob("pre-restore-*"))


def test_a_foreign_file_is_refused_with_a_plain_message(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
) -> None:
    chosen = tmp_path / "holiday photos.db"
    chosen.write_bytes(b"not a database at all" * 100)
    monkeypatch.setattr(record_controller, "ask_backup_to_restore", lambda _p, _s: chosen)
    monkeypatch.setattr(record_controller, "confirm_restore", lambda _p, _path: True)
    with qtbot.waitSignal(window.controller.records.failed, timeout=60_000):
        window.action_map["restore"].trigger()
    kind, title, text = said[-1]
    assert (kind, title) == ("error", "Record not restored")
    assert "not an Ethics Scrutiny backup" in text and "nothing was restored" in text


def test_a_backup_failing_verification_is_refused_with_what_failed(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
) -> None:
    make_scrutiny(title="Kept")
    backup = services.maintenance.backup(tmp_path / "forged.db")
    with closing(sqlite3.connect(backup)) as conn, conn:
        conn.execute("UPDATE scrutinies SET title = 'Forged'")
    before = services.maintenance.head()
    monkeypatch.setattr(record_controller, "ask_backup_to_restore", lambda _p, _s: backup)
    monkeypatch.setattr(record_controller, "confirm_restore", lambda _p, _path: True)
    with qtbot.waitSignal(window.controller.records.failed, timeout=60_000):
        window.action_map["restore"].trigger()
    kind, title, text = said[-1]
    assert (kind, title) == ("error", "Record not restored")
    assert "fails verification, so it was not restored" in text
    assert 'title: the record says "Kept", the table holds "Forged"' in text
    assert services.maintenance.head() == before
    assert not list(services.settings.backups_dir.glob("pre-restore-*"))
