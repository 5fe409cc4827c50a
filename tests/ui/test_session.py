"""Session start and end in the log, and a notice after a session that did not end normally."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.errors import InvalidInputError
from ui import app
from ui.kit import crash, drafts, messages
from ui.shell import session
from ui.shell.main_window import MainWindow

SECRET = "Informant lives at 4 Example Road"


def _run_until_idle(qtbot: QtBot) -> Callable[..., int]:
    """Stands in for the event loop: runs until the start-up's queued work has all been done."""

    def exec_(*_args: object) -> int:
        [main] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        qtbot.waitUntil(lambda: main.context.tasks.pending == 0, timeout=10_000)
        qtbot.wait(20)
        return 0

    return exec_


def test_a_clean_session_leaves_no_marker(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    current = session.begin(tmp_path)
    assert not current.previous_unclean
    assert current.marker.is_file()
    if os.name != "nt":
        assert stat.S_IMODE(current.marker.stat().st_mode) == 0o600
    session.end(current)
    assert not current.marker.exists()
    assert session.begin(tmp_path).previous_unclean is False
    said = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("Session started") for m in said)
    assert any(m.startswith("Session ended normally") for m in said)


def test_a_marker_left_behind_means_the_last_session_did_not_end_normally(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    session.begin(tmp_path)  # never ended: killed, power lost
    caplog.clear()
    again = session.begin(tmp_path)
    assert again.previous_unclean
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "did not close normally" in warning.getMessage()


def test_an_unreadable_marker_still_counts(tmp_path: Path) -> None:
    (tmp_path / session.MARKER_NAME).write_bytes(b"\xff\xfe\x00")
    assert session.begin(tmp_path).previous_unclean


def test_a_failed_save_is_logged_without_what_was_being_saved(
    caplog: pytest.LogCaptureFixture, said: list[tuple[str, str, str]]
) -> None:
    caplog.set_level(logging.WARNING)
    messages.show_failure(None, "Answer not saved", InvalidInputError(f"Bad note: {SECRET}"))
    assert said and SECRET in said[0][2]  # the officer is told in full
    [record] = [r for r in caplog.records if r.name == "ui.kit.messages"]
    assert "InvalidInputError" in record.getMessage()
    assert SECRET not in record.getMessage()


def test_the_next_start_says_so_and_offers_the_kept_notes(
    qtbot: QtBot,
    qapp: QApplication,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    said: list[tuple[str, str, str]],
) -> None:
    settings.data_dir.mkdir(parents=True)
    session.begin(settings.data_dir)  # the session that never ended
    drafts.write(settings.data_dir, [drafts.draft_now(1, "LB-01", SECRET, True)])
    offered: list[list[drafts.Draft]] = []

    def ask_restore(_parent: object, kept: list[drafts.Draft]) -> bool:
        offered.append(list(kept))
        return False  # declined: forgotten

    monkeypatch.setattr(drafts, "ask_restore", ask_restore)
    monkeypatch.setattr(QApplication, "exec", _run_until_idle(qtbot))
    sheet, palette = qapp.styleSheet(), qapp.palette()
    try:
        assert app.run(settings, ["ethics-scrutiny"]) == 0
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
    [(kind, title, text)] = [s for s in said if "did not close normally" in s[1]]
    assert kind == "warning"
    assert title == "Ethics Scrutiny did not close normally last time"
    assert text.startswith("Ethics Scrutiny did not close normally last time.")
    assert "offered next" in text
    assert [[d.note for d in kept] for kept in offered] == [[SECRET]]
    assert drafts.pending(settings.data_dir) == []
    # This run ended normally: no marker, and the log tells the whole story without the note.
    assert not (settings.data_dir / session.MARKER_NAME).exists()
    log = (settings.logs_dir / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "did not close normally" in log
    assert "Session started" in log and "Session ended normally" in log
    assert SECRET not in log


def test_a_normal_start_says_nothing(
    qtbot: QtBot,
    qapp: QApplication,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    said: list[tuple[str, str, str]],
) -> None:
    monkeypatch.setattr(QApplication, "exec", _run_until_idle(qtbot))
    sheet, palette = qapp.styleSheet(), qapp.palette()
    try:
        assert app.run(settings, ["ethics-scrutiny"]) == 0
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
    assert not [s for s in said if "did not close normally" in s[1]]


def test_session_start_is_after_the_window_shows(window: MainWindow) -> None:
    # The marker is the composition root's, not the window's: tests' windows leave none.
    assert not (window.context.services.settings.data_dir / session.MARKER_NAME).exists()
