"""Plain, immutable data about scrutinies that crosses from services to the UI and reports."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from .enums import (
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
from .templates import Checklist

# The ``expected_version`` that says "this question was unanswered when I loaded it": saving
# then refuses if someone else answered it meanwhile. Stored rows start at version 1.
UNANSWERED = 0


@dataclass(frozen=True)
class NewScrutiny:
    """What an officer gives to start a scrutiny."""

    title: str
    force: str
    technology: Technology
    marking: Marking = Marking.OFFICIAL
    stage: Stage = Stage.PROPOSAL
    supplier: str = ""
    purpose: str = ""
    modules: tuple[str, ...] = ()
    language: Language = Language.ENGLISH
    # The screening's answers ({key: [option values]} or {key: text}); empty: not screened,
    # so every question is asked.
    screening: Mapping[str, Sequence[str] | str] = field(default_factory=dict)
    # Modules the screening proposed that the officer dropped, each with the reason.
    dropped_modules: Mapping[str, str] = field(default_factory=dict)
    # An office template of kind core to use instead of the shipped core (its slug).
    core: str | None = None


@dataclass(frozen=True)
class ScreeningData:
    """A scrutiny's screening: its answers, the impact level they give, and why."""

    level: int
    answers: Mapping[str, tuple[str, ...] | str]
    # The answers and triggers that set the level, in words.
    reasons: tuple[str, ...] = ()
    proposed_modules: tuple[str, ...] = ()
    dropped_modules: Mapping[str, str] = field(default_factory=dict)
    # Why the level was last lowered ("" if it never was).
    level_reason: str = ""
    # The screening template as used: its slug and version.
    template: tuple[str, str] = ("", "")


@dataclass(frozen=True)
class ResponseData:
    """The officer's finding on one question."""

    key: str
    status: Status
    rating: Rating | None = None
    note: str = ""
    sensitive: bool = False
    updated_at: datetime | None = None
    # The stored row's edit version (None for an answer not read from the record).
    version: int | None = None
    # A typed answer: the option values chosen, or a free value (text, number, date as text).
    choice: tuple[str, ...] | None = None
    value: str | None = None


@dataclass(frozen=True)
class DecisionInput:
    """What the panel, PCC or chief constable decided, as entered.

    ``supersedes`` names the record sequence of an earlier decision this one replaces (a decision
    is never edited). ``override_reason`` is required to support a deployment while a blocking red
    flag stands.
    """

    outcome: Outcome
    rationale: str
    decided_by: str
    conditions: tuple[str, ...] = ()
    review_date: date | None = None
    capacity: DecisionCapacity = DecisionCapacity.PANEL_ADVICE
    supersedes: int | None = None
    override_reason: str = ""


@dataclass(frozen=True)
class DecisionData:
    """A decision as held in the record."""

    sequence: int
    outcome: Outcome
    rationale: str
    decided_by: str
    decided_at: datetime
    conditions: tuple[str, ...] = ()
    review_date: date | None = None
    entry_hash: str = ""
    capacity: DecisionCapacity = DecisionCapacity.PANEL_ADVICE
    supersedes: int | None = None
    superseded_by: int | None = None
    override_reason: str = ""
    # Blocking red flags standing when the decision was made (what an override overrode).
    overridden_flags: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()
    ready_for_panel: bool | None = None
    responses_sha256: str = ""
    # On a shared server, the database login that recorded it (the server says so, not the
    # typed name); None in a record file on one computer.
    recorded_by: str | None = None

    @property
    def decided_by_shown(self) -> str:
        """The typed name, with the recording login beside it when the server names one."""
        if self.recorded_by:
            return f"{self.decided_by} (recorded by login {self.recorded_by})"
        return self.decided_by


@dataclass(frozen=True)
class EvidenceInput:
    """An evidence item as entered; ``file_path`` is copied into the data folder by hash."""

    title: str
    kind: EvidenceKind = EvidenceKind.DOCUMENT
    reference: str = ""
    description: str = ""
    document_date: date | None = None
    received_on: date | None = None
    sensitive: bool = False
    question_keys: tuple[str, ...] = ()
    file_path: str | None = None


