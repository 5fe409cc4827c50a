"""The office's PNG logo at the top of the Word cover."""

from __future__ import annotations

import io

from docx.document import Document
from docx.shared import Mm

from ..model import ReportModel


def add_logo(doc: Document, model: ReportModel) -> None:
    """Word shows PNG reliably in every version; an SVG logo is on the HTML report only."""
    if model.logo is None or model.logo[0] != "png":
        return
    try:
        doc.add_picture(io.BytesIO(model.logo[1]), height=Mm(20))
    except Exception:  # an unreadable image is left off the cover, never fatal
        return
