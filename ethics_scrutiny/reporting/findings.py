"""The panel paper's content rules: findings by seriousness, what is not yet answered."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model imports this module; its types are only named here
    from .model import ReportQuestion, ReportTheme

NOT_ANSWERED = "Not answered"


class Seriousness(StrEnum):
    """How serious a finding is, most serious first."""

    UNLAWFUL = "unlawful"
    LEGAL_RISK = "legal-risk"
    GOOD_PRACTICE = "good-practice"

    @property
    def title(self) -> str:  # type: ignore[override]
        return _TITLES[self]

    @property
    def meaning(self) -> str:
        return _MEANINGS[self]


_TITLES = {
    Seriousness.UNLAWFUL: "Unlawful as it stands",
    Seriousness.LEGAL_RISK: "Legal risk",
    Seriousness.GOOD_PRACTICE: "Good practice",
}
_MEANINGS = {
    Seriousness.UNLAWFUL: "Legal requirements that the evidence shows are not met.",
    Seriousness.LEGAL_RISK: (
        "Legal requirements only partly met or not yet shown, and answers of met that cannot "
        "count while what they rest on is not met."
    ),
    Seriousness.GOOD_PRACTICE: "Expected good practice, or what is desirable, that is not met.",
}


@dataclass(frozen=True)
class Finding:
    """One answered question that the panel needs to act on, with the theme it sits in."""

    question: ReportQuestion
    theme: str
    seriousness: Seriousness


@dataclass(frozen=True)
class FindingGroup:
    """Every finding of one seriousness, in checklist order."""

    seriousness: Seriousness
    findings: tuple[Finding, ...]

    @property
    def title(self) -> str:
        return self.seriousness.title


@dataclass(frozen=True)
class Answer:
    """An answered question that is not a finding (met, not applicable, a should partly met)."""

    question: ReportQuestion
    theme: str


def is_answered(question: ReportQuestion) -> bool:
    return question.status != NOT_ANSWERED


def seriousness(question: ReportQuestion) -> Seriousness | None:
    """How serious the officer's answer is; None when it is no finding (or not answered).

    Unanswered questions are never findings: what nobody has looked at cannot be reported as
    something the force did or failed to do.
    """
    if not is_answered(question):
        return None
    if question.doubted:
        return Seriousness.LEGAL_RISK
    if question.obligation == "Must":
        if question.status == "Not met":
            return Seriousness.UNLAWFUL
        if question.status in ("Partly met", "Unknown"):
            return Seriousness.LEGAL_RISK
        return None
    return Seriousness.GOOD_PRACTICE if question.status == "Not met" else None


def finding_groups(themes: tuple[ReportTheme, ...]) -> tuple[FindingGroup, ...]:
    """The three groups, most serious first, each possibly empty."""
    found: dict[Seriousness, list[Finding]] = {s: [] for s in Seriousness}
    for theme in themes:
        for question in theme.questions:
            level = seriousness(question)
            if level is not None:
                found[level].append(Finding(question, theme.title, level))
    return tuple(FindingGroup(level, tuple(items)) for level, items in found.items())


def other_answers(themes: tuple[ReportTheme, ...]) -> tuple[Answer, ...]:
    """Answered questions that are not findings, in checklist order."""
    return tuple(
        Answer(q, theme.title)
        for theme in themes
        for q in theme.questions
        if is_answered(q) and seriousness(q) is None
    )


def unanswered(themes: tuple[ReportTheme, ...]) -> tuple[ReportQuestion, ...]:
    return tuple(q for theme in themes for q in theme.questions if not is_answered(q))


# How the public summary says what was found, by the answer's status.
_FOUND_PHRASES = {
    "Not met": "is not met",
    "Partly met": "is only partly met",
    "Unknown": "has not yet been shown",
}


def plain_finding(finding: Finding) -> str:
    """A finding as one plain sentence for the public: no code, no note, no criteria."""
    q = finding.question
    if q.doubted:
        found = "was answered as met, but cannot count as met while what it rests on is not met"
    else:
        found = _FOUND_PHRASES.get(q.status, f"is {q.status.lower()}")
    prompt = q.prompt.strip().rstrip("?")
    return f"{finding.theme}: the office asked “{prompt}?” and found that this {found}."
