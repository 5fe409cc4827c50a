"""The dashboard page: attention strip, search and filters, table of scrutinies, commands."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import Outcome, Rating, Stage, Technology
from ethics_scrutiny.domain.scrutiny import ScrutinySummary

from ..kit.accessibility import buddy_label, named
from ..kit.buttons import button_for
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from ..kit.sizing import page_minimum
from .dashboard_strip import AttentionStrip
from .scrutiny_list_model import (
    ID_ROLE,
    Column,
    ScrutinyFilterProxy,
    ScrutinyListModel,
)

# Longer lists get two-line rows instead of each row fitted to its text (see _fit_row_heights).
FIT_ROW_HEIGHTS_UP_TO = 500
FIT_PRECISION_ROWS = 40
# A search is one line: pasted line breaks and tabs become spaces, and it is kept short.
SEARCH_MAX_LENGTH = 200
_LINE_BREAKS = re.compile(r"[\r\n\t\v\f\x85\u2028\u2029]+")
# How much of the search the "no match" message repeats before eliding it.
SHOWN_SEARCH_CHARS = 60
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "scrutiny_list_view", "There are no scrutinies yet. Choose “New scrutiny” to start one."
)


class ScrutinyListPage(QWidget):
    """Shows every scrutiny; emits the chosen one. Holds no services: the controller does."""

    selection_changed = Signal(object)  # int | None
    open_requested = Signal(int)

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit_pending = False
        self.model = ScrutinyListModel(self)
        self.proxy = ScrutinyFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = named(QLineEdit(self), translate("ScrutinyListPage", "Search scrutinies"))
        self.search.setPlaceholderText(
            translate("ScrutinyListPage", "Title, force, technology, stage or decision")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_LENGTH)
        # Room to see what is typed, even in the narrowest window.
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)
        self.table = named(
            QTableView(self),
            translate("ScrutinyListPage", "Scrutinies"),
            translate("ScrutinyListPage", "Press Enter to open a scrutiny"),
        )
        self.empty_label = QLabel(translate("scrutiny_list_view", EMPTY_TEXT), self)
        self.buttons: dict[str, QPushButton] = {}
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        # The message follows the page's width, never sets it.
        self.empty_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.strip = AttentionStrip(self)
        self.filters = _filter_combos(self)
        self.clear_filters = named(
            QPushButton(translate("ScrutinyListPage", "Show all"), self),
            translate("ScrutinyListPage", "Show all"),
            translate("ScrutinyListPage", "Clear the search, filters and attention"),
        )
        self._build_table()
        self._build_layout(actions)
        # The same as the checklist's, so moving between them never resizes the window.
        self.setMinimumSize(page_minimum(self))
        self.search.textChanged.connect(self._on_search_text_changed)
        for name, combo in self.filters.items():
            combo.currentIndexChanged.connect(
                lambda _i, n=name, c=combo: self._on_filter_changed(n, c.currentData())
            )
        self.strip.chosen.connect(self._on_strip_chosen)
        self.clear_filters.clicked.connect(self.show_all)
        # From the search box, Enter opens the highlighted row and Down moves into the table.
        self.search.returnPressed.connect(self._on_search_return_pressed)
        QShortcut(
            QKeySequence(Qt.Key.Key_Down),
            self.search,
            self.table.setFocus,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def set_rows(
        self,
        rows: Sequence[ScrutinySummary],
        select_id: int | None = None,
        today: date | None = None,
    ) -> None:
        """Replace the rows, keeping (or moving) the selection to ``select_id``."""
        keep = select_id if select_id is not None else self.selected_id()
        self._fit_row_heights(len(rows))
        self.model.set_rows(rows, today)
        self.strip.set_counts(rows, self.model.today)
        self.fit_columns()
        self._update_empty_text()
        if keep is not None:
            self.select_id(keep)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self.selection_changed.emit(self.selected_id())

    def _fit_row_heights(self, count: int) -> None:
        """Rows fit their wrapped text, except in a long list: there every row is two lines.

        Fitting each row's height measures every cell of every row at each layout, which with
        10,000 scrutinies kept the window busy for many seconds.
        """
        vertical = self.table.verticalHeader()
        if count <= FIT_ROW_HEIGHTS_UP_TO:
            vertical.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            return
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin)
        vertical.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 4 * margin + 2)

    def show_all(self) -> None:
        """Clear the search, every filter and the attention choice."""
        self.search.clear()
        for combo in self.filters.values():
            combo.setCurrentIndex(0)
        self.strip.clear()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def selected_summary(self) -> ScrutinySummary | None:
        """The selected row's scrutiny, if a row is selected."""
        selected = self.selected_id()
        row = self.model.row_of(selected) if selected is not None else None
        return self.model.summary_at(row) if row is not None else None

    def focus_search(self) -> None:
        """Put the keyboard in the search box, its text selected to be typed over."""
        self.search.setFocus()
        self.search.selectAll()

    def select_id(self, scrutiny_id: int) -> None:
        source_row = self.model.row_of(scrutiny_id)
        if source_row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def _build_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
        table.setAlternatingRowColors(True)
        # Ten columns fit a 1366-pixel screen only if long text wraps onto a second line.
        table.setWordWrap(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fitting a column to its text measures this many rows (plus those in view), not all.
        table.verticalHeader().setResizeContentsPrecision(FIT_PRECISION_ROWS)
        table.horizontalHeader().setResizeContentsPrecision(FIT_PRECISION_ROWS)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in _FIT_TO_TEXT:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)

    def _build_layout(self, actions: Sequence[QAction]) -> None:
        # Commands sit beside the heading, where the eye starts, not under a mostly empty table.
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ScrutinyListPage", "<h2>Scrutinies</h2>"), self))
        top.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        top.addStretch(1)
        for action in actions:
            button = button_for(action, self)
            self.buttons[action.objectName().removeprefix("action_")] = button
            top.addWidget(button)
        search_row = QHBoxLayout()
        search_row.addWidget(
            buddy_label(translate("ScrutinyListPage", "&Search:"), self.search, self)
        )
        search_row.addWidget(self.search, 2)
        for combo, text in zip(self.filters.values(), _FILTER_LABELS, strict=True):
            label = translate("scrutiny_list_view", text)
            search_row.addWidget(buddy_label(label, combo, self))
            search_row.addWidget(combo, 1)
        search_row.addWidget(self.clear_filters)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.strip)
        layout.addLayout(search_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

    def _update_empty_text(self) -> None:
        search = self.search.text().strip()
        if self.model.rowCount() == 0:
            self.empty_label.setText(translate("scrutiny_list_view", EMPTY_TEXT))
        elif self.proxy.rowCount() == 0 and search:
            self.empty_label.setText(
                arg(
                    translate("ScrutinyListPage", "No scrutiny matches “%1” with these filters."),
                    _shortened(search),
                )
            )
        elif self.proxy.rowCount() == 0:
            self.empty_label.setText(
                translate(
                    "ScrutinyListPage", "No scrutiny matches these filters. Choose “Show all”."
                )
            )
        self.empty_label.setVisible(self.proxy.rowCount() == 0)

    def fit_columns(self) -> None:
        """Fit the other columns to their text (capped) so the title gets what is left.

        Done on every refresh (a decision recorded since the last one can widen its column)
        and resize: on a wide screen the caps grow, so text wraps only when it must.
        """
        em = self.fontMetrics().averageCharWidth()
        width = self.table.viewport().width() / em - _FITTED_CHARS
        wrapped = sum(_WRAPPED_WIDTHS.values())
        scale = max(1.0, (width - _TITLE_CHARS) / wrapped)
        if width - _TITLE_CHARS < wrapped:
            # A narrow window: the caps give way too, so the title keeps a readable width.
            scale = max(_NARROWEST_SCALE, (width - _TITLE_MIN_CHARS) / wrapped)
        for column, chars in _WRAPPED_WIDTHS.items():
            self.table.resizeColumnToContents(column)
            cap = int(em * chars * scale)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A window being shown or dragged sends resizes in bursts, and each fit measures up to
        # FIT_PRECISION_ROWS rows per column: fit once, when the burst is over.
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self._fit_columns_now)

    def _fit_columns_now(self) -> None:
        self._fit_pending = False
        self.fit_columns()

    def _on_search_text_changed(self, text: str) -> None:
        one_line = _LINE_BREAKS.sub(" ", text)
        if one_line != text:
            self.search.setText(one_line)  # comes back here with the one line
            return
        self.proxy.set_search(text)
        self._after_filtering()

    def _on_filter_changed(self, name: str, value: str | None) -> None:
        self.proxy.set_filter(name, value)
        self._after_filtering()

    def _on_strip_chosen(self, kind: object) -> None:
        self.proxy.set_filter("attention", str(kind) if kind is not None else None)
        self._after_filtering()

    def _after_filtering(self) -> None:
        self._update_empty_text()
        if self.selected_id() is None and self.proxy.rowCount():
            self.table.selectRow(0)
        self.selection_changed.emit(self.selected_id())

    def _on_search_return_pressed(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.open_requested.emit(selected)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(int(index.data(ID_ROLE)))

    def _on_selection_changed(self, *_args: object) -> None:
        self.selection_changed.emit(self.selected_id())


# Columns as wide as their text, and the widest (in characters) the others grow before wrapping.
_FIT_TO_TEXT = (Column.STAGE, Column.PROGRESS, Column.RATING, Column.ACTIONS)
_WRAPPED_WIDTHS = {
    Column.FORCE: 24,
    Column.TECHNOLOGY: 24,
    Column.READINESS: 17,
    Column.REVIEW: 17,
    Column.OUTCOME: 20,
}
# The caps grow only with room to spare once the fitted columns (about _FITTED_CHARS wide)
# and a title of _TITLE_CHARS have theirs.
_FITTED_CHARS = 45
_TITLE_CHARS = 75
# In a narrow window the title keeps at least this, the others' caps shrinking to make room.
_TITLE_MIN_CHARS = 30
_NARROWEST_SCALE = 0.6
_FILTER_LABELS = (
    QT_TRANSLATE_NOOP("scrutiny_list_view", "&Technology:"),
    QT_TRANSLATE_NOOP("scrutiny_list_view", "Sta&ge:"),
    QT_TRANSLATE_NOOP("scrutiny_list_view", "R&ating:"),
    QT_TRANSLATE_NOOP("scrutiny_list_view", "Decisio&n:"),
)


def _shortened(search: str) -> str:
    return search if len(search) <= SHOWN_SEARCH_CHARS else search[:SHOWN_SEARCH_CHARS] + "…"


def _filter_combos(parent: QWidget) -> dict[str, QComboBox]:
    """One combo per filter, each starting at "All"; item data is the value filtered on."""
    ratings = (Rating.RED, Rating.AMBER, Rating.GREEN)
    choices: dict[str, list[tuple[str, str | None]]] = {
        "technology": [
            (translate("scrutiny_list_view", "All technologies"), None),
            *((i18n.label(t), t.value) for t in Technology),
        ],
        "stage": [
            (translate("scrutiny_list_view", "All stages"), None),
            *((i18n.label(s), s.value) for s in Stage),
        ],
        "rating": [
            (translate("scrutiny_list_view", "All ratings"), None),
            *((i18n.label(r), r.value) for r in ratings),
        ],
        "outcome": [
            (translate("scrutiny_list_view", "All decisions"), None),
            *((i18n.label(o), o.value) for o in Outcome),
        ],
    }
    choices["rating"].append((translate("scrutiny_list_view", "Not rated"), "none"))
    choices["outcome"].append((translate("scrutiny_list_view", "No decision yet"), "none"))
    combos: dict[str, QComboBox] = {}
    for name, items in choices.items():
        combo = QComboBox(parent)
        for text, value in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combos[name] = combo
    return combos
