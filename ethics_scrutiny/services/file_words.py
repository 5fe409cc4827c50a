"""Why a file chosen for import is not what was asked for, in words an officer can act on.

A parser's own message ("Expecting value: line 1 column 1 (char 0)") says nothing to someone
who picked the wrong file. These sentences say what the file seems to be instead, and what to
do: choose another file, copy it again, or ask the sender to export it again.
"""

from __future__ import annotations

import json

from ethics_scrutiny.i18n import N_, _

# How a file starts, for the kinds an officer is most likely to pick by mistake.
_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", N_("it is a PDF")),
    (b"PK\x03\x04", N_("it is a zip file, such as a Word document or an office archive")),
    (b"\xd0\xcf\x11\xe0", N_("it is an older Office document")),
    (b"SQLite format 3\x00", N_("it is a database file, such as a record or a backup")),
)


def seems_to_be(raw: bytes) -> str:
    """What a file that is not text seems to be, e.g. "it is a PDF"."""
    if not raw:
        return _("it is empty")
    for start, kind in _KINDS:
        if raw.startswith(start):
            return _(kind)
    return _("it is not text")


def not_text(name: str, raw: bytes, error: UnicodeDecodeError) -> str:
    """A file that is not UTF-8 text where a scrutiny bundle (JSON) was expected."""
    if error.reason == "unexpected end of data" and raw.lstrip().startswith(b"{"):
        return _cut_short(name, _("at the end"))
    return _(
        "{name} is not a scrutiny bundle ({kind}, not UTF-8 text). Choose the scrutiny bundle "
        "file, whose name ends in .json."
    ).format(name=name, kind=seems_to_be(raw))


def not_json(name: str, text: str, error: json.JSONDecodeError) -> str:
    """Why ``text`` is not a bundle's JSON: another kind of text, cut short, or damaged."""
    body = text.lstrip("\ufeff \t\r\n")
    if not body:
        return _(
            "{name} is empty, so it is not a scrutiny bundle. Choose the scrutiny bundle file "
            "again."
        ).format(name=name)
    if not body.startswith(("{", "[")):
        return _(
            "{name} is not a scrutiny bundle (it is not JSON). Check that you chose the "
            "scrutiny bundle and not a report or another file."
        ).format(name=name)
    # Cut short: the parser ran out of text, or a string it was reading never ended.
    if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
        return _cut_short(name, _("at line {line}").format(line=error.lineno))
    return _(
        "{name} is not valid JSON: it is damaged at line {line}, column {column}, perhaps by "
        "editing. Ask the sender to export it again."
    ).format(name=name, line=error.lineno, column=error.colno)


def not_a_bundle(name: str) -> str:
    """JSON that does not say it is a bundle (another program's file, or an edited one)."""
    return _(
        "{name} is JSON but not an Ethics Scrutiny bundle (it does not say it is one). Choose "
        "a bundle exported by Ethics Scrutiny."
    ).format(name=name)


def _cut_short(name: str, where: str) -> str:
    return _(
        "{name} is not valid JSON: it stops part way through ({where}), as a file does when a "
        "copy or download is cut short. Copy the file again, or ask the sender to export it "
        "again."
    ).format(name=name, where=where)


def not_an_archive(name: str, start: bytes) -> str:
    """A file that does not open as a ZIP archive, from how it starts."""
    if start.startswith(b"PK"):
        return _(
            "{name} is not an Ethics Scrutiny archive, or it is truncated; nothing was "
            "imported. Copy the archive again, or choose the archive the other office wrote."
        ).format(name=name)
    if start.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return _(
            "{name} is not an Ethics Scrutiny archive (it is JSON, perhaps a scrutiny bundle: "
            "import it as a bundle instead); nothing was imported."
        ).format(name=name)
    return _(
        "{name} is not an Ethics Scrutiny archive ({kind}); nothing was imported. Choose the "
        "archive the other office wrote, a .zip file."
    ).format(name=name, kind=seems_to_be(start))
