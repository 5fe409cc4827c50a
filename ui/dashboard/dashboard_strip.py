"""The dashboard's "needs attention" strip: counts that also filter the table when pressed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from ethics_scrutiny.domain.scrutiny import ScrutinySummary

from ..kit.accessibility import named
from .scrutiny_list_model import REVIEW_SOON_DAYS, Attention, attention

LABELS = {
    Attention.RED_FLAGS: "⚑ Red flags",
    Attention.OVERDUE_ACTIONS: "⚠ Overdue actions",
    Attention.REVIEW_OVERDUE: "⚠ Reviews overdue",
    Attention.REVIEW_SOON: f"Reviews due within {REVIEW_SOON_DAYS} days",
    Attention.APPROVAL_LAPSED: "⚠ Approvals lapsed",
}
TIPS = {
    Attention.RED_FLAGS: "Scrutinies with a critical question not met; press to show only them",
    Attention.OVERDUE_ACTIONS: "Scrutinies with an open action past its due date",
    Attention.REVIEW_OVERDUE: "Scrutinies whose standing decision's review date has passed",
    Attention.REVIEW_SOON: f"Scrutinies due for review in the next {REVIEW_SOON_DAYS} days",
    Attention.APPROVAL_LAPSED: (
        "Scrutinies whose approval (support, with or without conditions) is past its review "
        "date; press to show only them"
    ),
}


class AttentionStrip(QWidget):
    """One checkable button per kind of attention; pressing one again shows every row."""

    chosen = Signal(object)  # Attention | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[Attention, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>Needs attention:</b>", self))
        for kind in Attention:
            button = named(QPushButton(self), LABELS[kind], TIPS[kind])
            button.setCheckable(True)
            button.setToolTip(TIPS[kind])
            button.clicked.connect(lambda checked, k=kind: self._on_button_clicked(k, checked))
            self._group.addButton(button)
            self.buttons[kind] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.set_counts([], date.today())

    def set_counts(self, rows: Sequence[ScrutinySummary], today: date) -> None:
        counts = dict.fromkeys(Attention, 0)
        for row in rows:
            for kind in attention(row, today):
                counts[kind] += 1
        for kind, button in self.buttons.items():
            text = f"{LABELS[kind]}: {counts[kind]}"
            button.setText(text)
            button.setAccessibleName(text)

    def current(self) -> Attention | None:
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)

    def clear(self) -> None:
        for button in self.buttons.values():
            button.setChecked(False)
        self.chosen.emit(None)

    def _on_button_clicked(self, kind: Attention, checked: bool) -> None:
        for other, button in self.buttons.items():
            if other is not kind:
                button.setChecked(False)
        self.chosen.emit(kind if checked else None)
