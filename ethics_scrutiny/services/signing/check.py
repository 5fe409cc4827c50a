"""check-file: for a PDF, bundle or archive, who signed it, when, and whether it still holds."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cryptography import x509

from . import certs, detached
from .pdf import read_pdf_signature

MAX_CHECK_BYTES = 512 * 1024 * 1024
_HEAD = re.compile(r"record head ([0-9a-f]{64})")
# What the record says of a certificate, by fingerprint: "own" (this office's key, now or
# before) or "trusted" (accepted when a file it signed was imported).
Known = Mapping[str, str]


@dataclass(frozen=True)
class FileCheck:
    """The result of checking one received file; ``sentences`` say it in plain words."""

    path: Path
    kind: str  # "pdf", "bundle", "archive" or "unknown"
    signed: bool
    intact: bool
    signer: str | None = None
    fingerprint: str | None = None
    signed_at: datetime | None = None
    known: str | None = None  # "own", "trusted" or None
    head: str | None = None
    head_in_record: bool | None = None
    sentences: list[str] = field(default_factory=list)
    certificate: x509.Certificate | None = None

    @property
    def ok(self) -> bool:
        """The signature holds over the whole file and its certificate is one the record knows."""
        return self.signed and self.intact and self.known is not None


def check_file(path: Path, known: Known, head_in_record: Callable[[str], bool]) -> FileCheck:
    """Check ``path``; ``head_in_record`` answers whether a record head is this record's."""
    try:
        if path.stat().st_size > MAX_CHECK_BYTES:
            return _unreadable(path, f"{path.name} is too large to be a paper, bundle or archive.")
        data = path.read_bytes()
    except FileNotFoundError:
        return _unreadable(path, f"There is no file {path}; choose the file you received.")
    except OSError as exc:
        return _unreadable(path, f"The file {path} cannot be read ({exc.strerror}).")
    if data.startswith(b"%PDF-"):
        return _pdf(path, data, known, head_in_record)
    if data.startswith(b"PK\x03\x04"):
        return _archive(path, known)
    return _bundle(path, data, known)


def _unreadable(path: Path, sentence: str, kind: str = "unknown") -> FileCheck:
    return FileCheck(path, kind, False, False, sentences=[sentence])


def _unsigned(path: Path, kind: str, what: str) -> FileCheck:
    return _unreadable(
        path,
        f"{path.name} is {what} that is not signed, so nothing shows who made it or that it is "
        "unaltered.",
        kind,
    )


def _pdf(path: Path, data: bytes, known: Known, in_record: Callable[[str], bool]) -> FileCheck:
    try:
        found = read_pdf_signature(data)
    except ValueError:
        return _unreadable(path, f"{path.name} is damaged and cannot be read as a PDF.", "pdf")
    if found is None:
        return _unsigned(path, "pdf", "a PDF")
    problem = None
    if not found.intact:
        problem = "its content no longer matches its signature"
    elif not found.covers_whole_file:
        problem = "something was added to the file after it was signed"
    match = _HEAD.search(found.reason)
    head = match.group(1) if match else None
    result = _result(path, "pdf", found.certificate, found.signed_at, problem, known)
    if head is None or not result.intact:
        return result
    inside = in_record(head)
    sentence = (
        "Its record head is part of this record."
        if inside
        else "Its record head is not part of this record, so it was not issued from this record."
    )
    return FileCheck(**{**result.__dict__, "head": head, "head_in_record": inside,
                        "sentences": [*result.sentences, sentence]})  # fmt: skip


def _bundle(path: Path, data: bytes, known: Known) -> FileCheck:
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        document = None
    if not isinstance(document, dict) or "format" not in document:
        return _unreadable(
            path, f"{path.name} is not a PDF, a scrutiny bundle or an archive; nothing was checked."
        )
    if detached.BUNDLE_KEY not in document:
        return _unsigned(path, "bundle", "a bundle")
    found = detached.read_block(document[detached.BUNDLE_KEY], detached.bundle_content(document))
    problem = None if found.intact else "its content no longer matches its signature"
    return _result(path, "bundle", found.certificate, found.signed_at, problem, known)


def _archive(path: Path, known: Known) -> FileCheck:
    from ..archive_format import MANIFEST

    try:
        with zipfile.ZipFile(path) as zipped:
            names = set(zipped.namelist())
            if MANIFEST not in names:
                return _unreadable(path, f"{path.name} is a ZIP file but not an archive.")
            if detached.ARCHIVE_MEMBER not in names:
                return _unsigned(path, "archive", "an archive")
            block = json.loads(zipped.read(detached.ARCHIVE_MEMBER))
            manifest = zipped.read(MANIFEST)
            problem = _archive_members(zipped, names)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return _unreadable(path, f"{path.name} is damaged and cannot be read as an archive.")
    found = detached.read_block(block, manifest)
    if not found.intact:
        problem = "its manifest no longer matches its signature"
    return _result(path, "archive", found.certificate, found.signed_at, problem, known)


def _archive_members(zipped: zipfile.ZipFile, names: set[str]) -> str | None:
    """The first member that differs from the manifest the signature covers, in words."""
    from ..archive_format import ArchiveError, check_members, read_manifest

    try:
        check_members(zipped, read_manifest(zipped, "The archive"), "The archive")
    except ArchiveError as exc:
        return str(exc).rstrip(".").replace("The archive ", "", 1)
    return None


def _result(
    path: Path,
    kind: str,
    cert: x509.Certificate | None,
    signed_at: datetime | None,
    problem: str | None,
    known: Known,
) -> FileCheck:
    if cert is None:
        return FileCheck(path, kind, True, False, sentences=[
            f"{path.name} carries a signature that is damaged, so it proves nothing."])  # fmt: skip
    subject, fp = certs.subject(cert), certs.fingerprint(cert)
    when = f" on {signed_at.astimezone():%d %B %Y at %H:%M}" if signed_at else ""
    sentences = [f"{path.name} was signed by {subject}{when}."]
    if problem is None:
        sentences.append("It is unaltered since it was signed.")
    else:
        sentences.append(f"It has been altered since it was signed: {problem}.")
    role = known.get(fp)
    sentences.append(_role_sentence(role, fp))
    return FileCheck(path, kind, True, problem is None, subject, fp, signed_at, role,
                     sentences=sentences, certificate=cert)  # fmt: skip


def _role_sentence(role: str | None, fp: str) -> str:
    if role == "own":
        return f"The certificate is this office's own (fingerprint {fp})."
    if role == "trusted":
        return (
            f"The certificate is one this record trusted on an earlier import (fingerprint {fp})."
        )
    return (
        "It is signed by someone this record does not know (certificate fingerprint "
        f"{fp}); check that fingerprint with the sender before trusting it."
    )
