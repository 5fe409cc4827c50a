"""Conditions of support, each naming the questions it resolves, and the picker for them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
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

from ethics_scrutiny.domain.approval import keys_of_condition
from ethics_scrutiny.domain.scoring import RedFlag

from ..kit.accessibility import buddy_label, chain_tab_order, named
from ..kit.i18n import QT_TRANSLATE_NOOP, translate
from ..kit.sizing import fit_to_screen

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NO_QUESTIONS = QT_TRANSLATE_NOOP("condition_picker", "Resolves: no question chosen yet")


def compose_condition(keys: Sequence[str], text: str) -> str:
    """A condition as stored: the keys it resolves, a colon, then its text.

    The same form as the command line's ``--condition "LB-03, LB-04: text"``.
    """
    text = text.strip()
    return f"{', '.join(keys)}: {text}" if keys and text else text


def split_condition(condition: str) -> tuple[tuple[str, ...], str]:
    """The keys a stored condition names and its text (no keys when it names none)."""
    keys = keys_of_condition(condition)
    if not keys:
        return (), condition.strip()
    # The prefix is keys, commas and spaces only, so its colon is the first one.
    return keys, condition.split(":", 1)[1].strip()


def flag_line(flag: RedFlag) -> str:
    return f"{flag.key} ({flag.why})" if flag.why else flag.key


class QuestionPickerDialog(QDialog):
    """A checkable list of the scrutiny's questions, the standing `must` flags first."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        questions: Sequence[tuple[str, str]],
        flags: Sequence[RedFlag],
        chosen: Sequence[str],
    ) -> tuple[str, ...] | None:
        """The keys chosen, or ``None`` if the officer cancelled."""
        dialog = cls(parent, questions, flags, chosen)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def __init__(
        self,
        parent: QWidget | None,
        questions: Sequence[tuple[str, str]],
        flags: Sequence[RedFlag],
        chosen: Sequence[str],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Questions this condition resolves"))
        intro = self.tr(
            "Tick the questions this condition resolves. Each standing 'must' flag needs a "
            "condition naming it before support with conditions can be recorded."
        )
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.search = named(QLineEdit(self), self.tr("Find a question"))
        self.search.setPlaceholderText(self.tr("Type a key or words from the question"))
        self.search.setClearButtonEnabled(True)
        self.list = named(QListWidget(self), self.tr("Questions"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))
        self._fill(questions, flags, set(chosen))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(buddy_label(self.tr("&Find:"), self.search, self))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self._on_search_text_changed)
        fit_to_screen(self, 90, 28)

    def chosen(self) -> tuple[str, ...]:
        """Ticked keys in the order listed (standing flags first), each once."""
        keys: list[str] = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            key = item.data(KEY_ROLE)
            if key and item.checkState() == Qt.CheckState.Checked and key not in keys:
                keys.append(key)
        return tuple(keys)

    def _fill(
        self, questions: Sequence[tuple[str, str]], flags: Sequence[RedFlag], chosen: set[str]
    ) -> None:
        flagged = {flag.key for flag in flags}
        if flags:
            self._heading(self.tr("Standing 'must' flags"))
            for flag in flags:
                why = flag.why or translate("condition_picker", "red flag")
                self._item(f"{flag.key}  {flag.prompt} ({why})", flag, chosen)
            self._heading(self.tr("Other questions"))
        for key, prompt in questions:
            if key not in flagged:
                self._item(f"{key}  {prompt}", RedFlag(key, prompt, ""), chosen)

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text, self.list)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading is read, never ticked
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)

    def _item(self, text: str, flag: RedFlag, chosen: set[str]) -> None:
        item = QListWidgetItem(text, self.list)
        item.setData(KEY_ROLE, flag.key)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        checked = flag.key in chosen
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setToolTip(text)

    def _on_search_text_changed(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(KEY_ROLE) is None:
                item.setHidden(bool(words))  # headings only make sense over the whole list
                continue
            shown = item.text().casefold()
            item.setHidden(not all(word in shown for word in words))


class ConditionRow(QFrame):
    """One condition: its text, the questions it resolves, and buttons to choose or remove."""

    changed = Signal()
    pick_requested = Signal(object)  # this row
    remove_requested = Signal(object)  # this row

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.keys: tuple[str, ...] = ()
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr(
                "What the force must do, e.g. publish the watchlist criteria before any "
                "further deployment"
            )
        )
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.text.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.keys_label = named(
            QLabel(translate("condition_picker", NO_QUESTIONS), self), self.tr("Questions resolved")
        )
        self.keys_label.setWordWrap(True)
        self.pick = QPushButton(self.tr("&Questions…"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.set_number(number)
        layout = QGridLayout(self)
        layout.addWidget(self.text, 0, 0, 1, 3)
        layout.addWidget(self.keys_label, 1, 0)
        layout.addWidget(self.pick, 1, 1)
        layout.addWidget(self.remove, 1, 2)
        layout.setColumnStretch(0, 1)
        self.text.textChanged.connect(self.changed)
        self.pick.clicked.connect(lambda: self.pick_requested.emit(self))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def set_number(self, number: int) -> None:
        """Name the row's controls after its place in the list, for screen readers."""
        self.text.setAccessibleName(self.tr("Condition %1").replace("%1", str(number)))
        self.pick.setAccessibleName(
            self.tr("Choose the questions condition %1 resolves").replace("%1", str(number))
        )
        self.remove.setAccessibleName(self.tr("Remove condition %1").replace("%1", str(number)))

    def set_keys(self, keys: Sequence[str]) -> None:
        self.keys = tuple(keys)
        text = (
            self.tr("Resolves: ") + ", ".join(self.keys)
            if self.keys
            else translate("condition_picker", NO_QUESTIONS)
        )
        self.keys_label.setText(text)
        self.keys_label.setAccessibleName(text)
        self.changed.emit()

    def value(self) -> str:
        return compose_condition(self.keys, self.text.toPlainText())


class ConditionList(QWidget):
    """The conditions of a decision; rows are added and removed as the officer needs them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ConditionRow] = []
        self._questions: tuple[tuple[str, str], ...] = ()
        self._flags: tuple[RedFlag, ...] = ()
        self.add = named(QPushButton(self.tr("Add co&ndition"), self), self.tr("Add condition"))
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addLayout(buttons)
        self.add.clicked.connect(self.add_row)
        self.add_row()

    def set_choices(self, questions: Sequence[tuple[str, str]], flags: Sequence[RedFlag]) -> None:
        """The questions a condition may name, and the standing `must` flags offered first."""
        self._questions = tuple(questions)
        self._flags = tuple(flags)

    def add_row(self) -> ConditionRow:
        row = ConditionRow(len(self.rows) + 1, self)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.changed.connect(self.changed)
        row.pick_requested.connect(self._on_row_pick_requested)
        row.remove_requested.connect(self._on_row_remove_requested)
        self._renumber()
        self.changed.emit()
        return row

    def set_conditions(self, conditions: Sequence[str]) -> None:
        """Show stored conditions ("KEY, KEY: text"), keeping at least one row to type in."""
        for row in list(self.rows):
            self._remove(row)
        for condition in conditions or ("",):
            keys, text = split_condition(condition)
            row = self.add_row()
            row.text.setPlainText(text)
            row.set_keys(keys)

    def conditions(self) -> tuple[str, ...]:
        """Each condition with text, as stored; a row with no text is left out."""
        return tuple(row.value() for row in self.rows if row.text.toPlainText().strip())

    def unnamed_flags(self) -> list[RedFlag]:
        """Standing `must` flags no condition with text names yet."""
        named_keys = {
            key for row in self.rows if row.text.toPlainText().strip() for key in row.keys
        }
        return [flag for flag in self._flags if flag.key not in named_keys]

    def _on_row_pick_requested(self, row: ConditionRow) -> None:
        keys = QuestionPickerDialog.ask(self, self._questions, self._flags, row.keys)
        if keys is not None:
            row.set_keys(keys)

    def _on_row_remove_requested(self, row: ConditionRow) -> None:
        self._remove(row)
        if not self.rows:
            self.add_row()
        self.rows[0].text.setFocus()
        self.changed.emit()

    def _remove(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()

    def _renumber(self) -> None:
        widgets: list[QWidget] = []
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)
            widgets += [row.text, row.pick, row.remove]
        chain_tab_order([*widgets, self.add])
