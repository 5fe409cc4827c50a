"""Bidirectional control characters made visible, so a reader sees what was stored.

An embedding, override or isolate character (U+202A–U+202E, U+2066–U+2069) or a directional
mark (U+200E, U+200F, U+061C) changes the order in which text is drawn without being drawn
itself: a note holding U+202E can show "Met" while it stores "teM". The record keeps the
bytes as typed (they are hashed); everything rendered for a reader (reports, the app's
display) shows each such character as its code, e.g. "[U+202E]", through this one rule.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = frozenset(
    {
        "\u061c",  # Arabic letter mark
        "\u200e",  # left-to-right mark
        "\u200f",  # right-to-left mark
        *(chr(code) for code in range(0x202A, 0x202F)),  # embeddings, pop, overrides
        *(chr(code) for code in range(0x2066, 0x206A)),  # isolates and their pop
    }
)

_PATTERN = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")


def shown_as(control: str) -> str:
    """How one control character is shown to a reader, e.g. "[U+202E]"."""
    return f"[U+{ord(control):04X}]"


def visible_controls(text: str) -> str:
    """``text`` with every bidirectional control character replaced by its visible code."""
    return _PATTERN.sub(lambda match: shown_as(match.group()), text)


def has_controls(text: str) -> bool:
    """Whether ``text`` holds a bidirectional control character."""
    return _PATTERN.search(text) is not None


def json_escaped(text: str) -> str:
    """JSON text with each control character written as its escape (``\\u202e``).

    The values a program reads are unchanged; only a person reading the raw text (in a
    terminal, say) sees the escape instead of text drawn in another order. Safe on a whole
    document: outside strings JSON holds only punctuation, numbers and plain spaces.
    """
    return _PATTERN.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
