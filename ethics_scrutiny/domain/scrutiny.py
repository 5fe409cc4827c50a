"""Plain, immutable data about scrutinies that crosses from services to the UI and reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .enums import Marking, Outcome, Rating, Stage, Status, Technology
from .templates import Checklist


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


@dataclass(frozen=True)
class ResponseData:
    """The officer's finding on one question."""

    key: str
    status: Status
    rating: Rating | None = None
    note: str = ""
    sensitive: bool = False
    updated_at: datetime | None = None


@dataclass(frozen=True)
class DecisionInput:
    """What the panel or PCC decided, as entered."""

    outcome: Outcome
    rationale: str
    decided_by: str
    conditions: tuple[str, ...] = ()
    review_date: date | None = None


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
