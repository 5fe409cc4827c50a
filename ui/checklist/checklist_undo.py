"""Undo and redo of answers: one command per change, each saved through the service."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.scrutiny import ResponseData

from ..kit.i18n import arg, translate

# apply(scrutiny_id, key, response or None for unanswered, show the question?)
Apply = Callable[[int, str, ResponseData | None, bool], None]

_NOTE_EDIT_ID = 1


class AnswerCommand(QUndoCommand):
    """Moves one question's answer from ``before`` to ``after`` and back.

    The first redo happens as the command is pushed, when the page already shows the new
    answer, so it only saves; later redos and every undo also bring the question into view.
    """

    def __init__(
        self,
        apply: Apply,
        scrutiny_id: int,
        before: ResponseData | None,
        after: ResponseData | None,
    ) -> None:
        either = after or before
        key = either.key if either is not None else ""
        super().__init__(describe(key, before, after))
        self._apply = apply
        self.scrutiny_id = scrutiny_id
        self.key = key
        self.before = before
        self.after = after
        self._pushed = False

    @property
    def note_only(self) -> bool:
        return is_note_edit(self.before, self.after)

    def redo(self) -> None:
        self._apply(self.scrutiny_id, self.key, self.after, self._pushed)
        self._pushed = True

    def undo(self) -> None:
        self._apply(self.scrutiny_id, self.key, self.before, True)

    def id(self) -> int:
        # Only note edits merge, so typing in one note is one undo step.
        return _NOTE_EDIT_ID if self.note_only else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, AnswerCommand)
            and other.note_only
            and other.key == self.key
            and other.scrutiny_id == self.scrutiny_id
        ):
            return False
        self.after = other.after
        self.setText(describe(self.key, self.before, self.after))
        return True


def is_note_edit(before: ResponseData | None, after: ResponseData | None) -> bool:
    """True when only the note text differs between two answers."""
    if before is None or after is None:
        return False
    return (before.status, before.rating, before.sensitive) == (
        after.status,
        after.rating,
        after.sensitive,
    ) and before.note != after.note


def describe(key: str, before: ResponseData | None, after: ResponseData | None) -> str:
    """What Undo and Redo name in the Edit menu, e.g. "status of PD-01 (Met)"."""
    if after is None:
        return arg(translate("checklist_undo", "answer to %1"), key)
    if is_note_edit(before, after):
        return arg(translate("checklist_undo", "note on %1"), key)
    if before is None or before.status != after.status:
        return arg(translate("checklist_undo", "status of %1 (%2)"), key, i18n.label(after.status))
    if before.rating != after.rating:
        word = (
            i18n.label(after.rating) if after.rating else translate("checklist_undo", "No rating")
        )
        return arg(translate("checklist_undo", "rating of %1 (%2)"), key, word)
    if before.sensitive != after.sensitive:
        return arg(translate("checklist_undo", "sensitive mark on %1"), key)
    return arg(translate("checklist_undo", "answer to %1"), key)
