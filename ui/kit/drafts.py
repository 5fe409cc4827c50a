"""Unsaved note text kept in a small owner-only file, so a crash mid-sentence loses nothing.

The checklist writes the note being typed here within a tenth of a second (the record's own
save waits for a pause in typing) and removes it once the record holds it. What is left after
an abnormal exit is offered back at the next start: the shell calls ``pending(data_dir)``
and, if the officer agrees, hands the drafts to the checklist's ``restore_drafts``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from .i18n import arg, translate

DRAFTS_FILE = "note-drafts.json"
_FORMAT = 1
OWNER_ONLY = 0o600


@dataclass(frozen=True)
class Draft:
    """One question's note as typed, not yet in the record."""

    scrutiny_id: int
    question_key: str
    note: str
    sensitive: bool
    written_at: str  # ISO 8601 in UTC


def draft_now(scrutiny_id: int, question_key: str, note: str, sensitive: bool) -> Draft:
    """A draft stamped with the current time in UTC."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    return Draft(scrutiny_id, question_key, note, sensitive, stamp)


def drafts_path(data_dir: Path) -> Path:
    return data_dir / DRAFTS_FILE


def pending(data_dir: Path) -> list[Draft]:
    """Drafts left by a session that did not save them; an unreadable file counts as none."""
    path = drafts_path(data_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return [_draft(item) for item in raw["drafts"]]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError):
        # Half-written by a crash, or edited by hand: nothing here can be trusted as a note.
        return []


def write(data_dir: Path, drafts: Sequence[Draft]) -> None:
    """Replace the kept drafts with ``drafts`` (none: the file goes)."""
    path = drafts_path(data_dir)
    if not drafts:
        discard(data_dir)
        return
    payload = {"format": _FORMAT, "drafts": [asdict(d) for d in drafts]}
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    # Created owner-only, before any text is in it: notes can be sensitive.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(temporary, flags, OWNER_ONLY), "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False)
    # A rename is atomic: a crash leaves the old drafts or the new, never half of one.
    os.replace(temporary, path)


def discard(data_dir: Path) -> None:
    """Forget every kept draft (all saved, or the officer declined them)."""
    drafts_path(data_dir).unlink(missing_ok=True)


def offer(parent: QWidget | None, data_dir: Path, restore: Callable[[list[Draft]], None]) -> None:
    """Offer kept drafts back (at start, after an abnormal exit); declined ones are forgotten.

    ``restore`` puts them back where they were typed (the checklist's ``restore_drafts``),
    from where they are saved as any note is.
    """
    kept = pending(data_dir)
    if not kept:
        return
    if ask_restore(parent, kept):
        restore(kept)
    else:
        discard(data_dir)


def ask_restore(parent: QWidget | None, kept: Sequence[Draft]) -> bool:
    """Whether to put the kept notes back; True means restore them."""
    keys = ", ".join(sorted({d.question_key for d in kept}))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("drafts", "Unsaved notes kept"),
        arg(
            translate(
                "drafts",
                "Ethics Scrutiny closed before it could save what was typed in the notes on "
                "%1. The text was kept.\n\nPut it back into the checklist, where it is then "
                "saved as usual?",
            ),
            keys,
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    restore = box.addButton(
        translate("drafts", "&Restore the notes"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("drafts", "&Discard them"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def _draft(item: object) -> Draft:
    if not isinstance(item, dict):
        raise TypeError("a draft is an object")
    return Draft(
        scrutiny_id=int(item["scrutiny_id"]),
        question_key=str(item["question_key"]),
        note=str(item["note"]),
        sensitive=bool(item["sensitive"]),
        written_at=str(item["written_at"]),
    )
