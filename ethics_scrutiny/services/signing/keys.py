"""The office's signing key on disk: an encrypted PKCS#12 file, owner-only, never in the clear."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

from ethics_scrutiny.domain.errors import InvalidInputError

from . import certs

KEYS_FOLDER = "keys"
KEY_FILE = "office-signing.p12"
MIN_PASSPHRASE = 8
MAX_KEY_FILE_BYTES = 1024 * 1024
SigningPrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


class SigningKeyError(InvalidInputError):
    """A missing or unreadable key, another passphrase, or an expired certificate."""


@dataclass(frozen=True)
class OfficeKey:
    """An unlocked key and its certificate (kept in memory only, for one app session)."""

    private_key: SigningPrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def fingerprint(self) -> str:
        return certs.fingerprint(self.certificate)


def key_path(data_dir: Path) -> Path:
    return data_dir / KEYS_FOLDER / KEY_FILE


def check_passphrase(passphrase: str) -> bytes:
    """The passphrase as bytes, or a refusal if it is too short to protect the key."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise SigningKeyError(
            f"The passphrase is shorter than {MIN_PASSPHRASE} characters; choose a longer one."
        )
    return passphrase.encode("utf-8")


def create(office: str) -> OfficeKey:
    """A new P-256 key with a self-signed certificate naming ``office``."""
    private = ec.generate_private_key(ec.SECP256R1())
    return OfficeKey(private, certs.self_signed(private, office))


def write(path: Path, key: OfficeKey, passphrase: str) -> None:
    """Encrypt ``key`` into ``path``: owner-only, written whole or not at all."""
    secret = check_passphrase(passphrase)
    data = pkcs12.serialize_key_and_certificates(
        b"office signing key", key.private_key, key.certificate, list(key.chain) or None,
        BestAvailableEncryption(secret),
    )  # fmt: skip
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
    handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def load(path: Path, passphrase: str) -> OfficeKey:
    """Unlock the key file at ``path``; each way it can fail is one sentence."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SigningKeyError(
            "This computer has no signing key yet; create one in Office settings (or with "
            "'office keys create') before signing."
        ) from None
    except OSError as exc:
        raise SigningKeyError(
            f"The signing key file cannot be read ({exc.strerror}); check the keys folder's "
            "permissions."
        ) from None
    return unlock(data, passphrase, "The signing key file")


def unlock(data: bytes, passphrase: str, what: str) -> OfficeKey:
    """The key and certificate in PKCS#12 ``data``; ``what`` names the file in refusals."""
    if not _is_pkcs12(data):
        raise SigningKeyError(
            f"{what} is damaged or not a PKCS#12 key file; restore it from a backup or create "
            "a new key (papers signed before still check)."
        )
    try:
        private, cert, extra = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError:
        raise SigningKeyError(
            f"The passphrase does not unlock {what[0].lower() + what[1:]}; type it again."
        ) from None
    if not isinstance(private, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey) or cert is None:
        raise SigningKeyError(
            f"{what} holds no EC or RSA key with its certificate; choose a file that does."
        )
    refuse_expired(cert)
    return OfficeKey(private, cert, tuple(extra))


def refuse_expired(cert: x509.Certificate) -> None:
    """A refusal in one sentence if ``cert`` is outside its validity period now."""
    if certs.expired(cert):
        raise SigningKeyError(
            f"The signing certificate of {certs.subject(cert)} is valid only until "
            f"{cert.not_valid_after_utc:%d %B %Y}; create a new key or import a current "
            "certificate, then sign again."
        )


def read_import(path: Path, passphrase: str) -> OfficeKey:
    """A key and certificate an office was given (a PKCS#12 file), unlocked with ``passphrase``."""
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise SigningKeyError(
                f"{path.name} is too large to be a key file; choose the .p12 file."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise SigningKeyError(f"There is no file {path}; choose the key file.") from None
    except OSError as exc:
        raise SigningKeyError(f"The file {path} cannot be read ({exc.strerror}).") from None
    return unlock(data, passphrase, f"The key file {path.name}")


def _is_pkcs12(data: bytes) -> bool:
    # cryptography says "invalid password or PKCS12 data" for both; a structural parse tells
    # a damaged file from a wrong passphrase, so the officer is told the right thing.
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        pfx["auth_safe"]["content"].native  # noqa: B018 - forces the parse
    except (ValueError, TypeError, KeyError):
        return False
    return True
