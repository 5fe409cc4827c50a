"""Opening the record: file checks, backup before migration, then a session factory."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ethics_scrutiny.domain.errors import DatabaseError

from . import (
    backups,
    db_url,
    facts,
    migrate,
    new_record,
    placement,
    record_capture,
    repositories,
    server,
    sqlite_file,
)
from .disk_space import SAVE_HEADROOM, disk_full_error, is_disk_full
from .engine import WriteHold, is_sqlite, make_engine, make_read_only_engine
from .writer_lock import RecordInUseError, WriterLock

log = logging.getLogger(__name__)

# Below this size quick_check takes a moment, so it runs before the record is handed out even
# when the caller asks to defer it; above it, a deferred check runs after the window shows.
DEFER_CHECKS_ABOVE_BYTES = 32 * 1024 * 1024
WRITES_HELD = "writes_held"


class Database:
    """An open, migrated record. Each unit of work takes a fresh session from it."""

    def __init__(
        self,
        url: str,
        engine: Engine,
        backups_dir: Path,
        lock: WriterLock | None = None,
        hold: WriteHold | None = None,
    ) -> None:
        self.url = url
        self.engine = engine
        self.backups_dir = backups_dir
        self._lock = lock
        self._hold = hold
        self._daily_backup_pending = False
        # Parsed template snapshots, shared by this record's sessions and no other record's.
        self.snapshots = repositories.SnapshotCache()
        # Copied into every session's ``info``: services read ``read_only`` (and whether
        # writes are held until the deferred integrity check passes) there.
        self._session_info: dict[str, object] = {
            "read_only": False,
            WRITES_HELD: bool(hold and hold.held),
            repositories.SNAPSHOTS: self.snapshots,
        }
        self._sessions = sessionmaker(
            engine, expire_on_commit=False, autobegin=False, info=self._session_info
        )
        facts.install(self._sessions)
        record_capture.install(self._sessions)

    @property
    def read_only(self) -> bool:
        """True when another process holds the record and this one may only read it."""
        return bool(self._session_info["read_only"])

    @read_only.setter
    def read_only(self, value: bool) -> None:
        self._session_info["read_only"] = value

    @classmethod
    def open(
        cls,
        url: str,
        backups_dir: Path,
        *,
        purpose: str = "Ethics Scrutiny",
        daily_backup: bool = True,
        read_only_if_busy: bool = False,
        defer_checks: bool = False,
    ) -> Database:
        """Open ``url``, refusing foreign, damaged or too-new databases, and migrate to head.

        A SQLite record must be on a local disk in a writable folder; it is locked for this
        process until ``close()``, checked with ``quick_check``, backed up before any
        migration and, once a day, backed up into the rotated daily and weekly copies.
        When another process holds it, it is refused, or with ``read_only_if_busy`` opened
        read-only (``read_only`` is then true and any write fails).

        With ``defer_checks`` (the desktop app), a large record already at the current schema
        is handed out before its ``quick_check`` and daily backup: until
        :meth:`finish_checks` has passed, every transaction is read-only, so nothing writes to
        a file not yet known to be sound. A record that needs migrating is always checked first.
        """
        path = _checked_sqlite_path(url)
        if path is None:
            return cls._open_server(url, backups_dir)
        _prepare_sqlite_path(path)
        placement.check_local_folder(path.parent)
        placement.check_writable_folder(path.parent)
        try:
            lock = WriterLock.acquire(path, purpose)
        except RecordInUseError:
            if not read_only_if_busy:
                raise
            return cls._open_read_only(url, path, backups_dir)
        try:
            existed = path.exists() and path.stat().st_size > 0
            deferred = defer_checks and _may_defer_checks(path)
            if new_record.needs_creating(path, backups_dir):
                new_record.create(path, lambda temp: _migrate_file(_url_of(url, temp), temp, None))
            sqlite_file.check_existing_file(path, quick_check=not deferred)
            _migrate_file(url, path, backups_dir)
            if existed and daily_backup and not deferred:
                _daily_backup(path, backups_dir)
            hold = WriteHold(held=deferred)
            database = cls(url, make_engine(url, hold=hold), backups_dir, lock, hold)
            database._daily_backup_pending = deferred and daily_backup
            return database
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_read_only(cls, url: str, path: Path, backups_dir: Path) -> Database:
        sqlite_file.check_identity(path)
        engine = make_read_only_engine(path)
        try:
            with engine.connect() as connection:
                revision = migrate.current_revision(connection)
        except OperationalError as exc:
            engine.dispose()
            raise DatabaseError(_explain_operational(url, exc)) from None
        if revision != migrate.head_revision():
            engine.dispose()
            raise DatabaseError(
                "The record is being updated by the program that holds it; try again when it "
                "has finished."
            )
        database = cls(url, engine, backups_dir)
        database.read_only = True
        return database

    @classmethod
    def _open_server(cls, url: str, backups_dir: Path) -> Database:
        server.prepare(url)
        return cls(url, make_engine(url), backups_dir)

    def session(self) -> Session:
        return self._sessions()

    @property
    def checks_pending(self) -> bool:
        """True while a deferred integrity check has not yet passed (writes are held)."""
        return bool(self._hold and self._hold.held)

    def finish_checks(self) -> None:
        """Run the start-up checks ``open(defer_checks=True)`` put off; then allow writes.

        Raises:
            DatabaseError: the record failed ``quick_check``; it stays read-only.
        """
        path = self.sqlite_path
        if self._hold is None or not self._hold.held or path is None:
            return
        sqlite_file.require_quick_check(path)
        self._hold.held = False
        self._session_info[WRITES_HELD] = False
        if self._daily_backup_pending:
            self._daily_backup_pending = False
            _daily_backup(path, self.backups_dir)

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path(self.url)

    def restore(self, backup: Path) -> Path:
        """Replace the record with ``backup`` after saving the current state; return that copy.

        The backup is checked first (ours, intact, not from a newer version); the copy in
        both directions goes through SQLite's backup API, and an older backup is migrated.
        """
        path = self.sqlite_path
        if path is None:
            raise DatabaseError(
                "This record is on a database server; restore it with the server's own tools."
            )
        if self.read_only:
            raise DatabaseError(
                "Another program holds the record; close it before restoring a backup."
            )
        if backup.resolve() == path.resolve():
            raise DatabaseError("That is the live record itself; choose a backup file.")
        revision = backups.check_backup(backup)
        migrate.check_not_newer(revision)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        saved = sqlite_file.backup_file(path, self.backups_dir / f"pre-restore-{stamp}.db")
        self.engine.dispose()
        backups.restore_into(backup, path)
        sqlite_file.stamp_application_id(path)
        _migrate_file(self.url, path, self.backups_dir)
        return saved

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _migrate_file(url: str, path: Path, backups_dir: Path | None) -> None:
    # Batch migrations copy tables, so they run with foreign keys off, checked before commit.
    migration_engine = make_engine(url, foreign_keys=False)
    try:
        _migrate(migration_engine, path, backups_dir)
        sqlite_file.stamp_application_id(path)
    except (OperationalError, sqlite3.OperationalError) as exc:
        if is_disk_full(exc):
            raise disk_full_error(path.parent, SAVE_HEADROOM, "nothing was changed") from None
        raise DatabaseError(_explain_operational(url, exc)) from None
    finally:
        migration_engine.dispose()


def _url_of(url: str, path: Path) -> str:
    """``url`` (with its options) for another file: the record being created beside it."""
    return make_url(url).set(database=str(path)).render_as_string(hide_password=False)


def _may_defer_checks(path: Path) -> bool:
    """A large record already at this build's schema (so opening it writes nothing)."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    if size < DEFER_CHECKS_ABOVE_BYTES:
        return False
    return sqlite_file.revision_of(path) == migrate.HEAD_REVISION


