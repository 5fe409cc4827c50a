"""Hashing rules of the decision record: canonical JSON and a domain-separated chain."""

from __future__ import annotations

import hashlib
import json
from json.encoder import encode_basestring
from typing import Any

GENESIS_HASH = "0" * 64
_PAYLOAD_DOMAIN = b"ethics-scrutiny/record/payload/v1\x00"
_ENTRY_DOMAIN = b"ethics-scrutiny/record/entry/v1\x00"
# A lone surrogate cannot come from UTF-8 input, so only a tampered entry can hold one; it must
# hash to something (and so fail verification) rather than stop verify with an exception.
# Valid text encodes exactly as plain UTF-8 does.
_ENCODING_ERRORS = "surrogatepass"


def canonical_json(payload: Any) -> str:
    """One exact text for a payload: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def payload_hash(canonical: str) -> str:
    return hashlib.sha256(_PAYLOAD_DOMAIN + canonical.encode("utf-8", _ENCODING_ERRORS)).hexdigest()


def entry_hash(
    *, sequence: int, kind: str, created_at: str, payload_sha256: str, previous_hash: str
) -> str:
    """Hash one entry over its position, kind, time, payload and predecessor."""
    if (
        type(sequence) is int
        and type(kind) is str
        and type(created_at) is str
        and type(payload_sha256) is str
        and type(previous_hash) is str
    ):
        # The same text canonical_json writes (sorted keys, no spaces, UTF-8 kept), built
        # directly: verifying 100,000 entries spent a third of its time in json.dumps here.
        header = (
            f'{{"created_at":{encode_basestring(created_at)},"kind":{encode_basestring(kind)},'
            f'"payload_sha256":{encode_basestring(payload_sha256)},'
            f'"previous_hash":{encode_basestring(previous_hash)},"sequence":{sequence}}}'
        )
        return hashlib.sha256(_ENTRY_DOMAIN + header.encode("utf-8", _ENCODING_ERRORS)).hexdigest()
    header = canonical_json(
        {
            "sequence": sequence,
            "kind": kind,
            "created_at": created_at,
            "payload_sha256": payload_sha256,
            "previous_hash": previous_hash,
        }
    )
    return hashlib.sha256(_ENTRY_DOMAIN + header.encode("utf-8", _ENCODING_ERRORS)).hexdigest()


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
    # An evidence item withdrawn (never deleted), with the reason; names the item's UUID.
    EVIDENCE_WITHDRAWN = "evidence_withdrawn"
    ACTION_RECORDED = "action_recorded"
    ROUND_STARTED = "round_started"
    TEMPLATE_UPGRADED = "template_upgraded"
    # Cites an earlier entry (by sequence) and says what was wrong with it.
    CORRECTION = "correction"
    # The new state of items changed without an entry of their own (a note, an evidence
    # item's details or links, an action's reply, a bundle's items): see storage/record_state.
    STATE_RECORDED = "state_recorded"
    # A scrutiny's whole state, attested once for a record made before entries carried state;
    # that scrutiny's state is proven from this entry on.
    STATE_ATTESTED = "state_attested"
    # The office profile as set (whole record, no scrutiny): verify compares the profile with
    # the last of these.
    OFFICE_CHANGED = "office_changed"
    # A scrutiny taken out of lists and reports (the demonstration an older version wrote into
    # the office's record); its entries stay.
    SCRUTINY_WITHDRAWN = "scrutiny_withdrawn"
    # A record brought in from an archive: names the predecessor's head, entry count and office.
    ARCHIVE_IMPORTED = "archive_imported"
    # A signing certificate of this office (created or imported on an officer's computer); the
    # history lets papers signed with an earlier key still be checked.
    SIGNING_CERTIFICATE = "signing_certificate"
    # The officer chose to trust the certificate that signed a file they imported.
    SIGNER_TRUSTED = "signer_trusted"
    # The officer deliberately imported a bundle that carried no signature.
    UNSIGNED_ACCEPTED = "unsigned_accepted"
    # A scrutiny screened (at creation or again): the answers, the impact level they give and
    # why, the modules proposed and dropped (with reasons), and the reason for a lower level.
    SCREENING_CHANGED = "screening_changed"
