"""The plain data a report is rendered from; built by a service in one read-only unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class ReportQuestion:
    """One question and the officer's finding, ready to print."""

    key: str
    prompt: str
    guidance: str
    sources: tuple[str, ...]
    evidence: tuple[str, ...]
    red_flag: str
    critical: bool
    status: str  # label, e.g. "Met", or "Not answered"
    rating: str | None  # "Green" / "Amber" / "Red" or None
    note: str  # empty when withheld from a public report
    note_withheld: bool = False
    is_red_flag: bool = False


@dataclass(frozen=True)
class ReportTheme:
    """A theme's roll-up and its questions."""

    key: str
    title: str
    rating: str | None
    answered: int
    total: int
    questions: tuple[ReportQuestion, ...]


@dataclass(frozen=True)
class ReportDecision:
    """One decision from the record."""

    sequence: int  # 1 for the scrutiny's first decision, 2 for its second, ...
    outcome: str  # label, e.g. "Support with conditions"
    rationale: str
    decided_by: str
    decided_at: datetime  # UTC; renderers show it in local time
    conditions: tuple[str, ...] = ()
    review_date: date | None = None
    record_entry: int = 0  # the decision's entry number in the whole record


@dataclass(frozen=True)
class ReportModel:
    """Everything one report shows. Strings are raw user text: renderers must escape them."""

    scrutiny_id: int
    title: str
    force: str
    technology: str  # label
    technology_slug: str
    stage: str
    marking: str  # "OFFICIAL" or "OFFICIAL-SENSITIVE"
    supplier: str
    purpose: str
    templates: tuple[tuple[str, str], ...]  # (title, version)
    generated_at: datetime  # UTC
    public: bool
    answered: int
    total: int
    ready: bool
    missing_critical: tuple[str, ...]
    red_flags: tuple[tuple[str, str], ...]  # (key, prompt)
    themes: tuple[ReportTheme, ...]
    decisions: tuple[ReportDecision, ...]
    record_head_hash: str
    record_entries: int
    app_version: str = ""
    language: str = "en-GB"
