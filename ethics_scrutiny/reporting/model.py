"""The plain data a report is rendered from; built by a service in one read-only unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .findings import Answer, FindingGroup, finding_groups, other_answers, unanswered


@dataclass(frozen=True)
class ReportQuestion:
    """One question and the officer's finding, ready to print."""

    key: str
    prompt: str
    guidance: str
    sources: tuple[str, ...]
    evidence: tuple[str, ...]  # what to ask the force for (template text)
    red_flag: str
    critical: bool
    status: str  # label, e.g. "Met", or "Not answered"
    rating: str | None  # "Green" / "Amber" / "Red" or None
    note: str  # empty when withheld from a public report
    note_withheld: bool = False
    is_red_flag: bool = False
    blocking: bool = False
    # Evidence register items linked to this question, e.g. "E2 DPIA (v5.4)".
    evidence_refs: tuple[str, ...] = ()
    updated_at: datetime | None = None  # UTC; when the finding was last changed
    blocks: str = ""  # why a blocking question still stands in the way of support, if it does
    obligation: str = ""  # "Must", "Should" or "Could"
    # Why a "met" answer counts as not met (a consistency rule doubts it); empty otherwise.
    doubted: str = ""
    # The officer marked the answer sensitive: its note is not for publication.
    sensitive: bool = False
    # The typed answer in words: the options chosen (their labels), a number, a date or text;
    # empty when the question asks for none or it is not given yet.
    answer: str = ""

    @property
    def obligation_text(self) -> str:
        """The obligation with what it means, e.g. "Must (legal requirement)"."""
        return OBLIGATION_MEANINGS.get(self.obligation, self.obligation)


OBLIGATION_MEANINGS = {
    "Must": "Must (legal requirement)",
    "Should": "Should (expected good practice)",
    "Could": "Could (desirable)",
}


@dataclass(frozen=True)
class ReportNotAsked:
    """A question the scrutiny does not ask (its stage, the impact level, a condition)."""

    key: str
    prompt: str
    why: str  # e.g. "Not asked at this impact level"
    module: str = ""  # the template it belongs to
    theme: str = ""
    # An answer given while it was asked, kept but not counted: its status label ("" if
    # none, or in a public summary) and rating.
    status: str = ""
    rating: str | None = None
    answer: str = ""  # the typed answer kept, in words

    @property
    def kept(self) -> str:
        """The answer kept in a line, e.g. "Met, Green"; "" when there is none."""
        parts = [p for p in (self.status, self.rating or "", self.answer) if p]
        return ", ".join(parts)


@dataclass(frozen=True)
class ReportScreeningAnswer:
    """One screening question and the answer given, in words."""

    key: str
    prompt: str
    answer: str  # the chosen options' labels, or "Not answered"


@dataclass(frozen=True)
class ReportScreening:
    """The screening: the impact level, what it means, and the answers that set it."""

    level: int  # 1 to 4
    label: str  # the band's name, e.g. "Impact level 3 (high)"
    meaning: str  # what the level means for the scrutiny (the band's description)
    reasons: tuple[str, ...]  # the answers and triggers that set the level, most telling first
    answers: tuple[ReportScreeningAnswer, ...] = ()
    # Modules the screening proposed that the officer dropped: (module, reason).
    dropped_modules: tuple[tuple[str, str], ...] = ()
    level_reason: str = ""  # why the level was lowered, when it was
    highest: int = 4  # the highest level the screening gives
    score: str = ""  # the points behind the level, e.g. "23 of 41 intrusion points"
    # The same reasons for the public: no points, each answer quoted with its question.
    plain_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportBand:
    """A checklist template's own scoring (such as an imported impact assessment's level)."""

    template: str  # the template's title
    label: str  # the band reached, e.g. "Impact level II", or "No level reached"
    meaning: str = ""  # the band's description
    score: str = ""  # e.g. "34 of 107 raw impact score"
    reasons: tuple[str, ...] = ()  # the answers and rules that set it, most telling first


