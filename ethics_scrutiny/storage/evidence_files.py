"""Evidence file stores by SHA-256 (never a link to the original); the data-folder one here."""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from ethics_scrutiny.domain.errors import InvalidInputError, NotFoundError

from .disk_space import disk_full_error, is_disk_full

# Large enough for a long DPIA with scans; larger files belong in the force's own document store.
MAX_FILE_BYTES = 200 * 1024 * 1024
CHUNK = 1024 * 1024
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    name: str


class StoredFileProblemError(NotFoundError):
    """A kept file is missing or no longer matches its hash; ``problem`` says which."""

    def __init__(self, problem: str) -> None:
        super().__init__(f"The kept file: {problem}.")
        self.problem = problem


class EvidenceFileStore(Protocol):
    """Where attached evidence files are kept, by SHA-256: a folder, or the shared database."""

    @property
    def repair_hint(self) -> str:
        """What the officer can do when a kept file is missing or changed."""
        ...

    def add(self, source: Path) -> StoredFile:
        """Keep ``source`` (all or nothing) and return its hash, size and name."""
        ...

    def problem(self, sha256: str) -> str | None:
        """None when the kept file is present and unchanged, else what is wrong with it."""
        ...

    def problems(self, hashes: Iterable[str]) -> dict[str, str]:
        """``problem`` for many files at once: hash -> problem, for those with one."""
        ...

    def read_bytes(self, sha256: str) -> bytes | None:
        """The kept file's bytes, or None when it is missing or no longer matches its hash."""
        ...

    def viewing_copy(self, sha256: str, name: str) -> Path:
        """A checked, read-only local copy under the original ``name``, for opening."""
        ...

    def kept_file(self, sha256: str, name: str) -> Path:
        """A checked local path of the kept file itself (the viewing copy when there is none)."""
        ...


class EvidenceStore:
    """A content-addressed folder: ``<root>/ab/abcdef…`` holds the file whose SHA-256 is abcdef…"""

    repair_hint = "Restore the evidence folder from a backup, or attach the document again."

    def __init__(
        self, root: Path, max_bytes: int = MAX_FILE_BYTES, opened_dir: Path | None = None
    ) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self.opened_dir = opened_dir or root.parent / "evidence-opened"

    def path_for(self, sha256: str) -> Path:
        return self.root / checked_sha256(sha256)[:2] / sha256

    def add(self, source: Path) -> StoredFile:
        """Copy ``source`` in (temp file, fsync, rename) and return its hash and size."""
        size = checked_source_size(source, self.max_bytes)
        self.root.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as writer:
                digest, copied = copy_hashing(source, writer, size, self.max_bytes)
                os.fsync(writer.fileno())
            target = self.path_for(digest)
            if target.is_file() and self.problem(digest) is None:
                temp.unlink()
            else:
                target.parent.mkdir(exist_ok=True)
                os.replace(temp, target)
                _fsync_folder(target.parent)
        except BaseException as exc:
            temp.unlink(missing_ok=True)
            if is_disk_full(exc):
                raise disk_full_error(
                    self.root, size, "the file was not kept and nothing was saved"
                ) from None
            raise
        return StoredFile(sha256=digest, size=copied, name=source.name)

    def viewing_copy(self, sha256: str, name: str) -> Path:
        """A read-only copy under the original file name, for opening in another program.

        The kept file has no extension (the OS would not know what opens it) and a viewer
        could change it in place; the copy has the name, and an edit to it changes nothing.
        """
        source = self.kept_file(sha256, name)
        target = viewing_copy_path(self.opened_dir, sha256, name)
        if target.is_file() and sha256_of(target) == sha256:
            return target
        return write_read_only(target, lambda out: _copy_file(source, out))

    def kept_file(self, sha256: str, name: str) -> Path:
        problem = self.problem(sha256)
        if problem is not None:
            raise StoredFileProblemError(problem)
        return self.path_for(sha256)

    def read_bytes(self, sha256: str) -> bytes | None:
        try:
            data = self.path_for(sha256).read_bytes()
        except OSError:
            return None
        return data if hashlib.sha256(data).hexdigest() == sha256 else None

    def problem(self, sha256: str) -> str | None:
        """None when the kept file is present and still has its hash, else what is wrong."""
        path = self.path_for(sha256)
        if not path.is_file():
            return "its file is missing from the evidence folder"
        try:
            digest = sha256_of(path)
        except OSError as exc:
            return f"its file cannot be read ({exc.strerror})"
        if digest != sha256:
            return "its file has been changed since it was attached"
        return None

    def problems(self, hashes: Iterable[str]) -> dict[str, str]:
        found = {sha: self.problem(sha) for sha in set(hashes)}
        return {sha: problem for sha, problem in found.items() if problem is not None}


def checked_sha256(sha256: str) -> str:
    if len(sha256) != 64 or not set(sha256) <= _HEX:
        raise InvalidInputError(f"{sha256!r} is not a SHA-256 hash.")
    return sha256


def checked_source_size(source: Path, max_bytes: int) -> int:
    """The size of a readable regular file, refused plainly when missing or over ``max_bytes``."""
    try:
        if not source.is_file():
            raise InvalidInputError(
                f"There is no file at {source}. Check it has not been moved or renamed."
            )
        size = source.stat().st_size
        with source.open("rb"):
            pass
    except OSError as exc:
        raise InvalidInputError(
            f"{source} cannot be read ({exc.strerror}). Check you have access to it, or "
            "save a copy somewhere you can read and attach that."
        ) from None
    if size > max_bytes:
        raise InvalidInputError(
            f"{source.name} is {size // (1024 * 1024)} MB; files over "
            f"{max_bytes // (1024 * 1024)} MB cannot be kept in the record. Attach a "
            "smaller extract, or record the document's reference without the file."
        )
    return size


def copy_hashing(source: Path, writer: BinaryIO, size: int, max_bytes: int) -> tuple[str, int]:
    """Copy ``source`` to ``writer`` while hashing it; refused if it changes size meanwhile."""
    digest = hashlib.sha256()
    copied = 0
    try:
        with source.open("rb") as reader:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
                copied += len(chunk)
                if copied > max_bytes:
                    break
                writer.write(chunk)
            writer.flush()
    except OSError as exc:
        if is_disk_full(exc):
            raise  # the store says which disk is full and how much room the file needs
        raise InvalidInputError(
            f"{source.name} could not be copied into the record ({exc.strerror})."
        ) from None
    if copied > max_bytes or copied != size:
        raise InvalidInputError(
            f"{source.name} changed while it was being copied; close any program "
            "editing it and try again."
        )
    return digest.hexdigest(), copied


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def viewing_copy_path(opened_dir: Path, sha256: str, name: str) -> Path:
    safe = Path(name).name.strip() or "evidence"
    return opened_dir / checked_sha256(sha256)[:16] / safe


def write_read_only(target: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Write ``target`` through a temporary file beside it, then make it read-only."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".opening-", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
        temp.chmod(stat.S_IRUSR | stat.S_IRGRP)
        if target.exists():
            target.chmod(stat.S_IWUSR | stat.S_IRUSR)  # Windows refuses to replace read-only
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def _copy_file(source: Path, out: BinaryIO) -> None:
    with source.open("rb") as reader:
        while chunk := reader.read(CHUNK):
            out.write(chunk)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
