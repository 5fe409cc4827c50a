"""The actions and conditions tab: questions to the chief constable and conditions of approval."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import ActionStatus

from ..kit.accessibility import buddy_label, chain_tab_order, named
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from .action_items_model import (
    ID_ROLE,
    ActionColumn,
    ActionItemsFilter,
    ActionItemsModel,
    ActionShow,
)

EMPTY_HINT = QT_TRANSLATE_NOOP(
    "action_items_view",
    "No actions yet. Add each question put to the chief constable and each condition of "
    "approval, with who owns it and when it is due; record the force's reply when it comes.",
)


class ActionItemsPage(QWidget):
    """Pure view; ActionItemsController fills it and acts on its requests."""

    add_requested = Signal()
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ActionItemsModel(self)
        self.proxy = ActionItemsFilter(self.model, self)
        self.table = named(QTableView(self), translate("ActionItemsPage", "Actions and conditions"))
        self.setFocusProxy(self.table)  # showing the tab puts the keyboard in the list
        self.add_button = named(
            QPushButton(translate("ActionItemsPage", "Add action or condition…"), self),
            translate("ActionItemsPage", "Add action"),
        )
        self.edit_button = named(
            QPushButton(translate("ActionItemsPage", "Edit or record reply…"), self),
            translate("ActionItemsPage", "Edit action"),
        )
        self.show_only = named(QComboBox(self), translate("ActionItemsPage", "Show actions"))
        self.summary_label = QLabel(self)
        self.empty_label = QLabel(translate("action_items_view", EMPTY_HINT), self)
        self._build()
        self._connect()
        self._update_buttons()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        value = index.siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def select_id(self, action_id: int) -> None:
        row = self.model.row_of(action_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    def refresh_summary(self) -> None:
        items = self.model.items()
        today = self.model.today
        open_count = sum(1 for a in items if a.status is ActionStatus.OPEN)
        overdue = sum(1 for a in items if a.is_overdue(today))
        text = arg(translate("ActionItemsPage", "%1 in all, %2 open"), len(items), open_count)
        if overdue:
            text = arg(translate("ActionItemsPage", "%1, %2 overdue"), text, overdue)
        self.summary_label.setText(text if items else "")
        self.empty_label.setVisible(not items)
        self._update_buttons()

    def _build(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        # Long text wraps onto more lines rather than hiding behind an ellipsis.
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        # Short columns fit their contents (up to a limit); the question or condition itself
        # takes what is left.
        for column in ActionColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setMaximumSectionSize(self.fontMetrics().averageCharWidth() * 40)
        for show in ActionShow:
            self.show_only.addItem(i18n.label(show), show.value)
        self.empty_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addSpacing(12)
        row.addWidget(buddy_label(translate("ActionItemsPage", "Sho&w:"), self.show_only, self))
        row.addWidget(self.show_only)
        row.addStretch(1)
        row.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.empty_label)
        layout.addWidget(
            buddy_label(translate("ActionItemsPage", "Actions and co&nditions:"), self.table, self)
        )
        layout.addWidget(self.table, 1)
        chain_tab_order([self.add_button, self.edit_button, self.show_only, self.table])

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_only.currentIndexChanged.connect(self._on_show_only_changed)
        self.model.modelReset.connect(self.refresh_summary)

    def _update_buttons(self, *_args: object) -> None:
        self.edit_button.setEnabled(self.selected_id() is not None)

    def _on_show_only_changed(self, _index: int) -> None:
        self.proxy.set_show(ActionShow(self.show_only.currentData()))
        self._update_buttons()

    def _on_edit_clicked(self) -> None:
        action_id = self.selected_id()
        if action_id is not None:
            self.edit_requested.emit(action_id)

    def _on_table_activated(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(ID_ROLE)
        if value is not None:
            self.edit_requested.emit(int(value))
