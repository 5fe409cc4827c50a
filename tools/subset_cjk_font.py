"""Make assets/fonts/NotoSansCJKsc-Subset.ttf, the PDF's font for Chinese, Japanese and Korean.

The source is Noto Sans CJK Regular (SIL Open Font License 1.1) as Debian's ``fonts-noto-cjk``
package ships it: an OpenType collection with PostScript (CFF) outlines, which reportlab cannot
embed. This keeps the Simplified Chinese face's glyphs for the characters of the national
standard sets (GB 2312, JIS X 0208, KS X 1001 and Big5's frequent level), every Hangul syllable,
kana and CJK punctuation and fullwidth forms, and converts them to TrueType outlines.
Characters outside the subset still print as boxes and the export warns, naming the fields.

Run with fontTools installed (``pip install fonttools``; a build tool, not needed by the app):

    python tools/subset_cjk_font.py NotoSansCJK-Regular.ttc assets/fonts/NotoSansCJKsc-Subset.ttf
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont, newTable

SIMPLIFIED_CHINESE_FACE = "Noto Sans CJK SC"
# Han characters look different by region; the Simplified Chinese forms are the ones chosen.
_ENCODINGS = ("gb2312", "shift_jis", "euc_kr")
_BIG5_LEVEL_1 = range(0xA440, 0xC67F)  # the 5,401 frequent traditional characters
_BLOCKS = (
    range(0x3000, 0x3100),  # CJK symbols and punctuation, hiragana, katakana
    range(0x3130, 0x3190),  # Hangul compatibility jamo
    range(0x31F0, 0x3200),  # katakana phonetic extensions
    range(0xAC00, 0xD7A4),  # every Hangul syllable
    range(0xFF00, 0xFFF0),  # fullwidth and halfwidth forms
)
# maxp fields for outlines without hinting instructions; fontTools recalculates the rest on save.
_MAXP_ZERO = (
    "maxTwilightPoints",
    "maxStorage",
    "maxFunctionDefs",
    "maxInstructionDefs",
    "maxStackElements",
    "maxSizeOfInstructions",
    "maxComponentElements",
    "maxPoints",
    "maxContours",
    "maxCompositePoints",
    "maxCompositeContours",
    "maxComponentDepth",
)
# Most curve error allowed converting cubic to quadratic outlines, in font units of 1,000 per
# em: invisible in print.
_MAX_ERROR = 1.0


def characters() -> set[int]:
    """The code points the subset keeps."""
    kept: set[int] = set().union(*_BLOCKS)
    for code in range(0x2E80, 0x10000):
        if _in_standard_sets(chr(code)):
            kept.add(code)
    return kept


def _in_standard_sets(char: str) -> bool:
    if any(_encodes(char, encoding) for encoding in _ENCODINGS):
        return True
    return _encodes(char, "big5") and int.from_bytes(char.encode("big5")) in _BIG5_LEVEL_1


def _encodes(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def build(collection: Path, target: Path) -> None:
    fonts = TTCollection(str(collection))
    [font] = [f for f in fonts if f["name"].getDebugName(4) == SIMPLIFIED_CHINESE_FACE]
    options = Options()
    options.layout_features = []  # reportlab uses no OpenType layout
    options.hinting = False
    options.name_IDs = ["*"]  # keep the copyright and licence records
    options.notdef_outline = True
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG"]
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=characters())
    subsetter.subset(font)
    _to_truetype_outlines(font)
    font.save(str(target))


def _to_truetype_outlines(font: TTFont) -> None:
    """Replace the CFF outlines with quadratic TrueType ones (as fontTools' otf2ttf does)."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, _MAX_ERROR, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in _MAXP_ZERO:
        setattr(maxp, field, 0)
    font["post"].formatType = 3.0
    del font["CFF "]
    font.sfntVersion = "\x00\x01\x00\x00"
    font["head"].glyphDataFormat = 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: subset_cjk_font.py NotoSansCJK-Regular.ttc OUTPUT.ttf")
    build(Path(sys.argv[1]), Path(sys.argv[2]))
