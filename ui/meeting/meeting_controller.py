"""The summary before exporting, and meeting mode with the panel's comments saved as notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from ethics_scrutiny.domain.errors import ConcurrentEditError, NotFoundError
from ethics_scrutiny.domain.scoring import Assessment
from ethics_scrutiny.domain.scrutiny import ResponseData, ScrutinyDetail, ScrutinySummary

from ..kit import messages
from ..kit.context import AppContext
from ..kit.i18n import arg, translate
from ..kit.single_dialog import OnePerKind
from .meeting_mode import MeetingMode
from .summary_view import EXPORT, MEETING, SummaryDialog

# A comment is re-read and added again if someone saved the answer in between; a few tries.
COMMENT_ATTEMPTS = 3

# The scrutiny, its scores, and its withdrawn decisions (sequence: reason).
Loaded = tuple[ScrutinyDetail, Assessment, dict[int, str]]
SUMMARY_KIND, MEETING_KIND = "summary", "meeting"


def with_comment(note: str, comment: str, today: date) -> str:
    """The note with the panel's comment added after it, dated, so nothing typed is lost."""
    line = arg(
        translate("meeting_controller", "Panel comment, %1 %2: %3"),
        today.day,
        format(today, "%b %Y"),
        comment,
    )
    return f"{note.rstrip()}\n\n{line}" if note.strip() else line


class MeetingController(QObject):
    """Loads on the database worker; owns the meeting window while it is open.

    One summary and one meeting window at a time: asking again while one loads or shows
    raises it instead of opening a second.
    """

    export_requested = Signal(object)  # ScrutinySummary
    entered = Signal()
    left = Signal(int)  # the scrutiny's ID
    comment_saved = Signal(str)  # question key

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = context
        self._parent = parent_widget
        self.mode: MeetingMode | None = None
        self._one = OnePerKind(self._on_busy, parent_widget)

    def show_summary(self, summary: ScrutinySummary) -> None:
        if self._one.claim(SUMMARY_KIND, SummaryDialog):
            self._load(summary, SUMMARY_KIND, self._on_summary_loaded)

    def start(self, summary: ScrutinySummary) -> None:
        if self._one.claim(MEETING_KIND, MeetingMode):
            self._load(summary, MEETING_KIND, lambda loaded: self._enter(loaded[0], loaded[1]))

    def _load(self, summary: ScrutinySummary, kind: str, then: Callable[[Loaded], None]) -> None:
        with self._one.released_on_error(kind):
            self._ctx.tasks.run_db(
                lambda: self._read(summary.id), then, partial(self._failed, kind)
            )

    def _read(self, scrutiny_id: int) -> Loaded:
        detail, assessment = self._ctx.services.scrutinies.assessment(scrutiny_id)
        return detail, assessment, self._ctx.services.decisions.withdrawn(scrutiny_id)

    def _failed(self, kind: str, exc: BaseException) -> None:
        self._one.release(kind)
        messages.show_failure(
            self._parent, translate("MeetingController", "Scrutiny not loaded"), exc
        )

    def _on_busy(self) -> None:
        self._ctx.events.status_message.emit(
            translate("MeetingController", "Already opening: wait a moment.")
        )

    def _on_summary_loaded(self, loaded: Loaded) -> None:
        detail, assessment, withdrawn = loaded
        try:
            choice = SummaryDialog.ask(
                self._parent, detail=detail, assessment=assessment, withdrawn=withdrawn
            )
        finally:
            self._one.release(SUMMARY_KIND)
        if choice == EXPORT:
            self.export_requested.emit(detail.summary)
        elif choice == MEETING and self._one.claim(MEETING_KIND, MeetingMode):
            self._enter(detail, assessment)

    def _enter(self, detail: ScrutinyDetail, assessment: Assessment) -> None:
        with self._one.released_on_error(MEETING_KIND):
            self._show_mode(detail, assessment)

    def _show_mode(self, detail: ScrutinyDetail, assessment: Assessment) -> None:
        mode = MeetingMode(detail, assessment, self._parent)
        mode.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        scrutiny_id = detail.id
        mode.comment_saved.connect(lambda key, text: self._save(scrutiny_id, key, text))
        mode.left.connect(lambda: self._on_left(scrutiny_id))
        self.mode = mode
        mode.show_full_screen()
        self.entered.emit()

    def _save(self, scrutiny_id: int, key: str, text: str) -> None:
        self._ctx.tasks.run_db(
            lambda: self._append_comment(scrutiny_id, key, text),
            lambda _saved: self._on_saved(key),
            lambda exc: messages.show_failure(
                self._parent, translate("MeetingController", "Comment not saved"), exc
            ),
        )

    def _append_comment(self, scrutiny_id: int, key: str, text: str) -> ResponseData:
        """On the worker: read the answer as it stands now, keep its status and rating.

        Saved against the version just read, so an edit landing in between is never lost;
        the comment is then added to that newer note instead (a comment only ever appends).
        """
        for _attempt in range(COMMENT_ATTEMPTS - 1):
            try:
                return self._append_once(scrutiny_id, key, text)
            except ConcurrentEditError:
                continue
        return self._append_once(scrutiny_id, key, text)

    def _append_once(self, scrutiny_id: int, key: str, text: str) -> ResponseData:
        scrutinies = self._ctx.services.scrutinies
        response = scrutinies.get(scrutiny_id).responses.get(key)
        if response is None:
            raise NotFoundError(
                arg(
                    translate(
                        "MeetingController", "Question %1 has no answer to add the comment to."
                    ),
                    key,
                )
            )
        return scrutinies.answer(
            scrutiny_id,
            key,
            response.status,
            response.rating,
            with_comment(response.note, text, date.today()),
            response.sensitive,
            expected_version=response.version,
        )

    def _on_saved(self, key: str) -> None:
        if self.mode is not None:
            self.mode.mark_saved(key)
        self.comment_saved.emit(key)

    def _on_left(self, scrutiny_id: int) -> None:
        self.mode = None
        self._one.release(MEETING_KIND)
        self._ctx.events.scrutinies_changed.emit()
        self.left.emit(scrutiny_id)
