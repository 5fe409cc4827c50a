"""At start, after a session that ended abnormally: say so, then offer kept notes back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ..kit import crash, drafts, messages
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate


def after_start(
    parent: QWidget,
    data_dir: Path,
    previous_unclean: bool,
    restore: Callable[[list[drafts.Draft]], None],
) -> None:
    """The notice (if the last session did not close normally), then any kept note drafts."""
    kept = drafts.pending(data_dir)
    if previous_unclean:
        messages.warning(parent, translate("session", UNCLEAN_TITLE), unclean_text(bool(kept)))
    drafts.offer(parent, data_dir, restore)


UNCLEAN_TITLE = QT_TRANSLATE_NOOP("session", "Ethics Scrutiny did not close normally last time")


def unclean_text(notes_kept: bool) -> str:
    # The headline again in the text: some desktops show no title on a message box.
    parts = [
        translate("session", UNCLEAN_TITLE) + ".",
        translate(
            "session",
            "Everything it showed as saved is in the record. The computer may have shut down, "
            "or the app may have been stopped or failed.",
        ),
    ]
    if notes_kept:
        parts.append(
            translate("session", "Notes that were being typed were kept; they are offered next.")
        )
    log_path = crash.current_log_path()
    if log_path is not None:
        parts.append(
            arg(
                translate("session", "If this keeps happening, send the log file to support:\n%1"),
                log_path,
            )
        )
    return "\n\n".join(parts)
