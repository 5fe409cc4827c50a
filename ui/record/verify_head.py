"""Verify the record, optionally against a head hash printed on an earlier report."""

from __future__ import annotations

import string

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..kit.accessibility import buddy_label, named
from ..kit.sizing import fit_to_screen

_HEX = frozenset(string.hexdigits.lower())


def clean_head(text: str) -> str | None:
    """The head hash as typed or pasted (spaces, line breaks and case ignored); None if not one.

    An empty entry is a valid answer: verify without checking a head.
    """
    head = "".join(text.split()).lower()
    if head and (len(head) != 64 or not set(head) <= _HEX):
        return None
    return head


class VerifyHeadDialog(QDialog):
    """Asks for a head hash from an earlier report, or none, before verifying the record."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The head hash to check ("" for none), or ``None`` if the officer cancelled."""
        dialog = cls(parent)
        try:
            return dialog.head() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify the record"))
        intro = self.tr(
            "Verifying recomputes every entry's hash and checks the current state against the "
            "record. To show that nothing recorded before an earlier report has been altered "
            "since, give the head hash printed on that report's summary page; or leave it "
            "empty to verify the record as it stands."
        )
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.head_hash = named(QLineEdit(self), self.tr("Head hash from an earlier report"))
        self.head_hash.setPlaceholderText(self.tr("64 characters, 0-9 and a-f (optional)"))
        self.head_hash.setClearButtonEnabled(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(buddy_label(self.tr("&Head hash:"), self.head_hash, self))
        layout.addWidget(self.head_hash)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        fit_to_screen(self, 80, 12)

    def head(self) -> str:
        return clean_head(self.head_hash.text()) or ""

    def _on_buttons_accepted(self) -> None:
        if clean_head(self.head_hash.text()) is None:
            self.error.setText(
                self.tr(
                    "A head hash is 64 characters, 0-9 and a-f, as printed on a report's "
                    "summary page; copy it from there, or leave the box empty."
                )
            )
            self.error.show()
            self.head_hash.setFocus()
            return
        self.accept()
