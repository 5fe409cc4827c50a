"""Pure scoring of a checklist against responses: theme roll-ups, red flags, readiness.

Every public function here counts answers as consistency rules allow: a "met" that a rule
doubts counts as not met (see :mod:`.consistency`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .consistency import Inconsistency, counted_responses, inconsistencies
from .enums import Obligation, Rating, Status
from .scrutiny import ResponseData
from .templates import Checklist, Question, Theme

Responses = Mapping[str, ResponseData]

# Statuses that settle a question; "unknown" means the evidence was not provided.
SETTLED = frozenset({Status.MET, Status.PARTLY_MET, Status.NOT_MET, Status.NOT_APPLICABLE})


@dataclass(frozen=True)
class ThemeScore:
    """A theme's progress and its overall RAG rating (``None`` until something is answered)."""

    key: str
    title: str
    rating: Rating | None
    answered: int
    total: int
    red_flags: int


@dataclass(frozen=True)
class RedFlag:
    """A critical question whose answer should stop the panel."""

    key: str
    prompt: str
    red_flag: str
    # Why a blocking flag stands ("not met", "unknown", ...); empty for an ordinary red flag.
    why: str = ""


@dataclass(frozen=True)
class Readiness:
    """Whether the scrutiny is ready to go to the panel, and what holds it back."""

    ready: bool
    missing_critical: tuple[str, ...]
    red_flag_keys: tuple[str, ...]


@dataclass(frozen=True)
class Assessment:
    """The whole scoring of one scrutiny."""

    themes: tuple[ThemeScore, ...]
    red_flags: tuple[RedFlag, ...]
    readiness: Readiness
    answered: int
    total: int
    # Blocking questions not shown to be met: they stand in the way of support.
    blocking_red_flags: tuple[RedFlag, ...] = ()
    # "Met" answers that a consistency rule doubts; each counts as not met.
    inconsistencies: tuple[Inconsistency, ...] = ()
    # Flags on "must" questions (every blocking flag among them): only a condition cures one.
    must_flags: tuple[RedFlag, ...] = ()

    @property
    def completeness(self) -> float:
        return self.answered / self.total if self.total else 0.0


def is_red_flag(question: Question, response: ResponseData | None) -> bool:
    """A critical question that the evidence shows is not met."""
    return question.critical and response is not None and response.status is Status.NOT_MET


def question_rating(question: Question, response: ResponseData | None) -> Rating | None:
    """The officer's rating, or one implied by the status when none was given."""
    if response is None:
        return None
    if is_red_flag(question, response):
        return Rating.RED
    if response.rating is not None:
        return response.rating
    return _IMPLIED_RATING[response.status]


_IMPLIED_RATING: dict[Status, Rating | None] = {
    Status.MET: Rating.GREEN,
    Status.PARTLY_MET: Rating.AMBER,
    Status.NOT_MET: Rating.RED,
    Status.UNKNOWN: Rating.AMBER,
    Status.NOT_APPLICABLE: None,
}

_SEVERITY = {Rating.GREEN: 0, Rating.AMBER: 1, Rating.RED: 2}


def score_theme(theme: Theme, responses: Responses) -> ThemeScore:
    """Roll a theme up to its worst question rating; an unanswered question keeps it off green."""
    ratings = [question_rating(q, responses.get(q.key)) for q in theme.questions]
    answered = sum(1 for q in theme.questions if q.key in responses)
    flags = sum(1 for q in theme.questions if is_red_flag(q, responses.get(q.key)))
    rated = [r for r in ratings if r is not None]
    rating: Rating | None = None
    if rated:
        rating = max(rated, key=_SEVERITY.__getitem__)
        if rating is Rating.GREEN and answered < len(theme.questions):
            rating = Rating.AMBER
    return ThemeScore(theme.key, theme.title, rating, answered, len(theme.questions), flags)


def counted(
    checklist: Checklist, responses: Responses
) -> tuple[Responses, tuple[Inconsistency, ...]]:
    """The answers as flags and readiness count them, and the inconsistencies that made them so."""
    found = inconsistencies(checklist, responses)
    return (counted_responses(responses, found) if found else responses), found


def red_flags(checklist: Checklist, responses: Responses) -> tuple[RedFlag, ...]:
    answers, _ = counted(checklist, responses)
    return _red_flags(checklist, answers)


