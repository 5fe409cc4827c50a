"""Chinese, Japanese and Korean text in the PDF: set in the bundled Noto Sans CJK subset."""

from __future__ import annotations

import threading
from typing import Any, Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...assets import fonts_dir
from .fonts import REGULAR, register_fonts

CJK: Final = "NotoSansCJKsc"
_FILE: Final = "NotoSansCJKsc-Subset.ttf"

_lock = threading.Lock()
_cjk_covered: frozenset[int] | None = None


_primary: dict[int, int] | None = None


def _primary_covered() -> dict[int, int]:
    """DejaVu Sans's characters, as its regular face has them (the others cover nearly the same)."""
    global _primary
    if _primary is None:
        register_fonts()
        _primary = pdfmetrics.getFont(REGULAR).face.charToGlyph
    return _primary


def _fallback_covered() -> frozenset[int]:
    """The CJK font's characters, registering it at first need (it is 5 MB to read)."""
    global _cjk_covered
    with _lock:
        if _cjk_covered is None:
            path = fonts_dir() / _FILE
            if not path.is_file():
                raise FileNotFoundError(f"The bundled font {_FILE} is missing from {path.parent}.")
            font = TTFont(CJK, str(path))
            pdfmetrics.registerFont(font)
            # Bold and italic CJK text is set in the one weight the app ships.
            pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
            _cjk_covered = frozenset(font.face.charToGlyph)
        return _cjk_covered


def with_fallback_font(markup: str) -> str:
    """Put each run of characters DejaVu Sans lacks, and the CJK font has, in that font.

    ``markup`` is paragraph markup whose user text is already escaped: only runs of such
    characters are wrapped, and tags and entities are plain ASCII, so none is ever split.
    """
    if markup.isascii():
        return markup
    primary = _primary_covered()
    # Each distinct character once: most text needs no fallback and is returned at once.
    lacking = {c for c in set(markup) if ord(c) not in primary}
    fallback = _fallback_covered() if lacking else frozenset()
    if not any(ord(c) in fallback for c in lacking):
        return markup
    pieces: list[str] = []
    run: list[str] = []
    for char in markup:
        code = ord(char)
        if code not in primary and code in fallback:
            run.append(char)
            continue
        if run:
            pieces.append(f'<font face="{CJK}">{"".join(run)}</font>')
            run = []
        pieces.append(char)
    if run:
        pieces.append(f'<font face="{CJK}">{"".join(run)}</font>')
    return "".join(pieces)


def uses_fallback(markup: str) -> bool:
    """Whether :func:`with_fallback_font` set part of ``markup`` in the CJK font."""
    return f'<font face="{CJK}">' in markup


def unprintable(text: str) -> set[str]:
    """The characters of ``text`` that neither bundled font can draw."""
    primary = _primary_covered()
    lacking = {c for c in set(text) if ord(c) not in primary}
    if not lacking:
        return set()
    fallback = _fallback_covered()
    return {c for c in lacking if ord(c) not in fallback}


_cjk_styles: dict[int, Any] = {}


def cjk_style(style: Any) -> Any:
    """``style`` breaking lines between CJK characters too (they have no spaces to break at).

    Latin words in the same paragraph still break only at spaces.
    """
    found = _cjk_styles.get(id(style))
    if found is None or found.parent is not style:
        found = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
        _cjk_styles[id(style)] = found
    return found
