"""Register the bundled DejaVu Sans family with reportlab, once per process."""

from __future__ import annotations

import threading
from typing import Any, Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...assets import fonts_dir

REGULAR: Final = "DejaVuSans"
BOLD: Final = "DejaVuSans-Bold"
ITALIC: Final = "DejaVuSans-Oblique"
BOLD_ITALIC: Final = "DejaVuSans-BoldOblique"

_FILES: Final = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the DejaVu Sans family (safe to call repeatedly and from any thread).

    Returns:
        The name of the regular face, for use as ``fontName`` in styles.

    Raises:
        FileNotFoundError: A bundled font file is missing.
    """
    global _registered
    with _lock:
        if _registered:
            return REGULAR
        folder = fonts_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"The bundled font {filename} is missing from {folder}.")
            pdfmetrics.registerFont(_with_width_cache(TTFont(name, str(path))))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
    return REGULAR


# Words recur throughout a report, and without ReportLab's optional C accelerator each width is
# summed glyph by glyph in Python: a quarter of a long report's rendering time.
_WIDTH_CACHE_LIMIT = 200_000


def _with_width_cache(font: TTFont) -> TTFont:
    """Remember each (text, size) width this font has measured; same results, found faster."""
    measure = font.stringWidth
    widths: dict[tuple[Any, ...], float] = {}

    def string_width(text: str, size: float, encoding: str = "utf8") -> float:
        key = (text, size, encoding)
        width = widths.get(key)
        if width is None:
            if len(widths) >= _WIDTH_CACHE_LIMIT:
                widths.clear()
            width = widths[key] = measure(text, size, encoding)
        return width

    font.stringWidth = string_width
    return font
