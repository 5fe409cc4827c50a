"""Database addresses: a sentence for every mistake, and never shown with their password."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from ethics_scrutiny.domain.errors import DatabaseError

_DOCS = "see docs/shared-record.md"
# Whatever sits between "scheme://user:" and the last "@" before the host: the password,
# even when it is not percent-encoded and so confuses the parser.
_PASSWORD_PART = re.compile(r"(://[^/@:?#]*:).*@")
_DRIVERS = {"sqlite", "sqlite+pysqlite", "postgresql+psycopg"}


def shown(url: str) -> str:
    """``url`` fit to print in a message or a log: any password replaced by ``***``."""
    hidden = _PASSWORD_PART.sub(r"\1***@", url)
    try:
        parsed = make_url(hidden)
    except (ArgumentError, ValueError):
        return hidden
    return parsed.render_as_string(hide_password=True)


def parse(url: str) -> URL:
    """The parsed address, or DatabaseError saying in one sentence what to put right.

    Never repeats the password: not for an unknown driver, a port that is not a number, or a
    password holding an unencoded ``@`` (which would otherwise show its tail as the host).
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(
            f"The database address {shown(url)!r} is not an address the app understands; "
            "write it as postgresql+psycopg://USER@HOST/DATABASE, or leave --db out to use "
            "the built-in record."
        ) from None
    except ValueError:
        raise DatabaseError(
            f"The port in the database address {shown(url)!r} is not a number; write it as "
            "HOST:5432 (or leave it out for the usual port)."
        ) from None
    if parsed.host and "@" in parsed.host:
        raise DatabaseError(
            "The password in the database address holds an '@', so the address cannot be "
            f"read; leave the password out and use a password file or .pgpass ({_DOCS})."
        )
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise DatabaseError(
            f"The port in the database address {shown(url)!r} is not a port (1 to 65535)."
        )
    if parsed.drivername not in _DRIVERS:
        raise DatabaseError(
            f"The database address {shown(url)!r} names the driver {parsed.drivername!r}, "
            "which this app does not use; start it with postgresql+psycopg:// (or sqlite:///)."
        )
    return parsed


def has_password(url: str) -> bool:
    try:
        return make_url(url).password is not None
    except (ArgumentError, ValueError):
        return bool(_PASSWORD_PART.search(url))


def with_password_file(url: str, password_file: Path) -> str:
    """``url`` with the password read from the first line of ``password_file``.

    Raises:
        DatabaseError: the file cannot be read or is empty.
    """
    password = read_password_file(password_file)
    return parse(url).set(password=password).render_as_string(hide_password=False)


def read_password_file(password_file: Path) -> str:
    """The first line of ``password_file``, or DatabaseError saying why it cannot be had."""
    try:
        lines = password_file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError) as exc:
        reason = getattr(exc, "strerror", None) or "it is not a text file"
        raise DatabaseError(
            f"The password file {password_file} cannot be read ({reason}); check its name "
            "and that you may read it."
        ) from None
    password = lines[0] if lines else ""
    if not password:
        raise DatabaseError(
            f"The password file {password_file} is empty; put the password on its first line."
        )
    return password
