"""The JSON bundle's versioned schema (pydantic); the shipped JSON Schema is generated from it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_scrutiny.domain.enums import (
    LANGUAGE_TAG_MAX,
    LANGUAGE_TAG_PATTERN,
    LEGACY_OFFICE_DECISION,
    ActionKind,
    ActionStatus,
    DecisionCapacity,
    EvidenceKind,
    Language,
    Marking,
    Outcome,
    Rating,
    Stage,
    Status,
    Technology,
)
from ethics_scrutiny.domain.templates import Template

BUNDLE_FORMAT = "ethics-scrutiny-bundle"
FORMAT_VERSION = 3
# Format 2 bundles (no sync section) still import as new scrutinies, or as copies.
OLDEST_FORMAT_VERSION = 2

# Whole numbers a record column can hold on every engine (PostgreSQL's INTEGER is 32-bit), so
# an absurd number in a bundle is refused as invalid instead of failing in the database.
MAX_STORED_INT = 2**31 - 1
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Key = Annotated[str, Field(min_length=1, max_length=16)]
Uuid = Annotated[
    str, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
]
# What bundle sync compares: a scrutiny detail, the checklist, an answer, evidence, an action.
ItemId = Annotated[
    str,
    Field(
        pattern=r"^(scrutiny\.[a-z_]{1,20}|checklist|response\.[^\s]{1,16}"
        r"|evidence\.[0-9a-f-]{36}|action\.[0-9a-f-]{36})$"
    ),
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BundleTemplate(_Strict):
    """The checklist the scrutiny used: the core template's name and version, and every snapshot."""

    title: str
    version: str
    snapshots: list[Template] = Field(min_length=1)


class BundleScreening(_Strict):
    """The scrutiny's screening: the template as used, the answers and the level they gave."""

    level: int = Field(ge=1, le=4)
    template: Template
    # Option values (a list) for a choice question, a value (text) for any other.
    answers: dict[Key, list[str] | str]
    # Modules the screening proposed that were dropped, each with the reason.
    dropped_modules: dict[str, str] = {}
    level_reason: str = Field(default="", max_length=4000)


class BundleScrutiny(_Strict):
    uuid: str = Field(min_length=36, max_length=36)
    title: str = Field(min_length=1, max_length=300)
    force: str = Field(min_length=1, max_length=200)
    technology: Technology
    stage: Stage
    marking: Marking
    supplier: str = Field(default="", max_length=200)
    purpose: str = Field(default="", max_length=10_000)
    created_at: datetime
    language: Language = Language.ENGLISH
    round_number: int = Field(default=1, ge=1, le=MAX_STORED_INT)
    # The earlier round's scrutiny, linked on import when this record holds it too.
    previous_uuid: str | None = Field(default=None, min_length=36, max_length=36)
    # Left out while not screened (every question asked).
    screening: BundleScreening | None = None


class BundleResponse(_Strict):
    key: Key
    status: Status
    rating: Rating | None = None
    note: str = Field(default="", max_length=20_000)
    sensitive: bool = False
    note_withheld: bool = False
    updated_at: datetime
    # A typed answer: the option values chosen, or a value (text, number, date as text).
    choice: list[str] | None = None
    value: str | None = Field(default=None, max_length=20_000)


class BundleEvidence(_Strict):
    """Evidence metadata; ``file_base64`` carries the file itself only when asked for."""

    title: str = Field(min_length=1, max_length=300)
    kind: EvidenceKind
    reference: str = Field(default="", max_length=200)
    description: str = Field(default="", max_length=20_000)
    document_date: date | None = None
    received_on: date | None = None
    file_sha256: Sha256 | None = None
    file_name: str = Field(default="", max_length=255)
    file_size: int | None = Field(default=None, ge=0, le=MAX_STORED_INT)
    sensitive: bool = False
    added_at: datetime
    question_keys: list[Key] = []
    file_base64: str | None = None
    # Format 3: the item's identity in every record, and when it was last changed.
    uuid: Uuid | None = None
    updated_at: datetime | None = None


class BundleAction(_Strict):
    kind: ActionKind
    text: str = Field(min_length=1, max_length=20_000)
    owner: str = Field(default="", max_length=200)
    due_date: date | None = None
    status: ActionStatus
    reply: str = Field(default="", max_length=20_000)
    question_key: Key | None = None
    sensitive: bool = False
    created_at: datetime
    updated_at: datetime
    # The per-scrutiny number (1, 2, ...) of the decision that set this condition.
    decision: int | None = Field(default=None, ge=1, le=MAX_STORED_INT)
    # Format 3: the item's identity in every record.
    uuid: Uuid | None = None


