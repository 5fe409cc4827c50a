"""The archive file: a ZIP of the record's tables, its files and a manifest of SHA-256 digests.

``manifest.json`` names the format and its version, the office, the record's head and entry
count, and every other member with its SHA-256 and size. ``tables/<name>.jsonl`` holds one JSON
row per line; ``files/<sha256>`` one kept file (evidence, the office's logo).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ethics_scrutiny.domain.errors import InvalidInputError

from .file_words import not_an_archive

FORMAT = "ethics-scrutiny-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
CHUNK = 1024 * 1024


class ArchiveError(InvalidInputError):
    """An archive that is damaged, incomplete, newer than this app, or not an archive."""


@dataclass(frozen=True)
class Manifest:
    """What an archive says it holds."""

    head: str
    entries: int
    office: dict[str, Any] | None
    created_at: str
    members: dict[str, tuple[str, int]]  # name -> (sha256, size)
    tables: list[str]


class ArchiveWriter:
    """Writes members one at a time, noting each one's digest for the manifest."""

    def __init__(self, zipped: zipfile.ZipFile) -> None:
        self._zip = zipped
        self.members: dict[str, tuple[str, int]] = {}

    def write_lines(self, name: str, rows: Iterable[dict[str, Any]]) -> int:
        count = 0
        with self._zip.open(name, "w", force_zip64=True) as raw:
            sink = _Hashing(raw)
            for row in rows:
                sink.write(json.dumps(row, ensure_ascii=False, sort_keys=True).encode() + b"\n")
                count += 1
        self.members[name] = (sink.digest.hexdigest(), sink.size)
        return count

    def write_bytes(self, name: str, data: bytes) -> None:
        self._zip.writestr(name, data)
        self.members[name] = (hashlib.sha256(data).hexdigest(), len(data))

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        body = {
            **manifest,
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "members": {n: {"sha256": d, "size": s} for n, (d, s) in self.members.items()},
        }
        self._zip.writestr(MANIFEST, json.dumps(body, ensure_ascii=False, indent=1))


class _Hashing:
    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self._raw.write(data)
        self.digest.update(data)
        self.size += len(data)


def open_archive(path: Path) -> zipfile.ZipFile:
    """The archive's ZIP, or a refusal in one sentence if it is not one."""
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ArchiveError(f"There is no file {path}; choose the archive file.") from None
    except (zipfile.BadZipFile, OSError):
        raise ArchiveError(not_an_archive(path.name, _start_of(path))) from None


def _start_of(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(64)
    except OSError:
        return b""


def read_manifest(zipped: zipfile.ZipFile, name: str) -> Manifest:
    """The manifest, checked for the format and version this app reads."""
    try:
        body = json.loads(zipped.read(MANIFEST))
    except (KeyError, ValueError, zipfile.BadZipFile, OSError):
        raise ArchiveError(
            f"{name} is not an Ethics Scrutiny archive (it has no readable manifest)."
        ) from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise ArchiveError(f"{name} is not an Ethics Scrutiny archive.")
    version = body.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ArchiveError(
            f"{name} was written by a newer version of Ethics Scrutiny (archive format "
            f"{version}); install the newer version to read it."
        )
    try:
        return Manifest(
            head=str(body["head"]),
            entries=int(body["entries"]),
            office=body.get("office"),
            created_at=str(body.get("created_at", "")),
            members={n: (str(m["sha256"]), int(m["size"])) for n, m in body["members"].items()},
            tables=[str(t) for t in body["tables"]],
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ArchiveError(f"{name} has a damaged manifest; it cannot be used.") from None


def check_members(zipped: zipfile.ZipFile, manifest: Manifest, name: str) -> None:
    """Every member the manifest lists is present and matches its digest; nothing else is."""
    # The office's signature over the manifest (when signed) sits beside it, unlisted.
    present = set(zipped.namelist()) - {MANIFEST, SIGNATURE}
    missing = sorted(set(manifest.members) - present)
    if missing:
        raise ArchiveError(f"{name} is incomplete: {missing[0]} is missing from it.")
    extra = sorted(present - set(manifest.members))
    if extra:
        raise ArchiveError(f"{name} holds {extra[0]}, which its manifest does not list.")
    for member, (digest, size) in manifest.members.items():
        if _member_digest(zipped, member, name) != (digest, size):
            raise ArchiveError(
                f"{name} is damaged: {member} does not match its digest in the manifest."
            )


def _member_digest(zipped: zipfile.ZipFile, member: str, name: str) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    try:
        with zipped.open(member) as stream:
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error):
        raise ArchiveError(f"{name} is damaged: {member} cannot be read back.") from None
    return digest.hexdigest(), size


def rows(zipped: zipfile.ZipFile, table: str) -> Iterator[dict[str, Any]]:
    """The rows of one table, streamed."""
    with zipped.open(f"tables/{table}.jsonl") as stream:
        for line in stream:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ArchiveError("The archive's tables are damaged; it cannot be used.")
            yield row
