"""Hashing rules of the decision record: canonical JSON and a domain-separated chain."""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS_HASH = "0" * 64
_PAYLOAD_DOMAIN = b"ethics-scrutiny/record/payload/v1\x00"
_ENTRY_DOMAIN = b"ethics-scrutiny/record/entry/v1\x00"


def canonical_json(payload: Any) -> str:
    """One exact text for a payload: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def payload_hash(canonical: str) -> str:
    return hashlib.sha256(_PAYLOAD_DOMAIN + canonical.encode("utf-8")).hexdigest()


def entry_hash(
    *, sequence: int, kind: str, created_at: str, payload_sha256: str, previous_hash: str
) -> str:
    """Hash one entry over its position, kind, time, payload and predecessor."""
    header = canonical_json(
        {
            "sequence": sequence,
            "kind": kind,
            "created_at": created_at,
            "payload_sha256": payload_sha256,
            "previous_hash": previous_hash,
        }
    )
    return hashlib.sha256(_ENTRY_DOMAIN + header.encode("utf-8")).hexdigest()


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class RecordKind:
    """The kinds of record entry. Stored as text in every entry: never rename one, only add."""

    SCRUTINY_CREATED = "scrutiny_created"
    DECISION = "decision"
    # A decision withdrawn without a replacement; cites the decision's sequence.
    DECISION_WITHDRAWN = "decision_withdrawn"
    REPORT_EXPORTED = "report_exported"
    BUNDLE_IMPORTED = "bundle_imported"
    # A question's status or rating changed (the note is kept by digest, not text).
    RESPONSE_CHANGED = "response_changed"
    STAGE_CHANGED = "stage_changed"
    EVIDENCE_ADDED = "evidence_added"
    ACTION_RECORDED = "action_recorded"
    ROUND_STARTED = "round_started"
    TEMPLATE_UPGRADED = "template_upgraded"
    # Cites an earlier entry (by sequence) and says what was wrong with it.
    CORRECTION = "correction"
