"""When a standing approval has lapsed: a rule light enough for the command line's quick list.

It imports only the enums, so ``list --json`` can apply it without loading the templates'
models (see :mod:`ethics_scrutiny.domain.attention`).
"""

from __future__ import annotations

from datetime import date

from .enums import Outcome

SUPPORTING = frozenset({Outcome.SUPPORT, Outcome.SUPPORT_WITH_CONDITIONS})


def approval_lapsed(outcome: Outcome | None, review_date: date | None, today: date) -> bool:
    """A standing approval whose review date has passed."""
    return outcome in SUPPORTING and review_date is not None and review_date < today
