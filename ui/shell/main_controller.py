"""The window's page flow: the list, opening a scrutiny, going back, and what is enabled."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.scrutiny import DecisionData, ScrutinySummary
from ethics_scrutiny.reporting.formats import menu_entries

from ..actions.action_items_controller import ActionItemsController
from ..checklist.checklist_controller import ChecklistController
from ..dashboard.new_scrutiny_dialog import NewScrutinyDialog
from ..evidence.evidence_controller import EvidenceController
from ..kit import messages
from ..kit.commands import Commands
from ..kit.context import AppContext
from ..kit.i18n import arg, translate
from ..kit.tasks import Task
from ..record.export_controller import ExportController
from ..record.record_controller import RecordController
from ..screening.screening_source import source_for
from ..templates.template_controller import TemplateController
from .workflow_controller import NEEDS_A_SCRUTINY as _WORKFLOW_COMMANDS
from .workflow_controller import WorkflowController

if TYPE_CHECKING:
    from .main_window import MainWindow

# Commands that act on the open scrutiny's checklist page (answers, evidence, actions).
_ON_CHECKLIST_PAGE = (
    "status_met",
    "status_partly_met",
    "status_not_met",
    "status_unknown",
    "status_not_applicable",
    "show_checklist",
    "show_evidence",
    "show_actions",
    "add_evidence",
    "add_action",
    "screening",
)

_NEEDS_A_SCRUTINY = (
    "coverage",
    "upgrade",
    "decide",
    # Every export in the report format table acts on the open or selected scrutiny.
    *(entry.id for entry in menu_entries()),
)


@dataclass(frozen=True)
class Features:
    """The feature controllers, built by the composition root before the page flow."""

    checklist: ChecklistController
    evidence: EvidenceController
    action_items: ActionItemsController
    exports: ExportController
    records: RecordController
    workflow: WorkflowController
    templates: TemplateController


def current_summary(window: MainWindow, checklist: ChecklistController) -> ScrutinySummary | None:
    """The open scrutiny on the checklist page, else the list's selected row."""
    if window.on_checklist_page() and checklist.detail is not None:
        return checklist.detail.summary
    return window.list_page.selected_summary()


