"""Dialog to add or edit an evidence item: what it is, its file, and the questions it bears on."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

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
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import EvidenceKind
from ethics_scrutiny.domain.scrutiny import EvidenceData, EvidenceInput

from ..kit import file_dialogs
from ..kit.accessibility import buddy_label, named
from ..kit.date_edit import DateEdit
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from ..kit.sizing import fit_to_screen

NO_FILE = QT_TRANSLATE_NOOP("evidence_dialog", "No file attached")
FILE_ON_ADD_ONLY = QT_TRANSLATE_NOOP(
    "evidence_dialog",
    "The file is kept by its SHA-256 and cannot be swapped; add a new item for a new version.",
)


def evidence_input(item: EvidenceData) -> EvidenceInput:
    """An existing item as dialog input (the file stays where it is)."""
    return EvidenceInput(
        title=item.title,
        kind=item.kind,
        reference=item.reference,
        description=item.description,
        document_date=item.document_date,
        received_on=item.received_on,
        sensitive=item.sensitive,
        question_keys=item.question_keys,
    )


class EvidenceDialog(QDialog):
    """Collects an EvidenceInput; a file can be attached only when the item is added."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        questions: Sequence[tuple[str, str]],
        *,
        initial: EvidenceInput | None = None,
        editing: EvidenceData | None = None,
        error: str = "",
    ) -> EvidenceInput | None:
        """Show the dialog; ``editing`` is the item being changed, ``None`` to add one."""
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
        initial: EvidenceInput | None = None,
        editing: EvidenceData | None = None,
        error: str = "",
    ) -> None:
        super().__init__(parent)
        self._editing = editing
        self._file: Path | None = None
        self.setWindowTitle(
            translate("EvidenceDialog", "Edit evidence")
            if editing
            else translate("EvidenceDialog", "Add evidence")
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.error_label = named(QLabel(self), translate("EvidenceDialog", "Problem"), error)
        self.title = named(QLineEdit(self), translate("EvidenceDialog", "Title"))
        self.kind = named(QComboBox(self), translate("EvidenceDialog", "Kind"))
        self.reference = named(QLineEdit(self), translate("EvidenceDialog", "Reference or version"))
        self.description = named(QPlainTextEdit(self), translate("EvidenceDialog", "Description"))
        self.has_document_date = named(
            QCheckBox(translate("EvidenceDialog", "Dated"), self),
            translate("EvidenceDialog", "Document has a date"),
        )
        self.document_date = named(DateEdit(self), translate("EvidenceDialog", "Document date"))
        self.has_received = named(
            QCheckBox(translate("EvidenceDialog", "Received on"), self),
            translate("EvidenceDialog", "Date received is known"),
        )
        self.received_on = named(DateEdit(self), translate("EvidenceDialog", "Date received"))
        self.file_label = named(
            QLabel(translate("evidence_dialog", NO_FILE), self),
            translate("EvidenceDialog", "Attached file"),
        )
        self.attach = named(
            QPushButton(translate("EvidenceDialog", "Attach file…"), self),
            translate("EvidenceDialog", "Attach file"),
        )
        self.question_filter = named(
            QLineEdit(self), translate("EvidenceDialog", "Find a question")
        )
        self.questions = named(
            QListWidget(self), translate("EvidenceDialog", "Questions this evidence bears on")
        )
        self.linked_label = QLabel(self)
        self.sensitive = named(
            QCheckBox(translate("EvidenceDialog", "Sensitive: leave out of public exports"), self),
            translate("EvidenceDialog", "Sensitive evidence"),
        )
        self.hint = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._setup(questions, error)
        self._build_layout()
        self._connect()
        start = initial or (evidence_input(editing) if editing else None)
        if start is not None:
            self._fill(start)
        self._update()
        # Wide enough for a question's prompt on one or two lines; never past the screen.
        fit_to_screen(self, 120, 46)

    def value(self) -> EvidenceInput:
        return EvidenceInput(
            title=self.title.text().strip(),
            kind=EvidenceKind(self.kind.currentData()),
            reference=self.reference.text().strip(),
            description=self.description.toPlainText().strip(),
            document_date=_date_or_none(self.has_document_date, self.document_date),
            received_on=_date_or_none(self.has_received, self.received_on),
            sensitive=self.sensitive.isChecked(),
            question_keys=self.checked_keys(),
            file_path=str(self._file) if self._file else None,
        )

    def checked_keys(self) -> tuple[str, ...]:
        items = (self.questions.item(i) for i in range(self.questions.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_file(self, path: Path | None) -> None:
        self._file = path
        self.file_label.setText(path.name if path else translate("evidence_dialog", NO_FILE))
        self.file_label.setToolTip(str(path) if path else "")
        self.file_label.setAccessibleName(
            arg(translate("EvidenceDialog", "Attached file: %1"), path.name)
            if path
            else translate("evidence_dialog", NO_FILE)
        )

    def _setup(self, questions: Sequence[tuple[str, str]], error: str) -> None:
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setText(
            arg(translate("EvidenceDialog", "Not saved: %1"), error) if error else ""
        )
        self.error_label.setVisible(bool(error))
        for kind in EvidenceKind:
            self.kind.addItem(i18n.label(kind), kind.value)
        self.title.setPlaceholderText(
            translate("EvidenceDialog", "e.g. Data protection impact assessment")
        )
        self.reference.setPlaceholderText(
            translate("EvidenceDialog", "The force's reference and version, e.g. DPIA v5.4")
        )
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            translate("EvidenceDialog", "What it is and what it shows")
        )
        self.description.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        # Evidence already in hand: it cannot have been received after today.
        self.received_on.set_latest(
            QDate.currentDate(),
            translate(
                "EvidenceDialog",
                "The date received cannot be after today: give the day the force sent it.",
            ),
        )
        self.question_filter.setPlaceholderText(
            translate("EvidenceDialog", "Type a key or words to narrow the list")
        )
        self.question_filter.setClearButtonEnabled(True)
        for key, prompt in questions:
            item = QListWidgetItem(f"{key}  {prompt}", self.questions)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(prompt)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.questions.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        # No sideways scrolling and nothing cut off: a long prompt wraps onto more lines.
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions.setWordWrap(True)
        self.attach.setEnabled(self._editing is None)
        if self._editing is not None:
            self.attach.setToolTip(translate("evidence_dialog", FILE_ON_ADD_ONLY))
            name = self._editing.file_name or translate("evidence_dialog", NO_FILE)
            self.file_label.setText(name)
        self.hint.setWordWrap(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("EvidenceDialog", "Save")
            if self._editing
            else translate("EvidenceDialog", "Add evidence")
        )
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            buddy_label(translate("EvidenceDialog", "&Title:"), self.title, self), self.title
        )
        form.addRow(buddy_label(translate("EvidenceDialog", "&Kind:"), self.kind, self), self.kind)
        form.addRow(
            buddy_label(translate("EvidenceDialog", "&Reference:"), self.reference, self),
            self.reference,
        )
        form.addRow(
            buddy_label(translate("EvidenceDialog", "&Description:"), self.description, self),
            self.description,
        )
        dates = QHBoxLayout()
        for box, edit in (
            (self.has_document_date, self.document_date),
            (self.has_received, self.received_on),
        ):
            dates.addWidget(box)
            dates.addWidget(edit)
            dates.addSpacing(12)
        dates.addStretch(1)
        form.addRow(QLabel(translate("EvidenceDialog", "Dates:"), self), dates)
        file_row = QHBoxLayout()
        file_row.addWidget(self.attach)
        file_row.addWidget(self.file_label, 1)
        form.addRow(QLabel(translate("EvidenceDialog", "File:"), self), file_row)
        links = QVBoxLayout()
        links.addWidget(self.question_filter)
        links.addWidget(self.questions)
        links.addWidget(self.linked_label)
        form.addRow(
            buddy_label(translate("EvidenceDialog", "&Questions:"), self.question_filter, self),
            links,
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
        self.attach.clicked.connect(self._on_attach_clicked)
        self.title.textChanged.connect(self._update)
        self.has_document_date.toggled.connect(self._update)
        self.has_received.toggled.connect(self._update)
        self.document_date.textChanged.connect(self._update)
        self.received_on.textChanged.connect(self._update)
        self.question_filter.textChanged.connect(self._on_question_filter_changed)
        self.questions.itemChanged.connect(self._update)

    def _fill(self, start: EvidenceInput) -> None:
        self.title.setText(start.title)
        self.kind.setCurrentIndex(self.kind.findData(start.kind.value))
        self.reference.setText(start.reference)
        self.description.setPlainText(start.description)
        _set_date(self.has_document_date, self.document_date, start.document_date)
        _set_date(self.has_received, self.received_on, start.received_on)
        self.sensitive.setChecked(start.sensitive)
        for i in range(self.questions.count()):
            item = self.questions.item(i)
            linked = item.data(Qt.ItemDataRole.UserRole) in start.question_keys
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
        if start.file_path and self._editing is None:
            self.set_file(Path(start.file_path))

    def _on_attach_clicked(self) -> None:
        start = self._file.parent if self._file else Path.home()
        chosen = file_dialogs.ask_open_evidence(self, start)
        if chosen is not None:
            self.set_file(chosen)
            if not self.title.text().strip():
                self.title.setText(chosen.stem)

    def _on_question_filter_changed(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.questions.count()):
            item = self.questions.item(row)
            shown = all(word in item.text().casefold() for word in words)
            item.setHidden(not shown)

    def _update(self, *_args: object) -> None:
        self.document_date.setEnabled(self.has_document_date.isChecked())
        self.received_on.setEnabled(self.has_received.isChecked())
        linked = self.checked_keys()
        self.linked_label.setText(
            arg(
                translate("EvidenceDialog", "Linked to %n question(s): %1", None, len(linked)),
                ", ".join(linked),
            )
            if linked
            else translate("EvidenceDialog", "Not linked yet")
        )
        problems = (
            []
            if self.title.text().strip()
            else [translate("EvidenceDialog", "Still needed: a title.")]
        )
        problems.extend(self._date_problems())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        self.hint.setText(" ".join(problems))
        self.hint.setVisible(bool(problems))

    def _date_problems(self) -> list[str]:
        """What is wrong with a date asked for: unreadable, received in the future, or before
        the document was written."""
        dated = self.has_document_date.isChecked()
        received = self.has_received.isChecked()
        problems = []
        for label, edit, wanted in (
            (translate("EvidenceDialog", "Document date"), self.document_date, dated),
            (translate("EvidenceDialog", "Date received"), self.received_on, received),
        ):
            # Unreadable text is named by its field; a refused date's message names it already.
            if wanted and edit.text_problem():
                problems.append(arg(translate("EvidenceDialog", "%1: %2"), label, edit.problem()))
            elif wanted and edit.problem():
                problems.append(edit.problem())
        written, came = self.document_date.value(), self.received_on.value()
        if not problems and dated and received and written and came and came < written:
            problems.append(
                translate(
                    "EvidenceDialog",
                    "The date received is before the document's own date: check both dates.",
                )
            )
        return problems


def _date_or_none(box: QCheckBox, edit: DateEdit) -> date | None:
    return edit.value() if box.isChecked() else None


def _set_date(box: QCheckBox, edit: DateEdit, day: date | None) -> None:
    box.setChecked(day is not None)
    if day is not None:
        edit.setDate(day)
