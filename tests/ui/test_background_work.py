"""Nothing slow runs on the UI thread: export, import, backup and verify go through the TaskRunner.

Each command is triggered from the window's own action, with the real services underneath. The
service call is held on a ``threading.Event`` that only a QTimer on the GUI thread sets, and only
after it has seen the job waiting. Had the job run on the GUI thread, the event loop would be
blocked inside it, the timer could never fire, and the hold would time out: the test fails (it
never hangs). The job must also have been submitted to the TaskRunner and run on one of its
workers, while the command's progress indicator was up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportFormat
from ui.kit import file_dialogs
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny

HOLD_S = 15.0  # how long a held job waits for the GUI thread before the test calls it blocked
TICKS_WHILE_HELD = 3  # timer ticks the GUI thread must process while the job waits


@dataclass(frozen=True)
class Command:
    action: str  # id in the window's action table (ui/shell/actions.py)
    service: str  # attribute of Services
    methods: tuple[str, ...]  # the slow call(s) the command may make; the first made is held
    runner: str  # TaskRunner method that must receive it
    worker: str  # thread name prefix of that TaskRunner worker
    busy: Callable[[MainWindow], bool] | None  # the progress indicator the officer sees


COMMANDS = [
    Command("export_pdf", "reports", ("export",), "run_render", "es-render",
            lambda w: w.controller.exports.busy),
    Command("import_bundle", "bundles", ("import_bundle", "sync_bundle"), "run_db", "es-db",
            lambda w: w.controller.records.busy),
    Command("backup", "maintenance", ("backup",), "run_db", "es-db",
            lambda w: w.controller.records.busy),
    Command("verify", "maintenance", ("verify",), "run_db", "es-db",
            lambda w: w.controller.records.busy),
]  # fmt: skip


@dataclass
class Probe:
    """What the held service call and the GUI-thread timer saw."""

    started: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)
    returned: threading.Event = field(default_factory=threading.Event)
    threads: list[threading.Thread] = field(default_factory=list)
    released_in_time: list[bool] = field(default_factory=list)
    submitted: list[str] = field(default_factory=list)  # TaskRunner methods, in call order
    submitted_before_start: list[bool] = field(default_factory=list)
    ticks_while_held: int = 0
    busy_while_held: list[bool] = field(default_factory=list)


def held(probe: Probe, real: Callable[..., Any]) -> Callable[..., Any]:
    """``real``, but first waiting until the GUI thread lets it go (once: calls it makes of
    another held method, or later calls, pass straight through)."""

    def call(*args: Any, **kwargs: Any) -> Any:
        if probe.started.is_set():
            return real(*args, **kwargs)
        probe.threads.append(threading.current_thread())
        probe.started.set()
        probe.released_in_time.append(probe.released.wait(timeout=HOLD_S))
        try:
            return real(*args, **kwargs)
        finally:
            probe.returned.set()

    return call


def spied(probe: Probe, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
    def submit(*args: Any, **kwargs: Any) -> Any:
        probe.submitted.append(name)
        probe.submitted_before_start.append(not probe.started.is_set())
        return real(*args, **kwargs)

    return submit


@pytest.fixture
def gui_release(
    window: MainWindow, request: pytest.FixtureRequest
) -> Iterator[Callable[[Probe, Command], None]]:
    """Start the GUI-thread timer that lets a held job go once it has seen it wait."""
    timers: list[QTimer] = []

    def start(probe: Probe, command: Command) -> None:
        timer = QTimer(window)
        timer.setInterval(10)

        def tick() -> None:
            if not probe.started.is_set() or probe.released.is_set():
                return
            probe.ticks_while_held += 1
            if command.busy is not None:
                probe.busy_while_held.append(command.busy(window))
            if probe.ticks_while_held >= TICKS_WHILE_HELD:
                probe.released.set()

        timer.timeout.connect(tick)
        timer.start()
        timers.append(timer)

    yield start
    for timer in timers:
        timer.stop()


def bundle_from_another_office(tmp_path: Path) -> Path:
    other = Services.open(resolve_settings(str(tmp_path / "other-office")))
    try:
        sent = other.scrutinies.create(NewScrutiny("ANPR on the A55", "Gogledd", Technology.ANPR))
        bundle = tmp_path / "anpr.json"
        other.reports.export(sent, ExportFormat.JSON, bundle)
    finally:
        other.close()
    return bundle


def answer_file_dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: str) -> None:
    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *_a: tmp_path / "report.pdf")
    monkeypatch.setattr(file_dialogs, "ask_save_backup", lambda *_a: tmp_path / "copy.db")
    if command == "import_bundle":
        bundle = bundle_from_another_office(tmp_path)
        monkeypatch.setattr(file_dialogs, "ask_open_bundle", lambda *_a: bundle)
        # An unsigned bundle, accepted deliberately (the app asks first).
        monkeypatch.setattr(
            "ui.kit.bundle_import_confirm.BundleImportConfirmation.ask", lambda *_a: True
        )


@pytest.mark.parametrize("command", COMMANDS, ids=[c.action for c in COMMANDS])
def test_the_command_runs_on_a_task_runner_worker_while_the_window_stays_live(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
    gui_release: Callable[[Probe, Command], None],
    command: Command,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.model.row_of(scrutiny_id) is not None)
    window.list_page.select_id(scrutiny_id)
    answer_file_dialogs(monkeypatch, tmp_path, command.action)
    probe = Probe()
    service = getattr(services, command.service)
    for method in command.methods:
        if hasattr(service, method):
            monkeypatch.setattr(service, method, held(probe, getattr(service, method)))
    tasks = window.context.tasks
    for name in ("run_db", "run_render"):
        monkeypatch.setattr(tasks, name, spied(probe, name, getattr(tasks, name)))
    gui_release(probe, command)

    window.action_map[command.action].trigger()
    qtbot.waitUntil(probe.returned.is_set, timeout=int(HOLD_S * 1000) + 30_000)
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=30_000)

    assert probe.released_in_time == [True], "the job blocked the GUI thread's event loop"
    [thread] = probe.threads
    assert thread is not threading.main_thread()
    assert thread.name.startswith(command.worker), thread.name
    assert command.runner in probe.submitted
    assert probe.submitted_before_start[probe.submitted.index(command.runner)]
    assert probe.ticks_while_held >= TICKS_WHILE_HELD
    if command.busy is not None:
        assert probe.busy_while_held and all(probe.busy_while_held), "no progress was shown"
        assert not command.busy(window)
    assert [kind for kind, _title, _text in said if kind == "error"] == []
