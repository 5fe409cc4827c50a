"""Bundle sync: each item's content hash and revision, and the base a record keeps.

An item's revision is the SHA-256 of its content hash and of the revisions it replaced, taken
whenever the record exports or imports the scrutiny. ``known`` (the base) holds every revision
an item has had here or that this record has taken in; a bundle carries both. On import:
the same content changes nothing; their revision among ours known means ours is newer; our
revision among theirs known means theirs is newer; anything else is a conflict.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_scrutiny.domain.record import canonical_json
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.models import Scrutiny, SyncHead, SyncKnown

from .schema import (
    Bundle,
    BundleAction,
    BundleEvidence,
    BundleResponse,
    BundleScrutiny,
    BundleSyncItem,
)

# The scrutiny's own details that sync compares one by one.
SCRUTINY_FIELDS = (
    "title",
    "force",
    "technology",
    "stage",
    "marking",
    "supplier",
    "purpose",
    "language",
)
_RESPONSE_FIELDS = ("status", "rating", "note", "sensitive")
_TYPED_FIELDS = ("choice", "value")
# The screening travels as one item: its answers, level and drops change together.
SCREENING_ITEM = "scrutiny.screening"
_EVIDENCE_SKIP = {"uuid", "added_at", "updated_at", "file_base64"}
_ACTION_SKIP = {"uuid", "created_at", "updated_at", "decision"}

Contents = dict[str, Any]  # item -> its content (plain JSON values); None: cleared


def content_sha256(item: str, content: Any) -> str:
    text = canonical_json({"item": item, "content": content})
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def revision(content_sha: str, parents: Iterable[str]) -> str:
    text = canonical_json({"content": content_sha, "parents": sorted(set(parents))})
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def snapshot_sha256(template: Any) -> str:
    """As ``repositories.store_snapshot`` names a template snapshot."""
    body = canonical_json(template.model_dump(mode="json"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def contents(
    facts: BundleScrutiny,
    checklist: list[str],
    responses: Iterable[BundleResponse],
    evidence: Iterable[BundleEvidence],
    actions: Iterable[BundleAction],
    decision_origins: list[str],
) -> Contents:
    """Every item's content, from bundle-form items (the same on both sides of a sync)."""
    found: Contents = {}
    dumped = facts.model_dump(mode="json")
    for field in SCRUTINY_FIELDS:
        found[f"scrutiny.{field}"] = dumped[field]
    if facts.screening is not None:
        # An item only once screened, so a scrutiny never screened keeps its revisions.
        found[SCREENING_ITEM] = screening_content(facts)
    found["checklist"] = list(checklist)
    for r in responses:
        values = r.model_dump(mode="json")
        content = {k: values[k] for k in _RESPONSE_FIELDS}
        # Typed fields only when given: an answer without them keeps its content hash.
        content.update({k: values[k] for k in _TYPED_FIELDS if values[k] is not None})
        found[f"response.{r.key}"] = content
    for e in evidence:
        values = e.model_dump(mode="json")
        content = {k: v for k, v in values.items() if k not in _EVIDENCE_SKIP}
        content["question_keys"] = sorted(set(e.question_keys))
        found[f"evidence.{e.uuid}"] = content
    for a in actions:
        values = a.model_dump(mode="json")
        content = {k: v for k, v in values.items() if k not in _ACTION_SKIP}
        content["decision"] = decision_origins[a.decision - 1] if a.decision else None
        found[f"action.{a.uuid}"] = content
    return found


def screening_content(facts: BundleScrutiny) -> dict[str, Any] | None:
    """The screening item's content: the template by digest, not its whole text."""
    given = facts.screening
    if given is None:
        return None
    return {
        "level": given.level,
        "template_sha256": snapshot_sha256(given.template),
        "answers": given.answers,
        "dropped_modules": given.dropped_modules,
        "level_reason": given.level_reason,
    }


def bundle_contents(bundle: Bundle) -> Contents:
    """The bundle's items (format 3: evidence and actions carry their UUIDs)."""
    return contents(
        bundle.scrutiny,
        [snapshot_sha256(t) for t in bundle.template.snapshots],
        bundle.responses,
        bundle.evidence,
        bundle.actions,
        [d.origin or d.entry_hash for d in bundle.decisions],
    )


