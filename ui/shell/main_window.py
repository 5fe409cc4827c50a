"""The main window: menus from the action table, and a stack of the list and checklist pages."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from ..checklist.checklist_view import ChecklistPage
from ..dashboard.scrutiny_list_view import ScrutinyListPage
from ..kit.context import AppContext
from ..kit.tasks import Task
from . import window_state
from .actions import build_actions, fill_menus
from .main_controller import MainController

WINDOW_TITLE = "Ethics Scrutiny"
LIST_ACTIONS = ("new", "open", "summary", "decide", "export_pdf", "again", "verify")


class MainWindow(QMainWindow):
    """Layout only; MainController does the work."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, listing: Task | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        server = context.services.settings.server_record
        # Officers on a shared record should never mistake it for a laptop's own, or the reverse.
        self.setWindowTitle(
            f"{WINDOW_TITLE} — shared record ({server})" if server else WINDOW_TITLE
        )
        self.setObjectName("main_window")
        self.controller = MainController(context, self)
        self.action_map = build_actions(self, self.controller)
        fill_menus(self.menuBar(), self.action_map)
        self.list_page = ScrutinyListPage([self.action_map[i] for i in LIST_ACTIONS], self)
        self.checklist_page = ChecklistPage(self.action_map, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.checklist_page)
        self.setCentralWidget(self.stack)
        self.statusBar()
        self.resize(1200, 760)
        self.controller.start(listing)

    def show_list_page(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def show_checklist_page(self) -> None:
        self.stack.setCurrentWidget(self.checklist_page)
        self.checklist_page.question.focus_status()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.shutdown()
        window_state.save(self, self.context.services.settings.data_dir)
        super().closeEvent(event)
