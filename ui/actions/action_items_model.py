"""Table model of actions and conditions, with a filter for open and overdue ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import ActionStatus, Rating
from ethics_scrutiny.domain.scrutiny import ActionData

from ..kit import rag
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from ..kit.rows_model import Index, RowsModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QT_TRANSLATE_NOOP("action_items_model", "Overdue")


class ActionColumn(IntEnum):
    KIND = 0
    TEXT = 1
    OWNER = 2
    DUE = 3
    STATUS = 4
    REPLY = 5
    QUESTION = 6


HEADERS = (
    QT_TRANSLATE_NOOP("headers", "Kind"),
    QT_TRANSLATE_NOOP("headers", "Question or condition"),
    QT_TRANSLATE_NOOP("headers", "Owner"),
    QT_TRANSLATE_NOOP("headers", "Due"),
    QT_TRANSLATE_NOOP("headers", "Status"),
    QT_TRANSLATE_NOOP("headers", "Force's reply"),
    QT_TRANSLATE_NOOP("headers", "About"),
)


class ActionShow(StrEnum):
    """Which actions the table lists."""

    ALL = "all"
    OPEN = "open"
    OVERDUE = "overdue"

    @property
    def label(self) -> str:
        labels = {
            "all": QT_TRANSLATE_NOOP("action_items_model", "All"),
            "open": QT_TRANSLATE_NOOP("action_items_model", "Open"),
            "overdue": QT_TRANSLATE_NOOP("action_items_model", "Overdue"),
        }
        return translate("action_items_model", labels[self.value])


class ActionItemsModel(RowsModel[ActionData]):
    """Read-only rows over ActionData; an open item past its due date is marked overdue."""

    headers = HEADERS

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    def set_items(self, items: Sequence[ActionData], today: date | None = None) -> None:
        if today is not None:
            self._today = today
        self._replace_rows(items)

    def items(self) -> list[ActionData]:
        return list(self._rows)

    def row_of(self, action_id: int) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.id == action_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._row(index)
        if item is None:
            return None
        column = ActionColumn(index.column())
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._spoken(item, column)
        if column is ActionColumn.DUE and item.is_overdue(self.today):
            # The word "Overdue" is in the text too: colour is never the only signal.
            if role == Qt.ItemDataRole.BackgroundRole:
                return rag.background(Rating.RED)
            if role == Qt.ItemDataRole.ForegroundRole:
                return rag.foreground(Rating.RED)
        return None

    def _display(self, item: ActionData, column: ActionColumn) -> str:
        if column is ActionColumn.KIND:
            return i18n.label(item.kind)
        if column is ActionColumn.TEXT:
            return _first_line(item.text)
        if column is ActionColumn.OWNER:
            return item.owner
        if column is ActionColumn.DUE:
            if item.due_date is None:
                return translate("ActionItemsModel", "No date")
            due = item.due_date.strftime("%d %b %Y")
            return (
                f"{due} · {translate('action_items_model', OVERDUE)}"
                if item.is_overdue(self.today)
                else due
            )
        if column is ActionColumn.STATUS:
            return i18n.label(item.status)
        if column is ActionColumn.REPLY:
            return _first_line(item.reply)
        return item.question_key or ""

    def _spoken(self, item: ActionData, column: ActionColumn) -> str:
        if column is ActionColumn.TEXT:
            if item.sensitive:
                return arg(translate("ActionItemsModel", "%1 (sensitive)"), item.text)
            return item.text
        if column is ActionColumn.REPLY:
            return item.reply or translate("ActionItemsModel", "No reply yet")
        if column is ActionColumn.QUESTION:
            return (
                arg(translate("ActionItemsModel", "About question %1"), item.question_key)
                if item.question_key
                else translate("ActionItemsModel", "General")
            )
        return self._display(item, column)


class ActionItemsFilter(QSortFilterProxyModel):
    """All, open, or overdue actions; sortable by any column."""

    def __init__(self, source: ActionItemsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._show = ActionShow.ALL
        self.setSourceModel(source)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def showing(self) -> ActionShow:
        return self._show

    def set_show(self, show: ActionShow) -> None:
        self.beginFilterChange()
        self._show = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        item = self._source.item_at(source_row)
        if item is None or self._show is ActionShow.ALL:
            return item is not None
        if self._show is ActionShow.OPEN:
            return item.status is ActionStatus.OPEN
        return item.is_overdue(self._source.today)


def _first_line(text: str) -> str:
    first, _, rest = text.strip().partition("\n")
    return first + (" …" if rest.strip() else "")
