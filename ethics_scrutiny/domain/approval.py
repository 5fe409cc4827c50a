"""What a supporting decision needs: readiness, conditions naming must flags, a review date."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date

from ..i18n import _
from .enums import Obligation, Outcome
from .errors import InvalidInputError
from .lapse import SUPPORTING as SUPPORTING
from .scoring import Assessment, RedFlag
from .templates import Checklist

# An approval is time-limited: its review date is at most this far ahead. An office may set a
# shorter limit, never a longer one.
MAX_APPROVAL_MONTHS = 24

_KEY = r"[A-Za-z]{2,4}-\d{2,3}"
# "LB-03, LB-04: Publish the watchlist criteria ..." names the questions a condition resolves.
_PREFIX = re.compile(rf"^\s*({_KEY}(?:\s*,\s*{_KEY})*)\s*:")


def keys_of_condition(text: str) -> tuple[str, ...]:
    """The question keys a condition names before its colon, in order, each once."""
    match = _PREFIX.match(text)
    if match is None:
        return ()
    keys = (part.strip().upper() for part in match.group(1).split(","))
    return tuple(dict.fromkeys(keys))


def named_keys(checklist: Checklist, conditions: Sequence[str]) -> set[str]:
    """Every key the conditions name, refusing one that is not a question of the checklist."""
    named: set[str] = set()
    for number, text in enumerate(conditions, start=1):
        for key in keys_of_condition(text):
            if not checklist.has_question(key):
                raise InvalidInputError(
                    _(
                        "Condition {number} names {key}, which is not a question of this scrutiny; "
                        "name questions of its checklist or remove that key."
                    ).format(number=number, key=key)
                )
            named.add(key)
    return named


def flags_to_override(
    outcome: Outcome, result: Assessment, checklist: Checklist, conditions: Sequence[str]
) -> tuple[RedFlag, ...]:
    """The flags an override reason must answer for, or InvalidInputError if none can.

    Support needs readiness: no critical question unanswered or unknown and no flag on a
    "must" question. Support with conditions cures a "must" flag only by a condition naming
    it. Only flags on "should" and "could" questions are left to an override reason.
    """
    named = named_keys(checklist, conditions)
    if outcome not in SUPPORTING:
        return ()
    if outcome is Outcome.SUPPORT:
        _require_ready(result)
    else:
        _require_named(result.must_flags, named)
    return tuple(
        flag
        for flag in result.red_flags
        if checklist.question(flag.key).obligation is not Obligation.MUST and flag.key not in named
    )


def _require_ready(result: Assessment) -> None:
    must = describe_flags(result.must_flags)
    missing = ", ".join(result.readiness.missing_critical)
    if not must and not missing:
        return
    parts = []
    if missing:
        parts.append(_("critical questions not answered or unknown: {keys}").format(keys=missing))
    if must:
        parts.append(_("flags on legal requirements stand: {flags}").format(flags=must))
    raise InvalidInputError(
        _(
            "Support needs the scrutiny to be ready, and no override reason changes that "
            "({problems}). Settle those questions, or record 'support with conditions' with a "
            "condition naming each flag on a legal requirement, or choose another outcome."
        ).format(problems="; ".join(parts))
    )


def _require_named(flags: Sequence[RedFlag], named: set[str]) -> None:
    unnamed = [flag for flag in flags if flag.key not in named]
    if not unnamed:
        return
    example = ", ".join(flag.key for flag in unnamed[:2])
    raise InvalidInputError(
        _(
            "Support with conditions needs a condition naming each flag on a legal requirement, "
            "and none names {flags}. Start a condition with the keys it resolves, for example "
            "'{example}: what the force must do, and by when'; an override reason cannot stand in "
            "for one."
        ).format(flags=describe_flags(unnamed), example=example)
    )


def describe_flags(flags: Sequence[RedFlag]) -> str:
    """Flags grouped by why they stand: "LB-03, PD-01 (not answered yet); FR-01 (not met)"."""
    by_reason: dict[str, list[str]] = {}
    for flag in flags:
        by_reason.setdefault(flag.why or "not met", []).append(flag.key)
    return "; ".join(f"{', '.join(keys)} ({why})" for why, keys in by_reason.items())


def review_date_problem(
    outcome: Outcome, review_date: date | None, today: date, max_months: int
) -> str | None:
    """Why a supporting decision's review date cannot stand, or ``None`` when it can."""
    if outcome not in SUPPORTING:
        return None
    latest = add_months(today, max_months)
    window = f"after {today.isoformat()} and no later than {latest.isoformat()}"
    if review_date is None:
        return f"'{outcome.label}' needs a review date {window}: approval is time-limited."
    if review_date <= today:
        return f"The review date {review_date.isoformat()} is not in the future; give one {window}."
    if review_date > latest:
        return (
            f"The review date {review_date.isoformat()} is more than {max_months} months ahead; "
            f"give one {window}."
        )
    return None


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day if it has no such day."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
