"""Dialog to add or edit a question to the chief constable or a condition of approval."""

from __future__ import annotations

from collections.abc import Sequence

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
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import ActionKind, ActionStatus
from ethics_scrutiny.domain.scrutiny import ActionData, ActionInput

from ..kit.accessibility import buddy_label, named
from ..kit.date_edit import DateEdit
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate

GENERAL = QT_TRANSLATE_NOOP("action_items_dialog", "General: not about one question")


def action_input(item: ActionData) -> ActionInput:
    """An existing action as dialog input."""
    return ActionInput(
        kind=item.kind,
        text=item.text,
        owner=item.owner,
        due_date=item.due_date,
        status=item.status,
        reply=item.reply,
        question_key=item.question_key,
        sensitive=item.sensitive,
    )


class ActionItemDialog(QDialog):
    """Collects an ActionInput: what is asked or required, of whom, by when, and the reply."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        questions: Sequence[tuple[str, str]],
        *,
        initial: ActionInput | None = None,
        editing: bool = False,
        error: str = "",
    ) -> ActionInput | None:
        dialog = cls(parent, questions, initial=initial, editing=editing, error=error)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def __init__(
        self,
        parent: QWidget | None,
        questions: Sequence[tuple[str, str]],
        *,
        initial: ActionInput | None = None,
        editing: bool = False,
        error: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("ActionItemDialog", "Edit action or condition")
            if editing
            else translate("ActionItemDialog", "Add action or condition")
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.error_label = named(QLabel(self), translate("ActionItemDialog", "Problem"), error)
        self.kind = named(QComboBox(self), translate("ActionItemDialog", "Kind"))
        self.text = named(
            QPlainTextEdit(self), translate("ActionItemDialog", "Question or condition")
        )
        self.owner = named(QLineEdit(self), translate("ActionItemDialog", "Owner"))
        self.has_due = named(
            QCheckBox(translate("ActionItemDialog", "Due by"), self),
            translate("ActionItemDialog", "Has a due date"),
        )
        self.due_date = named(DateEdit(self), translate("ActionItemDialog", "Due date"))
        self.status = named(QComboBox(self), translate("ActionItemDialog", "Status"))
        self.reply = named(QPlainTextEdit(self), translate("ActionItemDialog", "Force's reply"))
        self.question = named(QComboBox(self), translate("ActionItemDialog", "About question"))
        self.sensitive = named(
            QCheckBox(
                translate("ActionItemDialog", "Sensitive: leave out of public exports"), self
            ),
            translate("ActionItemDialog", "Sensitive action"),
        )
        self.hint = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._setup(questions, error, editing)
        self._build_layout()
        self._connect()
        if initial is not None:
            self._fill(initial)
        self._update()

    def value(self) -> ActionInput:
        key = self.question.currentData()
        return ActionInput(
            kind=ActionKind(self.kind.currentData()),
            text=self.text.toPlainText().strip(),
            owner=self.owner.text().strip(),
            due_date=self.due_date.value() if self.has_due.isChecked() else None,
            status=ActionStatus(self.status.currentData()),
            reply=self.reply.toPlainText().strip(),
            question_key=key or None,
            sensitive=self.sensitive.isChecked(),
        )

    def _setup(self, questions: Sequence[tuple[str, str]], error: str, editing: bool) -> None:
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setText(
            arg(translate("ActionItemDialog", "Not saved: %1"), error) if error else ""
        )
        self.error_label.setVisible(bool(error))
        for kind in ActionKind:
            self.kind.addItem(i18n.label(kind), kind.value)
        for status in ActionStatus:
            self.status.addItem(i18n.label(status), status.value)
        self.question.addItem(translate("action_items_dialog", GENERAL), "")
        for key, prompt in questions:
            self.question.addItem(f"{key}  {_shorten(prompt)}", key)
            self.question.setItemData(
                self.question.count() - 1, prompt, Qt.ItemDataRole.ToolTipRole
            )
        # The open list may be wider than the box, so a question reads in full there.
        self.question.view().setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)
        self.question.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question.setMinimumContentsLength(40)
        lines = self.fontMetrics().lineSpacing()
        for box in (self.text, self.reply):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(lines * 3 + 12)
            box.setMaximumHeight(lines * 6 + 12)
        self.text.setPlaceholderText(
            translate("ActionItemDialog", "What the chief constable is asked, or the condition set")
        )
        self.owner.setPlaceholderText(
            translate("ActionItemDialog", "Who must act, e.g. Head of Information Management")
        )
        self.reply.setPlaceholderText(
            translate("ActionItemDialog", "The force's reply, when it comes")
        )
        self.due_date.setDate(QDate.currentDate().addDays(28))
        self.has_due.setChecked(True)
        self.hint.setWordWrap(True)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            translate("ActionItemDialog", "Save")
            if editing
            else translate("ActionItemDialog", "Add")
        )
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            buddy_label(translate("ActionItemDialog", "&Kind:"), self.kind, self), self.kind
        )
        form.addRow(
            buddy_label(translate("ActionItemDialog", "&Text:"), self.text, self), self.text
        )
        form.addRow(
            buddy_label(translate("ActionItemDialog", "&Owner:"), self.owner, self), self.owner
        )
        due = QHBoxLayout()
        due.addWidget(self.has_due)
        due.addWidget(self.due_date)
        due.addStretch(1)
        form.addRow(QLabel(translate("ActionItemDialog", "Due:"), self), due)
        form.addRow(
            buddy_label(translate("ActionItemDialog", "&About:"), self.question, self),
            self.question,
        )
        form.addRow(
            buddy_label(translate("ActionItemDialog", "&Status:"), self.status, self), self.status
        )
        form.addRow(
            buddy_label(translate("ActionItemDialog", "&Reply:"), self.reply, self), self.reply
        )
        form.addRow("", self.sensitive)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update)
        self.has_due.toggled.connect(self._update)
        self.due_date.textChanged.connect(self._update)

    def _fill(self, start: ActionInput) -> None:
        self.kind.setCurrentIndex(self.kind.findData(start.kind.value))
        self.text.setPlainText(start.text)
        self.owner.setText(start.owner)
        self.has_due.setChecked(start.due_date is not None)
        if start.due_date is not None:
            self.due_date.setDate(start.due_date)
        self.status.setCurrentIndex(self.status.findData(start.status.value))
        self.reply.setPlainText(start.reply)
        found = self.question.findData(start.question_key or "")
        self.question.setCurrentIndex(max(found, 0))
        self.sensitive.setChecked(start.sensitive)

    def _update(self, *_args: object) -> None:
        self.due_date.setEnabled(self.has_due.isChecked())
        problems = []
        if not self.text.toPlainText().strip():
            problems.append(
                translate("ActionItemDialog", "Still needed: the question or condition itself.")
            )
        # An old action may keep a due date in the past (it shows as overdue), so only an
        # unreadable date is refused here.
        if self.has_due.isChecked() and self.due_date.problem():
            problems.append(self.due_date.problem())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        self.hint.setText(" ".join(problems))
        self.hint.setVisible(bool(problems))


def _shorten(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
