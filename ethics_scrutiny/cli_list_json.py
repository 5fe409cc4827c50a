"""The ``list --json`` row: one shape for the full path and the quick one (add, never rename).

Kept free of the templates' models and SQLAlchemy, so the quick list
(:mod:`ethics_scrutiny.cli_quick_list`) prints exactly what ``cmd_list`` prints.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Protocol

from .domain.attention import Listed, attention_in_order
from .domain.enums import Language, Marking, Rating, Stage, Technology


class ListedScrutiny(Listed, Protocol):
    """A listed scrutiny as the JSON needs it (``ScrutinySummary`` has all of it)."""

    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def force(self) -> str: ...
    @property
    def technology(self) -> Technology: ...
    @property
    def stage(self) -> Stage: ...
    @property
    def marking(self) -> Marking: ...
    @property
    def answered(self) -> int: ...
    @property
    def total(self) -> int: ...
    @property
    def updated_at(self) -> datetime: ...
    @property
    def language(self) -> Language: ...
    @property
    def round_number(self) -> int: ...
    @property
    def previous_id(self) -> int | None: ...
    @property
    def overall_rating(self) -> Rating | None: ...
    @property
    def ready_for_panel(self) -> bool: ...
    @property
    def open_actions(self) -> int: ...
    @property
    def impact_level(self) -> int | None: ...


def summary_json(item: ListedScrutiny, today: date | None = None) -> dict[str, Any]:
    """``today``: the local date the attention rules are judged on (default: today)."""
    on = today if today is not None else date.today()
    return {
        "id": item.id,
        "title": item.title,
        "force": item.force,
        "technology": item.technology.value,
        "stage": item.stage.value,
        "marking": item.marking.value,
        "answered": item.answered,
        "total": item.total,
        "outcome": item.latest_outcome.value if item.latest_outcome else None,
        "updated_at": item.updated_at.isoformat(),
        # Dashboard facts (added fields; earlier ones keep their names).
        "language": item.language.value,
        "round": item.round_number,
        "previous_id": item.previous_id,
        "overall_rating": item.overall_rating.value if item.overall_rating else None,
        "ready_for_panel": item.ready_for_panel,
        "red_flags": item.red_flag_count,
        "next_review_date": item.next_review_date.isoformat() if item.next_review_date else None,
        "open_actions": item.open_actions,
        "overdue_actions": item.overdue_actions,
        "approval_lapsed": item.approval_lapsed,
        # Why the dashboard would flag it: red_flags, overdue_actions, review_overdue,
        # review_soon, approval_lapsed (the same rules as the app's "needs attention" strip).
        "needs_attention": [kind.value for kind in attention_in_order(item, on)],
        # The screening's impact level (1-4); null when not screened (every question asked).
        "impact_level": item.impact_level,
    }
