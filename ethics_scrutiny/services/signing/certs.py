"""Certificates: a self-signed one naming the office, fingerprints, and plain descriptions."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

# Long enough that an office rarely renews; a lost key is replaced sooner anyway.
VALID_YEARS = 5


def self_signed(key: ec.EllipticCurvePrivateKey, office: str) -> x509.Certificate:
    """A certificate for ``key`` naming the office as subject and issuer."""
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, office[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, office[:64]),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "GB"),
        ]
    )
    now = datetime.now(UTC)
    usage = x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )


def der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def from_pem(text: str) -> x509.Certificate:
    return x509.load_pem_x509_certificate(text.encode("ascii"))


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate, as colon-separated pairs (how readers show it)."""
    digest = hashlib.sha256(der(cert)).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def subject(cert: x509.Certificate) -> str:
    """Who the certificate names: its common name, else its organisation, else the whole name."""
    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
        found = cert.subject.get_attributes_for_oid(oid)
        if found:
            return str(found[0].value)
    return cert.subject.rfc4514_string()


def expired(cert: x509.Certificate, at: datetime | None = None) -> bool:
    moment = at or datetime.now(UTC)
    return not cert.not_valid_before_utc <= moment <= cert.not_valid_after_utc
