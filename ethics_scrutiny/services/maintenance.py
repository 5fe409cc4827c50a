"""Record-wide use cases: verify the chain and evidence files, back up, restore, correct."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_scrutiny.domain.errors import DatabaseError, InvalidInputError, NotFoundError
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scrutiny import RecordHead, VerifyResult
from ethics_scrutiny.i18n import N_, _, ngettext
from ethics_scrutiny.storage import (
    backups,
    record_chain,
    record_state,
    repositories,
    server,
    sqlite_file,
    state_check,
)
from ethics_scrutiny.storage import office as office_rows
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.evidence_files import EvidenceFileStore
from ethics_scrutiny.storage.models import Evidence, RecordEntry, Scrutiny

# Re-exported: the command line names differences without reaching into storage.
from ethics_scrutiny.storage.state_check import StateDifference as StateDifference
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import mapping, record_checks
from .decisions import responses_digest
from .output_paths import check_output_for
from .record_checks import ScrutinyCheck
from .validation import clean_text

HEX_DIGITS = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class EvidenceProblem:
    """An attached file that no longer matches the record."""

    evidence_id: int
    evidence_title: str
    scrutiny_id: int
    scrutiny_title: str
    file_sha256: str
    problem: str

    @property
    def message(self) -> str:
        return (
            f"Evidence item {self.evidence_id} ({self.evidence_title}) of scrutiny "
            f"{self.scrutiny_id} ({self.scrutiny_title}): {self.problem}."
        )


@dataclass(frozen=True)
class EvidenceCheck:
    checked: int
    problems: tuple[EvidenceProblem, ...] = ()
    # Named by a bundle whose sending office did not include them: never here to check.
    not_supplied: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RecordEntryData:
    """One record entry as read back, with the later entries that correct it."""

    sequence: int
    kind: str
    created_at: datetime
    scrutiny_id: int | None
    payload: dict[str, Any]
    entry_hash: str
    corrected_by: tuple[int, ...] = ()
    # On a shared server, the database login that appended it (None in a local file).
    recorded_by: str | None = None


@dataclass(frozen=True)
class DecisionDrift:
    """Whether the answers still match what a decision was based on, and which changed since."""

    sequence: int
    matches: bool
    changed_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class BackupData:
    path: Path
    kind: str
    size: int
    modified: datetime


class MaintenanceService:
    """Verification, corrections, backups and restores of the whole record."""

    def __init__(self, database: Database, evidence_store: EvidenceFileStore | None = None) -> None:
        self._database = database
        self._store = evidence_store

    def head(self) -> RecordHead:
        with unit_of_work(self._database) as session:
            return record_chain.head(session)

    def verify(self, expected_head: str | None = None) -> VerifyResult:
        """Check the chain (and that it extends ``expected_head``), then every evidence file."""
        if expected_head is not None:
            expected_head = expected_head.strip().lower()
            if len(expected_head) != 64 or not set(expected_head) <= HEX_DIGITS:
                raise InvalidInputError(
                    _("A head hash is 64 hexadecimal characters, as printed on a report's summary.")
                )
            anchored = self._merged_anchor(expected_head)
            if anchored is not None:
                return _merged_head(self.verify(), anchored)
        with unit_of_work(self._database) as session:
            result = record_chain.verify(session, expected_head)
            if not result.ok:
                return result
            altered = repositories.altered_snapshots(session)
            if altered:
                message = f"{result.message} But {altered[0][0].lower()}{altered[0][1:]}"
                return VerifyResult(False, result.entries, result.head_hash, message)
            differences = state_check.differences(session)
            office_problems = office_rows.differences(session)
        if office_problems:
            # The profile names the office on every report: it is proven like the rest.
            problems = " ".join(office_problems)
            message = f"{result.message} But the office profile fails: {problems}"
            return VerifyResult(False, result.entries, result.head_hash, message)
        evidence = self.check_evidence()
        if evidence.ok and not differences:
            if evidence.checked:
                message = f"{result.message} {_files_sentence(evidence)}"
                return VerifyResult(True, result.entries, result.head_hash, message)
            return result
        return VerifyResult(
            False,
            result.entries,
            result.head_hash,
            record_checks.failed_message(result, differences, evidence.problems),
        )

    def _merged_anchor(self, head: str) -> int | None:
        """The entry anchoring ``head`` as a merged archive's head (not in this chain), if any."""
        with unit_of_work(self._database) as session:
            if record_chain.table_missing(session):
                return None
            query = select(RecordEntry.sequence).where(RecordEntry.entry_hash == head)
            in_chain = session.scalar(query)
            return None if in_chain is not None else office_rows.merged_anchor(session, head)

    def state_differences(self) -> list[StateDifference]:
        """Every item whose current value is not the one the record's entries prove."""
        with unit_of_work(self._database) as session:
            if record_chain.table_missing(session):
                return []
            return state_check.differences(session)

    def check_scrutiny(self, scrutiny_id: int) -> ScrutinyCheck:
        """One scrutiny's entries and current state, checked before an export.

        Fast: only that scrutiny's entries are read (each one's hashes and its link to the
        entry stored before it), not the whole chain. Each evidence row's file hash and size
        are part of its state; the kept files' contents are hashed by ``verify`` only (every
        export would otherwise read every file again).
        """
        with unit_of_work(self._database) as session:
            repositories.get_scrutiny(session, scrutiny_id)
            problem, differences = record_checks.chain_and_state(session, scrutiny_id)
        if problem is not None:
            return ScrutinyCheck(scrutiny_id, (problem,))
        return ScrutinyCheck(scrutiny_id, tuple(d.message for d in differences))

    def check_evidence(self) -> EvidenceCheck:
        """Every attached file is present, unchanged, and the one (and size) its entry names.

        On a server the kept blobs are hashed by the server, so no file travels to check it.
        """
        with unit_of_work(self._database) as session:
            rows = session.execute(
                select(Evidence, Scrutiny.title)
                .join(Scrutiny, Scrutiny.id == Evidence.scrutiny_id)
                .where(Evidence.file_sha256.is_not(None))
                .order_by(Evidence.id)
            ).all()
            recorded = _recorded_file_hashes(session)
        kept = self._kept_problems([row for row, _title in rows])
        problems = []
        for row, scrutiny_title in rows:
            problem = _file_problem(row, recorded.get(row.id), kept)
            if problem is not None:
                problems.append(
                    EvidenceProblem(
                        row.id, row.title, row.scrutiny_id, scrutiny_title,
                        row.file_sha256 or "", problem,
                    )
                )  # fmt: skip
        not_supplied = sum(1 for row, _title in rows if row.file_not_supplied)
        return EvidenceCheck(len(rows), tuple(problems), not_supplied)

    def _kept_problems(self, rows: list[Evidence]) -> dict[str, str]:
        if self._store is None:
            return {}
        return self._store.problems(row.file_sha256 or "" for row in rows)

    def entries(self, scrutiny_id: int | None = None) -> list[RecordEntryData]:
        """Record entries in order (all, or one scrutiny's), each with its corrections."""
        with unit_of_work(self._database) as session:
            rows = record_chain.all_entries(session, scrutiny_id)
            corrections = _corrections(session)
        return [_entry_data(row, corrections.get(row.sequence, ())) for row in rows]

    def decision_drift(self, scrutiny_id: int) -> list[DecisionDrift]:
        """For each decision, whether today's answers still hash to its ``responses_sha256``.

        ``changed_keys`` are the questions whose status or rating is not what it was when the
        decision was made, by the states the entries carry and the answers in the table now (so
        an answer changed outside the app is named too), and those with ``response_changed``
        entries after it. A note edit alone shows only as a digest mismatch.
        """
        with unit_of_work(self._database) as session:
            row = repositories.get_scrutiny(session, scrutiny_id)
            current = responses_digest(mapping.detail(row, []).responses.values())
            entries = record_chain.all_entries(session, scrutiny_id)
            now = record_state.current_states(session, [scrutiny_id]).get(scrutiny_id, {})
        parsed = [(e, json.loads(e.payload)) for e in entries]
        drift = []
        for entry, payload in parsed:
            if entry.kind != RecordKind.DECISION:
                continue
            later = {
                str(p.get("question_key"))
                for e, p in parsed
                if e.kind == RecordKind.RESPONSE_CHANGED and e.sequence > entry.sequence
            }
            then = record_state.replay(
                (e.kind, p) for e, p in parsed if e.sequence <= entry.sequence
            )
            if then:
                later |= _answers_differing(then, now)
            recorded = payload.get("responses_sha256")
            drift.append(DecisionDrift(entry.sequence, recorded == current, tuple(sorted(later))))
        return drift

    def correct(self, sequence: int, reason: str) -> RecordEntryData:
        """Append a ``correction`` entry citing entry ``sequence``; the entry itself stays."""
        text = clean_text(reason, N_("reason for the correction"), max_length=10_000)
        with unit_of_work(self._database) as session:
            cited = record_chain.get_entry(session, sequence)
            if cited is None:
                raise NotFoundError(
                    _("The record has no entry {sequence}.").format(sequence=sequence)
                )
            payload = {
                "corrects": sequence,
                "corrected_kind": cited.kind,
                "corrected_entry_hash": cited.entry_hash,
                "reason": text,
            }
            entry = record_chain.append(session, RecordKind.CORRECTION, payload, cited.scrutiny_id)
            return _entry_data(entry, ())

    def backup(self, destination: Path | None = None) -> Path:
        """Copy the record with SQLite's backup API (never a file copy) and check the copy."""
        source = self._sqlite_path("back it up")
        if destination is None:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            destination = self._database.backups_dir / f"ethics-scrutiny-{stamp}.db"
        else:
            check_output_for(self._database, destination)
        try:
            return sqlite_file.backup_file(source, destination)
        except OSError as exc:
            raise DatabaseError(
                _(
                    "The backup could not be written to {destination} ({reason}). Choose a folder "
                    "you can write to."
                ).format(destination=destination, reason=exc.strerror)
            ) from None

    def backups(self) -> list[BackupData]:
        """The backups in the record's backups folder, newest first."""
        return [
            BackupData(b.path, b.kind, b.size, b.modified)
            for b in backups.list_backups(self._database.backups_dir)
        ]

    def restore(self, backup: Path) -> Path:
        """Replace the record with a checked backup; the current state is saved first.

        Returns the path of the copy of the state before the restore.
        """
        self._sqlite_path("restore it")
        record_checks.refuse_unverified_backup(backup)
        try:
            return self._database.restore(backup)
        except OSError as exc:
            raise DatabaseError(
                _(
                    "The restore could not be completed ({reason}). The record was saved in "
                    "{backups_dir} first."
                ).format(reason=exc.strerror, backups_dir=self._database.backups_dir)
            ) from None

    def server_tools_advice(self, doing: str) -> str | None:
        """On a server record, what to use instead of the app's own backup or restore."""
        return server.tools_advice(doing) if self._database.sqlite_path is None else None

    def _sqlite_path(self, doing: str) -> Path:
        source = self._database.sqlite_path
        if source is None:
            raise DatabaseError(server.tools_advice(doing))
        return source