class BundleDecision(_Strict):
    outcome: Outcome
    rationale: str = Field(min_length=1)
    decided_by: str = Field(min_length=1)
    conditions: list[str] = []
    review_date: date | None = None
    decided_at: datetime
    capacity: DecisionCapacity = DecisionCapacity.PANEL_ADVICE
    # The per-scrutiny number (1, 2, ...) of an earlier decision in this bundle it replaces.
    supersedes: int | None = Field(default=None, ge=1, le=MAX_STORED_INT)
    override_reason: str = ""
    overridden_flags: list[str] = []
    red_flags: list[str] = []
    ready_for_panel: bool | None = None
    responses_sha256: str = ""
    entry_hash: Sha256
    # Set when the decision was withdrawn without a replacement: the reason given.
    withdrawn_reason: str | None = None
    # Format 3: the entry where the decision was first made, in whichever record that was;
    # a record that already holds a decision of that origin does not add it again.
    origin: Sha256 | None = None


class BundleEntry(_Strict):
    """One record entry about the scrutiny, exactly as the exporting record holds it."""

    sequence: int = Field(ge=1, le=2**63 - 1)
    kind: str = Field(min_length=1, max_length=40)
    created_at: str
    payload: str
    payload_sha256: Sha256
    previous_hash: Sha256
    entry_hash: Sha256


class BundleRecord(_Strict):
    """The scrutiny's record entries, the exporting record's head, and a digest of the bundle."""

    head_hash: Sha256
    entries_total: int = Field(ge=0, le=2**63 - 1)
    entries: list[BundleEntry]
    content_sha256: Sha256


class BundleSyncItem(_Strict):
    """One item's revision in the exporting record, and every revision it has superseded."""

    revision: Sha256
    content_sha256: Sha256
    known: list[Sha256] = Field(min_length=1, max_length=10_000)


class BundleSync(_Strict):
    """Format 3: what the importing record needs to tell "changed here" from "changed there".

    ``items`` holds each item's revision: a hash of its content and of the revisions it
    replaced. ``known`` is the item's base: every revision the exporting record has held or
    taken in, so an importing record whose revision is among them has nothing newer.
    """

    exported_by: str = Field(default="", max_length=200)
    items: dict[ItemId, BundleSyncItem]


class Bundle(_Strict):
    format: Literal["ethics-scrutiny-bundle"]
    format_version: Literal[2, 3]
    app_version: str
    exported_at: datetime
    public: bool
    template: BundleTemplate
    scrutiny: BundleScrutiny
    responses: list[BundleResponse]
    evidence: list[BundleEvidence]
    actions: list[BundleAction]
    decisions: list[BundleDecision]
    record: BundleRecord
    # Format 3, never in a public bundle: the items' revisions for bundle sync.
    sync: BundleSync | None = None


def json_schema() -> dict[str, Any]:
    """The JSON Schema shipped as ``assets/schema/bundle.schema.json``."""
    schema = Bundle.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://ethics-scrutiny.invalid/schema/bundle-3.schema.json"
    schema["title"] = "Ethics Scrutiny bundle, format version 3"
    _list_each_capacity_once(schema)
    _any_language_code(schema)
    return schema


def _any_language_code(schema: dict[str, Any]) -> None:
    """A scrutiny's language is any code its templates give text in, not only en and cy.

    pydantic lists the enum's members; the import accepts every language tag the record does.
    """
    language = schema["$defs"]["Language"]
    del language["enum"]
    language["description"] = (
        "The language code of the scrutiny's checklist text and reports: en, cy, or any code "
        "its templates give text in (fr, ga, ...)."
    )
    language["pattern"] = f"^{LANGUAGE_TAG_PATTERN}$"
    language["maxLength"] = LANGUAGE_TAG_MAX


def _list_each_capacity_once(schema: dict[str, Any]) -> None:
    """Each capacity value once, and the older ``pcc_decision`` that bundles may still carry.

    pydantic lists an enum's aliases as members, so the office's decision would appear twice;
    the import accepts the older stored value, so a checker of bundles must accept it too.
    """
    capacity = schema["$defs"]["DecisionCapacity"]
    capacity["enum"] = [*dict.fromkeys(capacity["enum"]), LEGACY_OFFICE_DECISION]
