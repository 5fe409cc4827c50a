"""The About box text: versions of the app and what it runs on, and where its files are."""

from __future__ import annotations

import platform
import sqlite3
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion

from ethics_scrutiny import APP_NAME, __version__
from ethics_scrutiny.config import Settings

from ..kit.i18n import arg, translate


def versions() -> dict[str, str]:
    """Name to version, for support emails: what a bug report needs first."""
    return {
        APP_NAME: __version__,
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "Operating system": platform.platform(terse=True),
    }


def about_text(settings: Settings, log_path: Path) -> str:
    lines = [f"{name}: {version}" for name, version in versions().items()]
    server = settings.server_record
    record = (
        arg(translate("about", "Shared record on the database server %1"), server)
        if server
        else translate("about", "Record: this computer")
    )
    network = (
        translate("about", "Ethics Scrutiny connects to nothing but that database server.")
        if server
        else translate("about", "Ethics Scrutiny never opens a network connection.")
    )
    return "\n".join(lines) + arg(
        translate("about", "\n\n%1\n\nData folder:\n%2\n\nLog file:\n%3\n\n%4"),
        record,
        settings.data_dir,
        log_path,
        network,
    )