@dataclass(frozen=True)
class ReportInconsistency:
    """A "met" answer that counts as not met while the questions it rests on are not met."""

    key: str
    prompt: str
    because: tuple[str, ...]
    message: str


@dataclass(frozen=True)
class ReportTheme:
    """A theme's roll-up and its questions."""

    key: str
    title: str
    rating: str | None
    answered: int
    total: int
    questions: tuple[ReportQuestion, ...]
    module: str = ""  # the template (core checklist or technology module) the theme belongs to


@dataclass(frozen=True)
class ReportFlag:
    """A red flag standing now: its question and what the flag means, in one line."""

    key: str
    prompt: str
    line: str
    blocking: bool = False
    why: str = ""  # why a blocking flag still stands, e.g. "not answered yet"


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
    capacity: str = ""  # label, e.g. "PCC decision"
    # The panel's advice rather than a decision (whatever the office calls its panel).
    advice: bool = False
    supersedes: int | None = None  # the per-scrutiny number of the decision this replaces
    superseded_by: int | None = None
    override_reason: str = ""
    overridden_flags: tuple[str, ...] = ()  # red flags the decision overrode
    # Whether any of them is a blocking question (only decisions made before overrides were
    # limited to "should" and "could" questions can have overridden one).
    overrode_blocking: bool = False
    withdrawn: bool = False
    withdrawn_reason: str = ""

    @property
    def current(self) -> bool:
        return self.superseded_by is None and not self.withdrawn


@dataclass(frozen=True)
class ReportEvidence:
    """One item of the evidence register."""

    ref: str  # "E1", "E2", ... in register order
    title: str
    kind: str
    reference: str
    description: str
    document_date: date | None
    received_on: date | None
    sha256: str | None
    file_name: str
    sensitive: bool
    question_keys: tuple[str, ...] = ()
    # Named by a bundle whose sending office did not include the file.
    file_not_supplied: bool = False


FILE_NOT_SUPPLIED = "File not supplied by the sending office"


@dataclass(frozen=True)
class ReportAction:
    """A question to the chief constable or a condition of approval."""

    ref: str  # "A1", "A2", ...
    kind: str  # label
    text: str
    owner: str
    due_date: date | None
    status: str  # label
    overdue: bool
    reply: str
    question_key: str | None
    sensitive: bool
    is_condition: bool = False


@dataclass(frozen=True)
class ReportChange:
    """A question whose finding differs from the previous round."""

    key: str
    prompt: str
    kind: str  # "added", "removed", "changed"
    before: str  # e.g. "Partly met, Amber" or "Not answered"
    after: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportFramework:
    """How far the answers cover one framework's elements (ALGO-CARE, ATRS, ...)."""

    title: str
    covered: int  # elements answered (anything but unknown)
    total: int
    unanswered: tuple[str, ...]
    met: int = 0  # elements whose questions are all met (or not applicable)

    @property
    def not_met(self) -> int:
        return self.covered - self.met

    @property
    def not_answered(self) -> int:
        return self.total - self.covered


PANEL_ADVICE = "Ethics panel advice"  # the capacity label of the panel's advice


def _is_advice(decision: ReportDecision) -> bool:
    return decision.advice or decision.capacity == PANEL_ADVICE


