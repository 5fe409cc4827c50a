"""Why a file chosen for import is not what was asked for, in words an officer can act on.

A parser's own message ("Expecting value: line 1 column 1 (char 0)") says nothing to someone
who picked the wrong file. These sentences say what the file seems to be instead, and what to
do: choose another file, copy it again, or ask the sender to export it again.
"""

from __future__ import annotations

import json

# How a file starts, for the kinds an officer is most likely to pick by mistake.
_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "it is a PDF"),
    (b"PK\x03\x04", "it is a zip file, such as a Word document or an office archive"),
    (b"\xd0\xcf\x11\xe0", "it is an older Office document"),
    (b"SQLite format 3\x00", "it is a database file, such as a record or a backup"),
)


def seems_to_be(raw: bytes) -> str:
    """What a file that is not text seems to be, e.g. "it is a PDF"."""
    if not raw:
        return "it is empty"
    for start, kind in _KINDS:
        if raw.startswith(start):
            return kind
    return "it is not text"


def not_text(name: str, raw: bytes, error: UnicodeDecodeError, wanted: str, ending: str) -> str:
    """A file that is not UTF-8 text where a JSON ``wanted`` ("scrutiny bundle") was expected."""
    if error.reason == "unexpected end of data" and raw.lstrip().startswith(b"{"):
        return _cut_short(name, "the end")
    return (
        f"{name} is not a {wanted} ({seems_to_be(raw)}, not UTF-8 text). "
        f"Choose the {wanted} file, whose name ends in {ending}."
    )


def not_json(name: str, text: str, error: json.JSONDecodeError, wanted: str) -> str:
    """Why ``text`` is not JSON: another kind of text, cut short, or damaged inside."""
    body = text.lstrip("\ufeff \t\r\n")
    if not body:
        return f"{name} is empty, so it is not a {wanted}. Choose the {wanted} file again."
    if not body.startswith(("{", "[")):
        return (
            f"{name} is not a {wanted} (it is not JSON). Check that you chose the {wanted} "
            "and not a report or another file."
        )
    # Cut short: the parser ran out of text, or a string it was reading never ended.
    if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
        return _cut_short(name, f"line {error.lineno}")
    return (
        f"{name} is not valid JSON: it is damaged at line {error.lineno}, column "
        f"{error.colno}, perhaps by editing. Ask the sender to export it again."
    )


def _cut_short(name: str, where: str) -> str:
    return (
        f"{name} is not valid JSON: it stops part way through (at {where}), as a file does "
        "when a copy or download is cut short. Copy the file again, or ask the sender to "
        "export it again."
    )


def not_an_archive(name: str, start: bytes) -> str:
    """A file that does not open as a ZIP archive, from how it starts."""
    if start.startswith(b"PK"):
        return (
            f"{name} is not an Ethics Scrutiny archive, or it is truncated; nothing was "
            "imported. Copy the archive again, or choose the archive the other office wrote."
        )
    if start.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return (
            f"{name} is not an Ethics Scrutiny archive (it is JSON, perhaps a scrutiny "
            "bundle: import it as a bundle instead); nothing was imported."
        )
    return (
        f"{name} is not an Ethics Scrutiny archive ({seems_to_be(start)}); nothing was "
        "imported. Choose the archive the other office wrote, a .zip file."
    )
