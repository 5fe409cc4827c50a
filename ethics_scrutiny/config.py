"""Where the record lives: data folder and database URL from flags, environment or defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from . import APP_NAME

DATA_DIR_ENV = "ETHICS_SCRUTINY_DATA_DIR"
DB_ENV = "ETHICS_SCRUTINY_DB"
DB_PASSWORD_FILE_ENV = "ETHICS_SCRUTINY_DB_PASSWORD_FILE"
DATABASE_FILENAME = "ethics-scrutiny.db"


@dataclass(frozen=True)
class Settings:
    """Resolved locations for one run of the app or the command line."""

    data_dir: Path
    database_url: str

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def templates_dir(self) -> Path:
        """An office's own templates, added beside the shipped ones."""
        return self.data_dir / "templates"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def server_record(self) -> str | None:
        """Where a shared record lives (``host:port/database``, never the password), or
        ``None`` for a SQLite file on this computer."""
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(self.database_url)
        except (ArgumentError, ValueError):
            return "an address that cannot be read"  # opening it says what is wrong
        if url.get_backend_name() == "sqlite":
            return None
        place = url.host or "localhost"
        if url.port:
            place += f":{url.port}"
        return f"{place}/{url.database}" if url.database else place

    @property
    def evidence_dir(self) -> Path:
        """Attached evidence files, each kept under its SHA-256 (``ab/abcdef…``)."""
        return self.data_dir / "evidence"


def resolve_settings(
    data_dir: str | None = None,
    database_url: str | None = None,
    db_password_file: str | None = None,
) -> Settings:
    """Flags win over environment variables, which win over the per-user default.

    A password file (``--db-password-file`` or ``ETHICS_SCRUTINY_DB_PASSWORD_FILE``) supplies
    the server password, so it need not be in the address (where ``ps`` would show it).
    """
    folder = data_folder(data_dir)
    url = database_url or os.environ.get(DB_ENV) or sqlite_url(folder / DATABASE_FILENAME)
    password_file = db_password_file or os.environ.get(DB_PASSWORD_FILE_ENV)
    if password_file:
        from .storage.db_url import with_password_file

        url = with_password_file(url, Path(password_file).expanduser())
    return Settings(data_dir=folder, database_url=url)


def data_folder(data_dir: str | None = None) -> Path:
    """The data folder: the flag, else the environment variable, else the per-user default.

    Kept free of SQLAlchemy, so the command line's quick list finds the record without it.
    """
    chosen_dir = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen_dir:
        return Path(chosen_dir).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def sqlite_url(path: Path) -> str:
    """A SQLite URL for ``path``, escaped so a folder named with "?", "#" or "%" still works."""
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)
