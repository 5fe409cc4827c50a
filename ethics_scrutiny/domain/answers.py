"""What a finding is saved as when the officer gave no status."""

from __future__ import annotations

from .enums import Rating, Status


def status_to_save(
    chosen: Status | None,
    saved: Status | None,
    *,
    note: str = "",
    rating: Rating | None = None,
    sensitive: bool = False,
) -> Status | None:
    """The status to store: the one chosen, else the one already saved.

    A question still unanswered that gets a note, a rating or the sensitive mark is saved as
    Unknown: a finding needs a status, and a note alone means the evidence is not yet seen.
    ``None``: nothing to save (no status and nothing typed on an unanswered question).
    """
    if chosen is not None:
        return chosen
    if saved is not None:
        return saved
    if note.strip() or rating is not None or sensitive:
        return Status.UNKNOWN
    return None
