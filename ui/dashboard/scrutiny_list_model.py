"""Dashboard table model of ScrutinySummary rows, and the proxy that filters and sorts them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.attention import REVIEW_SOON_DAYS, Attention, attention, lapsed
from ethics_scrutiny.domain.enums import Rating
from ethics_scrutiny.domain.scrutiny import ScrutinySummary

from ..kit import rag
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The attention a row needs, as a set of Attention values, for the strip and its filter.
ATTENTION_ROLE = Qt.ItemDataRole.UserRole + 3


class Column(IntEnum):
    TITLE = 0
    FORCE = 1
    TECHNOLOGY = 2
    STAGE = 3
    PROGRESS = 4
    RATING = 5
    READINESS = 6
    REVIEW = 7
    ACTIONS = 8
    OUTCOME = 9


_COLUMNS = tuple(Column)
_COLUMN_COUNT = len(_COLUMNS)
# The roles data() answers; Qt asks for many more per cell (font, alignment, size ...).
_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        ID_ROLE,
        SORT_ROLE,
        ATTENTION_ROLE,
    }
)

HEADERS = {
    Column.TITLE: QT_TRANSLATE_NOOP("scrutiny_list_model", "Title"),
    Column.FORCE: QT_TRANSLATE_NOOP("scrutiny_list_model", "Force"),
    Column.TECHNOLOGY: QT_TRANSLATE_NOOP("scrutiny_list_model", "Technology"),
    Column.STAGE: QT_TRANSLATE_NOOP("scrutiny_list_model", "Stage"),
    Column.PROGRESS: QT_TRANSLATE_NOOP("scrutiny_list_model", "Answered"),
    Column.RATING: QT_TRANSLATE_NOOP("scrutiny_list_model", "Rating"),
    Column.READINESS: QT_TRANSLATE_NOOP("scrutiny_list_model", "Readiness"),
    Column.REVIEW: QT_TRANSLATE_NOOP("scrutiny_list_model", "Next review"),
    Column.ACTIONS: QT_TRANSLATE_NOOP("scrutiny_list_model", "Actions"),
    Column.OUTCOME: QT_TRANSLATE_NOOP("scrutiny_list_model", "Decision"),
}
HEADER_TIPS = {
    Column.RATING: QT_TRANSLATE_NOOP(
        "scrutiny_list_model", "Overall rating: the worst theme rating (one red theme makes it red)"
    ),
    Column.READINESS: QT_TRANSLATE_NOOP(
        "scrutiny_list_model", "Ready for panel, or what holds it back; ⚑ counts red flags"
    ),
    Column.REVIEW: QT_TRANSLATE_NOOP(
        "scrutiny_list_model",
        "Review date of the decision that stands (not superseded or withdrawn)",
    ),
    Column.ACTIONS: QT_TRANSLATE_NOOP(
        "scrutiny_list_model", "Open questions and conditions; ⚠ marks those past their due date"
    ),
    Column.OUTCOME: QT_TRANSLATE_NOOP(
        "scrutiny_list_model", "Latest decision: the newest one still standing"
    ),
}
NO_DECISION = QT_TRANSLATE_NOOP("scrutiny_list_model", "No decision yet")
# Keeps a date, or a flag and its count, on one line when a narrow column wraps.
NBSP = "\u00a0"
NO_REVIEW = QT_TRANSLATE_NOOP("scrutiny_list_model", "None set")
NO_ACTIONS = QT_TRANSLATE_NOOP("scrutiny_list_model", "None")


class ScrutinyListModel(QAbstractTableModel):
    """Read-only rows; replaced wholesale on refresh because the list is small."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ScrutinySummary] = []
        self._today = date.today()
        self._row_of: dict[int, int] = {}
        self._search_text: list[str] | None = None
        # Sort keys per column, built once per listing.
        self._sort_keys: dict[Column, list[Any]] = {}
        # The dashboard's order is applied here, in Python with one key per row, not by the
        # proxy: its sort asks data() for a key about 150,000 times for 10,000 rows, again at
        # every change of search or filter.
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    @property
    def today(self) -> date:
        return self._today

    def set_rows(self, rows: Sequence[ScrutinySummary], today: date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or date.today()
        self._search_text = None
        self._sort_keys = {}
        self._apply_sort()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``'s sort key (a stable sort), keeping persistent indexes."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        where = [(self._rows[i.row()].id, i.column()) for i in persistent]
        self._sort_column, self._sort_order = column, order
        self._apply_sort()
        moved = [self.index(self._row_of[sid], col) for sid, col in where]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if 0 <= self._sort_column < _COLUMN_COUNT and len(self._rows) > 1:
            keys = self._keys(_COLUMNS[self._sort_column])
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            positions = sorted(range(len(self._rows)), key=keys.__getitem__, reverse=descending)
            self._rows = [self._rows[i] for i in positions]
            self._sort_keys = {c: [k[i] for i in positions] for c, k in self._sort_keys.items()}
            if self._search_text is not None:
                self._search_text = [self._search_text[i] for i in positions]
        self._row_of = {summary.id: i for i, summary in enumerate(self._rows)}

    def _keys(self, column: Column) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = [_sort_key(summary, column, self._today) for summary in self._rows]
            self._sort_keys[column] = keys
        return keys

    def rows(self) -> list[ScrutinySummary]:
        return list(self._rows)

    def summary_at(self, row: int) -> ScrutinySummary:
        return self._rows[row]

    def row_of(self, scrutiny_id: int) -> int | None:
        return self._row_of.get(scrutiny_id)

    def search_text(self, row: int) -> str:
        """Every column's text of ``row``, casefolded, for the search box (built once)."""
        if self._search_text is None:
            self._search_text = [
                "\x00".join(display(summary, c, self._today) for c in _COLUMNS).casefold()
                for summary in self._rows
            ]
        return self._search_text[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("scrutiny_list_model", HEADERS[Column(section)])
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = HEADER_TIPS.get(Column(section))
                return translate("scrutiny_list_model", tip) if tip else None
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row, column, self._today)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column, self._today)
        if role == Qt.ItemDataRole.BackgroundRole:
            return rag.background(_cell_rating(row, column, self._today))
        if role == Qt.ItemDataRole.ForegroundRole:
            return rag.foreground(_cell_rating(row, column, self._today))
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._keys(column)[number]
        if role == ATTENTION_ROLE:
            return attention(row, self._today)
        return None


