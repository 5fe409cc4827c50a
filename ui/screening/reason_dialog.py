"""Asks why: dropping a module the screening proposed, or lowering the impact level."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..kit.accessibility import buddy_label, named
from ..kit.i18n import translate

MIN_REASON = 10  # characters: "n/a" is not a reason a panel can weigh


class ReasonDialog(QDialog):
    """A question and a box for the reason; OK stays disabled until a real reason is typed."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, question: str) -> str | None:
        """The reason typed, or ``None`` if the officer cancelled."""
        dialog = cls(parent, title, question)
        try:
            return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def __init__(self, parent: QWidget | None, title: str, question: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.text = named(QPlainTextEdit(self), translate("ReasonDialog", "Reason"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(buddy_label(translate("ReasonDialog", "&Reason (recorded):"), self.text))
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update_ok)
        self._update_ok()

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def _update_ok(self) -> None:
        enough = len(self.reason()) >= MIN_REASON
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enough)
        self.hint.setText(
            ""
            if enough
            else translate(
                "ReasonDialog", "Say why in a sentence: it is kept in the record for the panel."
            )
        )