@dataclass(frozen=True)
class EvidenceData:
    """One item of the evidence register."""

    id: int
    scrutiny_id: int
    title: str
    kind: EvidenceKind
    reference: str
    description: str
    document_date: date | None
    received_on: date | None
    file_sha256: str | None
    file_name: str
    file_size: int | None
    sensitive: bool
    added_at: datetime
    question_keys: tuple[str, ...] = ()
    # The stored row's edit version, passed back as ``expected_version`` when saving an edit.
    version: int | None = None
    updated_at: datetime | None = None
    # Imported from a bundle sent without its files: the file is named but was never here.
    file_not_supplied: bool = False
    # Withdrawn (evidence is never deleted): why, and when (UTC); "" and None while it stands.
    withdrawn_reason: str = ""
    withdrawn_at: datetime | None = None


@dataclass(frozen=True)
class ActionInput:
    """A question to the chief constable or a condition of approval, as entered."""

    kind: ActionKind
    text: str
    owner: str = ""
    due_date: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    reply: str = ""
    question_key: str | None = None
    sensitive: bool = False


@dataclass(frozen=True)
class ActionData:
    """One action or condition and where it stands."""

    id: int
    scrutiny_id: int
    kind: ActionKind
    text: str
    owner: str
    due_date: date | None
    status: ActionStatus
    reply: str
    question_key: str | None
    sensitive: bool
    created_at: datetime
    updated_at: datetime
    decision_sequence: int | None = None
    # The stored row's edit version, passed back as ``expected_version`` when saving an edit.
    version: int | None = None

    def is_overdue(self, today: date) -> bool:
        return (
            self.status is ActionStatus.OPEN and self.due_date is not None and self.due_date < today
        )


@dataclass(frozen=True)
class ScrutinySummary:
    """One row of the scrutiny list."""

    id: int
    title: str
    force: str
    technology: Technology
    stage: Stage
    marking: Marking
    created_at: datetime
    updated_at: datetime
    answered: int = 0
    total: int = 0
    latest_outcome: Outcome | None = None
    language: Language = Language.ENGLISH
    round_number: int = 1
    previous_id: int | None = None
    # Dashboard facts, filled by ``ScrutinyService.list`` (defaults elsewhere).
    overall_rating: Rating | None = None
    ready_for_panel: bool = False
    red_flag_count: int = 0
    next_review_date: date | None = None
    open_actions: int = 0
    overdue_actions: int = 0
    # Edit version of the scrutiny's own details (stage, title ...), not of its answers.
    version: int | None = None
    # The standing decision supports the deployment but its review date has passed.
    approval_lapsed: bool = False
    # The screening's impact level (1-4); None while not screened (every question asked).
    impact_level: int | None = None


@dataclass(frozen=True)
class ScrutinyDetail:
    """Everything about one scrutiny: its facts, checklist snapshot, answers and decisions."""

    summary: ScrutinySummary
    supplier: str
    purpose: str
    checklist: Checklist
    responses: dict[str, ResponseData] = field(default_factory=dict)
    decisions: tuple[DecisionData, ...] = ()
    template_versions: tuple[tuple[str, str], ...] = ()
    evidence: tuple[EvidenceData, ...] = ()
    actions: tuple[ActionData, ...] = ()
    # None while not screened; ``checklist`` then asks every question.
    screening: ScreeningData | None = None

    @property
    def id(self) -> int:
        return self.summary.id


@dataclass(frozen=True)
class RecordHead:
    """The newest hash of the decision record and how many entries it holds."""

    head_hash: str
    entries: int


@dataclass(frozen=True)
class VerifyResult:
    """What verifying the record found."""

    ok: bool
    entries: int
    head_hash: str
    message: str
    first_bad_sequence: int | None = None