def display(row: ScrutinySummary, column: Column, today: date) -> str:
    """The cell's text: words and symbols, so nothing rests on colour alone."""
    if column is Column.TITLE:
        return (
            arg(translate("scrutiny_list_model", "%1 (round %2)"), row.title, row.round_number)
            if row.round_number > 1
            else row.title
        )
    if column is Column.FORCE:
        return row.force
    if column is Column.TECHNOLOGY:
        return i18n.label(row.technology)
    if column is Column.STAGE:
        return i18n.label(row.stage)
    if column is Column.PROGRESS:
        return f"{row.answered}/{row.total}"
    if column is Column.RATING:
        return rag.rating_word(row.overall_rating)
    if column is Column.READINESS:
        return _readiness(row)
    if column is Column.REVIEW:
        return _review(row, today)
    if column is Column.ACTIONS:
        return _actions(row)
    if row.latest_outcome is None:
        return translate("scrutiny_list_model", NO_DECISION)
    if lapsed(row, today):
        return arg(
            translate("scrutiny_list_model", "⚠ %1 (approval%2lapsed)"),
            i18n.label(row.latest_outcome),
            NBSP,
        )
    return i18n.label(row.latest_outcome)


def _readiness(row: ScrutinySummary) -> str:
    ready = (
        translate("scrutiny_list_model", "Ready")
        if row.ready_for_panel
        else translate("scrutiny_list_model", "Not ready")
    )
    if row.red_flag_count:
        flags = translate("scrutiny_list_model", "⚑ %n red flag(s)", n=row.red_flag_count)
        # Kept on one line when the column wraps.
        return f"{ready} · {flags.replace(' ', NBSP)}"
    return ready


def _review(row: ScrutinySummary, today: date) -> str:
    review = row.next_review_date
    if review is None:
        return translate("scrutiny_list_model", NO_REVIEW)
    shown = f"{review.day}{NBSP}{review:%b}{NBSP}{review:%Y}"
    days = (review - today).days
    if days < 0:
        return arg(translate("scrutiny_list_model", "⚠ %1 (overdue)"), shown)
    if days == 0:
        return arg(translate("scrutiny_list_model", "%1 (due today)"), shown)
    if days <= REVIEW_SOON_DAYS:
        return arg(translate("scrutiny_list_model", "%1 (due in %n day(s))", n=days), shown)
    return shown


def _actions(row: ScrutinySummary) -> str:
    if not row.open_actions:
        return translate("scrutiny_list_model", NO_ACTIONS)
    if row.overdue_actions:
        overdue = translate("scrutiny_list_model", "⚠ %1 overdue").replace(" ", NBSP)
        return arg(f"{row.open_actions} · {overdue}", row.overdue_actions)
    return str(row.open_actions)


