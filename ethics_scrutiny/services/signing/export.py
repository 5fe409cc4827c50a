"""Signing an export: which formats carry a signature, and the signature each one gets."""

from __future__ import annotations

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.reporting.formats import ExportFormat
from ethics_scrutiny.reporting.model import ReportModel

from . import certs
from .detached import sign_bundle
from .keys import OfficeKey, refuse_expired
from .pdf import sign_pdf

SIGNABLE = (ExportFormat.PDF, ExportFormat.JSON)


def refuse_unsignable(fmt: ExportFormat) -> None:
    """A refusal, before anything is rendered, for a format that cannot carry a signature."""
    if fmt not in SIGNABLE:
        raise InvalidInputError(
            f"A {fmt.value.upper()} file cannot carry a signature; sign the PDF or the bundle, "
            "or export without signing."
        )


def sign_export(data: bytes, fmt: ExportFormat, key: OfficeKey, model: ReportModel | None) -> bytes:
    """``data`` signed with ``key``; a PDF's signature names the record head it prints."""
    refuse_expired(key.certificate)
    if fmt is ExportFormat.JSON:
        return sign_bundle(data, key)
    reason = f"Issued by {certs.subject(key.certificate)}"
    if model is not None:
        reason += f"; record head {model.record_head_hash}"
    return sign_pdf(data, key, reason)
