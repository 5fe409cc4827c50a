"""Which language a passage of report text is in, so Welsh passages can be marked as Welsh.

A report's own wording is English (save the screening's frame, which follows the scrutiny's
language: see words.py), but a Welsh scrutiny's questions and themes come from the template in
Welsh where it gives them, and officers write notes in either language. Screen
readers switch voice on the ``lang`` of each passage, so each passage is judged on its words.
"""

from __future__ import annotations

import re

WELSH = "cy"
DOCUMENT_LANGUAGE = "en-GB"

# Short, frequent Welsh words that are not English words (so "a", "i" and "o" are left out).
_WELSH_WORDS = frozenset(
    str.split(
        """
    ac ar yn yr y mae wedi wedi'i gan gyda ei eu ddim nid hefyd bod fel neu ond sydd roedd
    fydd hyn hwn hon cael wrth mewn nhw ein eich pan os dros rhwng heb ydy ydyw oes oedd
    gael gwneud dim ble beth pwy pam sut pryd hynny yma yno rhaid dylai gall gellir
    heddlu cymru gogledd asesiad effaith polisi swyddog penderfyniad
    """
    )
)
_ENGLISH_WORDS = frozenset(
    str.split(
        """
    the and of to in is are was were be been has have had not with for on by this that
    it its as at from or but which who what when where how will would should could must
    """
    )
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Letters that written English does not use; each is strong evidence on its own.
_WELSH_LETTERS = frozenset("ŵŷŴŶ")
# Circumflexed vowels: common in Welsh ("â", "Caniatâd"), rare in English loanwords.
_CIRCUMFLEX = frozenset("âêîôûÂÊÎÔÛ")
# Welsh joins "yr" and "yn" to the word before ("â'r", "heddlu'n", "wedi'i").
_CLITICS = ("'r", "'n", "'i")


def is_welsh(text: str) -> bool:
    """Whether ``text`` reads as Welsh rather than English.

    Judged on function words; a passage of a few words with none of them is taken as English.
    """
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    welsh = sum(1 for w in words if w in _WELSH_WORDS or w.endswith(_CLITICS))
    welsh += sum(
        2 if ch in _WELSH_LETTERS else 1 for ch in text if ch in _WELSH_LETTERS | _CIRCUMFLEX
    )
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    return welsh >= 2 and welsh > english


def language_of(text: str) -> str | None:
    """``"cy"`` for a Welsh passage, ``None`` for one in the document's own language."""
    return WELSH if is_welsh(text) else None