# In the band of every page of a report exported despite a record failing verification.
VERIFICATION_FAILED_BAND = "RECORD FAILED VERIFICATION"
# In the band of every page of a report from the demonstration record.
DEMONSTRATION_BAND = "DEMONSTRATION"


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
    templates: tuple[tuple[str, str], ...]  # (title, version); the core first, then modules
    generated_at: datetime  # UTC
    public: bool
    answered: int
    total: int
    ready: bool
    missing_critical: tuple[str, ...]
    red_flags: tuple[ReportFlag, ...]
    themes: tuple[ReportTheme, ...]
    decisions: tuple[ReportDecision, ...]
    record_head_hash: str
    record_entries: int
    app_version: str = ""
    language: str = "en-GB"
    report_id: str = ""
    prepared_by: str = ""
    round_number: int = 1
    previous_id: int | None = None
    evidence: tuple[ReportEvidence, ...] = ()
    actions: tuple[ReportAction, ...] = ()
    changes: tuple[ReportChange, ...] = ()
    # The scrutiny's own record entries, so a reader can find them in the chain.
    scrutiny_entries: int = 0
    frameworks: tuple[ReportFramework, ...] = ()
    # Exported although the scrutiny's record failed verification (a deliberate choice).
    verification_failed: bool = False
    inconsistencies: tuple[ReportInconsistency, ...] = ()
    # The guidance appendix (guidance, sources and red-flag criteria per question), if asked for.
    appendix: bool = False
    office: str = ""  # the office publishing the paper, when known
    contact: str = ""  # how the public comments or complains, when the office has said
    # The office's decision-maker's title ("Deputy Mayor for Policing and Crime"), when known.
    decision_maker: str = ""
    # From the throwaway demonstration record: every page says so.
    demonstration: bool = False
    # The office's logo for the cover: ("png" or "svg", the file's bytes), checked when set.
    logo: tuple[str, bytes] | None = None
    # The screening and the impact level it set; None: not screened (every question asked).
    screening: ReportScreening | None = None
    # Questions the checklist does not ask, listed so a reader sees what was left out and why.
    not_asked: tuple[ReportNotAsked, ...] = ()
    # The bands the checklist's own templates score from typed answers, if any declare one.
    bands: tuple[ReportBand, ...] = ()

    @property
    def band(self) -> str:
        """The marking band printed at top and bottom of every page."""
        band = f"{DEMONSTRATION_BAND} · {self.marking}" if self.demonstration else self.marking
        if self.verification_failed:
            return f"{band} · {VERIFICATION_FAILED_BAND}"
        return band

    @property
    def modules(self) -> tuple[str, ...]:
        """The technology modules chosen (every template after the core)."""
        return tuple(title for title, _ in self.templates[1:])

    @property
    def blocking_flags(self) -> tuple[ReportFlag, ...]:
        return tuple(flag for flag in self.red_flags if flag.blocking)

    @property
    def current_decision(self) -> ReportDecision | None:
        """The newest decision still standing (not superseded)."""
        standing = [d for d in self.decisions if d.current]
        return standing[-1] if standing else None

    @property
    def finding_groups(self) -> tuple[FindingGroup, ...]:
        """Unlawful as it stands, legal risk, good practice: answered questions only."""
        return finding_groups(self.themes)

    @property
    def other_answers(self) -> tuple[Answer, ...]:
        """Answered questions that are not findings (met, not applicable, ...)."""
        return other_answers(self.themes)

    @property
    def unanswered_critical(self) -> tuple[ReportQuestion, ...]:
        """Critical questions nobody has answered yet: named, never shown as findings."""
        return tuple(q for q in unanswered(self.themes) if q.critical)

    @property
    def unanswered_other(self) -> int:
        """How many other questions are not answered yet (counted, not listed)."""
        return sum(1 for q in unanswered(self.themes) if not q.critical)

    @property
    def current_advice(self) -> ReportDecision | None:
        """The panel's standing advice, if any."""
        standing = [d for d in self.decisions if d.current and _is_advice(d)]
        return standing[-1] if standing else None

    @property
    def current_ruling(self) -> ReportDecision | None:
        """The standing decision of whoever decides (not the panel's advice), if any."""
        standing = [d for d in self.decisions if d.current and not _is_advice(d)]
        return standing[-1] if standing else None

    @property
    def open_actions(self) -> tuple[ReportAction, ...]:
        return tuple(a for a in self.actions if a.status == "Open")

    @property
    def prompts(self) -> dict[str, str]:
        """Every question's prompt by key, for naming the questions a condition resolves."""
        return {q.key: q.prompt for theme in self.themes for q in theme.questions}
