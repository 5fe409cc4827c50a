"""One dialog of a kind at a time: a second request while one loads or shows raises that one.

A command that loads on the database worker before its dialog opens leaves a gap in which a
second key press queues a second load, and so a second dialog stacked on the first (two
"Record decision" dialogs could each record). A controller claims the kind when the command
starts and releases it when the work is done, the dialog closed or the save finished.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QWidget


class OnePerKind:
    """Which kinds are busy, and the window class each shows (to raise it when asked again)."""

    def __init__(
        self, on_busy: Callable[[], None] | None = None, owner: QWidget | None = None
    ) -> None:
        """``owner`` is the window the dialogs are opened over: only its own are raised (a
        demonstration window beside the record's keeps its dialogs to itself)."""
        self._busy: dict[str, type[QWidget]] = {}
        self._on_busy = on_busy
        self._owner = owner

    def claim(self, kind: str, window: type[QWidget]) -> bool:
        """True if ``kind`` was free and is now claimed; else raise its open window, if any.

        ``on_busy`` is called when nothing could be raised (the dialog is still loading or
        its work is saving), so the officer hears why nothing opened.
        """
        if kind not in self._busy:
            self._busy[kind] = window
            return True
        if not raise_open(window, self._owner) and self._on_busy is not None:
            self._on_busy()
        return False

    def release(self, kind: str) -> None:
        self._busy.pop(kind, None)

    def busy(self, kind: str) -> bool:
        return kind in self._busy

    @contextmanager
    def released_on_error(self, kind: str) -> Iterator[None]:
        """Release ``kind`` if the block fails, so one error never blocks the command for good."""
        try:
            yield
        except BaseException:
            self.release(kind)
            raise


def raise_open(window: type[QWidget], owner: QWidget | None = None) -> bool:
    """Bring the visible window of class ``window`` (over ``owner``, if given) to the front.

    False if there is none to raise.
    """
    for widget in QApplication.topLevelWidgets():
        mine = owner is None or widget.parentWidget() is owner
        if isinstance(widget, window) and widget.isVisible() and mine:
            widget.raise_()
            widget.activateWindow()
            return True
    return False
