"""Dialog to record the panel's or PCC's decision on a scrutiny."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny.domain.enums import DecisionCapacity, Outcome
from ethics_scrutiny.domain.scrutiny import DecisionData, DecisionInput

from .accessibility import buddy_label, named

APPEND_ONLY_NOTE = (
    "A recorded decision cannot be changed or deleted. If it is wrong, record a new decision "
    "that supersedes it; both stay in the record."
)
CAPACITY_NOTE = (
    "Ethics panels advise; the PCC (holding the chief constable to account) and the chief "
    "constable decide. Record the panel's advice and the PCC's decision as separate entries."
)
NOT_REPLACING = "Nothing: this is a new decision"
OVERRIDE_NOTE = (
    "Needed only to support while blocking red flags stand (lawful basis, DPIA, equality duty "
    "and the like): say why the decision-maker accepts them. It is printed prominently in the "
    "report."
)
SUPPORTING = (Outcome.SUPPORT.value, Outcome.SUPPORT_WITH_CONDITIONS.value)


def describe(decision: DecisionData) -> str:
    """One line naming a decision: number, outcome, who decided in what capacity, and when."""
    when = f"{decision.decided_at.astimezone():%d %b %Y}"
    return (
        f"#{decision.sequence} {decision.outcome.label} ({decision.capacity.label}, "
        f"{decision.decided_by}, {when})"
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
    ) -> DecisionInput | None:
        """Show the dialog (again with ``error`` if the record refused the last try).

        ``standing`` lists the decisions still in force, any of which the new one may supersede.
        """
        dialog = cls(
            parent, scrutiny_title=scrutiny_title, initial=initial, error=error, standing=standing
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
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Record decision")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.intro = QLabel(self)
        self.error_label = named(QLabel(error, self), "Problem", error)
        self.capacity = named(QComboBox(self), "Capacity", CAPACITY_NOTE)
        self.supersedes = named(QComboBox(self), "Supersedes")
        self.outcome = named(QComboBox(self), "Outcome")
        self.rationale = named(QPlainTextEdit(self), "Rationale")
        self.decided_by = named(QLineEdit(self), "Decided by")
        self.conditions = named(QPlainTextEdit(self), "Conditions, one per line")
        self.override_reason = named(QPlainTextEdit(self), "Override reason", OVERRIDE_NOTE)
        self.has_review = named(QCheckBox("Set a re&view date", self), "Set a review date")
        self.review_date = named(QDateEdit(self), "Review date")
        self.hint = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._setup(scrutiny_title, error)
        self._setup_capacity(standing)
        self._build_layout()
        self._connect()
        if initial is not None:
            self._fill(initial)
        self._update()

    def value(self) -> DecisionInput:
        outcome = Outcome(self.outcome.currentData())
        conditions: tuple[str, ...] = ()
        if outcome is Outcome.SUPPORT_WITH_CONDITIONS:
            lines = self.conditions.toPlainText().splitlines()
            conditions = tuple(line.strip() for line in lines if line.strip())
        review = self.review_date.date().toPython() if self.has_review.isChecked() else None
        return DecisionInput(
            outcome=outcome,
            rationale=self.rationale.toPlainText().strip(),
            decided_by=self.decided_by.text().strip(),
            conditions=conditions,
            review_date=review,  # type: ignore[arg-type]
            capacity=DecisionCapacity(self.capacity.currentData()),
            supersedes=self.supersedes.currentData(),
            override_reason=(
                self.override_reason.toPlainText().strip() if outcome.value in SUPPORTING else ""
            ),
        )

    def _setup_capacity(self, standing: Sequence[DecisionData]) -> None:
        for capacity in DecisionCapacity:
            self.capacity.addItem(capacity.label, capacity.value)
        self.capacity.setToolTip(CAPACITY_NOTE)
        self.supersedes.addItem(NOT_REPLACING, None)
        for decision in standing:
            self.supersedes.addItem(f"Supersedes {describe(decision)}", decision.sequence)
        self.supersedes.setEnabled(bool(standing))
        self.supersedes.setToolTip(
            "Choose the earlier decision this one replaces; it stays in the record, marked "
            "as superseded."
        )

    def _setup(self, scrutiny_title: str, error: str) -> None:
        about = f"Decision on: {scrutiny_title}\n\n" if scrutiny_title else ""
        self.intro.setText(f"{about}{CAPACITY_NOTE}\n\n{APPEND_ONLY_NOTE}")
        self.intro.setWordWrap(True)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(bool(error))
        self.error_label.setText(f"<b>Not recorded:</b> {error}" if error else "")
        self.outcome.setPlaceholderText("Choose the outcome")
        for outcome in Outcome:
            self.outcome.addItem(outcome.label, outcome.value)
        self.outcome.setCurrentIndex(-1)
        lines = self.fontMetrics().lineSpacing()
        for box in (self.rationale, self.conditions, self.override_reason):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(lines * 4 + 12)
        self.override_reason.setMinimumHeight(lines * 3 + 12)
        self.rationale.setPlaceholderText("Why the panel reached this outcome")
        self.decided_by.setPlaceholderText("e.g. Ethics panel (chair: A. Person) or the PCC")
        self.conditions.setPlaceholderText("One condition per line")
        self.override_reason.setPlaceholderText(OVERRIDE_NOTE)
        self.override_reason.setToolTip(OVERRIDE_NOTE)
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat("d MMMM yyyy")
        self.review_date.setDate(QDate.currentDate().addMonths(6))
        self.hint.setWordWrap(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Record decision")
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(buddy_label("C&apacity:", self.capacity, self), self.capacity)
        form.addRow(buddy_label("Re&places:", self.supersedes, self), self.supersedes)
        form.addRow(buddy_label("&Outcome:", self.outcome, self), self.outcome)
        form.addRow(buddy_label("&Rationale:", self.rationale, self), self.rationale)
        form.addRow(buddy_label("&Decided by:", self.decided_by, self), self.decided_by)
        form.addRow(buddy_label("&Conditions:", self.conditions, self), self.conditions)
        form.addRow(
            buddy_label("Overr&ide reason:", self.override_reason, self), self.override_reason
        )
        review = QHBoxLayout()
        review.addWidget(self.has_review)
        review.addWidget(self.review_date)
        review.addStretch(1)
        form.addRow(QLabel("Review:", self), review)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.outcome.currentIndexChanged.connect(self._update)
        self.rationale.textChanged.connect(self._update)
        self.decided_by.textChanged.connect(self._update)
        self.conditions.textChanged.connect(self._update)
        self.has_review.toggled.connect(self._update)

    def _fill(self, initial: DecisionInput) -> None:
        self.capacity.setCurrentIndex(self.capacity.findData(initial.capacity.value))
        if initial.supersedes is not None:
            self.supersedes.setCurrentIndex(max(0, self.supersedes.findData(initial.supersedes)))
        self.outcome.setCurrentIndex(self.outcome.findData(initial.outcome.value))
        self.rationale.setPlainText(initial.rationale)
        self.decided_by.setText(initial.decided_by)
        self.conditions.setPlainText("\n".join(initial.conditions))
        self.override_reason.setPlainText(initial.override_reason)
        self.has_review.setChecked(initial.review_date is not None)
        if initial.review_date is not None:
            day = initial.review_date
            self.review_date.setDate(QDate(day.year, day.month, day.day))

    def _update(self, *_args: object) -> None:
        with_conditions = self.outcome.currentData() == Outcome.SUPPORT_WITH_CONDITIONS.value
        self.conditions.setEnabled(with_conditions)
        self.override_reason.setEnabled(self.outcome.currentData() in SUPPORTING)
        self.review_date.setEnabled(self.has_review.isChecked())
        missing = [
            name
            for name, empty in (
                ("outcome", self.outcome.currentIndex() < 0),
                ("rationale", not self.rationale.toPlainText().strip()),
                ("who decided", not self.decided_by.text().strip()),
                ("at least one condition", with_conditions and not self._has_condition()),
            )
            if empty
        ]
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
        self.hint.setText(f"Still needed: {', '.join(missing)}." if missing else "")
        self.hint.setVisible(bool(missing))

    def _has_condition(self) -> bool:
        return any(line.strip() for line in self.conditions.toPlainText().splitlines())