def _cell_rating(row: ScrutinySummary, column: Column, today: date) -> Rating | None:
    """Cells that need attention borrow the RAG colours (their text says the same in words)."""
    if column is Column.RATING:
        return row.overall_rating
    if column is Column.READINESS and row.red_flag_count:
        return Rating.RED
    if column is Column.ACTIONS and row.overdue_actions:
        return Rating.RED
    if column is Column.OUTCOME and lapsed(row, today):
        return Rating.RED
    if column is Column.REVIEW:
        found = attention(row, today)
        if Attention.REVIEW_OVERDUE in found:
            return Rating.RED
        if Attention.REVIEW_SOON in found:
            return Rating.AMBER
    return None


def _tooltip(row: ScrutinySummary, column: Column, today: date) -> str:
    if column is Column.PROGRESS:
        return arg(
            translate("scrutiny_list_model", "%1 of %2 questions answered"), row.answered, row.total
        )
    if column is Column.ACTIONS:
        return (
            arg(
                translate("scrutiny_list_model", "%1 open action(s), %2 past their due date"),
                row.open_actions,
                row.overdue_actions,
            )
            if row.open_actions
            else translate("scrutiny_list_model", "No open actions")
        )
    if column is Column.OUTCOME and row.latest_outcome and lapsed(row, today):
        review = (
            arg(
                translate("scrutiny_list_model", " on %1"), format(row.next_review_date, "%d %B %Y")
            )
            if row.next_review_date
            else ""
        )
        return arg(
            translate(
                "scrutiny_list_model",
                "%1: approval lapsed. Its review was due%2; review the deployment and record a "
                "new decision.",
            ),
            i18n.label(row.latest_outcome),
            review,
        )
    return display(row, column, today)


_RATING_ORDER = {None: 0, Rating.GREEN: 1, Rating.AMBER: 2, Rating.RED: 3}


def _sort_key(row: ScrutinySummary, column: Column, today: date) -> Any:
    if column is Column.PROGRESS:
        return row.answered / row.total if row.total else 0.0
    if column is Column.RATING:
        return _RATING_ORDER[row.overall_rating]
    if column is Column.READINESS:
        return row.red_flag_count * 2 + (0 if row.ready_for_panel else 1)
    if column is Column.REVIEW:
        # No review date sorts last in ascending order: soonest first is what matters.
        return row.next_review_date.toordinal() if row.next_review_date else 10**7
    if column is Column.ACTIONS:
        return row.overdue_actions * 1000 + row.open_actions
    return display(row, column, today).casefold()


class ScrutinyFilterProxy(QSortFilterProxyModel):
    """Search over every column plus exact filters; sorts on real values, not display text.

    A filter left at ``None`` lets every row through. ``rating`` accepts ``"none"`` for
    scrutinies not yet rated, and ``outcome`` ``"none"`` for those with no decision.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)
        self._filters: dict[str, str | None] = {
            "technology": None,
            "stage": None,
            "rating": None,
            "outcome": None,
            "attention": None,
        }
        self._search = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts its rows; the proxy keeps their order (its own column -1)."""
        model = self.sourceModel()
        if not isinstance(model, ScrutinyListModel):
            super().sort(column, order)
            return
        if self.sortColumn() != -1:
            super().sort(-1, order)
        model.sort(column, order)

    def set_search(self, text: str) -> None:
        # Matched in filterAcceptsRow against each row's text, built once per listing: the
        # base class would ask data() for every cell of 10,000 rows at each keystroke.
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def search(self) -> str:
        return self._search

    def set_filter(self, name: str, value: str | None) -> None:
        """Set one of technology, stage, rating, outcome or attention (``None`` clears it)."""
        if name not in self._filters:
            raise KeyError(name)
        if self._filters[name] != value:
            self.beginFilterChange()
            self._filters[name] = value
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_value(self, name: str) -> str | None:
        return self._filters[name]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ScrutinyListModel):
            return super().filterAcceptsRow(source_row, source_parent)
        if not self._matches(model.summary_at(source_row), model.today):
            return False
        return not self._search or self._search in model.search_text(source_row)

    def _matches(self, row: ScrutinySummary, today: date) -> bool:
        values = {
            "technology": row.technology.value,
            "stage": row.stage.value,
            "rating": row.overall_rating.value if row.overall_rating else "none",
            "outcome": row.latest_outcome.value if row.latest_outcome else "none",
        }
        for name, wanted in self._filters.items():
            if wanted is None:
                continue
            if name == "attention":
                if Attention(wanted) not in attention(row, today):
                    return False
            elif values[name] != wanted:
                return False
        return True
