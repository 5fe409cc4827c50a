"""Opening the record: file checks, backup before migration, then a session factory."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ethics_scrutiny.domain.errors import DatabaseError

from . import migrate, sqlite_file
from .engine import is_sqlite, make_engine


class Database:
    """An open, migrated record. Each unit of work takes a fresh session from it."""

    def __init__(self, url: str, engine: Engine, backups_dir: Path) -> None:
        self.url = url
        self.engine = engine
        self.backups_dir = backups_dir
        self._sessions = sessionmaker(engine, expire_on_commit=False, autobegin=False)

    @classmethod
    def open(cls, url: str, backups_dir: Path) -> Database:
        """Open ``url``, refusing foreign, damaged or too-new databases, and migrate to head."""
        path = _checked_sqlite_path(url)
        if path is not None:
            _prepare_sqlite_path(path)
            sqlite_file.check_existing_file(path)
        # Batch migrations copy tables, so they run with foreign keys off, checked before commit.
        migration_engine = make_engine(url, foreign_keys=False)
        try:
            _migrate(migration_engine, path, backups_dir)
            if path is not None:
                sqlite_file.stamp_application_id(path)
        except OperationalError as exc:
            raise DatabaseError(_explain_operational(url, exc)) from None
        finally:
            migration_engine.dispose()
        return cls(url, make_engine(url), backups_dir)

    def session(self) -> Session:
        return self._sessions()

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path(self.url)

    def close(self) -> None:
        self.engine.dispose()


def _checked_sqlite_path(url: str) -> Path | None:
    """Parse the URL once up front, so a typo gets a sentence rather than a traceback."""
    try:
        path = sqlite_path(url)
        make_engine(url).dispose()
    except (ArgumentError, ImportError, NoSuchModuleError) as exc:
        raise DatabaseError(
            f"The database address {url!r} cannot be used ({exc}). Check the --db value; "
            "leave it out to use the built-in record."
        ) from None
    return path


def sqlite_path(url: str) -> Path | None:
    if not is_sqlite(url):
        return None
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def _prepare_sqlite_path(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"The folder {path.parent} cannot be created ({exc.strerror}). "
            "Choose a data folder you can write to with --data-dir."
        ) from None


def _migrate(engine: Engine, path: Path | None, backups_dir: Path) -> None:
    with engine.connect() as connection:
        revision = migrate.current_revision(connection)
        has_tables = bool(inspect(connection).get_table_names())
    migrate.check_not_newer(revision)
    if revision == migrate.head_revision():
        return
    if path is not None and has_tables:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        sqlite_file.backup_file(path, backups_dir / f"pre-{revision or 'none'}-{stamp}.db")
    try:
        migrate.upgrade_to_head(engine)
    except SQLAlchemyError as exc:
        raise DatabaseError(
            f"The record could not be updated to this version ({exc.__class__.__name__}). "
            f"Nothing was changed; a backup is in {backups_dir}."
        ) from exc


def _explain_operational(url: str, exc: OperationalError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return (
            f"The record at {sqlite_path(url) or url} cannot be written ({text}). "
            "Check the folder is not read-only, or choose another with --data-dir."
        )
    if "locked" in text:
        return "The record is busy in another program. Close other copies of the app and try again."
    return f"The record cannot be opened: {text}."
