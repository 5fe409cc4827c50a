"""Crash handling: log every unexpected error and native fault, then say where the log is."""

from __future__ import annotations

import faulthandler
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from ethics_scrutiny.safe_logs import (
    PrivateRotatingFileHandler,
    SafeFormatter,
    open_private_append,
    safe_message,
)

from . import messages
from .i18n import arg, translate

LOG_NAME = "ethics-scrutiny.log"
FAULT_LOG_NAME = "native-crash.log"

log = logging.getLogger("ethics_scrutiny.ui")

# sys.excepthook is process-wide, so the log path it reports is too; set by install().
_state: dict[str, Path] = {}


@dataclass
class CrashHandler:
    """What install() changed, so uninstall() can put it back (tests call run() in-process)."""

    log_path: Path
    _file_handler: logging.Handler
    _fault_file: IO[str]
    _previous_hook: Any
    _previous_qt_handler: Any
    _faulthandler_was_enabled: bool = False
    _showing: list[bool] = field(default_factory=list)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        qInstallMessageHandler(self._previous_qt_handler)
        if self._faulthandler_was_enabled and sys.__stderr__ is not None:
            faulthandler.enable(file=sys.__stderr__)
        else:
            faulthandler.disable()
        self._fault_file.close()
        logging.getLogger().removeHandler(self._file_handler)
        self._file_handler.close()
        _state.pop("log_path", None)


def install(logs_dir: Path) -> CrashHandler:
    """Log to ``logs_dir``, dump native faults there, and show a dialog for uncaught errors."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    log_path = logs_dir / LOG_NAME
    # Owner-only, and every message and traceback scrubbed of user text: support may get it.
    handler = PrivateRotatingFileHandler(
        log_path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    fault_file = open_private_append(logs_dir / FAULT_LOG_NAME)
    was_enabled = faulthandler.is_enabled()
    faulthandler.enable(file=fault_file)
    crash = CrashHandler(log_path, handler, fault_file, sys.excepthook, None, was_enabled)
    crash._previous_qt_handler = qInstallMessageHandler(_qt_message_handler)
    sys.excepthook = _make_hook(crash)
    _state["log_path"] = log_path
    return crash


def current_log_path() -> Path | None:
    return _state.get("log_path")


def show_crash_dialog(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user plainly that something failed, that answers are kept, and where the log is."""
    where = current_log_path()
    text = arg(
        translate(
            "crash",
            "Something went wrong that Ethics Scrutiny did not expect. Answers you have already "
            "seen marked “Saved” are kept in the record.\n\nWhat happened: %1\n\n",
        ),
        safe_message(exc),
    )
    text += (
        arg(translate("crash", "Details are in the log file:\n%1"), where)
        if where
        else translate("crash", "No log file is set up.")
    )
    messages.error(parent, translate("crash", "Ethics Scrutiny: unexpected error"), text)


def _make_hook(crash: CrashHandler) -> Any:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        # Never stack a second crash dialog on the first (a paint error can repeat forever).
        if crash._showing or QApplication.instance() is None:
            return
        crash._showing.append(True)
        try:
            show_crash_dialog(QApplication.activeWindow(), exc)
        finally:
            crash._showing.clear()

    return hook


def _qt_message_handler(mode: QtMsgType, _context: Any, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    logging.getLogger("qt").log(level, "%s", message)
