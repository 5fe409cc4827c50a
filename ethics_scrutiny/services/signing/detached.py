"""Detached signatures over a bundle's canonical content and over an archive's manifest."""

from __future__ import annotations

import base64
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from ethics_scrutiny.domain.record import canonical_json

from . import certs
from .keys import OfficeKey

# The member of a bundle (top-level key) or archive (ZIP member) holding the signature.
BUNDLE_KEY = "signature"
ARCHIVE_MEMBER = "signature.json"
ARCHIVE_MEMBER_OF_MANIFEST = "manifest.json"
ALGORITHM = "sha256"


@dataclass(frozen=True)
class DetachedSignature:
    """A signature as read back: who, when, and whether it holds over the content."""

    certificate: x509.Certificate | None
    signed_at: datetime | None
    intact: bool


def signature_block(content: bytes, key: OfficeKey) -> dict[str, Any]:
    """The JSON object that signs ``content`` with ``key``, carrying its certificate."""
    signed_at = datetime.now(UTC).isoformat(timespec="seconds")
    message = _message(content, signed_at)
    if isinstance(key.private_key, ec.EllipticCurvePrivateKey):
        value = key.private_key.sign(message, ec.ECDSA(hashes.SHA256()))
    else:
        value = key.private_key.sign(message, padding.PKCS1v15(), hashes.SHA256())
    return {
        "algorithm": ALGORITHM,
        "signed_at": signed_at,
        "certificate": certs.pem(key.certificate),
        "value": base64.b64encode(value).decode("ascii"),
    }


def read_block(block: Any, content: bytes) -> DetachedSignature:
    """Check ``block`` (as :func:`signature_block` made it) against ``content``."""
    if not isinstance(block, dict):
        return DetachedSignature(None, None, False)
    try:
        cert = certs.from_pem(str(block["certificate"]))
    except (KeyError, ValueError, UnicodeError):
        return DetachedSignature(None, None, False)
    signed_at_text = str(block.get("signed_at", ""))
    try:
        signed_at: datetime | None = datetime.fromisoformat(signed_at_text)
        value = base64.b64decode(str(block["value"]), validate=True)
    except (KeyError, ValueError):
        return DetachedSignature(cert, None, False)
    intact = block.get("algorithm") == ALGORITHM and _holds(
        cert, value, _message(content, signed_at_text)
    )
    return DetachedSignature(cert, signed_at, intact)


def _message(content: bytes, signed_at: str) -> bytes:
    # The time is signed with the content, so it cannot be moved without breaking the signature.
    return signed_at.encode("ascii", "replace") + b"\n" + content


def _holds(cert: x509.Certificate, value: bytes, message: bytes) -> bool:
    public = cert.public_key()
    try:
        if isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(value, message, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public, rsa.RSAPublicKey):
            public.verify(value, message, padding.PKCS1v15(), hashes.SHA256())
        else:
            return False
    except InvalidSignature:
        return False
    return True


def bundle_content(document: dict[str, Any]) -> bytes:
    """A bundle's canonical content: everything but the signature, as canonical JSON."""
    body = {k: v for k, v in document.items() if k != BUNDLE_KEY}
    return canonical_json(body).encode("utf-8")


def sign_bundle(data: bytes, key: OfficeKey) -> bytes:
    """The bundle ``data`` with a ``signature`` member over its canonical content."""
    document = json.loads(data)
    document[BUNDLE_KEY] = signature_block(bundle_content(document), key)
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def sign_archive(path: Path, key: OfficeKey) -> None:
    """Add the signature over the archive's manifest (which lists every member's digest)."""
    with zipfile.ZipFile(path, "a") as zipped:
        manifest = zipped.read(ARCHIVE_MEMBER_OF_MANIFEST)
        block = signature_block(manifest, key)
        zipped.writestr(ARCHIVE_MEMBER, json.dumps(block, indent=1))
