"""Evidence files kept in the shared record itself (``evidence_blobs``), for a server record."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, literal, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from .database import Database
from .evidence_files import (
    MAX_FILE_BYTES,
    StoredFile,
    StoredFileProblemError,
    checked_sha256,
    checked_source_size,
    copy_hashing,
    sha256_of,
    viewing_copy_path,
    write_read_only,
)
from .models import EvidenceBlob
from .unit_of_work import unit_of_work

# The folder store's limit, so any file a laptop keeps can be imported into the shared record.
# A file goes to the server as one value (held once in memory here; PostgreSQL's cap is 1 GB)
# and comes back in slices.
MAX_BLOB_BYTES = MAX_FILE_BYTES
_BATCH = 200
_SLICE = 4 * 1024 * 1024
MISSING = "its file is missing from the shared record"
CHANGED = "its file has been changed since it was attached"


class DatabaseEvidenceStore:
    """Evidence files as rows of ``evidence_blobs`` (SHA-256, size, bytes), one per content.

    On a server every officer must reach every attached file, so the bytes live in the
    database beside the rows that cite them. ``add`` commits the blob in its own unit of work
    before the caller saves the evidence row that names it: a blob no row names is harmless
    (a retry reuses it), and a committed row always finds its blob. The app never deletes a
    blob and only ever rewrites one to repair it with the same bytes. Opened copies go to
    ``opened_dir`` in this computer's data folder.
    """

    repair_hint = (
        "Attach the document again (the same file repairs the kept copy), or ask whoever runs "
        "the server to restore the record from its backup."
    )

    def __init__(
        self, database: Database, opened_dir: Path, max_bytes: int = MAX_BLOB_BYTES
    ) -> None:
        self._database = database
        self.opened_dir = opened_dir
        self.max_bytes = max_bytes
        self._on_postgresql = database.engine.dialect.name == "postgresql"

    def add(self, source: Path) -> StoredFile:
        """Read ``source`` once (hashing as it goes) and keep it unless a sound copy is kept.

        Raises:
            InvalidInputError: ``source`` is missing, unreadable, over the size limit or
                changed while it was read. Nothing is kept.
        """
        size = checked_source_size(source, self.max_bytes)
        buffer = io.BytesIO()
        digest, copied = copy_hashing(source, buffer, size, self.max_bytes)
        if self.problem(digest) is not None:
            with unit_of_work(self._database) as session:
                self._put(session, digest, buffer.getbuffer())
        return StoredFile(sha256=digest, size=copied, name=source.name)

    def _put(self, session: Session, sha256: str, content: memoryview) -> None:
        """Insert the blob; a concurrent insert of the same file wins, a damaged one is replaced."""
        insert = postgresql.insert if self._on_postgresql else sqlite.insert
        statement = insert(EvidenceBlob).values(sha256=sha256, size=len(content), content=content)
        damaged = or_(
            self._digest(EvidenceBlob.content) != EvidenceBlob.sha256,
            EvidenceBlob.size != statement.excluded.size,
        )
        session.execute(
            statement.on_conflict_do_update(
                index_elements=[EvidenceBlob.sha256],
                set_={"content": statement.excluded.content, "size": statement.excluded.size},
                where=damaged,
            )
        )

    def _digest(self, content: Any) -> ColumnElement[Any]:
        """The server's SHA-256 of ``content`` in hex (PostgreSQL 11 and later).

        SQLite has none; there (where this store runs only in tests) ``add`` reaches ``_put``
        only for a missing or damaged blob, so a value that never matches is right.
        """
        if self._on_postgresql:
            return func.encode(func.sha256(content), literal("hex"))
        return literal("")

    def problem(self, sha256: str) -> str | None:
        return self.problems([sha256]).get(sha256)

    def problems(self, hashes: Iterable[str]) -> dict[str, str]:
        """Check many blobs in few queries; the server hashes them, so no bytes travel."""
        wanted = sorted({checked_sha256(sha) for sha in hashes})
        found: dict[str, tuple[int, int, str]] = {}
        for start in range(0, len(wanted), _BATCH):
            found.update(self._facts(wanted[start : start + _BATCH]))
        problems = {sha: _problem(sha, found.get(sha)) for sha in wanted}
        return {sha: problem for sha, problem in problems.items() if problem is not None}

    def _facts(self, hashes: Iterable[str]) -> dict[str, tuple[int, int, str]]:
        """hash -> (recorded size, actual length, actual SHA-256) for the blobs kept."""
        blob = EvidenceBlob
        with unit_of_work(self._database) as session:
            if self._on_postgresql:
                rows = session.execute(
                    select(blob.sha256, blob.size, func.octet_length(blob.content),
                           self._digest(blob.content))
                    .where(blob.sha256.in_(list(hashes)))
                ).all()  # fmt: skip
                return {row[0]: (row[1], row[2], row[3]) for row in rows}
            kept = session.execute(
                select(blob.sha256, blob.size, blob.content).where(blob.sha256.in_(list(hashes)))
            ).all()
            return {r[0]: (r[1], len(r[2]), hashlib.sha256(r[2]).hexdigest()) for r in kept}

    def read_bytes(self, sha256: str) -> bytes | None:
        content = io.BytesIO()
        try:
            self._fetch(sha256, content.write)
        except StoredFileProblemError:
            return None
        return content.getvalue()

    def _fetch(self, sha256: str, sink: Callable[[bytes], object]) -> None:
        """Pass the blob to ``sink`` in slices, then check it here, where it will be used.

        Slices keep memory flat: the whole value in one result costs several times its size.

        Raises:
            StoredFileProblemError: The blob is missing or not what its hash says; ``sink``
                may have had part of it, so the caller discards what it was given.
        """
        digest, length = hashlib.sha256(), 0
        with unit_of_work(self._database) as session:
            size = session.scalar(
                select(EvidenceBlob.size).where(EvidenceBlob.sha256 == checked_sha256(sha256))
            )
            if size is None:
                raise StoredFileProblemError(MISSING)
            while chunk := session.scalar(
                select(func.substr(EvidenceBlob.content, length + 1, _SLICE)).where(
                    EvidenceBlob.sha256 == sha256
                )
            ):
                digest.update(chunk)
                sink(chunk)
                length += len(chunk)
        problem = _problem(sha256, (size, length, digest.hexdigest()))
        if problem is not None:
            raise StoredFileProblemError(problem)

    def viewing_copy(self, sha256: str, name: str) -> Path:
        """A read-only copy in this computer's data folder, fetched only when not already there."""
        target = viewing_copy_path(self.opened_dir, sha256, name)
        if target.is_file() and sha256_of(target) == sha256:
            problem = self.problem(sha256)
            if problem is not None:
                raise StoredFileProblemError(problem)
            return target
        return write_read_only(target, lambda out: self._fetch(sha256, out.write))

    def kept_file(self, sha256: str, name: str) -> Path:
        """The kept file is on the server: the checked read-only local copy stands for it."""
        return self.viewing_copy(sha256, name)


def _problem(sha256: str, facts: tuple[int, int, str] | None) -> str | None:
    """What is wrong, from (recorded size, actual length, actual SHA-256) or None if no blob."""
    if facts is None:
        return MISSING
    recorded, actual, digest = facts
    if digest != sha256:
        return CHANGED
    if recorded != actual:
        return f"its stored size ({recorded} bytes) does not match the kept file ({actual} bytes)"
    return None
