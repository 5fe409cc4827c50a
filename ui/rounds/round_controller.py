"""'Scrutinise again' (a new round carrying the answers forward) and the changes since then."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ethics_scrutiny.domain.scrutiny import ScrutinyDetail, ScrutinySummary
from ethics_scrutiny.services.rounds import RoundChanges

from ..kit import messages
from ..kit.context import AppContext
from ..kit.i18n import arg, translate
from .round_changes_view import RoundChangesDialog


def ask_to_start_round(parent: QWidget | None, summary: ScrutinySummary) -> bool:
    """Confirm before starting a round (a module function so tests patch one name)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("round_controller", "Scrutinise again"),
        arg(
            translate(
                "round_controller",
                "Start round %1 of “%2”?\n\nIts answers are carried forward from round %3, which "
                "stays in the record unchanged. Use this after a pilot, or when the force sends "
                "new evidence.",
            ),
            summary.round_number + 1,
            summary.title,
            summary.round_number,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText(translate("round_controller", "Start round"))
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


class RoundController(QObject):
    """Runs round jobs on the database worker and reports the new round by signal."""

    started = Signal(int)  # the new round's scrutiny ID

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = context
        self._parent = parent_widget

    def scrutinise_again(self, summary: ScrutinySummary) -> None:
        if not ask_to_start_round(self._parent, summary):
            return
        self._ctx.tasks.run_db(
            lambda: self._ctx.services.rounds.start_round(summary.id),
            self._on_started,
            lambda exc: messages.show_failure(
                self._parent, translate("RoundController", "New round not started"), exc
            ),
        )

    def show_changes(self, summary: ScrutinySummary) -> None:
        services = self._ctx.services

        def load() -> tuple[RoundChanges, ScrutinyDetail]:
            return services.rounds.changes_since_previous(summary.id), services.scrutinies.get(
                summary.id
            )

        self._ctx.tasks.run_db(
            load,
            lambda loaded: self._show(*loaded),
            lambda exc: messages.show_failure(
                self._parent, translate("RoundController", "Changes not shown"), exc
            ),
        )

    def _show(self, changes: RoundChanges, detail: ScrutinyDetail) -> None:
        RoundChangesDialog.ask(
            self._parent,
            title=detail.summary.title,
            changes=changes,
            checklist=detail.checklist,
            language=detail.summary.language,
        )

    def _on_started(self, scrutiny_id: int) -> None:
        self._ctx.events.scrutinies_changed.emit()
        self._ctx.events.record_changed.emit()
        self._ctx.events.status_message.emit(
            translate("RoundController", "New round started with the answers carried forward")
        )
        self.started.emit(scrutiny_id)
