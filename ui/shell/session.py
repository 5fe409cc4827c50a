"""A session marker in the data folder: the next start knows if this one ended abnormally.

The marker is written when the window opens and removed when it closes normally; one left
behind means the app was killed, crashed natively or lost power. Only times, versions and
process numbers go in the marker and the log, never anything the officer typed.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ethics_scrutiny import __version__
from ethics_scrutiny.safe_logs import make_private

MARKER_NAME = "session-open"

log = logging.getLogger("ethics_scrutiny.ui.session")


@dataclass(frozen=True)
class Session:
    data_dir: Path
    started: datetime  # UTC
    previous_unclean: bool  # the session before this one did not close normally

    @property
    def marker(self) -> Path:
        return self.data_dir / MARKER_NAME


def begin(data_dir: Path) -> Session:
    """Note this session's start; say in the log whether the one before ended normally."""
    marker = data_dir / MARKER_NAME
    left = _read(marker)
    unclean = left is not None
    if unclean:
        log.warning("The previous session (started %s) did not close normally", left or "?")
    started = datetime.now(UTC)
    try:
        _write(marker, f"{started.isoformat(timespec='seconds')} pid {os.getpid()}\n")
    except OSError as exc:
        # Not worth stopping the officer for: only the next start's notice is lost.
        log.warning("Could not write the session marker: [Errno %s]", exc.errno)
    log.info("Session started: Ethics Scrutiny %s, process %s", __version__, os.getpid())
    return Session(data_dir, started, unclean)


def end(session: Session) -> None:
    """The window closed normally: remove the marker and log how long the session was."""
    minutes = (datetime.now(UTC) - session.started).total_seconds() / 60
    session.marker.unlink(missing_ok=True)
    log.info("Session ended normally after %.0f minutes", minutes)


def _read(marker: Path) -> str | None:
    """The marker's start time if one was left, "" if unreadable, ``None`` if none."""
    try:
        return marker.read_text(encoding="utf-8").split(" ", 1)[0].strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return ""


def _write(marker: Path, text: str) -> None:
    marker.write_text(text, encoding="utf-8")
    make_private(marker)
