"""The evidence register: documents and statements from the force, files kept by SHA-256."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ethics_scrutiny.domain.errors import AlreadyRecordedError, InvalidInputError, NotFoundError
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scrutiny import EvidenceData, EvidenceInput
from ethics_scrutiny.i18n import N_, _
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.evidence_files import (
    EvidenceFileStore,
    StoredFile,
    StoredFileProblemError,
)
from ethics_scrutiny.storage.models import Evidence, EvidenceLink, Scrutiny, utc_now
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import edit_versions, mapping
from .validation import clean_text


class EvidenceService:
    """Adds, edits and lists evidence; adding one is an ``evidence_added`` record entry."""

    def __init__(self, database: Database, store: EvidenceFileStore) -> None:
        self._database = database
        self._store = store

    @property
    def store(self) -> EvidenceFileStore:
        return self._store

    def add(
        self, scrutiny_id: int, new: EvidenceInput, *, request_key: str | None = None
    ) -> EvidenceData:
        """Register an item; a ``file_path`` is kept in the record's store under its hash.

        A retry with the same ``request_key`` (after a connection lost while saving) returns
        the item already registered instead of adding it twice.
        """
        fields = _validated(new)
        # Kept (and committed, on a server) before the row that names it: the store is
        # content-addressed, so a file left by a failed save is harmless and a retry reuses it,
        # while a saved row always finds its file.
        stored = self._store.add(Path(new.file_path)) if new.file_path else None
        try:
            return self._add(scrutiny_id, new, fields, stored, request_key)
        except AlreadyRecordedError as exc:
            with unit_of_work(self._database) as session:
                entry = record_chain.get_entry(session, exc.sequence)
                assert entry is not None  # the record is append-only
                return mapping.evidence(_get(session, json.loads(entry.payload)["evidence_id"]))

    def _add(
        self,
        scrutiny_id: int,
        new: EvidenceInput,
        fields: dict[str, Any],
        stored: StoredFile | None,
        request_key: str | None,
    ) -> EvidenceData:
        with unit_of_work(self._database) as session:
            if request_key is not None:
                record_chain.refuse_repeat(session, request_key)
            scrutiny = repositories.get_scrutiny(session, scrutiny_id)
            keys = _checked_keys(scrutiny, new.question_keys)
            row = Evidence(scrutiny_id=scrutiny_id, **fields)
            if stored is not None:
                row.file_sha256, row.file_size, row.file_name = _file_fields(stored)
            row.links = [EvidenceLink(question_key=k) for k in keys]
            session.add(row)
            session.flush()
            record_chain.append(
                session,
                RecordKind.EVIDENCE_ADDED,
                _added_payload(row, keys),
                scrutiny_id,
                request_key=request_key,
            )
            # Not ``scrutiny.updated_at = …``: that ORM update carries the scrutiny's version
            # check, and adding evidence while someone moves the stage is no conflict.
            edit_versions.touch(session, scrutiny_id)
            return mapping.evidence(row)

    def update(
        self, evidence_id: int, changed: EvidenceInput, *, expected_version: int | None = None
    ) -> EvidenceData:
        """Change the item's details and links; its kept file (if any) never changes.

        ``expected_version`` is the item's ``version`` the officer saw; if someone else
        changed it since, ConcurrentEditError is raised and nothing is saved.
        """
        fields = _validated(changed)
        with (
            edit_versions.refused_if_overtaken(lambda: self._changed_at(evidence_id)),
            unit_of_work(self._database) as session,
        ):
            row = _get_current(session, evidence_id, expected_version)
            scrutiny = repositories.get_scrutiny(session, row.scrutiny_id)
            keys = _checked_keys(scrutiny, changed.question_keys)
            for name, value in fields.items():
                setattr(row, name, value)
            _replace_links(row, keys)
            row.updated_at = utc_now()
            session.flush()
            edit_versions.touch(session, row.scrutiny_id)
            return mapping.evidence(row)

    def link(
        self,
        evidence_id: int,
        question_keys: tuple[str, ...] | list[str],
        *,
        expected_version: int | None = None,
    ) -> EvidenceData:
        """Set the questions the item bears on (replacing the earlier links)."""
        with (
            edit_versions.refused_if_overtaken(lambda: self._changed_at(evidence_id)),
            unit_of_work(self._database) as session,
        ):
            row = _get_current(session, evidence_id, expected_version)
            scrutiny = repositories.get_scrutiny(session, row.scrutiny_id)
            _replace_links(row, _checked_keys(scrutiny, tuple(question_keys)))
            row.updated_at = utc_now()
            session.flush()
            return mapping.evidence(row)

    def withdraw(
        self, evidence_id: int, reason: str, *, expected_version: int | None = None
    ) -> EvidenceData:
        """Withdraw an item with the reason: it stays in the record (and its file), marked.

        Evidence is never deleted, so what a decision relied on can always be shown.
        """
        text = clean_text(reason, N_("reason for withdrawing the evidence"), max_length=20_000)
        with (
            edit_versions.refused_if_overtaken(lambda: self._changed_at(evidence_id)),
            unit_of_work(self._database) as session,
        ):
            row = _get_current(session, evidence_id, expected_version)
            if row.withdrawn_reason:
                raise InvalidInputError(
                    _("That evidence item is already withdrawn; nothing was changed.")
                )
            row.withdrawn_reason, row.withdrawn_at = text, utc_now()
            row.updated_at = row.withdrawn_at
            session.flush()
            payload = {"evidence_uuid": row.uuid, "reason": text}
            record_chain.append(session, RecordKind.EVIDENCE_WITHDRAWN, payload, row.scrutiny_id)
            edit_versions.touch(session, row.scrutiny_id)
            return mapping.evidence(row)

    def _changed_at(self, evidence_id: int) -> tuple[str, datetime | None]:
        with unit_of_work(self._database) as session:
            row = _get(session, evidence_id)
            return _subject(row), row.updated_at

    def list(self, scrutiny_id: int) -> list[EvidenceData]:
        with unit_of_work(self._database) as session:
            scrutiny = repositories.get_scrutiny(session, scrutiny_id)
            return [mapping.evidence(row) for row in scrutiny.evidence]

    def get(self, evidence_id: int) -> EvidenceData:
        with unit_of_work(self._database) as session:
            return mapping.evidence(_get(session, evidence_id))

    def file_path(self, evidence_id: int) -> Path:
        """A read-only copy of the item's file, under its original name, for opening.

        The kept file is checked against its hash first; opening the copy can never change
        the kept file. On a shared server the copy is fetched into this computer's data folder.
        """
        item = self._with_file(evidence_id)
        return self._checked(item, lambda sha: self._store.viewing_copy(sha, item.file_name))

    def kept_file(self, evidence_id: int) -> Path:
        """Where the kept copy of the item's file is, after checking it still matches its hash.

        On a shared server, where the file is kept in the record itself, this is the checked
        read-only copy ``file_path`` gives.
        """
        item = self._with_file(evidence_id)
        return self._checked(item, lambda sha: self._store.kept_file(sha, item.file_name))

    def _with_file(self, evidence_id: int) -> EvidenceData:
        item = self.get(evidence_id)
        if item.file_sha256 is None:
            raise NotFoundError(
                _("Evidence item {evidence_id} ({title}) has no file attached.").format(
                    evidence_id=evidence_id, title=item.title
                )
            )
        if item.file_not_supplied:
            raise NotFoundError(
                _(
                    "The file of evidence item {evidence_id} ({title}) was not supplied by the "
                    "office that sent the bundle; ask them for a bundle exported with its files."
                ).format(evidence_id=evidence_id, title=item.title)
            )
        return item

    def _checked(self, item: EvidenceData, locate: Callable[[str], Path]) -> Path:
        try:
            return locate(item.file_sha256 or "")
        except StoredFileProblemError as exc:
            raise NotFoundError(
                _("Evidence item {id} ({title}): {problem}. {repair_hint}").format(
                    id=item.id,
                    title=item.title,
                    problem=exc.problem,
                    repair_hint=self._store.repair_hint,
                )
            ) from None
        except OSError as exc:
            raise NotFoundError(
                _("A copy of {file_name} could not be made for opening ({strerror}).").format(
                    file_name=item.file_name, strerror=exc.strerror
                )
            ) from None


def _get(session: Session, evidence_id: int) -> Evidence:
    row = session.get(Evidence, evidence_id)
    if row is None:
        raise NotFoundError(
            _("There is no evidence item with ID {evidence_id}.").format(evidence_id=evidence_id)
        )
    return row


def _get_current(session: Session, evidence_id: int, expected_version: int | None) -> Evidence:
    """The item, refusing the edit if it is no longer the version the officer saw."""
    row = _get(session, evidence_id)
    edit_versions.require_version(expected_version, row.version, _subject(row), row.updated_at)
    return row


def _subject(row: Evidence) -> str:
    return f"the evidence item “{row.title}”"


def _validated(item: EvidenceInput) -> dict[str, Any]:
    if item.document_date and item.received_on and item.received_on < item.document_date:
        raise InvalidInputError(_("The date received cannot be before the document's own date."))
    return {
        "title": clean_text(item.title, N_("evidence title"), max_length=300),
        "kind": item.kind.value,
        "reference": clean_text(item.reference, N_("reference"), max_length=200, required=False),
        "description": clean_text(
            item.description, N_("description"), max_length=10_000, required=False
        ),
        "document_date": item.document_date,
        "received_on": item.received_on,
        "sensitive": bool(item.sensitive),
    }


def _file_fields(stored: StoredFile) -> tuple[str, int, str]:
    name = clean_text(stored.name, N_("file name"), max_length=255, required=False)
    return stored.sha256, stored.size, name


def _checked_keys(scrutiny: Scrutiny, keys: tuple[str, ...]) -> list[str]:
    known = {
        question["key"]
        for link in scrutiny.templates
        for theme in json.loads(link.snapshot.body)["themes"]
        for question in theme["questions"]
    }
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise NotFoundError(
            _("Scrutiny {id} has no question {keys}.").format(
                id=scrutiny.id, keys=", ".join(unknown)
            )
        )
    return sorted(set(keys))


def _replace_links(row: Evidence, keys: list[str]) -> None:
    current = {link.question_key: link for link in row.links}
    row.links = [current.get(k) or EvidenceLink(question_key=k) for k in keys]


def _added_payload(row: Evidence, keys: list[str]) -> dict[str, Any]:
    """What the record keeps: the file's hash always; sensitive titles only by digest."""
    payload: dict[str, Any] = {
        "evidence_id": row.id,
        "kind": row.kind,
        "sensitive": row.sensitive,
        "question_keys": keys,
        "file_sha256": row.file_sha256,
        "file_size": row.file_size,
    }
    if row.sensitive:
        text = "\n".join((row.title, row.reference, row.file_name))
        payload["details_sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    else:
        payload.update(title=row.title, reference=row.reference, file_name=row.file_name)
    return payload
