"""Record-wide use cases: verify the chain, read its head, back up the database."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from ethics_scrutiny.domain.errors import DatabaseError, InvalidInputError
from ethics_scrutiny.domain.scrutiny import RecordHead, VerifyResult
from ethics_scrutiny.storage import record_chain, sqlite_file
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.unit_of_work import unit_of_work

HEX_DIGITS = frozenset("0123456789abcdef")


class MaintenanceService:
    """Verification and backups of the whole record."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def head(self) -> RecordHead:
        with unit_of_work(self._database) as session:
            return record_chain.head(session)

    def verify(self, expected_head: str | None = None) -> VerifyResult:
        if expected_head is not None:
            expected_head = expected_head.strip().lower()
            if len(expected_head) != 64 or not set(expected_head) <= HEX_DIGITS:
                raise InvalidInputError(
                    "A head hash is 64 hexadecimal characters, as printed on a report's summary."
                )
        with unit_of_work(self._database) as session:
            return record_chain.verify(session, expected_head)

    def backup(self, destination: Path | None = None) -> Path:
        """Copy the record with SQLite's backup API (never a file copy) and check the copy."""
        source = self._database.sqlite_path
        if source is None:
            raise DatabaseError(
                "This record is on a database server; back it up with the server's own tools."
            )
        if destination is None:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            destination = self._database.backups_dir / f"ethics-scrutiny-{stamp}.db"
        if destination.exists() and destination.resolve() == source.resolve():
            raise InvalidInputError(
                "A backup cannot overwrite the live record; choose another file."
            )
        try:
            return sqlite_file.backup_file(source, destination)
        except OSError as exc:
            raise DatabaseError(
                f"The backup could not be written to {destination} ({exc.strerror}). "
                "Choose a folder you can write to."
            ) from None