def hashes(found: Mapping[str, Any]) -> dict[str, str]:
    return {item: content_sha256(item, content) for item, content in found.items()}


class SyncState:
    """One scrutiny's item revisions in this record, changed inside the caller's unit of work."""

    def __init__(self, session: Session, scrutiny_id: int) -> None:
        self._session = session
        self._scrutiny_id = scrutiny_id
        # One export or import of a scrutiny at a time on a shared server (SQLite's
        # BEGIN IMMEDIATE already serialises every writer). The record's append lock comes
        # first, the scrutiny's row after: the order every writer uses, so none deadlock.
        record_chain.lock_for_append(session)
        session.execute(
            select(Scrutiny.id).where(Scrutiny.id == scrutiny_id).with_for_update(key_share=True)
        ).first()
        query = select(SyncHead).where(SyncHead.scrutiny_id == scrutiny_id)
        self._heads = {h.item: h for h in session.scalars(query)}
        self._known: dict[str, set[str]] = {}
        rows = session.execute(
            select(SyncKnown.item, SyncKnown.revision).where(SyncKnown.scrutiny_id == scrutiny_id)
        )
        for item, rev in rows:
            self._known.setdefault(item, set()).add(rev)

    def head(self, item: str) -> tuple[str, str] | None:
        """The item's (revision, content hash), or None when this record never had it."""
        row = self._heads.get(item)
        return (row.revision, row.content_sha256) if row is not None else None

    def known(self, item: str) -> set[str]:
        return set(self._known.get(item, ()))

    def items(self) -> set[str]:
        return set(self._heads)

    def stamp(self, current: Mapping[str, str]) -> None:
        """Give every item whose content changed since its last revision a new revision.

        ``current`` maps item -> content hash; an item with a revision but no longer present
        (a cleared answer) gets the hash of its cleared content.
        """
        for item in set(current) | set(self._heads):
            sha = current.get(item) or content_sha256(item, None)
            head = self.head(item)
            if head is None:
                self.set_head(item, revision(sha, []), sha)
            elif head[1] != sha:
                self.set_head(item, revision(sha, [head[0]]), sha)

    def set_head(self, item: str, rev: str, sha: str) -> None:
        row = self._heads.get(item)
        if row is None:
            row = SyncHead(scrutiny_id=self._scrutiny_id, item=item, revision=rev)
            self._session.add(row)
            self._heads[item] = row
        row.revision = rev
        row.content_sha256 = sha
        self.add_known(item, [rev])

    def add_known(self, item: str, revisions: Iterable[str]) -> None:
        have = self._known.setdefault(item, set())
        for rev in sorted(set(revisions) - have):
            self._session.add(SyncKnown(scrutiny_id=self._scrutiny_id, item=item, revision=rev))
            have.add(rev)

    def for_bundle(self) -> dict[str, dict[str, Any]]:
        """The ``sync.items`` section: each item's revision, content hash and base."""
        return {
            item: {
                "revision": row.revision,
                "content_sha256": row.content_sha256,
                "known": sorted(self._known.get(item, {row.revision})),
            }
            for item, row in sorted(self._heads.items())
        }

    def take_in(self, item: str, theirs: BundleSyncItem) -> None:
        """Make their revision (and everything it replaced) known here."""
        self.add_known(item, [theirs.revision, *theirs.known])


def record_contents(session: Session, row: Any) -> Contents:
    """The scrutiny's items as this record holds them, in the same form as a bundle's."""
    from . import items as bundle_items

    origins = bundle_items.decision_origins(session, row.id)
    ordinal = {sequence: n for n, sequence in enumerate(origins, start=1)}
    return contents(
        BundleScrutiny.model_validate(bundle_items.scrutiny_facts(session, row)),
        [t.snapshot_sha256 for t in row.templates],
        [BundleResponse.model_validate(r) for r in bundle_items.responses(row, public=False)],
        [BundleEvidence.model_validate(e) for e in bundle_items.evidence(row, None)],
        [BundleAction.model_validate(a) for a in bundle_items.actions(row, ordinal)],
        list(origins.values()),
    )
