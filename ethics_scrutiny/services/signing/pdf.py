"""PAdES signatures on PDFs (pyHanko): signed as the last step of export, read back offline."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from . import certs
from .keys import OfficeKey

FIELD_NAME = "OfficeSignature"


@dataclass(frozen=True)
class PdfSignature:
    """What a PDF's signature says, as read back."""

    certificate: x509.Certificate | None
    signed_at: datetime | None
    intact: bool
    covers_whole_file: bool
    reason: str


def _quiet_imports() -> Any:
    # pyHanko imports cryptography's DSA module, which warns that DSA is deprecated; the app
    # never uses DSA, so the warning says nothing to an officer.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pyhanko.sign import fields, signers, validation

    return fields, signers, validation


def sign_pdf(data: bytes, key: OfficeKey, reason: str) -> bytes:
    """``data`` with an invisible PAdES B-B signature (certificate embedded); pages unchanged."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    fields, signers, _ = _quiet_imports()
    cert = asn1_x509.Certificate.load(certs.der(key.certificate))
    chain = [asn1_x509.Certificate.load(certs.der(c)) for c in key.chain]
    private = asn1_keys.PrivateKeyInfo.load(
        key.private_key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=private,
        cert_registry=SimpleCertificateStore.from_certs([cert, *chain]),  # type: ignore[no-untyped-call]
    )
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        name=certs.subject(key.certificate),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    return bytes(signers.sign_pdf(writer, meta, signer=signer).getvalue())


def read_pdf_signature(data: bytes) -> PdfSignature | None:
    """The PDF's last signature checked for integrity, or ``None`` if it carries none.

    Validation never fetches anything (no OCSP, CRL or timestamp server): the signer's own
    certificate is the only trust root, so the result is about integrity, and whether the
    certificate is one the record knows is decided by the caller.

    Raises:
        ValueError: the file is not a readable PDF.
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko_certvalidator import ValidationContext

    _, _, validation = _quiet_imports()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise ValueError(str(exc)) from None
    if not embedded:
        return None
    found = embedded[-1]
    try:
        signer = found.signer_cert
        context = ValidationContext(trust_roots=[signer], allow_fetching=False)
        status = validation.validate_pdf_signature(found, signer_validation_context=context)
    except Exception:
        return PdfSignature(_certificate(found), None, False, False, _reason(found))
    whole = status.coverage == validation.SignatureCoverageLevel.ENTIRE_FILE
    return PdfSignature(
        _certificate(found), status.signer_reported_dt, bool(status.intact and status.valid),
        whole, _reason(found),
    )  # fmt: skip


def _certificate(found: Any) -> x509.Certificate | None:
    try:
        return x509.load_der_x509_certificate(found.signer_cert.dump())
    except Exception:
        return None


def _reason(found: Any) -> str:
    try:
        return str(found.sig_object.get("/Reason", ""))
    except Exception:
        return ""
