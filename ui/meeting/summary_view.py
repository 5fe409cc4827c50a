"""Summary before exporting: readiness, red flags, a theme heat map and open actions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import ActionStatus
from ethics_scrutiny.domain.localize import question_text, theme_title
from ethics_scrutiny.domain.scoring import Assessment, ThemeScore
from ethics_scrutiny.domain.scrutiny import ActionData, DecisionData, ScrutinyDetail

from ..kit import rag
from ..kit.accessibility import buddy_label, named
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from ..kit.readiness import readiness_text
from ..kit.rows_model import Index, RowsModel
from ..kit.sizing import fit_to_screen

HEAT_HEADERS = (
    QT_TRANSLATE_NOOP("headers", "Theme"),
    QT_TRANSLATE_NOOP("headers", "Rating"),
    QT_TRANSLATE_NOOP("headers", "Answered"),
    QT_TRANSLATE_NOOP("headers", "Red flags"),
)
EXPORT, MEETING = "export", "meeting"


class ThemeHeatModel(RowsModel[ThemeScore]):
    """One row per theme: its rating in words on the RAG colour, progress and red flags."""

    headers = HEAT_HEADERS

    def set_themes(
        self, themes: Sequence[ThemeScore], titles: Mapping[str, str] | None = None
    ) -> None:
        """Show ``themes``, titled from ``titles`` (by theme key) where given, e.g. in Welsh."""
        self._replace_rows(replace(t, title=(titles or {}).get(t.key, t.title)) for t in themes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        theme = self._row(index)
        if theme is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _heat_cells(theme)[column]
        if column == 1 and role == Qt.ItemDataRole.BackgroundRole:
            return rag.background(theme.rating)
        if column == 1 and role == Qt.ItemDataRole.ForegroundRole:
            return rag.foreground(theme.rating)
        if column > 1 and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _heat_cells(theme: ThemeScore) -> tuple[str, str, str, str]:
    flags = f"⚑ {theme.red_flags}" if theme.red_flags else translate("summary_view", "None")
    return (theme.title, rag.rating_word(theme.rating), f"{theme.answered}/{theme.total}", flags)


def theme_titles(detail: ScrutinyDetail) -> dict[str, str]:
    """Each theme's title in the scrutiny's language (Welsh falls back to English)."""
    language = detail.summary.language
    return {theme.key: theme_title(theme, language) for theme in detail.checklist.themes}


def red_flag_lines(detail: ScrutinyDetail, assessment: Assessment) -> list[str]:
    """Each red flag as "⚑ KEY: question — what counts as a red flag", in its language."""
    lines = []
    for flag in assessment.red_flags:
        text = question_text(detail.checklist.question(flag.key), detail.summary.language)
        lines.append(f"⚑ {flag.key}: {text.prompt} — {text.red_flag}")
    return lines


def action_lines(actions: Sequence[ActionData], today: date) -> list[str]:
    """Open actions, overdue ones first and marked in words."""
    open_ = [a for a in actions if a.status is ActionStatus.OPEN]
    open_.sort(key=lambda a: (not a.is_overdue(today), a.due_date or date.max))
    lines = []
    for action in open_:
        due = (
            arg(
                translate("summary_view", "due %1 %2"),
                action.due_date.day,
                format(action.due_date, "%b %Y"),
            )
            if action.due_date
            else translate("summary_view", "no date")
        )
        mark = translate("summary_view", "⚠ OVERDUE, ") if action.is_overdue(today) else ""
        owner = f" — {action.owner}" if action.owner else ""
        lines.append(f"{mark}{due}: {action.text}{owner}")
    return lines


def standing_decision_lines(
    decisions: Sequence[DecisionData], withdrawn: Mapping[int, str]
) -> list[str]:
    """Each decision still in force, newest first, numbered within the scrutiny as its history.

    E.g. "Decision 2: Support with conditions (Office decision, PCC, 07 Dec 2026), review
    by 7 Jun 2027". Empty when none stands.
    """
    numbers = {d.sequence: n for n, d in enumerate(sorted(decisions, key=_sequence), start=1)}
    standing = [d for d in decisions if d.superseded_by is None and d.sequence not in withdrawn]
    lines = []
    for decision in sorted(standing, key=_sequence, reverse=True):
        line = arg(
            translate("summary_view", "Decision %1: %2 (%3, %4, %5)"),
            numbers[decision.sequence],
            i18n.label(decision.outcome),
            i18n.label(decision.capacity),
            decision.decided_by,
            format(decision.decided_at.astimezone(), "%d %b %Y"),
        )
        review = decision.review_date
        if review is not None:
            line = arg(
                translate("summary_view", "%1, review by %2 %3"),
                line,
                review.day,
                format(review, "%b %Y"),
            )
        lines.append(line)
    return lines


def _sequence(decision: DecisionData) -> int:
    return decision.sequence


def standing_decision_text(detail: ScrutinyDetail, withdrawn: Mapping[int, str]) -> str:
    """The summary's line on what decision stands, in words even when none does."""
    lines = standing_decision_lines(detail.decisions, withdrawn)
    if lines:
        return arg(
            translate("summary_view", "%n standing decision(s): %1", None, len(lines)),
            "; ".join(lines),
        )
    if detail.decisions:
        return translate(
            "summary_view", "No decision stands: each one was superseded or withdrawn."
        )
    # The history's own sentence, so both say it alike (and in Welsh alike).
    return translate("DecisionHistoryDialog", "No decision has been recorded yet.")


