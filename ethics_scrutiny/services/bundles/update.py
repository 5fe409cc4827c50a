"""Bring a scrutiny already in this record up to date from a bundle, three-way, all or nothing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.models import Scrutiny

from .apply import add_decisions, take_items
from .merge import MergePlan, Side, plan, report_item
from .report import ImportReport, ItemReport
from .schema import Bundle
from .sync import SyncState, bundle_contents, hashes, record_contents, revision


def update_from_bundle(
    session: Session,
    row: Scrutiny,
    bundle: Bundle,
    source: dict[str, Any],
    choices: dict[str, str],
) -> ImportReport:
    """Compare, then (only when nothing is in conflict) apply; the caller rolls back otherwise."""
    name = source["file_name"]
    _require_sync(bundle, row, name)
    assert bundle.sync is not None
    state = SyncState(session, row.id)
    ours = record_contents(session, row)
    state.stamp(hashes(ours))
    theirs = bundle_contents(bundle)
    merge = plan(bundle.sync.items, theirs, state, choices)
    ours_side = Side(ours, _ours_changed(row), _checklist(row))
    theirs_side = Side(theirs, _theirs_changed(bundle), _bundle_checklist(bundle))

    def described(items: list[str]) -> tuple[ItemReport, ...]:
        return tuple(report_item(item, ours_side, theirs_side) for item in items)

    report: dict[str, Any] = {
        "file_name": name,
        "scrutiny_uuid": row.uuid,
        "title": row.title,
        "scrutiny_id": row.id,
        "exported_at": bundle.exported_at,
        "exported_by": bundle.sync.exported_by,
        "kept": described(merge.keep),
    }
    if merge.conflicts:
        return ImportReport(**report, conflicts=described(merge.conflicts))
    added, withdrawn, only_ours = add_decisions(session, row, bundle)
    if merge.to_apply:
        take_items(session, row, bundle, merge.to_apply)
    _remember(state, bundle, merge)
    both = added > 0 and only_ours > 0
    notes = (_both_decided(only_ours, added),) if both else ()
    changed = bool(merge.to_apply or merge.keep_chosen or added or withdrawn)
    if changed:
        payload = {
            **source,
            "public": bundle.public,
            "scrutiny_uuid": row.uuid,
            "source_head_hash": bundle.record.head_hash,
            "source_entries": len(bundle.record.entries),
            "mode": "update",
            "taken": sorted(merge.take),
            "kept_by_choice": sorted(merge.keep_chosen),
            "taken_by_choice": sorted(merge.take_chosen),
            "decisions_added": added,
            "withdrawals_added": withdrawn,
        }
        record_chain.append(session, RecordKind.BUNDLE_IMPORTED, payload, row.id)
    return ImportReport(
        **report,
        updated=changed,
        up_to_date=not changed,
        taken=described(merge.take),
        kept_by_choice=described(merge.keep_chosen),
        taken_by_choice=described(merge.take_chosen),
        decisions_added=added,
        withdrawals_added=withdrawn,
        decided_on_both_sides=both,
        notes=notes,
    )


def _require_sync(bundle: Bundle, row: Scrutiny, name: str) -> None:
    if bundle.public:
        raise InvalidInputError(
            f"{name} is a public summary (no notes, evidence or actions), so it cannot update "
            f"scrutiny {row.id}, which is already in this record. Nothing was imported; to see "
            "it beside the original, import it as a copy."
        )
    if bundle.sync is None:
        raise InvalidInputError(
            f"{name} was exported by an older version of Ethics Scrutiny (bundle format 2), "
            "which does not say what changed since the two records last met, and scrutiny "
            f"{row.id} is already in this record. Nothing was imported; export it again with "
            "this version, or import it as a copy."
        )


def _remember(state: SyncState, bundle: Bundle, merge: MergePlan) -> None:
    """The bundle's revisions become known here; taken items take its revision as theirs."""
    assert bundle.sync is not None
    for item, theirs in bundle.sync.items.items():
        state.take_in(item, theirs)
    for item in merge.to_apply:
        theirs = bundle.sync.items[item]
        state.set_head(item, theirs.revision, theirs.content_sha256)
    for item in merge.keep_chosen:  # ours now replaces theirs, wherever both meet again
        head = state.head(item)
        assert head is not None
        state.set_head(
            item, revision(head[1], [head[0], bundle.sync.items[item].revision]), head[1]
        )


def _both_decided(only_ours: int, added: int) -> str:
    return (
        f"Decisions were made on both sides: this record has {only_ours} the bundle lacks, and "
        f"{added} from the bundle were added. All stand, in record order; the latest entry is "
        "the one in force."
    )


def _ours_changed(row: Scrutiny) -> dict[str, datetime]:
    found: dict[str, datetime] = {f"response.{r.question_key}": r.updated_at for r in row.responses}
    found.update({f"evidence.{e.uuid}": e.updated_at for e in row.evidence})
    found.update({f"action.{a.uuid}": a.updated_at for a in row.actions})
    return found


def _theirs_changed(bundle: Bundle) -> dict[str, datetime]:
    found: dict[str, datetime] = {f"response.{r.key}": r.updated_at for r in bundle.responses}
    found.update({f"evidence.{e.uuid}": e.updated_at or e.added_at for e in bundle.evidence})
    found.update({f"action.{a.uuid}": a.updated_at for a in bundle.actions})
    return found


def _checklist(row: Scrutiny) -> str:
    return ", ".join(f"{t.snapshot.slug} {t.snapshot.version}" for t in row.templates)


def _bundle_checklist(bundle: Bundle) -> str:
    return ", ".join(f"{t.slug} {t.version}" for t in bundle.template.snapshots)
