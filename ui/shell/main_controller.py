"""Handlers for the window's commands; the action table in ``actions.py`` names them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ethics_scrutiny.domain.enums import Status
from ethics_scrutiny.domain.scrutiny import (
    DecisionData,
    DecisionInput,
    ScrutinySummary,
)
from ethics_scrutiny.services.reports import ExportFormat

from ..checklist.checklist_controller import ChecklistController
from ..checklist.checklist_view import ACTIONS_TAB, CHECKLIST_TAB, EVIDENCE_TAB
from ..dashboard.new_scrutiny_dialog import NewScrutinyDialog
from ..kit import crash, messages
from ..kit.context import AppContext
from ..kit.tasks import Task
from ..record.export_controller import ExportController
from ..record.record_controller import RecordController
from ..templates.template_controller import TemplateController
from .about import about_text
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
)

_NEEDS_A_SCRUTINY = (
    "coverage",
    "upgrade",
    "decide",
    "export_pdf",
    "export_public",
    "export_html",
    "export_csv",
    "export_actions_csv",
    "export_bundle",
)


class MainController(QObject):
    """Owns the flow between pages; every database call goes through the TaskRunner."""

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self._ctx = context
        self._window = window
        self.checklist: ChecklistController
        self.exports: ExportController
        self.records: RecordController
        self.workflow: WorkflowController
        self.templates: TemplateController
        self._shut_down = False

    def start(self, listing: Task | None = None) -> None:
        """Called once the window has built its pages and actions.

        ``listing``: the first listing of the dashboard, already queued (else one is queued).
        """
        w = self._window
        self.checklist = ChecklistController(
            self._ctx, w.checklist_page, w.action_map["previous"], w.action_map["next"], self
        )
        self.exports = ExportController(self._ctx, w)
        self.records = RecordController(self._ctx, w)
        self.records.imported.connect(self._on_created)
        self.records.restored.connect(self._on_restored)
        self._start_workflow()
        self.templates = TemplateController(
            self._ctx, w, self.current_summary, self.checklist.flush
        )
        self.templates.upgraded.connect(self._reopen_if_open)
        self.checklist.loaded.connect(self._on_checklist_loaded)
        self.checklist.undo_group.undoTextChanged.connect(self._update_undo_actions)
        self.checklist.undo_group.redoTextChanged.connect(self._update_undo_actions)
        self.checklist.undo_group.canUndoChanged.connect(self._update_undo_actions)
        self.checklist.undo_group.canRedoChanged.connect(self._update_undo_actions)
        w.list_page.selection_changed.connect(self._update_actions)
        w.list_page.open_requested.connect(self.open_scrutiny)
        self._ctx.events.scrutinies_changed.connect(self.refresh_list)
        self._ctx.events.status_message.connect(lambda text: w.statusBar().showMessage(text, 8000))
        self._update_actions()
        if listing is None:
            self.refresh_list()
        else:
            # Queued before the window was built: its result arrives by the event loop, later.
            listing.succeeded.connect(self._window.list_page.set_rows)
            listing.failed.connect(self._on_listing_failed)

    # -- list -----------------------------------------------------------------------------

    def refresh_list(self, select_id: int | None = None) -> None:
        self._ctx.tasks.run_db(
            self._ctx.services.scrutinies.list,
            lambda rows: self._window.list_page.set_rows(rows, select_id),
            self._on_listing_failed,
        )

    def _on_listing_failed(self, exc: BaseException) -> None:
        messages.show_failure(self._window, "Cannot list scrutinies", exc)

    def new_scrutiny(self) -> None:
        new = NewScrutinyDialog.ask(self._window, self._ctx.services.library.modules())
        if new is None:
            return
        self._ctx.tasks.run_db(
            lambda: self._ctx.services.scrutinies.create(new),
            self._on_created,
            lambda exc: messages.show_failure(self._window, "Scrutiny not started", exc),
        )

    def find_scrutiny(self) -> None:
        self.back_to_list()
        search = self._window.list_page.search
        search.setFocus()
        search.selectAll()

    def open_selected(self) -> None:
        scrutiny_id = self._window.list_page.selected_id()
        if scrutiny_id is not None and not self._on_checklist():
            self.open_scrutiny(scrutiny_id)

    def open_scrutiny(self, scrutiny_id: int) -> None:
        self.checklist.open(scrutiny_id)

    def back_to_list(self) -> None:
        if not self._on_checklist():
            return
        self.checklist.flush()
        detail = self.checklist.detail
        self._window.show_list_page()
        self.refresh_list(detail.id if detail else None)
        self._update_actions()

    # -- checklist ------------------------------------------------------------------------

    def previous_question(self) -> None:
        if self._on_checklist():
            self.checklist.previous()

    def next_question(self) -> None:
        if self._on_checklist():
            self.checklist.next()

    # -- answers, evidence and actions ----------------------------------------------------

    def undo(self) -> None:
        if self._on_checklist():
            self.checklist.undo()

    def redo(self) -> None:
        if self._on_checklist():
            self.checklist.redo()

    def mark_met(self) -> None:
        self._mark(Status.MET)

    def mark_partly_met(self) -> None:
        self._mark(Status.PARTLY_MET)

    def mark_not_met(self) -> None:
        self._mark(Status.NOT_MET)

    def mark_unknown(self) -> None:
        self._mark(Status.UNKNOWN)

    def mark_not_applicable(self) -> None:
        self._mark(Status.NOT_APPLICABLE)

    def show_checklist_tab(self) -> None:
        self._show_tab(CHECKLIST_TAB)

    def show_evidence_tab(self) -> None:
        self._show_tab(EVIDENCE_TAB)

    def show_actions_tab(self) -> None:
        self._show_tab(ACTIONS_TAB)

    def add_evidence(self) -> None:
        if self._show_tab(EVIDENCE_TAB):
            self.checklist.evidence.add()

    def add_action_item(self) -> None:
        if self._show_tab(ACTIONS_TAB):
            self.checklist.action_items.add()

    def _mark(self, status: Status) -> None:
        if self._on_checklist():
            self._window.checklist_page.show_tab(CHECKLIST_TAB)
            self.checklist.set_status(status)

    def _show_tab(self, tab: int) -> bool:
        if not self._on_checklist():
            return False
        self._window.checklist_page.show_tab(tab)
        return True

    def _update_undo_actions(self, *_args: object) -> None:
        actions = self._window.action_map
        group = self.checklist.undo_group
        on_checklist = self._on_checklist()
        for action_id, can, text in (
            ("undo", group.canUndo(), group.undoText()),
            ("redo", group.canRedo(), group.redoText()),
        ):
            verb = "&Undo" if action_id == "undo" else "&Redo"
            actions[action_id].setEnabled(on_checklist and can)
            actions[action_id].setText(f"{verb} {text}" if text else verb)

    # -- decisions, exports, record ------------------------------------------------------

    def record_decision(self, initial: DecisionInput | None = None, error: str = "") -> None:
        self.workflow.record_decision(initial, error)

    # -- workflow: decisions, rounds, stage, summary, meeting mode (WorkflowController) ----

    def _start_workflow(self) -> None:
        self.workflow = WorkflowController(
            self._ctx, self._window, self.current_summary, self.checklist.flush
        )
        self.workflow.decisions.decided.connect(self._on_decided)
        self.workflow.rounds.started.connect(self._on_created)
        self.workflow.meeting.export_requested.connect(lambda _s: self.export_pdf())
        self.workflow.meeting.left.connect(self._reopen_if_open)
        self.workflow.stage_changed.connect(self._reopen_if_open)

    def decision_history(self) -> None:
        self.workflow.decision_history()

    def scrutinise_again(self) -> None:
        self.workflow.scrutinise_again()

    def show_round_changes(self) -> None:
        self.workflow.show_round_changes()

    def show_summary(self) -> None:
        self.workflow.show_summary()

    def meeting_mode(self) -> None:
        self.workflow.meeting_mode()

    def change_stage(self) -> None:
        self.workflow.change_stage()

    def add_office_template(self) -> None:
        self.templates.add_office_template()

    def framework_coverage(self) -> None:
        self.templates.show_framework_coverage()

    def move_to_newer_templates(self) -> None:
        self.templates.move_to_newer_templates()

    def _reopen_if_open(self, scrutiny_id: int) -> None:
        """Reload the open checklist when a comment or stage changed it elsewhere."""
        detail = self.checklist.detail
        if self._on_checklist() and detail is not None and detail.id == scrutiny_id:
            self.checklist.open(scrutiny_id)

    def export_pdf(self) -> None:
        self._export(public=False)

    def export_public_pdf(self) -> None:
        self._export(public=True)

    def export_html(self) -> None:
        self._export(public=False, fmt=ExportFormat.HTML)

    def export_csv(self) -> None:
        self._export(public=False, fmt=ExportFormat.CSV)

    def export_actions_csv(self) -> None:
        self._export(public=False, fmt=ExportFormat.ACTIONS_CSV)

    def export_bundle(self) -> None:
        self._export(public=False, fmt=ExportFormat.JSON)

    def import_bundle(self) -> None:
        self.records.import_bundle()

    def backup_record(self) -> None:
        self.records.backup_record()

    def restore_record(self) -> None:
        if self._on_checklist():
            self.checklist.flush()  # a note still waiting goes into the saved copy too
        self.records.restore_record()

    def _on_restored(self, _saved: object) -> None:
        # The open scrutiny may not exist in the restored record: start again from the list.
        if self._on_checklist():
            self._window.show_list_page()
        self.refresh_list()
        self._update_actions()

    def verify_record(self) -> None:
        self.records.verify_record()

    def about(self) -> None:
        settings = self._ctx.services.settings
        log_path = crash.current_log_path() or settings.logs_dir
        messages.info(self._window, "About Ethics Scrutiny", about_text(settings, log_path))

    def quit(self) -> None:
        self._window.close()

    def shutdown(self) -> None:
        """Write any waiting note, then let both workers finish what they hold."""
        if self._shut_down:
            return
        self._shut_down = True
        if hasattr(self, "checklist"):
            self.checklist.flush()
        self._ctx.tasks.shutdown()

    # -- helpers --------------------------------------------------------------------------

    def current_summary(self) -> ScrutinySummary | None:
        """The open scrutiny on the checklist page, else the list's selected row."""
        if self._on_checklist() and self.checklist.detail is not None:
            return self.checklist.detail.summary
        page = self._window.list_page
        selected = page.selected_id()
        row = page.model.row_of(selected) if selected is not None else None
        return page.model.summary_at(row) if row is not None else None

    def _on_checklist(self) -> bool:
        return self._window.stack.currentWidget() is self._window.checklist_page

    def _export(self, *, public: bool, fmt: ExportFormat = ExportFormat.PDF) -> None:
        summary = self.current_summary()
        if summary is not None:
            self.checklist.flush()
            self.exports.export(summary, fmt, public=public)

    def _on_created(self, scrutiny_id: int) -> None:
        self._ctx.events.status_message.emit("Scrutiny started")
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
        self._ctx.events.status_message.emit(f"Decision recorded: {decision.outcome.label}")
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
        if hasattr(self, "checklist"):
            self._update_undo_actions()
        if not on_checklist:
            actions["previous"].setEnabled(False)
            actions["next"].setEnabled(False)
