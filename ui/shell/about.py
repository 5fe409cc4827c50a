"""The About box text: versions of the app and what it runs on, and where its files are."""

from __future__ import annotations

import platform
import sqlite3
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion

from ethics_scrutiny import APP_NAME, __version__
from ethics_scrutiny.config import Settings


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
    record = f"Shared record on the database server {server}" if server else "Record: this computer"
    network = (
        "Ethics Scrutiny connects to nothing but that database server."
        if server
        else "Ethics Scrutiny never opens a network connection."
    )
    return (
        "\n".join(lines) + f"\n\n{record}\n\nData folder:\n{settings.data_dir}\n\n"
        f"Log file:\n{log_path}\n\n{network}"
    )
