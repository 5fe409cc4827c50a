"""Composition root: builds the application, opens the record and wires the window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

# isort: split
# Before the core's modules are imported: PySide6 reads the source of each (see the module).
from . import pyside_feature  # noqa: F401

# isort: split
from ethics_scrutiny import APP_NAME, __version__
from ethics_scrutiny.assets import MissingAssetsError, icons_dir
from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.errors import EthicsScrutinyError
from ethics_scrutiny.services import Services

from .kit import crash, messages
from .kit.context import AppContext, AppEvents
from .kit.tasks import Task, TaskRunner
from .shell import window_state
from .shell.main_window import MainWindow

log = logging.getLogger(__name__)

LOCK_NAME = "ethics-scrutiny.lock"
ALREADY_OPEN = "Ethics Scrutiny is already open"
EXIT_ALREADY_OPEN = 1
EXIT_CANNOT_OPEN = 2


def run(settings: Settings, argv: list[str] | None = None) -> int:
    """Run the desktop app on ``settings``' record until the window closes; return an exit code.

    1 means another copy holds the record; 2 means the record could not be opened.
    """
    app = _application(argv if argv is not None else sys.argv)
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        handler = crash.install(settings.logs_dir)
    except OSError as exc:
        messages.error(None, APP_NAME, f"The data folder {settings.data_dir} cannot be used: {exc}")
        return EXIT_CANNOT_OPEN
    try:
        return _run_locked(app, settings)
    finally:
        handler.uninstall()


def create_main_window(
    services: Services, tasks: TaskRunner | None = None, listing: Task | None = None
) -> MainWindow:
    """Wire a main window over open services (used by run() and by the tests).

    ``listing``: the dashboard's rows, already being listed on ``tasks``' database worker.
    """
    events = AppEvents()
    tasks = tasks if tasks is not None else TaskRunner()
    window = MainWindow(AppContext(services=services, events=events, tasks=tasks), listing=listing)
    # Parented only now: the window owns them, so they go when it does.
    events.setParent(window)
    tasks.setParent(window)
    return window


def _application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setStyle("Fusion")
    icon = _app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app


def _run_locked(app: QApplication, settings: Settings) -> int:
    # setStaleLockTime(0): the lock is held for the whole session, so only a dead PID (or a
    # lock left by a crash) counts as stale, never an old but live one.
    lock = QLockFile(str(settings.data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        messages.error(
            None,
            APP_NAME,
            f"{ALREADY_OPEN} on this computer with the same record. Switch to that window "
            "(it may be minimised), or close it before starting another copy.",
        )
        return EXIT_ALREADY_OPEN
    try:
        services = _open_services(settings)
        if services is None:
            return EXIT_CANNOT_OPEN
        try:
            return _run_window(app, services)
        finally:
            services.close()
    finally:
        lock.unlock()


def _open_services(settings: Settings) -> Services | None:
    try:
        # A large record's integrity check and daily backup run after the window shows
        # (finish_checks, on the database worker); until then nothing may write to it.
        return Services.open(settings, purpose="the Ethics Scrutiny app", defer_checks=True)
    except EthicsScrutinyError as exc:
        log.error("Cannot open the record: %s", exc)
        messages.error(None, f"{APP_NAME}: the record cannot be opened", str(exc))
        return None


def _run_window(app: QApplication, services: Services) -> int:
    _ensure_demo(services)
    # The dashboard's rows are listed on the database worker while the window is built.
    tasks = TaskRunner()
    window = create_main_window(services, tasks, tasks.run_db(services.scrutinies.list))
    _show_sized(window)
    _finish_checks(app, window, services)
    _warn_about_templates(window, services)
    try:
        return app.exec()
    finally:
        window.controller.shutdown()
        window.close()
        window.deleteLater()


def _finish_checks(app: QApplication, window: MainWindow, services: Services) -> None:
    """The deferred quick_check (and daily backup) of a large record, off the UI thread.

    Queued on the one database worker right after the dashboard's listing, so it runs before
    any change the officer makes (those queue behind it); the engine refuses writes until it
    passes. A damaged record is explained as at any other start and the app closes.
    """
    if not services.database.checks_pending:
        return

    def refuse(exc: BaseException) -> None:
        log.error("The record failed its start-up check: %s", exc)
        messages.error(window, f"{APP_NAME}: the record cannot be opened", str(exc))
        app.exit(EXIT_CANNOT_OPEN)

    def check_then_keep_facts() -> None:
        services.database.finish_checks()
        # A listing made while writes were held could not store facts it had to work out;
        # listing again now keeps them, so the next start does not work them out again.
        services.scrutinies.list()

    window.context.tasks.run_db(check_then_keep_facts, None, refuse)


def _warn_about_templates(window: MainWindow, services: Services) -> None:
    problems = services.library.problems
    if problems:
        folder = services.settings.templates_dir
        messages.warning(
            window,
            "Some of your office's templates were not loaded",
            "\n\n".join(problems) + f"\n\nFix or remove the file in {folder}, then restart. "
            "Everything else works as normal.",
        )


def _show_sized(window: MainWindow) -> None:
    """As the user last left it; else maximised on small laptop screens (no cramped checklist)."""
    if window_state.restore(window, window.context.services.settings.data_dir):
        window.show()
        return
    screen = window.screen().availableGeometry()
    if screen.width() < 1400 or screen.height() < 900:
        window.setGeometry(screen)  # fills the screen even where no window manager maximises
        window.showMaximized()
    else:
        # Most of a large screen, centred: the dashboard's ten columns need the width.
        window.resize(int(screen.width() * 0.85), int(screen.height() * 0.85))
        window.move(screen.center() - window.rect().center())
        window.show()


def _ensure_demo(services: Services) -> None:
    """Give a first-time user a part-done example; a failure here must not stop the app."""
    try:
        created = services.demo.ensure_demo()
    except EthicsScrutinyError as exc:
        log.warning("Demonstration scrutiny not created: %s", exc)
        return
    if created is not None:
        log.info("Created the demonstration scrutiny %s", created)


def _app_icon() -> QIcon | None:
    try:
        path: Path = icons_dir() / "ethics-scrutiny.svg"
    except MissingAssetsError:
        return None
    return QIcon(str(path)) if path.is_file() else None