class MainController(QObject):
    """Owns the flow between pages; every database call goes through the TaskRunner."""

    def __init__(
        self,
        context: AppContext,
        window: MainWindow,
        features: Features,
        listing: Task | None = None,
    ) -> None:
        """``listing``: the dashboard's first listing, already queued (else one is queued)."""
        super().__init__(window)
        self._ctx = context
        self._window = window
        self.checklist = features.checklist
        self.evidence = features.evidence
        self.action_items = features.action_items
        self.exports = features.exports
        self.records = features.records
        self.workflow = features.workflow
        self.templates = features.templates
        self._shut_down = False
        self._connect()
        self._update_actions()
        if listing is None:
            self.refresh_list()
        else:
            # Queued before the window was built: its result arrives by the event loop, later.
            listing.succeeded.connect(self._window.list_page.set_rows)
            listing.failed.connect(self._on_listing_failed)

    def commands(self) -> Commands:
        """The window's commands that move between pages, or leave."""
        return {
            "new": self.new_scrutiny,
            "find": self.find_scrutiny,
            "open": self.open_selected,
            "back": self.back_to_list,
            "quit": self.quit,
        }

    def _connect(self) -> None:
        w = self._window
        w.closing.connect(self.shutdown)
        self.records.imported.connect(self._on_created)
        self.records.restored.connect(self._on_restored)
        self.workflow.decisions.decided.connect(self._on_decided)
        self.workflow.rounds.started.connect(self._on_created)
        # Meeting mode's export does what File > Export PDF does.
        self.workflow.meeting.export_requested.connect(
            lambda _s: w.action_map["export_pdf"].trigger()
        )
        self.workflow.meeting.left.connect(self._reopen_if_open)
        # Quit stays reachable while an export's progress shows, and is then asked about.
        self.exports.keep_available(w.action_map["quit"])
        self.exports.quit_ready.connect(w.close)
        self.workflow.stage_changed.connect(self._reopen_if_open)
        self.templates.upgraded.connect(self._reopen_if_open)
        self.checklist.loaded.connect(self._on_checklist_loaded)
        group = self.checklist.undo_group
        for changed in (
            group.undoTextChanged,
            group.redoTextChanged,
            group.canUndoChanged,
            group.canRedoChanged,
        ):
            changed.connect(self._update_undo_actions)
        w.list_page.selection_changed.connect(self._update_actions)
        w.list_page.open_requested.connect(self.open_scrutiny)
        self._ctx.events.scrutinies_changed.connect(self.refresh_list)
        self._ctx.events.status_message.connect(lambda text: w.statusBar().showMessage(text, 8000))

    # -- list -----------------------------------------------------------------------------

    def refresh_list(self, select_id: int | None = None) -> None:
        self._ctx.tasks.run_db(
            self._ctx.services.scrutinies.list,
            lambda rows: self._window.list_page.set_rows(rows, select_id),
            self._on_listing_failed,
        )

    def _on_listing_failed(self, exc: BaseException) -> None:
        messages.show_failure(
            self._window, translate("MainController", "Cannot list scrutinies"), exc
        )

    def new_scrutiny(self) -> None:
        services = self._ctx.services
        screening = source_for(services.screening)
        new = NewScrutinyDialog.ask(
            self._window,
            services.library.modules(),
            screening=screening,
            languages=services.templates.languages_offered,
        )
        if new is None:
            return
        self._ctx.tasks.run_db(
            lambda: self._ctx.services.scrutinies.create(new),
            self._on_created,
            lambda exc: messages.show_failure(
                self._window, translate("MainController", "Scrutiny not started"), exc
            ),
        )

    def find_scrutiny(self) -> None:
        self.back_to_list()
        self._window.list_page.focus_search()

    def open_selected(self) -> None:
        scrutiny_id = self._window.list_page.selected_id()
        if scrutiny_id is not None and not self._on_checklist():
            self.open_scrutiny(scrutiny_id)

    def open_scrutiny(self, scrutiny_id: int) -> None:
        self.checklist.open(scrutiny_id)

    def reopen_when_listed(self, scrutiny_id: int, listing: Task) -> None:
        """Open the scrutiny left open last time, once the list shows it still exists."""

        def reopen(rows: Sequence[ScrutinySummary]) -> None:
            if not self._on_checklist() and any(row.id == scrutiny_id for row in rows):
                self._window.list_page.select_id(scrutiny_id)
                self.open_scrutiny(scrutiny_id)

        listing.succeeded.connect(reopen)

    def back_to_list(self) -> None:
        if not self._on_checklist():
            return
        self.checklist.flush()
        detail = self.checklist.detail
        self._window.show_list_page()
        self.refresh_list(detail.id if detail else None)
        self._update_actions()

    # -- answers --------------------------------------------------------------------------

    def _update_undo_actions(self, *_args: object) -> None:
        actions = self._window.action_map
        group = self.checklist.undo_group
        on_checklist = self._on_checklist()
        for action_id, can, text in (
            ("undo", group.canUndo(), group.undoText()),
            ("redo", group.canRedo(), group.redoText()),
        ):
            verb = (
                translate("MainController", "&Undo")
                if action_id == "undo"
                else translate("MainController", "&Redo")
            )
            actions[action_id].setEnabled(on_checklist and can)
            actions[action_id].setText(f"{verb} {text}" if text else verb)

    # -- changes made elsewhere, and leaving -----------------------------------------------

    def _reopen_if_open(self, scrutiny_id: int) -> None:
        """Reload the open checklist when a comment or stage changed it elsewhere."""
        detail = self.checklist.detail
        if self._on_checklist() and detail is not None and detail.id == scrutiny_id:
            self.checklist.open(scrutiny_id)

    def _on_restored(self, _saved: object) -> None:
        # The open scrutiny may not exist in the restored record: start again from the list.
        if self._on_checklist():
            self._window.show_list_page()
        self.refresh_list()
        self._update_actions()

    def quit(self) -> None:
        """Close the window; during an export, first ask whether to wait for it or stop it."""
        if self.exports.busy:
            self.exports.quit_when_done()
            return
        self._window.close()

    def shutdown(self) -> None:
        """Write any waiting note, then let both workers finish what they hold."""
        if self._shut_down:
            return
        self._shut_down = True
        self.checklist.flush()
        self._ctx.tasks.shutdown()

    # -- helpers --------------------------------------------------------------------------

    def current_summary(self) -> ScrutinySummary | None:
        return current_summary(self._window, self.checklist)

    def _on_checklist(self) -> bool:
        return self._window.on_checklist_page()

    def _on_created(self, scrutiny_id: int) -> None:
        self._ctx.events.status_message.emit(translate("MainController", "Scrutiny started"))
        self.refresh_list(scrutiny_id)
        self.open_scrutiny(scrutiny_id)

    def _on_checklist_loaded(self, _scrutiny_id: int) -> None:
        self._window.show_checklist_page()
        self._update_actions()

    def _on_decided(self, scrutiny_id: int, decision: DecisionData) -> None:
        detail = self.checklist.detail
        if detail is not None and detail.id == scrutiny_id:
            self.checklist.show_decision(decision)
        self._ctx.events.record_changed.emit()
        self._ctx.events.status_message.emit(
            arg(translate("MainController", "Decision recorded: %1"), i18n.label(decision.outcome))
        )
        self.refresh_list(scrutiny_id)

    def _update_actions(self, *_args: object) -> None:
        actions = self._window.action_map
        on_checklist = self._on_checklist()
        has_current = self.current_summary() is not None
        actions["open"].setEnabled(not on_checklist and has_current)
        for action_id in _NEEDS_A_SCRUTINY:
            actions[action_id].setEnabled(has_current)
        for action_id in _WORKFLOW_COMMANDS:
            actions[action_id].setEnabled(has_current)
        current = self.current_summary()
        actions["changes"].setEnabled(current is not None and current.round_number > 1)
        actions["back"].setEnabled(on_checklist)
        for action_id in _ON_CHECKLIST_PAGE:
            actions[action_id].setEnabled(on_checklist)
        self._update_undo_actions()
        if not on_checklist:
            actions["previous"].setEnabled(False)
            actions["next"].setEnabled(False)
