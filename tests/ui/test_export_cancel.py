"""Cancelling an export from the progress dialog: nothing is written and nothing recorded."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from ethics_scrutiny.services import Services
from ui.kit import file_dialogs
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny


def test_cancel_stops_the_render_and_leaves_no_file(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *args: target)
    gate = threading.Event()
    real_export = services.reports.export

    def held_export(*args: object, **kwargs: object) -> object:
        gate.wait(timeout=30)  # hold the worker until the officer has pressed Cancel
        return real_export(*args, **kwargs)

    monkeypatch.setattr(services.reports, "export", held_export)
    head = services.maintenance.head()
    exports = window.controller.exports
    with qtbot.waitSignal(exports.cancelled, timeout=60_000):
        window.action_map["export_pdf"].trigger()
        [dialog] = window.findChildren(QProgressDialog)
        dialog.show()
        [button] = dialog.findChildren(QPushButton)
        assert button.accessibleName() == "Cancel the export"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        gate.set()
    assert not exports.busy
    assert list(target.parent.iterdir()) == []
    assert services.maintenance.head() == head
