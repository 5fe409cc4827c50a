"""Quit while a report is being written: the officer is asked, never silently ignored."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from ethics_scrutiny.services import Services
from ui.kit import file_dialogs
from ui.record import quit_question
from ui.record.quit_question import QuitChoice
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny


@pytest.fixture
def held(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
) -> tuple[threading.Event, Path]:
    """An export under way, held on the worker until the gate opens."""
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *args: target)
    gate = threading.Event()
    real_export = services.reports.export

    def held_export(*args: Any, **kwargs: Any) -> object:
        gate.wait(timeout=30)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(services.reports, "export", held_export)
    window.action_map["export_pdf"].trigger()
    assert window.controller.exports.busy
    return gate, target


def _answer(monkeypatch: pytest.MonkeyPatch, choice: QuitChoice) -> list[str]:
    asked: list[str] = []

    def ask(_parent: object, what: str) -> QuitChoice:
        asked.append(what)
        return choice

    monkeypatch.setattr(quit_question, "ask", ask)
    return asked


def test_quit_keys_still_work_while_the_progress_shows(
    window: MainWindow, held: tuple[threading.Event, Path]
) -> None:
    gate, _target = held
    [progress] = window.findChildren(QProgressDialog)
    assert window.action_map["quit"] in progress.actions()
    gate.set()


def test_quit_when_saved_waits_for_the_file_then_closes(
    qtbot: QtBot,
    window: MainWindow,
    held: tuple[threading.Event, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate, target = held
    asked = _answer(monkeypatch, QuitChoice.AFTER_EXPORT)
    window.action_map["quit"].trigger()
    assert asked == ["panel report"]
    assert window.isVisible()  # still writing
    [progress] = window.findChildren(QProgressDialog)
    assert "will close when the file is saved" in progress.labelText()
    with qtbot.waitSignal(window.controller.exports.quit_ready, timeout=60_000):
        gate.set()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert target.is_file()


def test_stop_writing_and_quit_leaves_no_file(
    qtbot: QtBot,
    window: MainWindow,
    held: tuple[threading.Event, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate, target = held
    _answer(monkeypatch, QuitChoice.CANCEL_EXPORT)
    with qtbot.waitSignal(window.controller.exports.quit_ready, timeout=60_000):
        window.action_map["quit"].trigger()
        gate.set()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not target.exists()


def test_keep_working_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    held: tuple[threading.Event, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate, target = held
    _answer(monkeypatch, QuitChoice.STAY)
    window.action_map["quit"].trigger()
    with qtbot.waitSignal(window.controller.exports.finished, timeout=60_000):
        gate.set()
    assert window.isVisible()
    assert target.is_file()