def _daily_backup(path: Path, backups_dir: Path) -> None:
    """A failed daily backup must not keep the officer from working: it is logged instead."""
    try:
        backups.ensure_daily(path, backups_dir, datetime.now(UTC).date())
    except (OSError, DatabaseError) as exc:
        log.warning("Daily backup of %s not taken: %s", path, exc)


def _checked_sqlite_path(url: str) -> Path | None:
    """Parse the URL once up front, so a typo gets a sentence rather than a traceback."""
    db_url.parse(url)
    try:
        path = sqlite_path(url)
        make_engine(url).dispose()
    except (ArgumentError, ImportError, NoSuchModuleError, ValueError) as exc:
        # The driver's text may quote the address; say which part is wrong without it.
        raise DatabaseError(
            f"The database address {db_url.shown(url)!r} cannot be used "
            f"({exc.__class__.__name__}). Check the --db value; leave it out to use the "
            "built-in record."
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


def _migrate(engine: Engine, path: Path | None, backups_dir: Path | None) -> None:
    with engine.connect() as connection:
        revision = migrate.current_revision(connection)
        if revision == migrate.head_revision():
            return  # the everyday start: one row read, Alembic never imported
        has_tables = bool(inspect(connection).get_table_names())
    migrate.check_not_newer(revision)
    if path is not None and backups_dir is not None and has_tables:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        sqlite_file.backup_file(path, backups_dir / f"pre-{revision or 'none'}-{stamp}.db")
    try:
        migrate.upgrade_to_head(engine)
    except SQLAlchemyError as exc:
        if path is not None and is_disk_full(exc):
            raise disk_full_error(path.parent, SAVE_HEADROOM, "nothing was changed") from None
        raise DatabaseError(
            f"The record could not be updated to this version ({exc.__class__.__name__}). "
            f"Nothing was changed; a backup is in {backups_dir}."
        ) from exc


def _explain_operational(url: str, exc: OperationalError | sqlite3.OperationalError) -> str:
    orig = exc.orig if isinstance(exc, OperationalError) else exc
    text = str(orig) if orig is not None else str(exc)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return (
            f"The record at {sqlite_path(url) or url} cannot be written ({text}). "
            "Check the folder is not read-only, or choose another with --data-dir."
        )
    if "locked" in text:
        return "The record is busy in another program. Close other copies of the app and try again."
    return f"The record cannot be opened: {text}."
