"""Wording shared by every report format: labels, dates in local time, ratings as words."""

from __future__ import annotations

from datetime import UTC, date, datetime

from .model import ReportModel

NOT_RATED = "Not rated"
WITHHELD_NOTE = "Note withheld from the public summary"
NO_DECISION = "No decision has been recorded yet."


def local_time_text(moment: datetime) -> str:
    """Show a UTC ``datetime`` in the computer's local time, e.g. ``3 June 2025, 14:05 BST``.

    Naive values are taken to be UTC, as the report model stores UTC.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    zone = local.strftime("%Z")
    if not zone or len(zone) > 5:  # Windows gives long names such as "GMT Summer Time"
        zone = "UTC" + local.strftime("%z")[:3] + ":" + local.strftime("%z")[3:]
    return f"{local.day} {local:%B %Y, %H:%M} {zone}"


def date_text(day: date) -> str:
    """Show a date as ``3 June 2025``."""
    return f"{day.day} {day:%B %Y}"


def rating_text(rating: str | None) -> str:
    """The rating word shown to readers; never leave a rating to colour alone."""
    return rating or NOT_RATED


def report_kind(model: ReportModel) -> str:
    """The report's heading: the full panel report or the public summary."""
    return "Public summary" if model.public else "Ethics scrutiny report"
