"""Save dialogs refuse the record's own files with a message, before any work starts."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from ethics_scrutiny.services import Services
from ui.kit import file_dialogs
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("action", "dialog"),
    [
        ("export_pdf", "ask_save_pdf"),
        ("export_html", "ask_save_export"),
        ("export_csv", "ask_save_export"),
        ("export_actions_csv", "ask_save_export"),
        ("export_bundle", "ask_save_export"),
    ],
)
def test_export_dialog_refuses_the_record(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    said: list[tuple[str, str, str]],
    action: str,
    dialog: str,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    record = services.database.sqlite_path
    assert record is not None
    before, head = _sha(record), services.maintenance.head()
    monkeypatch.setattr(file_dialogs, dialog, lambda *_args: record)

    def no_export(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("an export started for a refused path")

    monkeypatch.setattr(services.reports, "export", no_export)
    window.action_map[action].trigger()
    assert said[-1][:2] == ("warning", "Report not saved")
    assert "it is the live record" in said[-1][2]
    assert not window.controller.exports.busy and not window.findChildren(QProgressDialog)
    qtbot.waitUntil(lambda: window.context.tasks.pending == 0)
    assert _sha(record) == before and services.maintenance.head() == head


def test_backup_dialog_refuses_a_file_in_the_backups_folder(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    said: list[tuple[str, str, str]],
) -> None:
    target = services.database.backups_dir / "mine.db"
    monkeypatch.setattr(file_dialogs, "ask_save_backup", lambda _p, _s: target)

    def no_backup(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("a backup started for a refused path")

    monkeypatch.setattr(services.maintenance, "backup", no_backup)
    window.action_map["backup"].trigger()
    assert said[-1][:2] == ("warning", "Record not backed up")
    assert "backups folder" in said[-1][2]
    assert not window.controller.records.busy and not target.exists()
