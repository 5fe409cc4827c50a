"""Decision history: every decision in record order, superseded ones struck through."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.scrutiny import DecisionData

from ..kit.accessibility import buddy_label, named
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from ..kit.rows_model import Index, RowsModel
from ..kit.sizing import fit_to_screen

HEADERS = (
    QT_TRANSLATE_NOOP("headers", "No."),
    QT_TRANSLATE_NOOP("headers", "Decided"),
    QT_TRANSLATE_NOOP("headers", "Capacity"),
    QT_TRANSLATE_NOOP("headers", "Outcome"),
    QT_TRANSLATE_NOOP("headers", "Decided by"),
    QT_TRANSLATE_NOOP("headers", "Review date"),
    QT_TRANSLATE_NOOP("headers", "Standing"),
    QT_TRANSLATE_NOOP("headers", "Record entry"),
)
STANDS = QT_TRANSLATE_NOOP("decision_history_view", "Stands")


def decision_numbers(decisions: Sequence[DecisionData]) -> dict[int, int]:
    """Each decision's number within its scrutiny (1, 2, 3 in record order), by record entry."""
    ordered = sorted(decision.sequence for decision in decisions)
    return {sequence: number for number, sequence in enumerate(ordered, start=1)}


def decision_name(sequence: int, numbers: Mapping[int, int]) -> str:
    """How to name a decision: "decision 2", or its record entry if it is not numbered."""
    if sequence in numbers:
        return arg(translate("decision_history_view", "decision %1"), numbers[sequence])
    return arg(translate("decision_history_view", "record entry #%1"), sequence)


def standing_text(
    decision: DecisionData, withdrawn: Mapping[int, str], numbers: Mapping[int, int]
) -> str:
    """Whether a decision still stands, in words (never only by strike-through)."""
    if decision.superseded_by is not None:
        return arg(
            translate("decision_history_view", "Superseded by %1"),
            decision_name(decision.superseded_by, numbers),
        )
    if decision.sequence in withdrawn:
        return translate("decision_history_view", "Withdrawn")
    return translate("decision_history_view", STANDS)


