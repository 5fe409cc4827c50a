"""Wires the scrutiny workflow commands (decisions, rounds, stage, summary, meeting mode)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import Stage
from ethics_scrutiny.domain.errors import ConcurrentEditError
from ethics_scrutiny.domain.scrutiny import DecisionInput, ScrutinySummary

from ..decisions.decision_controller import DecisionController
from ..decisions.stage_dialog import StageDialog
from ..kit import messages
from ..kit.commands import Commands
from ..kit.context import AppContext
from ..kit.i18n import arg, translate
from ..meeting.meeting_controller import MeetingController
from ..rounds.round_controller import RoundController

# Commands that need a scrutiny chosen (open, or selected in the list).
NEEDS_A_SCRUTINY = ("summary", "meeting", "again", "stage", "history")


class WorkflowController(QObject):
    """Each command acts on ``current()``, after ``before()`` has saved any waiting note."""

    stage_changed = Signal(int)  # the scrutiny's ID

    def __init__(
        self,
        context: AppContext,
        parent_widget: QWidget,
        current: Callable[[], ScrutinySummary | None],
        before: Callable[[], None],
    ) -> None:
        super().__init__(parent_widget)
        self._ctx = context
        self._parent = parent_widget
        self._current = current
        self._before = before
        self.decisions = DecisionController(context, parent_widget)
        self.rounds = RoundController(context, parent_widget)
        self.meeting = MeetingController(context, parent_widget)

    def commands(self) -> Commands:
        return {
            "decide": self.record_decision,
            "history": self.decision_history,
            "again": self.scrutinise_again,
            "changes": self.show_round_changes,
            "summary": self.show_summary,
            "meeting": self.meeting_mode,
            "stage": self.change_stage,
        }

    def _chosen(self) -> ScrutinySummary | None:
        summary = self._current()
        if summary is not None:
            self._before()
        return summary

    def record_decision(self, initial: DecisionInput | None = None, error: str = "") -> None:
        if (summary := self._chosen()) is not None:
            self.decisions.record(summary, initial, error)

    def decision_history(self) -> None:
        if (summary := self._chosen()) is not None:
            self.decisions.show_history(summary)

    def scrutinise_again(self) -> None:
        if (summary := self._chosen()) is not None:
            self.rounds.scrutinise_again(summary)

    def show_round_changes(self) -> None:
        if (summary := self._chosen()) is not None and summary.round_number > 1:
            self.rounds.show_changes(summary)

    def show_summary(self) -> None:
        if (summary := self._chosen()) is not None:
            self.meeting.show_summary(summary)

    def meeting_mode(self) -> None:
        if (summary := self._chosen()) is not None:
            self.meeting.start(summary)

    def change_stage(self) -> None:
        summary = self._chosen()
        if summary is None:
            return
        stage = StageDialog.ask(self._parent, title=summary.title, current=summary.stage)
        if stage is None:
            return
        # Checked against the stage the officer saw: someone else's change since is not undone.
        self._ctx.tasks.run_db(
            lambda: self._ctx.services.scrutinies.set_stage(
                summary.id, stage, expected_version=summary.version
            ),
            lambda _none: self._on_stage_changed(summary.id, i18n.label(stage)),
            lambda exc: self._on_stage_refused(summary, stage, exc),
        )

    def _on_stage_refused(self, summary: ScrutinySummary, stage: Stage, exc: BaseException) -> None:
        if not isinstance(exc, ConcurrentEditError):
            messages.show_failure(
                self._parent, translate("WorkflowController", "Stage not changed"), exc
            )
            return
        yours = arg(
            translate("WorkflowController", "Your change: stage of “%1” from %2 to %3."),
            summary.title,
            i18n.label(summary.stage),
            i18n.label(stage),
        )
        if messages.refused_edit(self._parent, exc, yours):
            # The list and (if open) the checklist read the scrutiny again.
            self._ctx.events.scrutinies_changed.emit()
            self.stage_changed.emit(summary.id)

    def _on_stage_changed(self, scrutiny_id: int, label: str) -> None:
        self._ctx.events.scrutinies_changed.emit()
        self._ctx.events.record_changed.emit()
        self._ctx.events.status_message.emit(
            arg(translate("WorkflowController", "Stage changed to %1"), label)
        )
        self.stage_changed.emit(scrutiny_id)
