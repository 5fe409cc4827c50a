"""Verify a backup's record (chain and current state) before it may replace the live one."""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from . import migrate, record_chain, sqlite_file, state_check
from .engine import make_engine

# Enough to say what failed; ``verify`` on the backup itself lists everything.
SHOWN_PROBLEMS = 3


def problems(backup: Path) -> list[str]:
    """What fails verification in ``backup`` (empty when it verifies); the file is not changed.

    The check runs on a private copy, brought to this build's schema first as a restore would
    bring it, so an older backup is checked exactly as it would be once restored.
    """
    with tempfile.TemporaryDirectory(prefix="ethics-scrutiny-check-") as folder:
        copy = sqlite_file.backup_file(backup, Path(folder) / "backup-check.db")
        url = URL.create("sqlite", database=str(copy)).render_as_string(hide_password=False)
        if sqlite_file.revision_of(copy) != migrate.HEAD_REVISION:
            engine = make_engine(url, foreign_keys=False)
            try:
                migrate.upgrade_to_head(engine)
            finally:
                engine.dispose()
        engine = make_engine(url)
        try:
            with Session(engine) as session, session.begin():
                return _found(session)
        finally:
            engine.dispose()


def _found(session: Session) -> list[str]:
    result = record_chain.verify(session)
    if not result.ok:
        return [result.message]
    return [difference.message for difference in state_check.differences(session)]
