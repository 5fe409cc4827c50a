"""Stopping a render part-way: the renderer asks a flag between steps and raises if it is set."""

from __future__ import annotations

from collections.abc import Callable

from ethics_scrutiny.domain.errors import ExportError

Cancelled = Callable[[], bool]


class ExportCancelledError(ExportError):
    """The officer cancelled the export; nothing was written."""


def check_cancelled(cancelled: Cancelled | None) -> None:
    """Raise ``ExportCancelledError`` if the export has been cancelled."""
    if cancelled is not None and cancelled():
        raise ExportCancelledError("The export was cancelled; no file was written.")
