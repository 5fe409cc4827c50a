"""Dialog to record the panel's advice or the office's decision on a scrutiny."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import DecisionCapacity, Outcome
from ethics_scrutiny.domain.scoring import RedFlag
from ethics_scrutiny.domain.scrutiny import DecisionData, DecisionInput

from ..kit.accessibility import buddy_label, named
from ..kit.date_edit import DateEdit
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from ..kit.sizing import fit_to_screen
from .condition_picker import ConditionList, flag_line

APPEND_ONLY_NOTE = QT_TRANSLATE_NOOP(
    "decision_dialog",
    "A recorded decision cannot be changed or deleted. If it is wrong, record a new decision "
    "that supersedes it; both stay in the record.",
)
CAPACITY_NOTE = QT_TRANSLATE_NOOP(
    "decision_dialog",
    "Ethics panels advise; the office's decision-maker (holding the chief constable to account) "
    "and the chief constable decide. Record the panel's advice and the office's decision as "
    "separate entries.",
)
NOT_REPLACING = QT_TRANSLATE_NOOP("decision_dialog", "Nothing: this is a new decision")
OVERRIDE_NOTE = QT_TRANSLATE_NOOP(
    "decision_dialog",
    "Needed only to support while red flags on 'should' or 'could' questions stand: say why "
    "the decision-maker accepts them. No reason sets aside a 'must' flag. It is printed "
    "prominently in the report.",
)
SUPPORTING = (Outcome.SUPPORT.value, Outcome.SUPPORT_WITH_CONDITIONS.value)
# Standing flags shown at once before their list scrolls.
FLAG_ROWS_SHOWN = 6
# Approval is time-limited: support needs a review date at most this far ahead.
REVIEW_LIMIT_MONTHS = 24


def describe(decision: DecisionData, numbers: Mapping[int, int] | None = None) -> str:
    """One line naming a decision: number, outcome, who decided in what capacity, and when.

    ``numbers`` gives each decision's number within the scrutiny (as the history shows it);
    the record entry is named too, as the record and the command line know it.
    """
    return arg(
        translate("DecisionDialog", "Decision %1 (record entry #%2): %3 (%4, %5, %6)"),
        (numbers or {}).get(decision.sequence, "?"),
        decision.sequence,
        i18n.label(decision.outcome),
        i18n.label(decision.capacity),
        decision.decided_by,
        f"{decision.decided_at.astimezone():%d %b %Y}",
    )


class DecisionDialog(QDialog):
    """Collects a DecisionInput; conditions are asked for only with "support with conditions"."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        scrutiny_title: str = "",
        initial: DecisionInput | None = None,
        error: str = "",
        standing: Sequence[DecisionData] = (),
        questions: Sequence[tuple[str, str]] = (),
        flags: Sequence[RedFlag] = (),
        review_limit_months: int = REVIEW_LIMIT_MONTHS,
        numbers: Mapping[int, int] | None = None,
    ) -> DecisionInput | None:
        """Show the dialog (again with ``error`` if the record refused the last try).

        ``standing`` lists the decisions still in force, any of which the new one may supersede;
        ``questions`` (key, prompt) are what a condition may name, and ``flags`` the standing
        `must` flags, offered first and each needing a condition for conditional support.
        """
        dialog = cls(
            parent,
            scrutiny_title=scrutiny_title,
            initial=initial,
            error=error,
            standing=standing,
            questions=questions,
            flags=flags,
            review_limit_months=review_limit_months,
            numbers=numbers,
        )
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        scrutiny_title: str = "",
        initial: DecisionInput | None = None,
        error: str = "",
        standing: Sequence[DecisionData] = (),
        questions: Sequence[tuple[str, str]] = (),
        flags: Sequence[RedFlag] = (),
        review_limit_months: int = REVIEW_LIMIT_MONTHS,
        numbers: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DecisionDialog", "Record decision"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self._flags = tuple(flags)
        self._review_limit = review_limit_months
        self.intro = QLabel(self)
        self.error_label = named(QLabel(error, self), translate("DecisionDialog", "Problem"), error)
        self.capacity = named(
            QComboBox(self),
            translate("DecisionDialog", "Capacity"),
            translate("decision_dialog", CAPACITY_NOTE),
        )
        self.supersedes = named(QComboBox(self), translate("DecisionDialog", "Supersedes"))
        self.outcome = named(QComboBox(self), translate("DecisionDialog", "Outcome"))
        self.rationale = named(QPlainTextEdit(self), translate("DecisionDialog", "Rationale"))
        self.decided_by = named(QLineEdit(self), translate("DecisionDialog", "Decided by"))
        self.flags_label = QLabel(self)
        self.flags_list = named(
            QListWidget(self), translate("DecisionDialog", "Standing 'must' flags")
        )
        self.conditions = ConditionList(self)
        self.conditions.set_choices(questions, flags)
        self.override_reason = named(
            QPlainTextEdit(self),
            translate("DecisionDialog", "Override reason"),
            translate("decision_dialog", OVERRIDE_NOTE),
        )
        self.has_review = named(
            QCheckBox(translate("DecisionDialog", "Set a re&view date"), self),
            translate("DecisionDialog", "Set a review date"),
        )
        self.review_note = QLabel(self)
        self.review_date = named(DateEdit(self), translate("DecisionDialog", "Review date"))
        self.hint = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._setup(scrutiny_title, error)
        self._setup_capacity(standing, numbers or {})
        self._setup_flags()
        self._build_layout()
        self._connect()
        if initial is not None:
            self._fill(initial)
        self._update()
        fit_to_screen(self, 110, 60)

    def value(self) -> DecisionInput:
        outcome = Outcome(self.outcome.currentData())
        conditions: tuple[str, ...] = ()
        if outcome is Outcome.SUPPORT_WITH_CONDITIONS:
            conditions = self.conditions.conditions()
        review = self.review_date.value() if self._review_wanted() else None
        return DecisionInput(
            outcome=outcome,
            rationale=self.rationale.toPlainText().strip(),
            decided_by=self.decided_by.text().strip(),
            conditions=conditions,
            review_date=review,
            capacity=DecisionCapacity(self.capacity.currentData()),
            supersedes=self.supersedes.currentData(),
            override_reason=(
                self.override_reason.toPlainText().strip() if outcome.value in SUPPORTING else ""
            ),
        )

    def _setup_capacity(self, standing: Sequence[DecisionData], numbers: Mapping[int, int]) -> None:
        for capacity in DecisionCapacity:
            self.capacity.addItem(i18n.label(capacity), capacity.value)
        self.capacity.setToolTip(translate("decision_dialog", CAPACITY_NOTE))
        self.supersedes.addItem(translate("decision_dialog", NOT_REPLACING), None)
        for decision in standing:
            text = arg(translate("DecisionDialog", "Supersedes %1"), describe(decision, numbers))
            self.supersedes.addItem(text, decision.sequence)
            self.supersedes.setItemData(
                self.supersedes.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )
        self.supersedes.setEnabled(bool(standing))
        # A long description is elided in the box (the list shows it whole), so the dialog's
        # width never has to hold it and nothing runs off the side.
        self.supersedes.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.supersedes.setMinimumContentsLength(30)
        self.supersedes.setToolTip(
            translate(
                "DecisionDialog",
                "Choose the earlier decision this one replaces; it stays in the record, marked "
                "as superseded.",
            )
        )

    def _setup(self, scrutiny_title: str, error: str) -> None:
        about = (
            arg(translate("DecisionDialog", "Decision on: %1\n\n"), scrutiny_title)
            if scrutiny_title
            else ""
        )
        self.intro.setText(
            about
            + translate("decision_dialog", CAPACITY_NOTE)
            + "\n\n"
            + translate("decision_dialog", APPEND_ONLY_NOTE)
        )
        self.intro.setWordWrap(True)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(bool(error))
        # The core's message may quote what was typed: never read it as markup.
        self.error_label.setText(
            arg(translate("DecisionDialog", "<b>Not recorded:</b> %1"), escape(error))
            if error
            else ""
        )
        self.outcome.setPlaceholderText(translate("DecisionDialog", "Choose the outcome"))
        for outcome in Outcome:
            self.outcome.addItem(i18n.label(outcome), outcome.value)
        self.outcome.setCurrentIndex(-1)
        lines = self.fontMetrics().lineSpacing()
        for box in (self.rationale, self.override_reason):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(lines * 4 + 12)
        self.override_reason.setMinimumHeight(lines * 3 + 12)
        # Capped so a tall window gives its height to the conditions, not to empty boxes.
        self.rationale.setMaximumHeight(lines * 9 + 12)
        self.override_reason.setMaximumHeight(lines * 5 + 12)
        self.rationale.setPlaceholderText(
            translate("DecisionDialog", "Why the panel reached this outcome")
        )
        self.decided_by.setPlaceholderText(
            translate("DecisionDialog", "e.g. Ethics panel (chair: A. Person), or the office")
        )
        self.override_reason.setPlaceholderText(translate("decision_dialog", OVERRIDE_NOTE))
        self.override_reason.setToolTip(translate("decision_dialog", OVERRIDE_NOTE))
        self.review_date.setDate(QDate.currentDate().addMonths(6))
        self.review_date.set_earliest(
            QDate.currentDate().addDays(1),
            translate("DecisionDialog", "Choose a review date after today."),
        )
        self.review_note.setWordWrap(True)
        self.hint.setWordWrap(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("DecisionDialog", "Record decision")
        )
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))

    def _setup_flags(self) -> None:
        """The standing `must` flags one to a line, under a sentence saying what they block."""
        self.flags_label.setWordWrap(True)
        self.flags_label.setTextFormat(Qt.TextFormat.PlainText)
        text = translate(
            "DecisionDialog",
            "Standing 'must' flags (%n): support cannot be recorded while they stand; support "
            "with conditions needs a condition naming each of them.",
            None,
            len(self._flags),
        )
        self.flags_label.setText(text)
        self.flags_label.setBuddy(self.flags_list)
        self.flags_list.setAccessibleDescription(text)
        for flag in self._flags:
            self.flags_list.addItem(flag_line(flag))
            self.flags_list.item(self.flags_list.count() - 1).setToolTip(flag_line(flag))
        self.flags_list.setWordWrap(True)
        self.flags_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flags_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        # Tall enough for a few flags at once; a longer list scrolls within its own box.
        rows = min(max(len(self._flags), 2), FLAG_ROWS_SHOWN)
        self.flags_list.setFixedHeight(self.fontMetrics().lineSpacing() * rows + 12)
        for widget in (self.flags_label, self.flags_list):
            widget.setVisible(bool(self._flags))

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            buddy_label(translate("DecisionDialog", "C&apacity:"), self.capacity, self),
            self.capacity,
        )
        form.addRow(
            buddy_label(translate("DecisionDialog", "Re&places:"), self.supersedes, self),
            self.supersedes,
        )
        form.addRow(
            buddy_label(translate("DecisionDialog", "&Outcome:"), self.outcome, self), self.outcome
        )
        form.addRow(
            buddy_label(translate("DecisionDialog", "&Rationale:"), self.rationale, self),
            self.rationale,
        )
        form.addRow(
            buddy_label(translate("DecisionDialog", "&Decided by:"), self.decided_by, self),
            self.decided_by,
        )
        form.addRow(self.flags_label)
        form.addRow(self.flags_list)
        form.addRow(QLabel(translate("DecisionDialog", "Conditions:"), self), self.conditions)
        form.addRow(
            buddy_label(
                translate("DecisionDialog", "Overr&ide reason:"), self.override_reason, self
            ),
            self.override_reason,
        )
        review = QHBoxLayout()
        review.addWidget(self.has_review)
        review.addWidget(self.review_date)
        review.addStretch(1)
        form.addRow(QLabel(translate("DecisionDialog", "Review:"), self), review)
        form.addRow(self.review_note)
        # Many conditions, or large text, outgrow a 768-pixel screen: the fields scroll, the
        # problem, the hint and the buttons stay in view.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.intro)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        self.body_area = named(QScrollArea(self), translate("DecisionDialog", "Decision details"))
        self.body_area.setWidgetResizable(True)
        # Text wraps to the width instead of running off to the side.
        self.body_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.body_area, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.outcome.currentIndexChanged.connect(self._update)
        self.rationale.textChanged.connect(self._update)
        self.decided_by.textChanged.connect(self._update)
        self.conditions.changed.connect(self._update)
        self.has_review.toggled.connect(self._update)
        self.review_date.textChanged.connect(self._update)

    def _fill(self, initial: DecisionInput) -> None:
        self.capacity.setCurrentIndex(self.capacity.findData(initial.capacity.value))
        if initial.supersedes is not None:
            self.supersedes.setCurrentIndex(max(0, self.supersedes.findData(initial.supersedes)))
        self.outcome.setCurrentIndex(self.outcome.findData(initial.outcome.value))
        self.rationale.setPlainText(initial.rationale)
        self.decided_by.setText(initial.decided_by)
        self.conditions.set_conditions(initial.conditions)
        self.override_reason.setPlainText(initial.override_reason)
        self.has_review.setChecked(initial.review_date is not None)
        if initial.review_date is not None:
            day = initial.review_date
            self.review_date.setDate(QDate(day.year, day.month, day.day))

    def _update(self, *_args: object) -> None:
        supporting = self.outcome.currentData() in SUPPORTING
        with_conditions = self.outcome.currentData() == Outcome.SUPPORT_WITH_CONDITIONS.value
        self.conditions.setEnabled(with_conditions)
        self.override_reason.setEnabled(supporting)
        # Support is time-limited: its review date is not optional.
        self.has_review.setEnabled(not supporting)
        self.review_date.setEnabled(self._review_wanted())
        self.review_note.setText(self._review_note(supporting))
        self.review_note.setVisible(supporting)
        missing = [
            name
            for name, empty in (
                (translate("DecisionDialog", "outcome"), self.outcome.currentIndex() < 0),
                (
                    translate("DecisionDialog", "rationale"),
                    not self.rationale.toPlainText().strip(),
                ),
                (translate("DecisionDialog", "who decided"), not self.decided_by.text().strip()),
                (
                    translate("DecisionDialog", "at least one condition"),
                    with_conditions and not self.conditions.conditions(),
                ),
                (self._unnamed_flags_text(), with_conditions and self.conditions.unnamed_flags()),
            )
            if empty
        ]
        date_problem = self._review_problem(supporting)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not missing and not date_problem
        )
        still = (
            arg(translate("DecisionDialog", "Still needed: %1."), ", ".join(missing))
            if missing
            else ""
        )
        self.hint.setText(" ".join(part for part in (still, date_problem) if part))
        self.hint.setVisible(bool(missing or date_problem))

    def _review_wanted(self) -> bool:
        return self.outcome.currentData() in SUPPORTING or self.has_review.isChecked()

    def _latest_review(self) -> QDate:
        return QDate.currentDate().addMonths(self._review_limit)

    def _review_note(self, supporting: bool) -> str:
        if not supporting:
            return ""
        latest = self._latest_review().toString("d MMMM yyyy")
        return arg(
            translate(
                "DecisionDialog",
                "Support is time-limited: choose a review date after today and no later than %1. "
                "The dashboard shows the approval as lapsed once the date has passed.",
            ),
            latest,
        )

    def _review_problem(self, supporting: bool) -> str:
        """Why the review date cannot be recorded: unreadable, not after today, too far off.

        Only support is time-limited; any review date asked for must still be in the future.
        """
        self.review_date.set_latest(
            self._latest_review() if supporting else None,
            arg(
                translate(
                    "DecisionDialog",
                    "Choose a review date no later than %1: support is time-limited.",
                ),
                self._latest_review().toString("d MMMM yyyy"),
            ),
        )
        return self.review_date.problem() if self._review_wanted() else ""

    def _unnamed_flags_text(self) -> str:
        keys = ", ".join(flag.key for flag in self.conditions.unnamed_flags())
        return arg(translate("DecisionDialog", "a condition naming %1"), keys)
