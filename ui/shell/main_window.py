"""The main window: menus from the action table, and a stack of the list and checklist pages.

Layout only: the composition root (``ui.app``) builds the controllers over it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from ..actions.action_items_view import ActionItemsPage
from ..checklist.checklist_view import ChecklistPage
from ..dashboard.scrutiny_list_view import ScrutinyListPage
from ..evidence.evidence_view import EvidencePage
from ..kit.context import AppContext
from ..kit.i18n import arg, translate
from . import window_state
from .actions import build_actions, fill_menus

if TYPE_CHECKING:
    from .main_controller import MainController

WINDOW_TITLE = "Ethics Scrutiny"
LIST_ACTIONS = ("new", "open", "summary", "decide", "export_pdf", "again", "verify")


class MainWindow(QMainWindow):
    """Layout only; MainController does the work."""

    closing = Signal()  # before the window's state is saved and it closes
    controller: MainController  # set by the composition root, for the entry points and tests

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        server = context.services.settings.server_record
        # Officers on a shared record should never mistake it for a laptop's own, or the reverse.
        self.setWindowTitle(
            arg(translate("MainWindow", "%1 — shared record (%2)"), WINDOW_TITLE, server)
            if server
            else WINDOW_TITLE
        )
        self.setObjectName("main_window")
        self.action_map = build_actions(self)
        fill_menus(self.menuBar(), self.action_map)
        self.list_page = ScrutinyListPage([self.action_map[i] for i in LIST_ACTIONS], self)
        self.evidence_page = EvidencePage(self)
        self.action_items_page = ActionItemsPage(self)
        self.checklist_page = ChecklistPage(
            self.action_map, self.evidence_page, self.action_items_page, self
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.checklist_page)
        self.setCentralWidget(self.stack)
        self.statusBar()
        self.resize(1200, 760)

    def on_checklist_page(self) -> bool:
        return self.stack.currentWidget() is self.checklist_page

    def show_list_page(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def show_checklist_page(self) -> None:
        self.stack.setCurrentWidget(self.checklist_page)
        self.checklist_page.question.focus_status()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        detail = self.controller.checklist.detail if hasattr(self, "controller") else None
        open_id = detail.id if detail is not None and self.on_checklist_page() else None
        window_state.save(self, self.context.services.settings.data_dir, open_id)
        super().closeEvent(event)
