"""Who the office is: its profile, its logo, and taking the old demonstration out of lists."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from ethics_scrutiny.domain.errors import InvalidInputError, NotFoundError
from ethics_scrutiny.domain.office import OfficeProfile
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.storage import office as office_rows
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.evidence_files import EvidenceFileStore
from ethics_scrutiny.storage.models import Scrutiny
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from .demo import DEMO_TITLE
from .local_officer import read_officer, write_officer

# A cover logo is small; a larger file is almost certainly the wrong one.
MAX_LOGO_BYTES = 2 * 1024 * 1024
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class OfficeService:
    """Reads and sets the office profile; every change is a record entry.

    The officer is this computer's, not the record's: with ``data_dir`` given it is kept in a
    file there (see :mod:`.local_officer`), and the record's profile holds no officer's name.
    """

    def __init__(
        self, database: Database, store: EvidenceFileStore, data_dir: Path | None = None
    ) -> None:
        self._database = database
        self._store = store
        self._data_dir = data_dir

    def profile(self) -> OfficeProfile | None:
        """The profile, or ``None`` while the office has not set one (the first run)."""
        with unit_of_work(self._database) as session:
            shared = office_rows.profile(session)
        if shared is None or self._data_dir is None:
            return shared
        return replace(shared, officer=read_officer(self._data_dir))

    def officer(self) -> str:
        """The officer using this computer, or "" if none is set."""
        current = self.profile()
        return current.officer if current else ""

    def set(self, new: OfficeProfile, logo: Path | None = None) -> OfficeProfile:
        """Check and save ``new`` (with ``logo`` copied into the record, if given).

        Raises:
            InvalidInputError: a field is empty or too long, or the logo is not a PNG or SVG.
        """
        checked = new.checked()
        if logo is not None:
            kind = logo_kind(logo)
            stored = self._store.add(logo)
            checked = replace(checked, logo_sha256=stored.sha256, logo_name=f"logo.{kind}")
        shared = checked
        if self._data_dir is not None:
            write_officer(self._data_dir, checked.officer)
            # Every laptop shares the record's profile; the officer's name stays on this one.
            shared = replace(checked, officer="")
        with unit_of_work(self._database) as session:
            office_rows.save(session, shared)
        return checked

    def logo_bytes(self) -> tuple[str, bytes] | None:
        """The logo's kind ("png" or "svg") and bytes, or ``None`` if there is none."""
        current = self.profile()
        if current is None or current.logo_sha256 is None:
            return None
        data = self._store.read_bytes(current.logo_sha256)
        return None if data is None else (current.logo_name.rsplit(".", 1)[-1], data)

    def remove_demo(self) -> int:
        """Withdraw the demonstration scrutiny an older version wrote here; returns its ID.

        Its entries stay (the record is append-only); a ``scrutiny_withdrawn`` entry takes it
        out of lists and reports.

        Raises:
            NotFoundError: the record holds no demonstration still listed.
        """
        with unit_of_work(self._database) as session:
            withdrawn = office_rows.withdrawn_ids(session)
            query = select(Scrutiny.id).where(Scrutiny.title == DEMO_TITLE).order_by(Scrutiny.id)
            found = [sid for sid in session.scalars(query) if sid not in withdrawn]
            if not found:
                raise NotFoundError(
                    "This record holds no demonstration scrutiny to remove; nothing was changed."
                )
            for scrutiny_id in found:
                payload = {"reason": "The demonstration scrutiny is not part of the office's work."}
                record_chain.append(session, RecordKind.SCRUTINY_WITHDRAWN, payload, scrutiny_id)
            return found[0]


def logo_kind(path: Path) -> str:
    """``png`` or ``svg`` for a logo file that is one, else a refusal in one sentence."""
    try:
        size = path.stat().st_size
        head = path.read_bytes()[:4096] if size <= MAX_LOGO_BYTES else b""
    except OSError:
        raise InvalidInputError(
            f"The logo file {path.name} cannot be read; choose a PNG or SVG file you can open."
        ) from None
    if size > MAX_LOGO_BYTES:
        raise InvalidInputError(
            f"The logo file {path.name} is larger than 2 MB; choose a smaller PNG or SVG file."
        )
    if head.startswith(_PNG_SIGNATURE):
        return "png"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<svg", b"<?xml")) and b"<svg" in text:
        return "svg"
    raise InvalidInputError(
        f"The logo file {path.name} is not a PNG or SVG image; choose a PNG or SVG file."
    )
