"""The folder last used for each kind of file, so a file chooser opens where the officer was.

Kept in an INI file in the data folder (never the user's registry or ~/.config), so tests
and portable copies keep their own. The composition root says which data folder by
``remember_in``; until then nothing is remembered and every chooser opens where asked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

FOLDERS_FILE = "folders.ini"

# Kinds of file with a folder of their own (an export format's value is a kind too).
PDF, BACKUP, BUNDLE, EVIDENCE, TEMPLATE, LOGO, KEY = (
    "pdf",
    "backup",
    "bundle",
    "evidence",
    "template",
    "logo",
    "key",
)

_data_dir: list[Path] = []  # the one data folder in use, once the window is built


def remember_in(data_dir: Path | None) -> None:
    """Remember folders in ``data_dir`` from now on (``None``: stop remembering)."""
    _data_dir.clear()
    if data_dir is not None:
        _data_dir.append(data_dir)


def _settings() -> QSettings | None:
    if not _data_dir:
        return None
    return QSettings(str(_data_dir[0] / FOLDERS_FILE), QSettings.Format.IniFormat)


def last_folder(kind: str) -> Path | None:
    """The folder last used for ``kind``, while it still exists."""
    settings = _settings()
    value = settings.value(f"folders/{kind}") if settings is not None else None
    if not isinstance(value, str) or not value:
        return None
    folder = Path(value)
    return folder if folder.is_dir() else None


def start_at(kind: str, suggested: Path) -> Path:
    """``suggested``'s file name in the folder last used for ``kind``; else ``suggested``."""
    folder = last_folder(kind)
    if folder is None:
        return suggested
    return folder / suggested.name if suggested.suffix else folder


def remember(kind: str, chosen: Path) -> None:
    """Remember the folder of ``chosen`` (a file, or a folder) for the next ``kind`` chooser."""
    settings = _settings()
    if settings is None:
        return
    folder = chosen if chosen.is_dir() else chosen.parent
    settings.setValue(f"folders/{kind}", str(folder))
    settings.sync()
