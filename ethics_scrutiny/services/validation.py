"""Checks on free text typed by users, in any script."""

from __future__ import annotations

import unicodedata

from ethics_scrutiny.domain.errors import InvalidInputError


def clean_text(value: str, field: str, *, max_length: int, required: bool = True) -> str:
    """Normalise to NFC, strip, refuse control characters and over-long or missing text."""
    text = unicodedata.normalize("NFC", value or "").strip()
    if required and not text:
        raise InvalidInputError(f"The {field} cannot be empty.")
    if len(text) > max_length:
        raise InvalidInputError(
            f"The {field} is too long ({len(text)} characters; at most {max_length})."
        )
    bad = [c for c in text if unicodedata.category(c) == "Cc" and c not in "\n\t"]
    if bad:
        raise InvalidInputError(
            f"The {field} contains control characters; remove them and try again."
        )
    return text
