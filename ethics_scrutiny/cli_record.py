"""Command-line commands over the whole record: restore, corrections, entries, backups."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when a command runs; building the parser stays light (see cli.py)
    from .services import Services
    from .services.maintenance import EvidenceCheck, RecordEntryData, StateDifference

# Commands that only read: while the app (or another command) holds the record they still run,
# on a read-only view of it, instead of being refused.
READ_ONLY_COMMANDS = frozenset({"list", "show", "verify", "record", "backups"})


def add_commands(commands: Any) -> None:
    restore = commands.add_parser(
        "restore", help="replace the record with a backup (the current state is saved first)"
    )
    restore.add_argument("backup", type=Path, help="the backup file, as 'backups' lists it")
    restore.add_argument("--json", action="store_true")
    correct = commands.add_parser(
        "correct", help="add a correction citing an earlier record entry (nothing is erased)"
    )
    correct.add_argument("sequence", type=int, help="the number of the record entry corrected")
    correct.add_argument("--reason", required=True, help="what was wrong, as the record keeps it")
    correct.add_argument("--json", action="store_true")
    entries = commands.add_parser("record", help="list record entries (all, or one scrutiny's)")
    entries.add_argument(
        "id", type=int, nargs="?", help="only this scrutiny's entries (left out: every entry)"
    )
    entries.add_argument("--json", action="store_true")
    listing = commands.add_parser("backups", help="list the backups in the backups folder")
    listing.add_argument("--json", action="store_true")


def emit(data: Any) -> None:
    from .domain.bidi import json_escaped

    print(json_escaped(json.dumps(data, ensure_ascii=False, indent=2)))


def entry_json(entry: RecordEntryData) -> dict[str, Any]:
    return {
        "sequence": entry.sequence,
        "kind": entry.kind,
        "created_at": entry.created_at.isoformat(),
        "scrutiny_id": entry.scrutiny_id,
        "payload": entry.payload,
        "entry_hash": entry.entry_hash,
        "corrected_by": list(entry.corrected_by),
        "recorded_by": entry.recorded_by,
    }


def evidence_json(check: EvidenceCheck) -> dict[str, Any]:
    return {
        "ok": check.ok,
        "checked": check.checked,
        "not_supplied": check.not_supplied,
        "problems": [
            {
                "evidence_id": p.evidence_id,
                "evidence_title": p.evidence_title,
                "scrutiny_id": p.scrutiny_id,
                "scrutiny_title": p.scrutiny_title,
                "file_sha256": p.file_sha256,
                "problem": p.problem,
                "message": p.message,
            }
            for p in check.problems
        ],
    }


def state_json(differences: list[StateDifference]) -> dict[str, Any]:
    """What ``verify --json`` says about the current state against the record."""
    return {
        "ok": not differences,
        "differences": [
            {
                "scrutiny_id": d.scrutiny_id,
                "scrutiny_title": d.scrutiny_title,
                "item": d.item,
                "label": d.label,
                "field": d.field,
                "recorded": d.recorded,
                "current": d.current,
                "message": d.message,
            }
            for d in differences
        ],
    }


def cmd_restore(services: Services, args: argparse.Namespace) -> int:
    saved = services.maintenance.restore(args.backup)
    head = services.maintenance.head()
    if args.json:
        emit({"restored_from": str(args.backup), "saved_before": str(saved),
              "entries": head.entries, "head": head.head_hash})  # fmt: skip
    else:
        print(f"Restored the record from {args.backup}.")
        print(f"The record as it was before is saved in {saved}.")
        print(f"The record now has {head.entries} entries, head {head.head_hash}.")
    return 0


def cmd_correct(services: Services, args: argparse.Namespace) -> int:
    entry = services.maintenance.correct(args.sequence, args.reason)
    if args.json:
        emit(entry_json(entry))
    else:
        print(f"Recorded correction {entry.sequence}, citing entry {args.sequence}.")
    return 0


def cmd_record(services: Services, args: argparse.Namespace) -> int:
    entries = services.maintenance.entries(args.id)
    if args.json:
        emit([entry_json(e) for e in entries])
        return 0
    if not entries:
        print("No record entries.")
    for e in entries:
        when = e.created_at.astimezone()  # stored in UTC, shown in local time
        about = f"scrutiny {e.scrutiny_id}" if e.scrutiny_id is not None else "whole record"
        line = f"{e.sequence:>6}  {when:%Y-%m-%d %H:%M}  {e.kind:<20} {about}"
        if e.kind == "correction":
            line += f"  corrects {e.payload.get('corrects')}: {e.payload.get('reason', '')}"
        if e.corrected_by:
            line += f"  (corrected by {', '.join(str(s) for s in e.corrected_by)})"
        print(line)
    if args.id is not None:
        check = services.maintenance.check_scrutiny(args.id)
        if not check.ok:
            print("This scrutiny's record fails verification (verify gives the details):")
            for problem in check.problems:
                print(f"  {problem}")
        for drift in services.maintenance.decision_drift(args.id):
            if not drift.matches:
                keys = ", ".join(drift.changed_keys) or "notes only"
                print(f"Answers have changed since decision {drift.sequence} ({keys}).")
    return 0


def cmd_backups(services: Services, args: argparse.Namespace) -> int:
    found = services.maintenance.backups()
    if args.json:
        emit(
            [
                {"path": str(b.path), "kind": b.kind, "size": b.size,
                 "modified": b.modified.isoformat()}
                for b in found
            ]
        )  # fmt: skip
        return 0
    if not found:
        print(f"No backups yet in {services.settings.backups_dir}.")
    for b in found:
        print(f"{b.modified.astimezone():%Y-%m-%d %H:%M}  {b.kind:<13} {b.path}")
    return 0
