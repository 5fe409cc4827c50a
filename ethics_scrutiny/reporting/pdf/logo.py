"""The office's logo at the top of the cover, when it has a PNG one."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image

from ..model import ReportModel

# A crest, not a banner: at most this tall and this wide, keeping its proportions.
MAX_HEIGHT = 22 * mm
MAX_WIDTH = 70 * mm


def logo_flowables(model: ReportModel) -> list[Any]:
    """The logo as a cover flowable; nothing for no logo or an SVG one.

    reportlab draws no SVG, so an SVG logo shows on the HTML report only; a PNG that cannot
    be read (it was checked when set, so only a damaged file) is left out, never fatal.
    """
    if model.logo is None or model.logo[0] != "png":
        return []
    data = model.logo[1]
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # any unreadable image is simply left off the cover
        return []
    scale = min(MAX_HEIGHT / height, MAX_WIDTH / width)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return [image]
