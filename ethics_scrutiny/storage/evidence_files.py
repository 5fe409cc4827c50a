"""Evidence files kept in the data folder under their SHA-256, never as a link to the original."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ethics_scrutiny.domain.errors import InvalidInputError

# Large enough for a long DPIA with scans; larger files belong in the force's own document store.
MAX_FILE_BYTES = 200 * 1024 * 1024
_CHUNK = 1024 * 1024
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    name: str


class EvidenceStore:
    """A content-addressed folder: ``<root>/ab/abcdef…`` holds the file whose SHA-256 is abcdef…"""

    def __init__(self, root: Path, max_bytes: int = MAX_FILE_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or not set(sha256) <= _HEX:
            raise InvalidInputError(f"{sha256!r} is not a SHA-256 hash.")
        return self.root / sha256[:2] / sha256

    def add(self, source: Path) -> StoredFile:
        """Copy ``source`` in (temp file, fsync, rename) and return its hash and size."""
        size = self._checked_size(source)
        self.root.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        temp = Path(temp_name)
        try:
            digest, copied = _copy_hashing(source, handle)
            if copied > self.max_bytes or copied != size:
                raise InvalidInputError(
                    f"{source.name} changed while it was being copied; close any program "
                    "editing it and try again."
                )
            target = self.path_for(digest)
            if target.is_file() and self.problem(digest) is None:
                temp.unlink()
            else:
                target.parent.mkdir(exist_ok=True)
                os.replace(temp, target)
                _fsync_folder(target.parent)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return StoredFile(sha256=digest, size=copied, name=source.name)

    def _checked_size(self, source: Path) -> int:
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
        if size > self.max_bytes:
            raise InvalidInputError(
                f"{source.name} is {size // (1024 * 1024)} MB; files over "
                f"{self.max_bytes // (1024 * 1024)} MB cannot be kept in the record. Attach a "
                "smaller extract, or record the document's reference without the file."
            )
        return size

    def viewing_copy(self, sha256: str, name: str) -> Path:
        """A read-only copy under the original file name, for opening in another program.

        The kept file has no extension (the OS would not know what opens it) and a viewer
        could change it in place; the copy has the name, and an edit to it changes nothing.
        """
        source = self.path_for(sha256)
        safe = Path(name).name.strip() or "evidence"
        target = self.root.parent / "evidence-opened" / sha256[:16] / safe
        if target.is_file() and _sha256_of(target) == sha256:
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            target.chmod(stat.S_IWUSR | stat.S_IRUSR)
        shutil.copyfile(source, target)
        target.chmod(stat.S_IRUSR | stat.S_IRGRP)
        return target

    def problem(self, sha256: str) -> str | None:
        """None when the kept file is present and still has its hash, else what is wrong."""
        path = self.path_for(sha256)
        if not path.is_file():
            return "its file is missing from the evidence folder"
        try:
            digest = _sha256_of(path)
        except OSError as exc:
            return f"its file cannot be read ({exc.strerror})"
        if digest != sha256:
            return "its file has been changed since it was attached"
        return None


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_hashing(source: Path, handle: int) -> tuple[str, int]:
    digest = hashlib.sha256()
    copied = 0
    try:
        with source.open("rb") as reader, os.fdopen(handle, "wb") as writer:
            while chunk := reader.read(_CHUNK):
                digest.update(chunk)
                writer.write(chunk)
                copied += len(chunk)
            writer.flush()
            os.fsync(writer.fileno())
    except OSError as exc:
        raise InvalidInputError(
            f"{source.name} could not be copied into the record ({exc.strerror})."
        ) from None
    return digest.hexdigest(), copied


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