def _red_flags(checklist: Checklist, answers: Responses) -> tuple[RedFlag, ...]:
    return tuple(
        RedFlag(q.key, q.prompt, q.red_flag)
        for q in checklist.questions()
        if is_red_flag(q, answers.get(q.key))
    )


def blocking_reason(question: Question, response: ResponseData | None) -> str | None:
    """Why a blocking question still blocks support, or ``None`` once it is cleared.

    Only "met" clears it, or "not applicable" with a note saying why: "unknown" never counts
    as met, and a bare "not applicable" would let a blocking question be waved away unexplained.
    """
    if not question.blocking:
        return None
    if response is None:
        return "not answered yet"
    if response.status is Status.MET:
        return None
    if response.status is Status.NOT_APPLICABLE:
        return None if response.note.strip() else "marked not applicable without a reason"
    return _BLOCKING_WHY[response.status]


_BLOCKING_WHY = {
    Status.NOT_MET: "not met",
    Status.PARTLY_MET: "only partly met",
    Status.UNKNOWN: "unknown: the evidence has not been provided",
}


def blocking_red_flags(checklist: Checklist, responses: Responses) -> list[RedFlag]:
    """Blocking questions that stand in the way of a "support" outcome, in checklist order."""
    answers, found = counted(checklist, responses)
    return _blocking_flags(checklist, answers, found)


def _blocking_flags(
    checklist: Checklist, answers: Responses, found: tuple[Inconsistency, ...]
) -> list[RedFlag]:
    doubted = {item.key: item for item in found}
    flags = []
    for question in checklist.questions():
        why = blocking_reason(question, answers.get(question.key))
        if why is not None:
            if question.key in doubted:
                why = doubted_why(doubted[question.key])
            flags.append(RedFlag(question.key, question.prompt, question.red_flag, why))
    return flags


def doubted_why(item: Inconsistency) -> str:
    """Why a "met" answer is counted as not met, in the words a flag list uses."""
    return (
        "answered met, but counted as not met while "
        + ", ".join(item.because)
        + " "
        + ("is not met" if len(item.because) == 1 else "are not met")
    )


def must_flags(checklist: Checklist, responses: Responses) -> list[RedFlag]:
    """Flags standing on "must" questions: every blocking flag and any "must" red flag."""
    answers, found = counted(checklist, responses)
    return _must_flags(checklist, answers, found)


def _must_flags(
    checklist: Checklist, answers: Responses, found: tuple[Inconsistency, ...]
) -> list[RedFlag]:
    blocking = {flag.key: flag for flag in _blocking_flags(checklist, answers, found)}
    reds = {flag.key: flag for flag in _red_flags(checklist, answers)}
    doubted = {item.key: item for item in found}
    flags = []
    for question in checklist.questions():
        if question.obligation is not Obligation.MUST:
            continue
        flag = blocking.get(question.key) or reds.get(question.key)
        if flag is None:
            continue
        why = doubted_why(doubted[flag.key]) if flag.key in doubted else flag.why or "not met"
        flags.append(RedFlag(flag.key, flag.prompt, flag.red_flag, why))
    return flags


def readiness(checklist: Checklist, responses: Responses) -> Readiness:
    """Ready when every critical question is settled (never "unknown") and none is a red flag."""
    answers, _ = counted(checklist, responses)
    return _readiness(checklist, answers)


def _readiness(checklist: Checklist, responses: Responses) -> Readiness:
    critical = [q for q in checklist.questions() if q.critical]
    missing = tuple(
        q.key for q in critical if q.key not in responses or responses[q.key].status not in SETTLED
    )
    flagged = tuple(q.key for q in critical if is_red_flag(q, responses.get(q.key)))
    return Readiness(not missing and not flagged, missing, flagged)


def assess(checklist: Checklist, responses: Responses) -> Assessment:
    """Score every theme and the checklist as a whole, counting answers as the rules allow."""
    answered = sum(1 for q in checklist.questions() if q.key in responses)
    answers, found = counted(checklist, responses)
    return Assessment(
        themes=tuple(score_theme(t, answers) for t in checklist.themes),
        red_flags=_red_flags(checklist, answers),
        readiness=_readiness(checklist, answers),
        answered=answered,
        total=checklist.question_count,
        blocking_red_flags=tuple(_blocking_flags(checklist, answers, found)),
        inconsistencies=found,
        must_flags=tuple(_must_flags(checklist, answers, found)),
    )
