"""The theme tree, whose type-ahead finds questions by key ("DR-01") as well as by title."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QElapsedTimer, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTreeView, QWidget

from .checklist_model import KEY_ROLE

_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class QuestionTree(QTreeView):
    """Typed text jumps to the first question whose key starts with it, else to any row whose
    text does; "-", "+" and "*" are part of what is typed, never collapse or expand keys.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        typed = bool(text) and text.isprintable() and not text.isspace()
        if typed and not event.modifiers() & _MODIFIERS:
            self.keyboardSearch(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        pause = QApplication.keyboardInputInterval()
        if not self._since.isValid() or self._since.elapsed() > pause:
            self._typed = ""
        self._since.start()
        self._typed += search
        model = self.model()
        if model is None:
            return
        found = find_row(model, self._typed)
        if found.isValid():
            self.setCurrentIndex(found)
            self.scrollTo(found)


def find_row(model: QAbstractItemModel, typed: str) -> QModelIndex:
    """A question whose key starts with ``typed`` (dashes and case aside), else any row whose
    shown text starts with it; an invalid index if none does."""
    wanted = _squash(typed)
    needle = typed.casefold()
    first_text_match = QModelIndex()
    for theme_row in range(model.rowCount()):
        theme = model.index(theme_row, 0)
        if not first_text_match.isValid() and _text(theme).startswith(needle):
            first_text_match = theme
        for row in range(model.rowCount(theme)):
            index = model.index(row, 0, theme)
            key = index.data(KEY_ROLE)
            if key and wanted and _squash(str(key)).startswith(wanted):
                return index
            if not first_text_match.isValid() and _text(index).startswith(needle):
                first_text_match = index
    return first_text_match


def _text(index: QModelIndex) -> str:
    return str(index.data(Qt.ItemDataRole.DisplayRole) or "").casefold()


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())
