"""Refuse a chosen save path on the record's own files as soon as the dialog closes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.services.output_paths import check_output_for

from ..kit import messages
from ..kit.context import AppContext


def refused_output(parent: QWidget, context: AppContext, path: Path, title: str) -> bool:
    """True (after saying why) when ``path`` is the record or inside a folder it manages.

    Checked on the GUI thread before any work is queued, so nothing is rendered or copied
    for a place the services would refuse anyway.
    """
    try:
        check_output_for(context.services.database, path)
    except InvalidInputError as exc:
        messages.warning(parent, title, str(exc))
        return True
    return False