class DecisionHistoryModel(RowsModel[DecisionData]):
    """Read-only rows of DecisionData; superseded or withdrawn rows are struck through."""

    headers = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._withdrawn: dict[int, str] = {}
        self._numbers: dict[int, int] = {}

    def set_decisions(
        self, decisions: Sequence[DecisionData], withdrawn: Mapping[int, str] | None = None
    ) -> None:
        self._withdrawn = dict(withdrawn or {})
        self._numbers = decision_numbers(decisions)
        self._replace_rows(decisions)

    def decision_at(self, row: int) -> DecisionData:
        return self._rows[row]

    def withdrawn_reason(self, sequence: int) -> str | None:
        return self._withdrawn.get(sequence)

    def numbers(self) -> dict[int, int]:
        """Each decision's number within the scrutiny, by its record entry."""
        return dict(self._numbers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        decision = self._row(index)
        if decision is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(decision)[index.column()]
        if role == Qt.ItemDataRole.FontRole and self._replaced(decision):
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _replaced(self, decision: DecisionData) -> bool:
        return decision.superseded_by is not None or decision.sequence in self._withdrawn

    def _cells(self, decision: DecisionData) -> tuple[str, ...]:
        review = decision.review_date
        return (
            str(self._numbers.get(decision.sequence, "")),
            f"{decision.decided_at.astimezone():%d %b %Y %H:%M}",
            i18n.label(decision.capacity),
            i18n.label(decision.outcome),
            decision.decided_by_shown,
            f"{review.day} {review:%b %Y}"
            if review
            else translate("DecisionHistoryModel", "None set"),
            standing_text(decision, self._withdrawn, self._numbers),
            f"#{decision.sequence}",
        )


class DecisionHistoryDialog(QDialog):
    """The history table, with the chosen decision's rationale and conditions below it."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        scrutiny_title: str,
        decisions: Sequence[DecisionData],
        withdrawn: Mapping[int, str] | None = None,
    ) -> None:
        dialog = cls(parent, scrutiny_title, decisions, withdrawn)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def __init__(
        self,
        parent: QWidget | None,
        scrutiny_title: str,
        decisions: Sequence[DecisionData],
        withdrawn: Mapping[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DecisionHistoryDialog", "Decision history"))
        fit_to_screen(self, 150, 34)
        self.model = DecisionHistoryModel(self)
        self.model.set_decisions(decisions, withdrawn)
        self.table = named(
            QTableView(self),
            translate("DecisionHistoryDialog", "Decisions"),
            translate("DecisionHistoryDialog", "Superseded decisions are struck through"),
        )
        self.details = named(
            QTextBrowser(self), translate("DecisionHistoryDialog", "Decision details")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        intro = QLabel(
            arg(
                translate(
                    "DecisionHistoryDialog",
                    "<h3>%1</h3>Every decision stays in the record. A decision is never edited: a "
                    "later one supersedes it, and the earlier one is struck through.",
                ),
                escape(scrutiny_title),
            ),
            self,
        )
        intro.setWordWrap(True)
        self._build_table()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(
            buddy_label(translate("DecisionHistoryDialog", "&Decisions:"), self.table, self)
        )
        layout.addWidget(self.table, 2)
        layout.addWidget(
            buddy_label(translate("DecisionHistoryDialog", "De&tails:"), self.details, self)
        )
        layout.addWidget(self.details, 2)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))
        if self.model.rowCount():
            self.table.selectRow(self.model.rowCount() - 1)
        else:
            self.details.setPlainText(
                translate("DecisionHistoryDialog", "No decision has been recorded yet.")
            )

    def _build_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.details.setHtml(details_html(self.model, self.model.decision_at(current.row())))


def details_html(model: DecisionHistoryModel, decision: DecisionData) -> str:
    """Rationale, conditions, and what replaced or overrode what, escaped."""
    numbers = model.numbers()
    parts = [
        arg(
            translate(
                "decision_history_view", "<p><b>Decision %1: %2</b> — %3, %4 (record entry #%5)</p>"
            ),
            numbers.get(decision.sequence, ""),
            escape(i18n.label(decision.outcome)),
            escape(i18n.label(decision.capacity)),
            escape(decision.decided_by),
            decision.sequence,
        ),
        arg(
            translate("decision_history_view", "<p><b>Rationale:</b> %1</p>"),
            escape(decision.rationale),
        ),
    ]
    if decision.conditions:
        items = "".join(f"<li>{escape(c)}</li>" for c in decision.conditions)
        heading = translate("decision_history_view", "<p><b>Conditions:</b></p>")
        parts.append(f"{heading}<ul>{items}</ul>")
    if decision.supersedes is not None:
        parts.append(
            arg(
                translate("decision_history_view", "<p>Supersedes %1.</p>"),
                escape(decision_name(decision.supersedes, numbers)),
            )
        )
    if decision.superseded_by is not None:
        parts.append(
            arg(
                translate("decision_history_view", "<p><b>Superseded by %1.</b></p>"),
                escape(decision_name(decision.superseded_by, numbers)),
            )
        )
    reason = model.withdrawn_reason(decision.sequence)
    if reason is not None:
        parts.append(
            arg(translate("decision_history_view", "<p><b>Withdrawn:</b> %1</p>"), escape(reason))
        )
    if decision.override_reason:
        flags = ", ".join(decision.overridden_flags) or translate(
            "decision_history_view", "none recorded"
        )
        parts.append(
            arg(
                translate("decision_history_view", "<p><b>Override of red flags (%1):</b> %2</p>"),
                escape(flags),
                escape(decision.override_reason),
            )
        )
    return "".join(parts)
