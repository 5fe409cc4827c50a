"""The evidence register tab: what the force supplied, its files and the questions it bears on."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..kit.accessibility import buddy_label, chain_tab_order, named
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from .evidence_model import ID_ROLE, EvidenceColumn, EvidenceModel

EMPTY_HINT = QT_TRANSLATE_NOOP(
    "evidence_view",
    "Nothing in the register yet. Add each document or statement the force supplies, "
    "attach its file, and link it to the questions it answers.",
)


class EvidencePage(QWidget):
    """Pure view; EvidenceController fills it and acts on its requests."""

    add_requested = Signal()
    edit_requested = Signal(int)
    open_file_requested = Signal(int)
    withdraw_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EvidenceModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = named(QTableView(self), translate("EvidencePage", "Evidence register"))
        self.setFocusProxy(self.table)  # showing the tab puts the keyboard in the register
        self.add_button = named(
            QPushButton(translate("EvidencePage", "Add evidence…"), self),
            translate("EvidencePage", "Add evidence"),
        )
        self.edit_button = named(
            QPushButton(translate("EvidencePage", "Edit…"), self),
            translate("EvidencePage", "Edit evidence"),
        )
        self.open_button = named(
            QPushButton(translate("EvidencePage", "Open file"), self),
            translate("EvidencePage", "Open attached file"),
        )
        self.withdraw_button = named(
            QPushButton(translate("EvidencePage", "Withdraw…"), self),
            translate("EvidencePage", "Withdraw evidence, giving the reason"),
        )
        self.summary_label = QLabel(self)
        self.empty_label = QLabel(translate("evidence_view", EMPTY_HINT), self)
        self._build()
        self._connect()
        self._update_buttons()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        value = index.siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def select_id(self, evidence_id: int) -> None:
        row = self.model.row_of(evidence_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    def refresh_summary(self) -> None:
        items = self.model.items()
        files = sum(1 for e in items if e.file_sha256)
        unlinked = sum(1 for e in items if not e.question_keys)
        text = arg(
            translate("EvidencePage", "%1, %2"),
            translate("EvidencePage", "%n item(s)", None, len(items)),
            translate("EvidencePage", "%n with a file attached", None, files),
        )
        if unlinked:
            text = arg(
                translate("EvidencePage", "%1; %2"),
                text,
                translate("EvidencePage", "%n not linked to any question", None, unlinked),
            )
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
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order items were added
        # Long text wraps onto more lines rather than hiding behind an ellipsis.
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        # Short columns fit their contents; the title and the file share what is left (the
        # tooltip has the full file name and hash).
        for column in EvidenceColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (EvidenceColumn.TITLE, EvidenceColumn.FILE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setMaximumSectionSize(self.fontMetrics().averageCharWidth() * 48)
        self.empty_label.setWordWrap(True)
        row = QHBoxLayout()
        buttons = (self.add_button, self.edit_button, self.open_button, self.withdraw_button)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.empty_label)
        layout.addWidget(
            buddy_label(translate("EvidencePage", "Evidence &register:"), self.table, self)
        )
        layout.addWidget(self.table, 1)
        chain_tab_order([*buttons, self.table])

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self.refresh_summary)

    def _update_buttons(self, *_args: object) -> None:
        evidence_id = self.selected_id()
        row = self.model.row_of(evidence_id) if evidence_id is not None else None
        item = self.model.item_at(row) if row is not None else None
        self.edit_button.setEnabled(item is not None)
        self.open_button.setEnabled(item is not None and bool(item.file_sha256))
        self.withdraw_button.setEnabled(item is not None and not item.withdrawn_reason)

    def _on_edit_clicked(self) -> None:
        evidence_id = self.selected_id()
        if evidence_id is not None:
            self.edit_requested.emit(evidence_id)

    def _on_open_clicked(self) -> None:
        evidence_id = self.selected_id()
        if evidence_id is not None:
            self.open_file_requested.emit(evidence_id)

    def _on_withdraw_clicked(self) -> None:
        evidence_id = self.selected_id()
        if evidence_id is not None:
            self.withdraw_requested.emit(evidence_id)

    def _on_table_activated(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(ID_ROLE)
        if value is not None:
            self.edit_requested.emit(int(value))
