"""Three-way comparison of a bundle with this record, item by item; nothing is changed here."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ethics_scrutiny.domain.errors import InvalidInputError

from .report import ItemReport
from .schema import BundleSyncItem
from .sync import Contents, SyncState

_WORDS = 70  # characters of a value shown in a report
_CODED = {"status", "rating", "kind"}  # values stored as codes such as "partly_met"


@dataclass
class MergePlan:
    """What to do with each item the bundle holds."""

    take: list[str] = field(default_factory=list)  # theirs is newer
    keep: list[str] = field(default_factory=list)  # ours is newer (theirs differs)
    same: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # unresolved
    keep_chosen: list[str] = field(default_factory=list)
    take_chosen: list[str] = field(default_factory=list)

    @property
    def to_apply(self) -> list[str]:
        return self.take + self.take_chosen


@dataclass(frozen=True)
class Side:
    """One side's items: contents, when each last changed, and the checklist's names."""

    contents: Contents
    changed_at: Mapping[str, datetime]
    checklist: str


def plan(
    theirs: Mapping[str, BundleSyncItem],
    theirs_contents: Contents,
    ours: SyncState,
    choices: Mapping[str, str],
) -> MergePlan:
    """Sort every item into take / keep / same / conflict; ``choices`` settle conflicts.

    ``ours`` must already be stamped with this record's current contents. ``choices`` maps
    an item to "ours" or "theirs"; naming an item that is not in conflict is refused.
    """
    result = MergePlan()
    for item in sorted(theirs):
        verdict = _verdict(item, theirs[item], ours, theirs_contents)
        if verdict == "conflicts" and item in choices:
            verdict = "keep_chosen" if choices[item] == "ours" else "take_chosen"
        getattr(result, verdict).append(item)
    stray = sorted(set(choices) - set(result.keep_chosen) - set(result.take_chosen))
    if stray:
        raise InvalidInputError(
            f"Not in conflict, so there is nothing to choose for: {', '.join(stray)}. "
            "Name only items the conflict report lists."
        )
    return result


def _verdict(
    item: str,
    theirs: BundleSyncItem,
    ours: SyncState,
    theirs_contents: Contents,
) -> str:
    head = ours.head(item)
    if head is None:  # this record never had it: new there
        return "take" if theirs_contents.get(item) is not None else "same"
    if head[1] == theirs.content_sha256:
        return "same"
    if theirs.revision in ours.known(item):
        return "keep"
    if head[0] in theirs.known:
        return "take"
    return "conflicts"  # both changed since they last shared a revision


def resolve_choices(
    keep_ours: Collection[str], take_theirs: Collection[str], items: Collection[str]
) -> dict[str, str]:
    """Turn the names an officer gave (question keys or item names) into item choices."""
    both = sorted(set(keep_ours) & set(take_theirs))
    if both:
        raise InvalidInputError(f"Both kept and taken: {', '.join(both)}. Choose one for each.")
    choices: dict[str, str] = {}
    for names, side in ((keep_ours, "ours"), (take_theirs, "theirs")):
        for name in names:
            item = name if name in items else f"response.{name}"
            choices[item if item in items else name] = side
    return choices


def report_item(item: str, ours: Side, theirs: Side) -> ItemReport:
    mine, other = ours.contents.get(item), theirs.contents.get(item)
    return ItemReport(
        item=item,
        label=_label(item, mine if mine is not None else other),
        ours=_describe(item, mine, other, ours.checklist, "not in this record"),
        theirs=_describe(item, other, mine, theirs.checklist, "not in the bundle"),
        ours_changed_at=ours.changed_at.get(item),
        theirs_changed_at=theirs.changed_at.get(item),
        ours_full=_describe(item, mine, other, ours.checklist, "not in this record", None),
        theirs_full=_describe(item, other, mine, theirs.checklist, "not in the bundle", None),
    )


def _label(item: str, content: Any) -> str:
    kind, _, name = item.partition(".")
    if kind == "response":
        return f"Answer to {name}"
    if kind == "scrutiny":
        return name.replace("_", " ").capitalize()
    if kind == "checklist":
        return "Checklist versions"
    title = content.get("title" if kind == "evidence" else "text", "") if content else ""
    return f"{kind.capitalize()} '{_short(str(title), 50)}'"


def _describe(
    item: str, value: Any, other: Any, checklist: str, missing: str, limit: int | None = _WORDS
) -> str:
    if value is None:
        return "(no answer)" if item.startswith("response.") else f"({missing})"
    if item == "checklist":
        return checklist
    if not isinstance(value, dict):
        return _short(str(value), limit)
    differing = [k for k in value if not isinstance(other, dict) or other.get(k) != value[k]]
    shown = differing or list(value)[:2]
    return "; ".join(f"{k.replace('_', ' ')}: {_short(_plain(k, value[k]), limit)}" for k in shown)


def _plain(key: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if key in _CODED and isinstance(value, str):
        return value.replace("_", " ")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


def _short(text: str, limit: int | None) -> str:
    if limit is None:
        return text
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
