"""The About box: what the app is in plain words, with the technical details behind a button."""

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


def plain_about(settings: Settings) -> str:
    """What the app is, its version, where the work is kept, and that it works offline."""
    where = (
        arg(
            translate("about", "Your office's work is kept on its database server, %1."),
            settings.server_record,
        )
        if settings.server_record
        else arg(
            translate("about", "Your office's work is kept on this computer, in %1."),
            settings.data_dir,
        )
    )
    offline = (
        translate(
            "about",
            "It works offline: it connects to nothing but that database server.",
        )
        if settings.server_record
        else translate("about", "It works offline: it never connects to the internet.")
    )
    return "\n\n".join(
        (
            translate(
                "about",
                "Ethics Scrutiny helps the office that holds a police force to account (a police "
                "and crime commissioner's, or a mayor's) scrutinise how the force plans to use a "
                "technology: a checklist, the evidence, the panel's advice and the decision, "
                "kept in a record that shows any change.",
            ),
            arg(translate("about", "Version %1"), __version__),
            where,
            offline,
        )
    )


def technical_details(settings: Settings, log_path: Path) -> str:
    """Versions, folders and the log file: what a support email needs, copied as it is."""
    return about_text(settings, log_path)


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
