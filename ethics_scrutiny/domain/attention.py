"""Which scrutinies need looking at, and why: the dashboard's strip and the command line's list."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Protocol

from .enums import Outcome
from .lapse import approval_lapsed

# A review due within this many days counts as "due soon".
REVIEW_SOON_DAYS = 30


class Attention(StrEnum):
    """Why a scrutiny needs looking at; each is also a filter on the dashboard."""

    RED_FLAGS = "red_flags"
    OVERDUE_ACTIONS = "overdue_actions"
    REVIEW_OVERDUE = "review_overdue"
    REVIEW_SOON = "review_soon"
    APPROVAL_LAPSED = "approval_lapsed"


class Listed(Protocol):
    """The facts of a listed scrutiny these rules read (``ScrutinySummary`` has them).

    A protocol rather than the summary itself, so that the command line's quick list applies
    the very same rules without importing the templates' models.
    """

    @property
    def approval_lapsed(self) -> bool: ...
    @property
    def latest_outcome(self) -> Outcome | None: ...
    @property
    def next_review_date(self) -> date | None: ...
    @property
    def red_flag_count(self) -> int: ...
    @property
    def overdue_actions(self) -> int: ...


def lapsed(row: Listed, today: date) -> bool:
    """Support (with or without conditions) stands but its review date has passed."""
    return row.approval_lapsed or approval_lapsed(row.latest_outcome, row.next_review_date, today)


def attention(row: Listed, today: date) -> frozenset[Attention]:
    """Every reason ``row`` needs looking at on ``today`` (the officer's local date)."""
    found: set[Attention] = set()
    if lapsed(row, today):
        found.add(Attention.APPROVAL_LAPSED)
    if row.red_flag_count:
        found.add(Attention.RED_FLAGS)
    if row.overdue_actions:
        found.add(Attention.OVERDUE_ACTIONS)
    review = row.next_review_date
    if review is not None and review < today:
        found.add(Attention.REVIEW_OVERDUE)
    elif review is not None and (review - today).days <= REVIEW_SOON_DAYS:
        found.add(Attention.REVIEW_SOON)
    return frozenset(found)


def attention_in_order(row: Listed, today: date) -> list[Attention]:
    """``attention`` in the order the enum declares, for output that must not vary."""
    found = attention(row, today)
    return [kind for kind in Attention if kind in found]
