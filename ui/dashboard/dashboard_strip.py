"""The dashboard's "needs attention" strip: counts that also filter the table when pressed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from ethics_scrutiny.domain.attention import REVIEW_SOON_DAYS, Attention, attention
from ethics_scrutiny.domain.scrutiny import ScrutinySummary

from ..kit.accessibility import named
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate

# Each button counts scrutinies (never flags or actions), as the strip's heading says.
LABELS = {
    Attention.RED_FLAGS: QT_TRANSLATE_NOOP("dashboard_strip", "⚑ With red flags: %n"),
    Attention.OVERDUE_ACTIONS: QT_TRANSLATE_NOOP("dashboard_strip", "⚠ With overdue actions: %n"),
    Attention.REVIEW_OVERDUE: QT_TRANSLATE_NOOP("dashboard_strip", "⚠ Review overdue: %n"),
    Attention.REVIEW_SOON: QT_TRANSLATE_NOOP("dashboard_strip", "Review due within %1 days: %n"),
    Attention.APPROVAL_LAPSED: QT_TRANSLATE_NOOP("dashboard_strip", "⚠ Approval lapsed: %n"),
}
TIPS = {
    Attention.RED_FLAGS: QT_TRANSLATE_NOOP(
        "dashboard_strip", "Scrutinies with a critical question not met; press to show only them"
    ),
    Attention.OVERDUE_ACTIONS: QT_TRANSLATE_NOOP(
        "dashboard_strip", "Scrutinies with an open action past its due date"
    ),
    Attention.REVIEW_OVERDUE: QT_TRANSLATE_NOOP(
        "dashboard_strip", "Scrutinies whose standing decision's review date has passed"
    ),
    Attention.REVIEW_SOON: QT_TRANSLATE_NOOP(
        "dashboard_strip", "Scrutinies due for review in the next %1 days"
    ),
    Attention.APPROVAL_LAPSED: (
        QT_TRANSLATE_NOOP(
            "dashboard_strip",
            "Scrutinies whose approval (support, with or without conditions) is past its review "
            "date; press to show only them",
        )
    ),
}


def label(kind: Attention, count: int) -> str:
    """The button's text in the interface language: how many scrutinies need this."""
    return arg(translate("dashboard_strip", LABELS[kind], n=count), REVIEW_SOON_DAYS)


def tip(kind: Attention) -> str:
    return arg(translate("dashboard_strip", TIPS[kind]), REVIEW_SOON_DAYS)


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
        layout.addWidget(
            QLabel(translate("AttentionStrip", "<b>Scrutinies needing attention:</b>"), self)
        )
        for kind in Attention:
            button = named(QPushButton(self), label(kind, 0), tip(kind))
            button.setCheckable(True)
            button.setToolTip(tip(kind))
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
            text = label(kind, counts[kind])
            button.setText(text)
            # Said without the heading beside it, the name must say what is counted.
            button.setAccessibleName(
                arg(translate("AttentionStrip", "Scrutinies needing attention: %1"), text)
            )

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
