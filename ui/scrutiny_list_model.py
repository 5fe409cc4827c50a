"""Table model of ScrutinySummary rows, and the proxy that searches and sorts them."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ethics_scrutiny.domain.scrutiny import ScrutinySummary

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    TITLE = 0
    FORCE = 1
    TECHNOLOGY = 2
    STAGE = 3
    PROGRESS = 4
    OUTCOME = 5


HEADERS = {
    Column.TITLE: "Title",
    Column.FORCE: "Force",
    Column.TECHNOLOGY: "Technology",
    Column.STAGE: "Stage",
    Column.PROGRESS: "Answered",
    Column.OUTCOME: "Latest decision",
}
NO_DECISION = "No decision yet"


class ScrutinyListModel(QAbstractTableModel):
    """Read-only rows; replaced wholesale on refresh because the list is small."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ScrutinySummary] = []

    def set_rows(self, rows: Sequence[ScrutinySummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary_at(self, row: int) -> ScrutinySummary:
        return self._rows[row]

    def row_of(self, scrutiny_id: int) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == scrutiny_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return HEADERS[Column(section)]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return _sort_key(row, column)
        return None


def _display(row: ScrutinySummary, column: Column) -> str:
    if column is Column.TITLE:
        return row.title
    if column is Column.FORCE:
        return row.force
    if column is Column.TECHNOLOGY:
        return row.technology.label
    if column is Column.STAGE:
        return row.stage.label
    if column is Column.PROGRESS:
        return f"{row.answered}/{row.total}"
    return row.latest_outcome.label if row.latest_outcome else NO_DECISION


def _tooltip(row: ScrutinySummary, column: Column) -> str:
    if column is Column.PROGRESS:
        return f"{row.answered} of {row.total} questions answered"
    return _display(row, column)


def _sort_key(row: ScrutinySummary, column: Column) -> Any:
    if column is Column.PROGRESS:
        return row.answered / row.total if row.total else 0.0
    return _display(row, column).casefold()


class ScrutinyFilterProxy(QSortFilterProxyModel):
    """Case-insensitive search over every column; sorts on real values, not display text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
