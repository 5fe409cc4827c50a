"""The composition root: first run, a second copy, a damaged record, crash logging."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ui import app
from ui.kit import crash, messages, style
from ui.kit.tasks import TaskRunner
from ui.shell.main_window import MainWindow


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "error", lambda _p, title, text: shown.append((title, text)))
    # Belt and braces: a real message box would block the test run.
    monkeypatch.setattr(QMessageBox, "exec", lambda *a: pytest.fail(f"message box: {a}"))
    return shown


def test_first_run_shows_the_window_over_an_empty_record(
    qtbot: QtBot, qapp: QApplication, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []

    def fake_exec(*_args: object) -> int:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        [main] = [w for w in shown if isinstance(w, MainWindow)]
        assert main.windowTitle() == "Ethics Scrutiny"
        qtbot.waitUntil(lambda: main.context.tasks.pending == 0)
        seen.append(main.list_page.model.rowCount())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    # The look is app-wide: put the test process's own back afterwards, for the next tests.
    sheet, palette = qapp.styleSheet(), qapp.palette()
    try:
        assert app.run(settings, ["ethics-scrutiny"]) == 0
        applied = qapp.styleSheet(), qapp.palette().color(QPalette.ColorRole.Window)
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
    assert seen == [0]  # the demonstration is never written into the office's record
    # The app's one look: Fusion under the style sheet and palette of ui/kit/style.py.
    assert applied == (style.style_sheet(), QColor(style.COLOURS.window))
    assert (settings.logs_dir / crash.LOG_NAME).exists()
    # The lock was released, and the record holds nothing at all.
    lock = QLockFile(str(settings.data_dir / app.LOCK_NAME))
    assert lock.tryLock(0)
    lock.unlock()
    reopened = Services.open(settings)
    try:
        assert reopened.scrutinies.list() == []
        assert reopened.maintenance.head().entries == 0
    finally:
        reopened.close()


def test_a_second_copy_says_the_app_is_already_open(
    settings: Settings, said: list[tuple[str, str]]
) -> None:
    settings.data_dir.mkdir(parents=True)
    holder = QLockFile(str(settings.data_dir / app.LOCK_NAME))
    assert holder.tryLock(0)
    try:
        assert app.run(settings, ["ethics-scrutiny"]) == app.EXIT_ALREADY_OPEN
    finally:
        holder.unlock()
    [(_title, text)] = said
    assert "Ethics Scrutiny is already open" in text


def test_a_corrupt_database_is_reported_not_crashed_on(
    settings: Settings, said: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.data_dir.mkdir(parents=True)
    db_file = Path(settings.database_url.removeprefix("sqlite:///"))
    db_file.write_bytes(b"\x00garbage, not a database\xff" * 200)
    monkeypatch.setattr(QApplication, "exec", lambda *a: pytest.fail("the window was opened"))

    assert app.run(settings, ["ethics-scrutiny"]) == app.EXIT_CANNOT_OPEN

    [(title, text)] = said
    assert "cannot be opened" in title
    assert str(db_file) in text and "not an Ethics Scrutiny database" in text
    assert "Traceback" not in text
    assert db_file.read_bytes().startswith(b"\x00garbage")  # left untouched for support


def test_an_uncaught_error_is_logged_and_the_log_path_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(crash, "show_crash_dialog", lambda _parent, exc: shown.append(exc))
    previous = sys.excepthook
    handler = crash.install(tmp_path / "logs")
    try:
        assert crash.current_log_path() == tmp_path / "logs" / crash.LOG_NAME
        error = RuntimeError("unexpected state in the checklist")
        sys.excepthook(RuntimeError, error, None)
    finally:
        handler.uninstall()
    assert sys.excepthook is previous
    assert shown == [error]
    # The log says what failed, but an exception's text may quote user text: it is withheld.
    logged = handler.log_path.read_text(encoding="utf-8")
    assert "Uncaught exception" in logged and "RuntimeError (message withheld" in logged
    assert "unexpected state in the checklist" not in logged


def test_task_runner_delivers_results_and_errors_in_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[tuple[str, object, bool]] = []
    gui = threading.current_thread()

    def fail() -> None:
        raise InvalidInputError("That title is too long.")

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run_db(
            lambda: threading.current_thread().name,
            lambda name: seen.append(("result", name, threading.current_thread() is gui)),
        )
        runner.run_db(fail, None, lambda exc: seen.append(("error", str(exc), True)))
        runner.run_render(
            lambda progress: progress(1, 1) or "rendered",
            lambda value: seen.append(("render", value, threading.current_thread() is gui)),
            None,
            lambda done, total: seen.append(("progress", (done, total), True)),
        )
    runner.shutdown()
    assert ("error", "That title is too long.", True) in seen
    kinds = {kind: (value, in_gui) for kind, value, in_gui in seen}
    assert str(kinds["result"][0]).startswith("es-db") and kinds["result"][1]
    assert kinds["render"] == ("rendered", True)
    assert kinds["progress"][0] == (1, 1)
    assert runner.pending == 0


def test_a_broken_office_template_is_named_and_the_rest_still_works(
    qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.templates_dir.mkdir(parents=True)
    (settings.templates_dir / "ours.yaml").write_text("slug: [unclosed\n", encoding="utf-8")
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warning", lambda _p, title, text: warnings.append((title, text)))
    # The office's record starts empty: one scrutiny on the shipped core shows the rest works.
    before = Services.open(settings)
    try:
        before.scrutinies.create(
            NewScrutiny(title="ANPR", force="Exampleshire Police", technology=Technology.ANPR)
        )
    finally:
        before.close()
    opened: list[int] = []

    def fake_exec(*_args: object) -> int:
        [main] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        qtbot.waitUntil(lambda: main.list_page.model.rowCount() == 1)
        opened.append(main.list_page.model.rowCount())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app.run(settings, ["ethics-scrutiny"]) == 0
    assert opened == [1]
    [(title, text)] = warnings
    assert "templates were not loaded" in title
    assert "ours.yaml" in text and "not valid YAML" in text
