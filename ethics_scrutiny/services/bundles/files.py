"""Evidence files a bundle brought or left out: what is kept here, and marking what is not.

A bundle exported without its files still names each file by SHA-256. Such an item is marked
"file not supplied by the sending office" so verify does not count the file as lost; a later
bundle carrying a file with that SHA-256 (checked when the bundle is read) clears the mark.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_scrutiny.i18n import ngettext
from ethics_scrutiny.storage.models import Evidence

from .schema import Bundle

UNSIGNED_NOTE = (
    "This bundle is not signed: its checksum shows damage, not who made it; import only "
    "bundles you received from a known office."
)


class KeptFiles(Protocol):
    def problems(self, hashes: Iterable[str]) -> dict[str, str]: ...


def held_files(store: KeptFiles | None, bundle: Bundle) -> frozenset[str]:
    """The bundle's file hashes whose files this record keeps (read before any transaction)."""
    hashes = {e.file_sha256 for e in bundle.evidence if e.file_sha256}
    if store is None or not hashes:
        return frozenset()
    problems = store.problems(hashes)
    return frozenset(h for h in hashes if h not in problems)


def files_before(session: Session, scrutiny_id: int | None) -> dict[str, str | None]:
    """Each evidence item's file hash as the record holds it before the import, by UUID."""
    if scrutiny_id is None:
        return {}
    rows = session.execute(
        select(Evidence.uuid, Evidence.file_sha256).where(Evidence.scrutiny_id == scrutiny_id)
    )
    return {uuid: sha for uuid, sha in rows}


def mark_files(
    session: Session, scrutiny_id: int, before: dict[str, str | None], held: frozenset[str]
) -> tuple[int, int]:
    """Mark the scrutiny's evidence whose file never arrived; (not supplied, newly supplied).

    Only an item the import added, or whose file it changed, can become "not supplied": a
    file attached here and since lost stays a problem for verify to report.
    """
    rows = session.scalars(select(Evidence).where(Evidence.scrutiny_id == scrutiny_id))
    missing = supplied = 0
    for row in rows:
        sha = row.file_sha256
        if sha is None or sha in held:
            flag = False
        elif row.uuid not in before or before[row.uuid] != sha:
            flag = True
        else:
            flag = row.file_not_supplied
        if row.file_not_supplied and not flag:
            supplied += 1
        if flag != row.file_not_supplied:
            row.file_not_supplied = flag
        missing += flag
    session.flush()
    return missing, supplied


def file_notes(missing: int, supplied: int) -> tuple[str, ...]:
    notes = []
    if supplied:
        notes.append(
            ngettext(
                "{n} evidence file the sending office had not supplied before arrived with "
                "this bundle and is now kept.",
                "{n} evidence files the sending office had not supplied before arrived with "
                "this bundle and are now kept.",
                supplied,
            ).format(n=supplied)
        )
    if missing:
        notes.append(
            ngettext(
                "{n} evidence file was not supplied by the sending office; the register shows "
                "which. Ask for a bundle exported with its files to add it.",
                "{n} evidence files were not supplied by the sending office; the register "
                "shows which. Ask for a bundle exported with its files to add them.",
                missing,
            ).format(n=missing)
        )
    return tuple(notes)
