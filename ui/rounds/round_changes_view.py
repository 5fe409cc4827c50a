"""What changed in the answers since the previous round, one row per question."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.changes import ChangeKind, ResponseChange
from ethics_scrutiny.domain.enums import Language
from ethics_scrutiny.domain.localize import question_text
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.templates import Checklist
from ethics_scrutiny.services.rounds import RoundChanges

from ..kit.accessibility import buddy_label, named
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from ..kit.rows_model import Index, RowsModel
from ..kit.sizing import fit_to_screen

HEADERS = (
    QT_TRANSLATE_NOOP("headers", "Question"),
    QT_TRANSLATE_NOOP("headers", "Change"),
    QT_TRANSLATE_NOOP("headers", "Before"),
    QT_TRANSLATE_NOOP("headers", "Now"),
)
KIND_WORDS = {
    ChangeKind.ADDED: QT_TRANSLATE_NOOP("round_changes_view", "Newly answered"),
    ChangeKind.CHANGED: QT_TRANSLATE_NOOP("round_changes_view", "Changed"),
    ChangeKind.REMOVED: QT_TRANSLATE_NOOP("round_changes_view", "No longer answered"),
}
FIELD_WORDS = {"status": "status", "rating": "rating", "note": "note", "sensitive": "sensitivity"}


def finding(response: ResponseData | None) -> str:
    """A finding in one line; a sensitive note is not repeated here."""
    if response is None:
        return translate("round_changes_view", "Not answered")
    parts = [i18n.label(response.status)]
    if response.rating is not None:
        parts.append(arg(translate("round_changes_view", "rated %1"), i18n.label(response.rating)))
    text = " · ".join(parts)
    if response.sensitive:
        return arg(translate("round_changes_view", "%1 (note marked sensitive)"), text)
    return f"{text}: {response.note}" if response.note else text


class RoundChangesModel(RowsModel[tuple[str, ResponseChange]]):
    """Read-only rows of ResponseChange with the question's prompt beside its key."""

    headers = HEADERS

    def set_changes(
        self, changes: Sequence[ResponseChange], checklist: Checklist, language: Language
    ) -> None:
        rows = []
        for change in changes:
            prompt = (
                question_text(checklist.question(change.key), language).prompt
                if checklist.has_question(change.key)
                else ""
            )
            rows.append((f"{change.key}: {prompt}" if prompt else change.key, change))
        self._replace_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row(index)
        if row is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        question, change = row
        kind = translate("round_changes_view", KIND_WORDS[change.kind])
        if change.fields:
            kind += ": " + ", ".join(FIELD_WORDS.get(f, f) for f in change.fields)
        cells = (question, kind, finding(change.before), finding(change.after))
        return cells[index.column()]


class RoundChangesDialog(QDialog):
    """Shows the changes in a table; closing is the only thing to do."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        title: str,
        changes: RoundChanges,
        checklist: Checklist,
        language: Language = Language.ENGLISH,
    ) -> None:
        dialog = cls(parent, title, changes, checklist, language)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        changes: RoundChanges,
        checklist: Checklist,
        language: Language,
    ) -> None:
        super().__init__(parent)
        previous = changes.previous_round
        self.setWindowTitle(
            arg(translate("RoundChangesDialog", "Changes since round %1"), previous)
            if previous
            else translate("RoundChangesDialog", "Changes")
        )
        fit_to_screen(self, 150, 32)
        self.model = RoundChangesModel(self)
        self.model.set_changes(changes.changes, checklist, language)
        self.intro = QLabel(_intro(title, changes), self)
        self.intro.setWordWrap(True)
        self.table = named(QTableView(self), translate("RoundChangesDialog", "Changed answers"))
        self._build_table()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        named(
            buttons.button(QDialogButtonBox.StandardButton.Close),
            translate("RoundChangesDialog", "Close"),
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(
            buddy_label(translate("RoundChangesDialog", "&Changed answers:"), self.table, self)
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _build_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)


def _intro(title: str, changes: RoundChanges) -> str:
    head = arg(
        translate("round_changes_view", "<h3>%1: round %2</h3>"),
        escape(title),
        changes.round_number,
    )
    if changes.previous_round is None:
        return head + translate(
            "round_changes_view",
            "This is the first round: there is no earlier round to compare with.",
        )
    count = len(changes.changes)
    if not count:
        return head + (
            arg(
                translate(
                    "round_changes_view",
                    "No answer has changed since round %1; this round started with its answers "
                    "carried forward.",
                ),
                changes.previous_round,
            )
        )
    return head + arg(
        translate("round_changes_view", "%n answer(s) changed since round %1.", None, count),
        changes.previous_round,
    )