def _answers_differing(then: dict[str, Any], now: dict[str, Any]) -> set[str]:
    """Questions whose status or rating differs (a note edit shows only as a digest mismatch)."""

    def finding(state: Any) -> tuple[Any, Any]:
        return (state.get("status"), state.get("rating")) if state else (None, None)

    answers = {i for i in (*then, *now) if i.startswith("response.")}
    return {
        i.removeprefix("response.") for i in answers if finding(then.get(i)) != finding(now.get(i))
    }


def _file_problem(
    row: Evidence, recorded: tuple[int, str, object] | None, kept: dict[str, str]
) -> str | None:
    """The row still names the file and size its record entry listed, and that file is kept."""
    sha = row.file_sha256 or ""
    if recorded is not None and recorded[1] != sha:
        return (
            f"its file hash has been changed since record entry {recorded[0]} listed it "
            f"({recorded[1][:16]}…)"
        )
    if recorded is not None and recorded[2] is not None and recorded[2] != row.file_size:
        return (
            f"its file size has been changed since record entry {recorded[0]} listed it "
            f"({recorded[2]} bytes)"
        )
    return None if row.file_not_supplied else kept.get(sha)


def _merged_head(result: VerifyResult, anchored: int) -> VerifyResult:
    """What a merged record proves about its predecessor's head: the archive it was checked in."""
    if not result.ok:
        return result
    message = _(
        "{message} The head you gave is the head of the archive that entry {sequence} merged "
        "into this record: the archive was checked whole when it was imported. The "
        "predecessor's earlier heads are not in this record; to check one, import the archive "
        "into a new, empty data folder and verify that head there."
    ).format(message=result.message, sequence=anchored)
    return VerifyResult(True, result.entries, result.head_hash, message)


