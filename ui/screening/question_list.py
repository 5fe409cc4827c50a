"""The screening questions, each with its options listed from least to most intrusive."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..kit.accessibility import named
from ..kit.i18n import arg, translate
from .screening_data import ScreeningQuestion, visible


class ScreeningQuestions(QWidget):
    """One block per question: radio buttons for a single choice, tick boxes for several.

    A conditional question shows only while the answer it depends on is given.
    """

    answers_changed = Signal()

    def __init__(self, questions: Sequence[ScreeningQuestion], parent: QWidget | None = None):
        super().__init__(parent)
        self.questions = list(questions)
        self._loading = False
        self.blocks: dict[str, QFrame] = {}
        self.buttons: dict[str, dict[str, QAbstractButton]] = {}
        self._groups: list[QButtonGroup] = []
        layout = QVBoxLayout(self)
        for number, question in enumerate(self.questions, start=1):
            layout.addWidget(self._block(number, question))
        layout.addStretch(1)
        self._update_visible()

    def answers(self) -> dict[str, tuple[str, ...]]:
        """The options chosen for each question asked (a hidden question's choice is not sent)."""
        chosen = self._all_chosen()
        asked = {q.key for q in visible(self.questions, chosen)}
        return {key: values for key, values in chosen.items() if key in asked and values}

    def set_answers(self, answers: Mapping[str, Sequence[str]]) -> None:
        """Tick the given options (earlier answers) without reporting them as changes."""
        self._loading = True
        try:
            for key, buttons in self.buttons.items():
                wanted = set(answers.get(key, ()))
                for value, button in buttons.items():
                    button.setChecked(value in wanted)
        finally:
            self._loading = False
        self._update_visible()

    def set_answers_enabled(self, enabled: bool) -> None:
        for block in self.blocks.values():
            block.setEnabled(enabled)

    def first_button(self, key: str) -> QAbstractButton:
        return next(iter(self.buttons[key].values()))

    def _block(self, number: int, question: ScreeningQuestion) -> QFrame:
        block = QFrame(self)
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 6, 0, 6)
        prompt = QLabel(arg(translate("ScreeningQuestions", "%1. %2"), number, question.prompt))
        prompt.setWordWrap(True)
        prompt.setTextFormat(Qt.TextFormat.PlainText)  # template text is never read as HTML
        font = QFont(prompt.font())
        font.setBold(True)
        prompt.setFont(font)
        layout.addWidget(prompt)
        if question.help:
            # What the terms mean, on hover and for screen readers: the list stays short.
            prompt.setToolTip(question.help)
            prompt.setAccessibleDescription(question.help)
        group = QButtonGroup(block)
        group.setExclusive(not question.multiple)
        self._groups.append(group)
        self.buttons[question.key] = {}
        for option in question.options:
            button: QAbstractButton = (
                QCheckBox(option.label, block) if question.multiple else QRadioButton(block)
            )
            button.setText(option.label)
            named(button, option.label, question.prompt)
            group.addButton(button)
            layout.addWidget(button)
            self.buttons[question.key][option.value] = button
        group.buttonToggled.connect(partial(self._on_group_toggled, group))
        self.blocks[question.key] = block
        return block

    def _all_chosen(self) -> dict[str, tuple[str, ...]]:
        return {
            key: tuple(value for value, button in buttons.items() if button.isChecked())
            for key, buttons in self.buttons.items()
        }

    def _update_visible(self) -> None:
        asked = {q.key for q in visible(self.questions, self._all_chosen())}
        for key, block in self.blocks.items():
            block.setVisible(key in asked)

    def _on_group_toggled(
        self, group: QButtonGroup, _button: QAbstractButton, checked: bool
    ) -> None:
        if group.exclusive() and not checked:
            return  # the other half of moving a radio choice: reported once, when checked
        self._update_visible()
        if not self._loading:
            self.answers_changed.emit()
