"""The office's logo on the HTML report's cover, embedded so the file stands alone."""

from __future__ import annotations

import base64
from html import escape

from .model import ReportModel

_TYPES = {"png": "image/png", "svg": "image/svg+xml"}


def logo_html(model: ReportModel) -> list[str]:
    """An ``<img>`` of the logo (PNG or SVG) with its office named as the alternative text.

    An SVG in an ``<img>`` runs no script and loads nothing, so an embedded one is safe.
    """
    if model.logo is None or model.logo[0] not in _TYPES:
        return []
    kind, data = model.logo
    source = f"data:{_TYPES[kind]};base64,{base64.b64encode(data).decode('ascii')}"
    alt = f"Logo of {model.office}" if model.office else "Office logo"
    return [f'<p class="logo"><img src="{source}" alt="{escape(alt)}" height="80"></p>']
