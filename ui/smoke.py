"""``ethics-scrutiny --smoke-test``: the real app, offscreen, on a throwaway record; 0 if sound.

It checks what a broken installation (or a frozen build missing a file) gets wrong first: the Qt
platform plugins and icon engine, the migrations, every shipped template, the main window and its
dashboard, the fonts and renderer (the demonstration scrutiny's PDF, on the render worker as the app
does it) and the record chain. It always runs offscreen, whatever display there is: a check needs
no window on screen, behaves the same in CI, over SSH and on an officer's desktop, and never
flashes a window; the native platform plugin is still checked to be present. The record lives in a
new temporary folder that is removed afterwards; ``--data-dir``, ``--db`` and the environment
variables are ignored, so the check can never touch anyone's real record.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ethics_scrutiny import APP_NAME, __version__
from ethics_scrutiny.assets import icons_dir, templates_dir
from ethics_scrutiny.config import DATABASE_FILENAME, Settings, sqlite_url
from ethics_scrutiny.domain.template_library import TEMPLATE_SUFFIXES
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportFormat, ExportResult

from .app import create_main_window
from .shell.main_window import MainWindow

EXIT_OK = 0
EXIT_FAILED = 1
TIMEOUT_S = 120.0
# The offscreen platform always says it cannot propagate size hints; nothing is wrong.
_BENIGN_QT_MESSAGES = ("propagateSizeHints",)
_NATIVE_PLATFORM = {"win32": "qwindows", "darwin": "qcocoa"}


class SmokeTestError(Exception):
    """One step of the smoke test failed; the message is the one line printed."""


@dataclass
class SmokeReport:
    """What the smoke test saw, printed as the summary on success."""

    native_plugin: str = ""
    templates: int = 0
    template_files: int = 0
    schema: str = ""
    listed: int = 0
    report_bytes: int = 0
    report_pages: int = 0
    signed_bytes: int = 0
    record_entries: int = 0
    qt_messages: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        build = "frozen build" if getattr(sys, "frozen", False) else "from source"
        lines = [
            f"{APP_NAME} {__version__} smoke test passed in {self.seconds:.1f} s ({build})",
            f"  Qt platform: offscreen (native plugin {self.native_plugin} present)",
            f"  templates loaded: {self.templates} (of {self.template_files} shipped files)",
            f"  migrations head: {self.schema} (fresh record migrated)",
            f"  main window: shown, dashboard lists {self.listed} scrutiny",
            f"  report: demonstration PDF, {self.report_bytes} bytes, {self.report_pages} pages",
            f"  signed: demonstration PDF signed and checked, {self.signed_bytes} bytes",
            f"  record: verifies, {self.record_entries} entries",
            f"  Qt warnings: {len(self.qt_messages)}",
        ]
        return "\n".join(lines + [f"    {message}" for message in self.qt_messages])


def main() -> int:
    """Run the smoke test; print the summary on stdout, or one line on stderr and return 1."""
    started = time.perf_counter()
    # Before Qt makes its application object, which reads it once.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        with tempfile.TemporaryDirectory(prefix="ethics-scrutiny-smoke-") as folder:
            report = _run(Path(folder))
    except SmokeTestError as exc:
        _say(sys.stderr, f"{APP_NAME} smoke test FAILED: {exc}")
        return EXIT_FAILED
    except Exception as exc:  # anything at all: the point is one clear line and a non-zero exit
        _say(sys.stderr, f"{APP_NAME} smoke test FAILED: {_describe(exc)}")
        return EXIT_FAILED
    report.seconds = time.perf_counter() - started
    _say(sys.stdout, report.summary())
    return EXIT_OK


def _run(folder: Path) -> SmokeReport:
    report = SmokeReport()
    errors: list[BaseException] = []
    with step("starting Qt"):
        app = _application()
    previous_hook = sys.excepthook
    sys.excepthook = _keep_errors(errors)
    previous_handler = qInstallMessageHandler(_qt_message_handler(report.qt_messages, errors))
    try:
        with step("looking for the Qt platform plugins"):
            report.native_plugin = _native_platform_plugin()
        _with_services(_settings(folder), report, errors)
    finally:
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the closed window goes now
        qInstallMessageHandler(previous_handler)
        sys.excepthook = previous_hook
    return report


def _with_services(settings: Settings, report: SmokeReport, errors: list[BaseException]) -> None:
    settings.data_dir.mkdir(parents=True)
    with step("migrating a fresh record and loading the templates"):
        services = Services.open(settings, purpose="the Ethics Scrutiny smoke test")
    try:
        with step("loading every template"):
            report.templates, report.template_files = _check_templates(services)
        with step("reading the record's schema revision"):
            report.schema = _schema_revision(settings.data_dir / DATABASE_FILENAME)
        with step("creating the demonstration scrutiny"):
            demo_id = services.demo.ensure_demo()
            if demo_id is None:
                raise SmokeTestError("the new record was not empty")
        _with_window(services, demo_id, settings.data_dir / "smoke.pdf", report, errors)
    finally:
        services.close()


def _with_window(
    services: Services, demo_id: int, out: Path, report: SmokeReport, errors: list[BaseException]
) -> None:
    with step("opening the main window"):
        window = create_main_window(services)
    try:
        with step("showing the main window and its dashboard"):
            window.show()
            model = window.list_page.model
            wait_until(lambda: model.row_of(demo_id) is not None, "the dashboard", errors)
            report.listed = model.rowCount()
        with step("rendering the demonstration scrutiny's PDF report"):
            report.report_bytes, report.report_pages = _render_pdf(window, demo_id, out, errors)
        with step("signing the demonstration PDF and checking its signature"):
            report.signed_bytes = _sign_and_check(services, demo_id, out.with_name("signed.pdf"))
        with step("verifying the record"):
            verified = services.maintenance.verify()
            if not verified.ok:
                raise SmokeTestError(verified.message)
            report.record_entries = verified.entries
    finally:
        window.close()  # shuts the task runner down: both workers finish and stop
        window.deleteLater()


def _render_pdf(
    window: MainWindow, scrutiny_id: int, out: Path, errors: list[BaseException]
) -> tuple[int, int]:
    """Export on the render worker, as the app does, and check the file is a real PDF."""
    reports = window.context.services.reports
    outcome: list[object] = []
    window.context.tasks.run_render(
        lambda progress: reports.export(scrutiny_id, ExportFormat.PDF, out, progress=progress),
        outcome.append,
        outcome.append,
    )
    wait_until(lambda: bool(outcome), "the PDF to render", errors)
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    assert isinstance(outcome[0], ExportResult)
    data = out.read_bytes()
    if hashlib.sha256(data).hexdigest() != outcome[0].sha256:
        raise SmokeTestError("the PDF on disk differs from the one recorded")
    return len(data), pdf_page_count(data)


def _sign_and_check(services: Services, scrutiny_id: int, out: Path) -> int:
    """pyHanko, cryptography and asn1crypto work in this build: sign, then check the file."""
    key = services.signing.create("smoke test passphrase")
    services.reports.export(scrutiny_id, ExportFormat.PDF, out, sign=key)
    check = services.signing.check(out)
    if not check.ok or check.head_in_record is not True:
        raise SmokeTestError(" ".join(check.sentences))
    return out.stat().st_size


def pdf_page_count(data: bytes) -> int:
    """Pages in a PDF reportlab wrote (no object streams), after checking it is whole."""
    if not data.startswith(b"%PDF-"):
        raise SmokeTestError("the report is not a PDF (it does not start with %PDF-)")
    if b"%%EOF" not in data[-64:]:
        raise SmokeTestError("the PDF is cut short (no %%EOF at its end)")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    counts = [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    if pages < 1 or (counts and max(counts) != pages):
        raise SmokeTestError(f"the PDF's page tree is inconsistent ({pages} pages, {counts})")
    return pages


def wait_until(predicate: Callable[[], bool], what: str, errors: list[BaseException]) -> None:
    """Run the Qt event loop until ``predicate()`` holds, an error is caught, or time is up."""

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if errors or predicate() else None)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    if not (errors or predicate()):
        poll.start()
        give_up.start(int(TIMEOUT_S * 1000))
        loop.exec()
        poll.stop()
        give_up.stop()
    if errors:
        raise errors[0]
    if not predicate():
        raise SmokeTestError(f"gave up waiting {TIMEOUT_S:.0f} s for {what}")


@contextmanager
def step(doing: str) -> Iterator[None]:
    """Name the step in the one line printed if anything inside it fails."""
    try:
        yield
    except SmokeTestError as exc:
        if str(exc).startswith("while "):
            raise
        raise SmokeTestError(f"while {doing}: {exc}") from exc
    except Exception as exc:
        raise SmokeTestError(f"while {doing}: {_describe(exc)}") from exc


def _settings(folder: Path) -> Settings:
    data_dir = folder / "data"
    return Settings(data_dir=data_dir, database_url=sqlite_url(data_dir / DATABASE_FILENAME))


def _application() -> QApplication:

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    _check_icon(icons_dir() / "ethics-scrutiny.svg")
    return app


def _check_icon(path: Path) -> None:
    """The app icon is SVG: drawing it needs the SVG icon engine plugin beside Qt."""

    if not path.is_file():
        raise SmokeTestError(f"the app icon {path} is missing")
    if QIcon(str(path)).pixmap(32, 32).isNull():
        raise SmokeTestError(f"the app icon {path.name} cannot be drawn (Qt's SVG plugin missing?)")


def _native_platform_plugin() -> str:
    """The plugin a desktop session would use must be installed, even though we run offscreen."""

    name = _NATIVE_PLATFORM.get(sys.platform, "qxcb")
    for folder in QCoreApplication.libraryPaths():
        platforms = Path(folder) / "platforms"
        if platforms.is_dir() and any(name in p.name for p in platforms.iterdir()):
            return name
    searched = ", ".join(QCoreApplication.libraryPaths()) or "no plugin folders"
    raise SmokeTestError(f"Qt's {name} platform plugin is not installed (searched {searched})")


def _check_templates(services: Services) -> tuple[int, int]:
    library = services.library
    if library.problems:
        raise SmokeTestError("; ".join(library.problems))
    files = [p for p in templates_dir().iterdir() if p.suffix.lower() in TEMPLATE_SUFFIXES]
    loaded = library.all()
    if len(loaded) != len(files) or not files:
        raise SmokeTestError(f"{len(files)} template files shipped but {len(loaded)} loaded")
    library.core()
    return len(loaded), len(files)


def _schema_revision(database: Path) -> str:
    """Read straight from the file, so the UI layer needs nothing from storage for it."""
    with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as connection:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1:
        raise SmokeTestError(f"the record has {len(rows)} schema revisions, not one")
    return str(rows[0][0])


def _keep_errors(errors: list[BaseException]) -> Callable[..., None]:
    """An excepthook that keeps what a Qt slot raised, so the waiting step fails with it."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        errors.append(error)

    return hook


def _qt_message_handler(kept: list[str], errors: list[BaseException]) -> Callable[..., None]:

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            errors.append(SmokeTestError(f"Qt reported: {message}"))
        elif kind is QtMsgType.QtWarningMsg and not any(b in message for b in _BENIGN_QT_MESSAGES):
            kept.append(message)

    return handler


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{exc.__class__.__name__}: {text}" if text else exc.__class__.__name__


def _say(stream: TextIO | None, text: str) -> None:
    # A windowed executable on Windows has no console: sys.stdout and sys.stderr are None.
    if stream is not None:
        print(text, file=stream, flush=True)
