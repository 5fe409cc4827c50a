"""Go to question (Ctrl+G): type a key or some words, pick the question from the matches."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..kit.accessibility import buddy_label, named
from ..kit.i18n import arg, translate

Choice = tuple[str, str]  # (question key, prompt as shown)
_MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def matches(choices: Sequence[Choice], typed: str) -> list[Choice]:
    """Questions whose key starts with ``typed``, then those holding every word typed.

    Case and the spaces or dashes in a key do not matter: "dr01", "DR-01" and "dr 01" all
    find DR-01.
    """
    words = typed.casefold().split()
    if not words:
        return list(choices)
    squashed = _squash(typed)
    by_key = [c for c in choices if squashed and _squash(c[0]).startswith(squashed)]
    by_words = [
        c
        for c in choices
        if c not in by_key and all(w in f"{c[0]} {c[1]}".casefold() for w in words)
    ]
    return by_key + by_words


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


class GoToQuestionDialog(QDialog):
    """A search box over a list of the checklist's questions; Enter goes to the highlighted."""

    def __init__(self, choices: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("GoToQuestionDialog", "Go to question"))
        self._choices = list(choices)
        self.search = named(
            QLineEdit(self),
            translate("GoToQuestionDialog", "Question key or words"),
        )
        self.search.setPlaceholderText(
            translate("GoToQuestionDialog", "A key such as DR-01, or words from the question")
        )
        self.results = named(
            QListWidget(self), translate("GoToQuestionDialog", "Matching questions")
        )
        self.count_label = QLabel(self)
        # Long questions end in "…" (the whole text is the tooltip), never a sideways scroll.
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setUniformItemSizes(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(translate("GoToQuestionDialog", "&Go to question"))
        layout = QVBoxLayout(self)
        layout.addWidget(buddy_label(translate("GoToQuestionDialog", "&Find:"), self.search, self))
        layout.addWidget(self.search)
        layout.addWidget(self.count_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 90, self.fontMetrics().lineSpacing() * 24)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._on_results_item_activated)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._on_search_text_changed("")

    @classmethod
    def ask(cls, parent: QWidget | None, choices: Sequence[Choice]) -> str | None:
        """The key of the question picked, or None if cancelled."""
        dialog = cls(choices, parent)
        try:
            return dialog.chosen_key() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def chosen_key(self) -> str | None:
        item = self.results.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrows in the search box move through the matches, so the hands stay on the keys.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _MOVE_KEYS
        ):
            self.results.event(event)
            return True
        return super().eventFilter(watched, event)

    def _on_search_text_changed(self, text: str) -> None:
        found = matches(self._choices, text)
        self.results.clear()
        for key, prompt in found:
            item = QListWidgetItem(f"{key}  {prompt}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(prompt)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        self._ok.setEnabled(bool(found))
        self.count_label.setText(
            arg(translate("GoToQuestionDialog", "Matching questions: %1"), len(found))
            if found
            else translate("GoToQuestionDialog", "No question matches. Try a key or other words.")
        )

    def _on_results_item_activated(self, _item: QListWidgetItem) -> None:
        self.accept()
