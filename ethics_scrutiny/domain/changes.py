"""What changed in the answers between two rounds (or two moments) of a scrutiny."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from .scrutiny import ResponseData


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class ResponseChange:
    """One question whose finding differs between ``before`` and ``after``."""

    key: str
    kind: ChangeKind
    before: ResponseData | None
    after: ResponseData | None
    # Which of status, rating, note and sensitive differ (empty for added or removed).
    fields: tuple[str, ...] = ()


_COMPARED = ("status", "rating", "note", "sensitive")


def compare_responses(
    before: Mapping[str, ResponseData], after: Mapping[str, ResponseData]
) -> tuple[ResponseChange, ...]:
    """Every question answered differently, newly answered or no longer answered, by key."""
    changes: list[ResponseChange] = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old is None:
            changes.append(ResponseChange(key, ChangeKind.ADDED, None, new))
        elif new is None:
            changes.append(ResponseChange(key, ChangeKind.REMOVED, old, None))
        else:
            fields = tuple(f for f in _COMPARED if getattr(old, f) != getattr(new, f))
            if fields:
                changes.append(ResponseChange(key, ChangeKind.CHANGED, old, new, fields))
    return tuple(changes)
