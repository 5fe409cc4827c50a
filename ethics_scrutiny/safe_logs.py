"""Logs and error reports with no user text: messages scrubbed, values never shown, owner-only.

A log may be sent to support, and an exception's message can quote anything: a note marked
sensitive in a database error, an evidence title in a ValueError. So a log or a traceback
keeps each exception's type, its frames and only what is known to be free of user text.
"""

from __future__ import annotations

import io
import logging
import os
import sqlite3
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO, Any

from ethics_scrutiny.domain.errors import DatabaseError

OWNER_ONLY = 0o600
WITHHELD = "message withheld from logs: it may quote what was being saved"
_MAX_TEXT = 300


def safe_message(exc: BaseException) -> str:
    """The exception's type, with the part of its message that cannot hold user text."""
    name = type(exc).__qualname__
    orig, statement = getattr(exc, "orig", None), getattr(exc, "statement", None)
    if isinstance(orig, BaseException):
        # A SQLAlchemy error: the statement has placeholders, never the values bound to them.
        sql = f" [SQL: {_short(statement)}]" if isinstance(statement, str) else ""
        return f"{name}: {safe_message(orig)}{sql}"
    if isinstance(exc, OSError):
        # No file name: an evidence file's name can be as telling as its title.
        return f"{name}: [Errno {exc.errno}] {exc.strerror}"
    if isinstance(exc, sqlite3.Error):
        # SQLite's messages are fixed texts naming tables, columns and constraints.
        return f"{name}: {_short(str(exc).splitlines()[0] if str(exc) else '')}"
    sqlstate = getattr(exc, "sqlstate", None)
    if isinstance(sqlstate, str):
        return f"{name} (SQLSTATE {sqlstate}; {WITHHELD})"  # PostgreSQL's DETAIL quotes values
    if isinstance(exc, DatabaseError):
        return f"{name}: {_short(str(exc))}"  # sentences about the record's file or server
    return f"{name} ({WITHHELD})"


def safe_traceback(exc: BaseException) -> str:
    """A traceback as Python prints it, causes and contexts included, messages scrubbed."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "The above exception was the direct cause of"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "During handling of the above exception"
        else:
            current = None
    parts: list[str] = []
    for index in range(len(chain) - 1, -1, -1):
        error, _ = chain[index]
        frames = traceback.format_list(traceback.extract_tb(error.__traceback__))
        if frames:
            parts.append("Traceback (most recent call last):\n" + "".join(frames))
        parts.append(safe_message(error) + "\n")
        if index:
            parts.append(f"\n{chain[index][1]}, another exception occurred:\n\n")
    return "".join(parts).rstrip("\n")


class SafeFormatter(logging.Formatter):
    """Formats tracebacks and exception arguments through :func:`safe_message`."""

    def format(self, record: logging.LogRecord) -> str:
        # A copy: other handlers must not see (or cache) this handler's version, nor it theirs.
        clean = logging.makeLogRecord(record.__dict__)
        clean.exc_text = None
        if isinstance(clean.args, tuple):
            clean.args = tuple(_scrub_argument(arg) for arg in clean.args)
        elif isinstance(clean.args, dict):
            clean.args = {key: _scrub_argument(arg) for key, arg in clean.args.items()}
        return super().format(clean)

    def formatException(self, ei: Any) -> str:
        exc = ei[1] if ei else None
        return safe_traceback(exc) if isinstance(exc, BaseException) else ""


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose every file, new or rolled over, is readable by its owner only."""

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        descriptor = os.open(self.baseFilename, flags, OWNER_ONLY)
        make_private(Path(self.baseFilename))  # a log left by an older version is narrowed too
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def open_private_append(path: Path) -> IO[str]:
    """A text file for appending, created owner-only (the native-crash log)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, OWNER_ONLY)
    make_private(path)
    return open(descriptor, "a", encoding="utf-8")


def make_private(path: Path) -> None:
    """Owner-only on POSIX; on Windows the per-user data folder's access list does this."""
    if os.name != "nt":
        os.chmod(path, OWNER_ONLY)


def _scrub_argument(value: object) -> object:
    return safe_message(value) if isinstance(value, BaseException) else value


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"


def unexpected_sentence(exc: BaseException) -> str:
    """One sentence for a failure nobody foresaw: its type and where, never its message."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "ethics_scrutiny" in f.filename.replace("\\", "/")]
    where = ""
    if ours or frames:
        frame = (ours or frames)[-1]
        where = f" in {Path(frame.filename).name} at line {frame.lineno}"
    return (
        f"The command stopped on an unexpected {type(exc).__name__}{where}; anything not "
        "reported as saved was not saved, so please report this line to support."
    )
