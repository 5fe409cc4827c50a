"""Recording a decision (with capacity and what it supersedes) and showing the history."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ethics_scrutiny.domain.errors import EthicsScrutinyError
from ethics_scrutiny.domain.scoring import RedFlag, must_flags
from ethics_scrutiny.domain.scrutiny import DecisionData, DecisionInput, ScrutinySummary
from ethics_scrutiny.services.decision_rules import approval_limit_months

from ..kit import messages
from ..kit.context import AppContext
from ..kit.i18n import translate
from ..kit.single_dialog import OnePerKind
from .decision_dialog import DecisionDialog
from .decision_history_view import DecisionHistoryDialog, decision_numbers

History = tuple[tuple[DecisionData, ...], dict[int, str]]
DECIDE, HISTORY = "decide", "history"


@dataclass(frozen=True)
class DecisionContext:
    """What the decision dialog offers: decisions to supersede, questions and standing flags.

    ``token`` is where the scrutiny's decisions stood when this was read; the record refuses
    the decision if another decision or withdrawal has landed since.
    """

    history: History
    questions: tuple[tuple[str, str], ...]
    flags: tuple[RedFlag, ...]
    review_limit_months: int
    token: int = 0


def standing(
    decisions: tuple[DecisionData, ...], withdrawn: Mapping[int, str]
) -> list[DecisionData]:
    """Decisions neither superseded nor withdrawn: the ones a new decision may supersede."""
    return [d for d in decisions if d.superseded_by is None and d.sequence not in withdrawn]


class DecisionController(QObject):
    """Loads the history first (on the worker) so the dialog can offer what to supersede.

    One decision dialog and one history at a time: from the command until the dialog closes,
    asking again raises the open dialog instead of a second. The save is not guarded: the next
    dialog's load queues behind it on the one database worker, so it reads what was saved, and
    the record refuses a decision prepared against decisions that have changed since.
    """

    decided = Signal(int, object)  # scrutiny ID, DecisionData

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = context
        self._parent = parent_widget
        self._one = OnePerKind(self._on_busy, parent_widget)
        # One key per decision as typed, kept until it is recorded: saving it again after a
        # lost connection finds the decision already in the record instead of adding a copy.
        self._request_keys: dict[tuple[int, DecisionInput], str] = {}

    def record(
        self, summary: ScrutinySummary, initial: DecisionInput | None = None, error: str = ""
    ) -> None:
        if self._one.claim(DECIDE, DecisionDialog):
            self._load_and_ask(summary, initial, error)

    def show_history(self, summary: ScrutinySummary) -> None:
        if not self._one.claim(HISTORY, DecisionHistoryDialog):
            return
        self._ctx.tasks.run_db(
            lambda: self._history(summary.id),
            lambda history: self._show_history(summary, history),
            lambda exc: self._failed(
                HISTORY, translate("DecisionController", "Decision history not shown"), exc
            ),
        )

    def _show_history(self, summary: ScrutinySummary, history: History) -> None:
        try:
            DecisionHistoryDialog.ask(
                self._parent,
                scrutiny_title=summary.title,
                decisions=history[0],
                withdrawn=history[1],
            )
        finally:
            self._one.release(HISTORY)

    def _load_and_ask(
        self, summary: ScrutinySummary, initial: DecisionInput | None, error: str
    ) -> None:
        with self._one.released_on_error(DECIDE):
            self._ctx.tasks.run_db(
                lambda: self._decision_context(summary.id),
                lambda context: self._ask(summary, context, initial, error),
                lambda exc: self._failed(
                    DECIDE, translate("DecisionController", "Decision not recorded"), exc
                ),
            )

    def _history(self, scrutiny_id: int) -> History:
        services = self._ctx.services
        decisions = services.scrutinies.get(scrutiny_id).decisions
        return decisions, services.decisions.withdrawn(scrutiny_id)

    def _decision_context(self, scrutiny_id: int) -> DecisionContext:
        services = self._ctx.services
        # Read first: a decision landing while the rest is read makes the token older than
        # what is shown, so the worst outcome is a refusal to record, never a stale record.
        token = services.decisions.decisions_token(scrutiny_id)
        detail = services.scrutinies.get(scrutiny_id)
        history = detail.decisions, services.decisions.withdrawn(scrutiny_id)
        questions = tuple((q.key, q.prompt) for q in detail.checklist.questions())
        flags = tuple(must_flags(detail.checklist, detail.responses))
        return DecisionContext(history, questions, flags, approval_limit_months(), token)

    def _ask(
        self,
        summary: ScrutinySummary,
        context: DecisionContext,
        initial: DecisionInput | None,
        error: str,
    ) -> None:
        try:
            decision = DecisionDialog.ask(
                self._parent,
                scrutiny_title=summary.title,
                initial=initial,
                error=error,
                standing=standing(*context.history),
                questions=context.questions,
                flags=context.flags,
                review_limit_months=context.review_limit_months,
                numbers=decision_numbers(context.history[0]),
            )
        finally:
            self._one.release(DECIDE)
        if decision is not None:
            self._save(summary, decision, context.token)

    def _save(self, summary: ScrutinySummary, decision: DecisionInput, token: int) -> None:
        key = self._request_keys.setdefault((summary.id, decision), uuid.uuid4().hex)
        decisions = self._ctx.services.decisions
        self._ctx.tasks.run_db(
            lambda: decisions.decide(summary.id, decision, request_key=key, expected_token=token),
            lambda data: self._on_decided(summary.id, decision, data),
            lambda exc: self._on_refused(summary, decision, exc),
        )

    def _on_decided(self, scrutiny_id: int, decision: DecisionInput, data: DecisionData) -> None:
        self._request_keys.pop((scrutiny_id, decision), None)
        self.decided.emit(scrutiny_id, data)

    def _on_refused(
        self, summary: ScrutinySummary, decision: DecisionInput, exc: BaseException
    ) -> None:
        title = translate("DecisionController", "Decision not recorded")
        if not isinstance(exc, EthicsScrutinyError):
            messages.show_failure(self._parent, title, exc)
        elif self._one.claim(DECIDE, DecisionDialog):
            # Ask again with what was typed and the record's reason, instead of losing it; the
            # dialog reads the decisions again, so a stale "Replaces" list is refreshed too.
            self._load_and_ask(summary, decision, str(exc))
        else:
            # Another decision dialog was opened meanwhile: say why this one was refused.
            messages.show_failure(self._parent, title, exc)

    def _failed(self, kind: str, title: str, exc: BaseException) -> None:
        self._one.release(kind)
        messages.show_failure(self._parent, title, exc)

    def _on_busy(self) -> None:
        self._ctx.events.status_message.emit(
            translate("DecisionController", "Already opening or saving: wait a moment.")
        )
