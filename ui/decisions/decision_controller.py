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
from .decision_dialog import DecisionDialog
from .decision_history_view import DecisionHistoryDialog

History = tuple[tuple[DecisionData, ...], dict[int, str]]


@dataclass(frozen=True)
class DecisionContext:
    """What the decision dialog offers: decisions to supersede, questions and standing flags."""

    history: History
    questions: tuple[tuple[str, str], ...]
    flags: tuple[RedFlag, ...]
    review_limit_months: int


def standing(
    decisions: tuple[DecisionData, ...], withdrawn: Mapping[int, str]
) -> list[DecisionData]:
    """Decisions neither superseded nor withdrawn: the ones a new decision may supersede."""
    return [d for d in decisions if d.superseded_by is None and d.sequence not in withdrawn]


class DecisionController(QObject):
    """Loads the history first (on the worker) so the dialog can offer what to supersede."""

    decided = Signal(int, object)  # scrutiny ID, DecisionData

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = context
        self._parent = parent_widget
        # One key per decision as typed, kept until it is recorded: saving it again after a
        # lost connection finds the decision already in the record instead of adding a copy.
        self._request_keys: dict[tuple[int, DecisionInput], str] = {}

    def record(
        self, summary: ScrutinySummary, initial: DecisionInput | None = None, error: str = ""
    ) -> None:
        self._ctx.tasks.run_db(
            lambda: self._decision_context(summary.id),
            lambda context: self._ask(summary, context, initial, error),
            lambda exc: messages.show_failure(
                self._parent, translate("DecisionController", "Decision not recorded"), exc
            ),
        )

    def show_history(self, summary: ScrutinySummary) -> None:
        self._ctx.tasks.run_db(
            lambda: self._history(summary.id),
            lambda history: DecisionHistoryDialog.ask(
                self._parent,
                scrutiny_title=summary.title,
                decisions=history[0],
                withdrawn=history[1],
            ),
            lambda exc: messages.show_failure(
                self._parent, translate("DecisionController", "Decision history not shown"), exc
            ),
        )

    def _history(self, scrutiny_id: int) -> History:
        services = self._ctx.services
        decisions = services.scrutinies.get(scrutiny_id).decisions
        return decisions, services.decisions.withdrawn(scrutiny_id)

    def _decision_context(self, scrutiny_id: int) -> DecisionContext:
        services = self._ctx.services
        detail = services.scrutinies.get(scrutiny_id)
        history = detail.decisions, services.decisions.withdrawn(scrutiny_id)
        questions = tuple((q.key, q.prompt) for q in detail.checklist.questions())
        flags = tuple(must_flags(detail.checklist, detail.responses))
        return DecisionContext(history, questions, flags, approval_limit_months())

    def _ask(
        self,
        summary: ScrutinySummary,
        context: DecisionContext,
        initial: DecisionInput | None,
        error: str,
    ) -> None:
        decision = DecisionDialog.ask(
            self._parent,
            scrutiny_title=summary.title,
            initial=initial,
            error=error,
            standing=standing(*context.history),
            questions=context.questions,
            flags=context.flags,
            review_limit_months=context.review_limit_months,
        )
        if decision is None:
            return
        key = self._request_keys.setdefault((summary.id, decision), uuid.uuid4().hex)
        self._ctx.tasks.run_db(
            lambda: self._ctx.services.decisions.decide(summary.id, decision, request_key=key),
            lambda data: self._on_decided(summary.id, decision, data),
            lambda exc: self._on_refused(summary, decision, exc),
        )

    def _on_decided(self, scrutiny_id: int, decision: DecisionInput, data: DecisionData) -> None:
        self._request_keys.pop((scrutiny_id, decision), None)
        self.decided.emit(scrutiny_id, data)

    def _on_refused(
        self, summary: ScrutinySummary, decision: DecisionInput, exc: BaseException
    ) -> None:
        if isinstance(exc, EthicsScrutinyError):
            # Ask again with what was typed and the record's reason, instead of losing it.
            self.record(summary, initial=decision, error=str(exc))
        else:
            messages.show_failure(
                self._parent, translate("DecisionController", "Decision not recorded"), exc
            )
