"""Remember the main window's size, position and layout between runs, in the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

SETTINGS_FILE = "window.ini"
_GEOMETRY, _STATE = "main_window/geometry", "main_window/state"


def _settings(data_dir: Path) -> QSettings:
    # An INI file beside the record, never the user's registry or ~/.config: tests and
    # portable copies (--data-dir) keep their own layout and never touch the real one.
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def save(window: QMainWindow, data_dir: Path) -> None:
    settings = _settings(data_dir)
    settings.setValue(_GEOMETRY, window.saveGeometry())
    settings.setValue(_STATE, window.saveState())
    settings.sync()


def restore(window: QMainWindow, data_dir: Path) -> bool:
    """Put the window back as it was left; False when there is nothing (usable) saved."""
    settings = _settings(data_dir)
    geometry = settings.value(_GEOMETRY)
    if not isinstance(geometry, QByteArray) or geometry.isEmpty():
        return False
    if not window.restoreGeometry(geometry):
        return False
    state = settings.value(_STATE)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    return True
