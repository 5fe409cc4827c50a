"""Open a saved file, or its folder, with the computer's own programs (local files only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_file(path: Path) -> bool:
    """Open ``path`` in the program the computer uses for its kind; False if none would."""
    return _open_local(path)


def show_in_folder(path: Path) -> bool:
    """Open the folder holding ``path`` in the file manager; False if it could not."""
    return _open_local(path.parent)


def _open_local(path: Path) -> bool:
    # Only ever a file:// address built from a local path: nothing here reaches a network.
    if not path.exists():
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve())))