def _files_sentence(evidence: EvidenceCheck) -> str:
    kept = evidence.checked - evidence.not_supplied
    found = (
        ngettext("The attached file matches.", "All {n} attached files match.", kept).format(n=kept)
        if kept
        else ""
    )
    if evidence.not_supplied:
        found += " " + ngettext(
            "{n} file was not supplied by the sending office of a bundle, so there is nothing "
            "here to check.",
            "{n} files were not supplied by the sending office of a bundle, so there is nothing "
            "here to check.",
            evidence.not_supplied,
        ).format(n=evidence.not_supplied)
    return found.strip()


def _recorded_file_hashes(session: Session) -> dict[int, tuple[int, str, object]]:
    """evidence ID -> (entry sequence, file hash, file size) as the record last listed them.

    From ``evidence_added`` entries, and from the item states other entries carry (an imported
    item has no ``evidence_added`` entry of its own, only its state in the import's entry).
    """
    found: dict[int, tuple[int, str, object]] = {}
    if record_chain.table_missing(session):
        return found  # verify says so; the files are still checked against their names
    query = (
        select(RecordEntry.sequence, RecordEntry.kind, RecordEntry.payload)
        .where(
            (RecordEntry.kind == RecordKind.EVIDENCE_ADDED)
            | RecordEntry.payload.contains('"file_sha256":')
        )
        .order_by(RecordEntry.sequence)
    )
    for sequence, kind, text in session.execute(query):
        payload = json.loads(text)
        if kind == RecordKind.EVIDENCE_ADDED:
            _note_file(found, sequence, payload)
        for item, state in (payload.get("state") or {}).items():
            if item.startswith("evidence.") and isinstance(state, dict):
                _note_file(found, sequence, {**state, "evidence_id": state.get("id")})
    return found


def _note_file(
    found: dict[int, tuple[int, str, object]], sequence: int, payload: dict[str, Any]
) -> None:
    evidence_id, sha = payload.get("evidence_id"), payload.get("file_sha256")
    if isinstance(evidence_id, int) and isinstance(sha, str):
        found[evidence_id] = (sequence, sha, payload.get("file_size"))


def _corrections(session: Session) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {}
    rows = session.execute(
        select(RecordEntry.sequence, RecordEntry.payload)
        .where(RecordEntry.kind == RecordKind.CORRECTION)
        .order_by(RecordEntry.sequence)
    ).all()
    for sequence, text in rows:
        cited = json.loads(text).get("corrects")
        if isinstance(cited, int):
            found.setdefault(cited, []).append(sequence)
    return {k: tuple(v) for k, v in found.items()}


def _entry_data(row: RecordEntry, corrected_by: tuple[int, ...]) -> RecordEntryData:
    return RecordEntryData(
        sequence=row.sequence,
        kind=row.kind,
        created_at=datetime.fromisoformat(row.created_at),
        scrutiny_id=row.scrutiny_id,
        payload=json.loads(row.payload),
        entry_hash=row.entry_hash,
        corrected_by=corrected_by,
        recorded_by=row.recorded_by,
    )
