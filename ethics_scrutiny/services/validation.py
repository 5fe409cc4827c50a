"""Checks on free text typed by users, in any script."""

from __future__ import annotations

import unicodedata

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.i18n import _


def clean_text(value: str, field: str, *, max_length: int, required: bool = True) -> str:
    """Normalise to NFC, strip, refuse control characters and over-long or missing text.

    ``field`` names the text in English, marked with ``N_`` so the message can show it
    translated.
    """
    text = unicodedata.normalize("NFC", value or "").strip()
    if required and not text:
        raise InvalidInputError(_("The {field} cannot be empty.").format(field=_(field)))
    if len(text) > max_length:
        raise InvalidInputError(
            _("The {field} is too long ({length} characters; at most {max_length}).").format(
                field=_(field), length=len(text), max_length=max_length
            )
        )
    bad = [c for c in text if unicodedata.category(c) == "Cc" and c not in "\n\t"]
    if bad:
        raise InvalidInputError(
            _("The {field} contains control characters; remove them and try again.").format(
                field=_(field)
            )
        )
    return text