class SummaryDialog(QDialog):
    """What the panel will see, checked before exporting; may hand on to export or meeting."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        detail: ScrutinyDetail,
        assessment: Assessment,
        today: date | None = None,
        withdrawn: Mapping[int, str] | None = None,
    ) -> str | None:
        """Return ``EXPORT``, ``MEETING`` or ``None`` (closed).

        ``withdrawn`` names the scrutiny's withdrawn decisions, so the one standing is shown.
        """
        dialog = cls(parent, detail, assessment, today or date.today(), withdrawn=withdrawn)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()

    def __init__(
        self,
        parent: QWidget | None,
        detail: ScrutinyDetail,
        assessment: Assessment,
        today: date,
        *,
        withdrawn: Mapping[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(translate("SummaryDialog", "Summary"))
        fit_to_screen(self, 160, 42)
        summary = detail.summary
        self.heading = QLabel(
            arg(
                translate("SummaryDialog", "<h2>%1</h2>%2 · %3 · Stage: %4 · Round %5"),
                escape(summary.title),
                escape(summary.force),
                escape(i18n.label(summary.technology)),
                escape(i18n.label(summary.stage)),
                summary.round_number,
            ),
            self,
        )
        self.heading.setWordWrap(True)
        self.readiness = named(
            QLabel(readiness_text(assessment), self), translate("SummaryDialog", "Readiness")
        )
        self.readiness.setWordWrap(True)
        decision = standing_decision_text(detail, withdrawn or {})
        self.decision = named(
            QLabel(decision, self), translate("SummaryDialog", "Standing decision"), decision
        )
        self.decision.setWordWrap(True)
        self.decision.setTextFormat(Qt.TextFormat.PlainText)
        self.heat_model = ThemeHeatModel(self)
        self.heat_model.set_themes(assessment.themes, theme_titles(detail))
        self.heat = named(
            QTableView(self),
            translate("SummaryDialog", "Theme heat map"),
            translate("SummaryDialog", "Rating per theme"),
        )
        self.flags = named(QListWidget(self), translate("SummaryDialog", "Red flags"))
        self.action_list = named(QListWidget(self), translate("SummaryDialog", "Open actions"))
        self._fill_lists(detail, assessment, today)
        self._build_heat()
        self._build_layout()

    def _fill_lists(self, detail: ScrutinyDetail, assessment: Assessment, today: date) -> None:
        flags = red_flag_lines(detail, assessment) or [translate("SummaryDialog", "No red flags.")]
        actions = action_lines(detail.actions, today) or [
            translate("SummaryDialog", "No open actions.")
        ]
        for widget, lines in ((self.flags, flags), (self.action_list, actions)):
            widget.addItems(lines)
            widget.setWordWrap(True)
            for row in range(widget.count()):
                widget.item(row).setToolTip(lines[row])

    def _build_heat(self) -> None:
        heat = self.heat
        heat.setModel(self.heat_model)
        heat.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        heat.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        heat.setTabKeyNavigation(False)
        heat.verticalHeader().hide()
        header = heat.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _build_layout(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = named(
            QPushButton(translate("SummaryDialog", "Export PDF…"), self),
            translate("SummaryDialog", "Export PDF"),
        )
        self.meeting_button = named(
            QPushButton(translate("SummaryDialog", "Meeting mode"), self),
            translate("SummaryDialog", "Meeting mode"),
        )
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.meeting_button, QDialogButtonBox.ButtonRole.ActionRole)
        named(
            buttons.button(QDialogButtonBox.StandardButton.Close),
            translate("SummaryDialog", "Close"),
        )
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(lambda: self._choose(EXPORT))
        self.meeting_button.clicked.connect(lambda: self._choose(MEETING))
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(buddy_label(translate("SummaryDialog", "Theme &heat map:"), self.heat, self))
        left.addWidget(self.heat, 1)
        right.addWidget(buddy_label(translate("SummaryDialog", "&Red flags:"), self.flags, self))
        right.addWidget(self.flags, 1)
        right.addWidget(
            buddy_label(translate("SummaryDialog", "Open &actions:"), self.action_list, self)
        )
        right.addWidget(self.action_list, 1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.readiness)
        layout.addWidget(self.decision)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
