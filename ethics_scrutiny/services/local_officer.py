"""The officer using this computer, kept beside the record's data folder, not in the record.

The office profile lives in the record, so a shared PostgreSQL record has one profile for every
laptop; the officer's name is different on each, so it is kept in a small file in this
computer's data folder that only its owner can read. The command line and the app read the
same file (the app's own settings are Qt's, which the core may not use).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Final

from ethics_scrutiny.domain.errors import InvalidInputError

OFFICER_FILE: Final = "this-computer.json"

log = logging.getLogger(__name__)


def officer_path(data_dir: Path) -> Path:
    return data_dir / OFFICER_FILE


def read_officer(data_dir: Path) -> str:
    """The officer's name on this computer, or "" when none has been set (or the file is lost).

    A damaged file is not worth stopping work for: the name is only a default for "Prepared
    by", and setting it again (Office settings, ``office set --officer``) rewrites the file.
    """
    path = officer_path(data_dir)
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        log.warning("The officer's name in %s cannot be read (%s); it is left unset.", path, exc)
        return ""
    name = loaded.get("officer") if isinstance(loaded, dict) else None
    return name.strip() if isinstance(name, str) else ""


def write_officer(data_dir: Path, name: str) -> None:
    """Keep ``name`` as this computer's officer, in a file only its owner can read.

    Written to a new file that then replaces the old one, so a crash leaves either name whole.

    Raises:
        InvalidInputError: the data folder cannot be written.
    """
    path = officer_path(data_dir)
    partial = path.with_name(f".{OFFICER_FILE}.partial")
    data = json.dumps({"officer": name.strip()}, ensure_ascii=False).encode("utf-8")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except OSError as exc:
        raise InvalidInputError(
            f"The officer's name cannot be saved in {data_dir} ({exc.strerror}); check that the "
            "data folder can be written and try again."
        ) from None
