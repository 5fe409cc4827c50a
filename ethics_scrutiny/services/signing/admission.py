"""Whether a received bundle may be imported: signed by a trusted office, or accepted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import RecordKind, file_sha256
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from ..bundles.files import UNSIGNED_NOTE
from ..bundles.report import ImportReport
from .check import FileCheck
from .service import SigningService

# Asked once for a certificate the record does not know; true trusts it (and is recorded).
AskTrust = Callable[[FileCheck], bool]


class UnsignedBundleError(InvalidInputError):
    """An unsigned bundle, refused until the officer accepts it deliberately."""


def admit_bundle(
    signing: SigningService, path: Path, *, ask_trust: AskTrust, accept_unsigned: bool
) -> FileCheck:
    """Refuse ``path`` unless it is signed intact by a known or newly trusted certificate.

    An unsigned bundle passes only with ``accept_unsigned``; a file that is not a bundle at all
    passes through, so the import names what is wrong with it.

    Raises:
        InvalidInputError: altered since signing, signed by someone not trusted, or unsigned.
    """
    check = signing.check(path)
    if check.kind not in ("bundle", "unknown"):
        raise InvalidInputError(f"{path.name} is not a scrutiny bundle; choose the .json bundle.")
    if not check.signed:
        if check.kind == "bundle" and not accept_unsigned:
            raise UnsignedBundleError(
                f"{path.name} is not signed, so nothing shows which office sent it or that it "
                "is unaltered; ask the sender for a signed copy, or accept it deliberately "
                "(--accept-unsigned; recorded). Nothing was imported."
            )
        return check
    if not check.intact:
        raise InvalidInputError(
            f"{path.name} has been altered since it was signed (or its signature is damaged), "
            "so nothing was imported; ask the sender for a fresh copy."
        )
    if check.known is None:
        if not ask_trust(check):
            raise InvalidInputError(
                f"{path.name} is signed by {check.signer}, whom this record does not know "
                f"(fingerprint {check.fingerprint}), so nothing was imported; check the "
                "fingerprint with the sender, then import with --trust-signer FINGERPRINT."
            )
        signing.record_trust(check)
    return check


def record_unsigned_accepted(signing: SigningService, path: Path, scrutiny_id: int | None) -> None:
    """Record that the officer imported ``path`` although it carried no signature."""
    payload = {
        "file_name": path.name,
        "sha256": file_sha256(path.read_bytes()),
        "scrutiny_id": scrutiny_id,
    }
    # A whole-record entry (like the office's): it names the scrutiny without joining its chain
    # of state, which replays only what changed its items.
    with unit_of_work(signing.database) as session:
        record_chain.append(session, RecordKind.UNSIGNED_ACCEPTED, payload, None)


def without_unsigned_note(report: ImportReport) -> ImportReport:
    """The import's report without the warning that the bundle is not signed (it was)."""
    return replace(report, notes=tuple(n for n in report.notes if n != UNSIGNED_NOTE))
