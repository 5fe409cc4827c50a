"""Remember the main window's size, position, layout and open scrutiny between runs.

Kept in the data folder. A window is never put back off every screen (a laptop taken off its
docking monitor), and comes back maximised if it was left so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

SETTINGS_FILE = "window.ini"
_GEOMETRY, _STATE = "main_window/geometry", "main_window/state"
_MAXIMISED, _SCRUTINY = "main_window/maximised", "main_window/open_scrutiny"
# How much of the title bar must show on some screen for the window to count as on screen.
_GRIP = 48


def _settings(data_dir: Path) -> QSettings:
    # An INI file beside the record, never the user's registry or ~/.config: tests and
    # portable copies (--data-dir) keep their own layout and never touch the real one.
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def save(window: QMainWindow, data_dir: Path, open_scrutiny: int | None = None) -> None:
    """``open_scrutiny``: the scrutiny on the checklist page as the window closes, if any."""
    settings = _settings(data_dir)
    settings.setValue(_GEOMETRY, window.saveGeometry())
    settings.setValue(_STATE, window.saveState())
    settings.setValue(_MAXIMISED, window.isMaximized())
    if open_scrutiny is None:
        settings.remove(_SCRUTINY)
    else:
        settings.setValue(_SCRUTINY, open_scrutiny)
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
    bring_on_screen(window)
    return True


def was_maximised(data_dir: Path) -> bool:
    return str(_settings(data_dir).value(_MAXIMISED, "false")).lower() == "true"


def last_scrutiny(data_dir: Path) -> int | None:
    """The scrutiny open when the window last closed (it may since have gone)."""
    value = _settings(data_dir).value(_SCRUTINY)
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def bring_on_screen(window: QMainWindow, screens: list[QRect] | None = None) -> None:
    """Move (and if need be shrink) a window whose title bar shows on no screen onto the first.

    ``screens``: the screens' available areas (tests pass their own); the real ones if none.
    """
    areas = screens if screens is not None else _available_areas()
    if not areas:
        return
    frame = window.frameGeometry()
    title_bar = QRect(frame.left(), frame.top(), frame.width(), _GRIP)
    if any(area.intersected(title_bar).width() >= _GRIP for area in areas):
        return
    target = areas[0]
    width, height = min(window.width(), target.width()), min(window.height(), target.height())
    window.resize(width, height)
    window.move(
        target.left() + (target.width() - width) // 2,
        target.top() + (target.height() - height) // 2,
    )


def _available_areas() -> list[QRect]:
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]
