"""Asking the signing key's passphrase, and unlocking the key for a signed export."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.services.signing.keys import OfficeKey
from ethics_scrutiny.services.signing.service import SigningService

from . import messages
from .accessibility import buddy_label, named
from .i18n import arg, translate

MIN_PASSPHRASE = 8


class PassphraseDialog(QDialog):
    """A passphrase, typed hidden; when choosing a new one, typed twice and at least 8 long."""

    def __init__(self, parent: QWidget | None, prompt: str, *, choose: bool) -> None:
        super().__init__(parent)
        self._choose = choose
        self.setWindowTitle(self.tr("Signing key passphrase"))
        layout = QVBoxLayout(self)
        intro = QLabel(prompt, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.first = named(QLineEdit(self), self.tr("Passphrase"))
        self.second = named(QLineEdit(self), self.tr("Passphrase again"))
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(buddy_label(self.tr("&Passphrase:"), self.first, self))
        layout.addWidget(self.first)
        if choose:
            layout.addWidget(buddy_label(self.tr("Type it &again:"), self.second, self))
            layout.addWidget(self.second)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)

    def _check(self) -> None:
        text = self.first.text()
        if self._choose and len(text) < MIN_PASSPHRASE:
            self.problem.setText(
                arg(self.tr("The passphrase is shorter than %1 characters; choose a longer one."),
                    MIN_PASSPHRASE)
            )  # fmt: skip
        elif self._choose and text != self.second.text():
            self.problem.setText(self.tr("The two passphrases differ; type them again."))
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, prompt: str, *, choose: bool = False) -> str | None:
        """The passphrase typed, or ``None`` if the officer cancelled."""
        dialog = cls(parent, prompt, choose=choose)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.first.text() if accepted else None
        finally:
            dialog.deleteLater()


def unlocked_key(parent: QWidget | None, signing: SigningService) -> OfficeKey | None:
    """The key for signing, its passphrase asked only the first time in a session.

    ``None`` (after saying why, in one sentence) when there is no key, the passphrase is
    wrong or the certificate has expired, or when the officer cancelled.
    """
    title = translate("passphrase", "Not signed")
    try:
        if signing.is_unlocked() or not signing.has_key():
            return signing.unlock(None)  # with no key, says how to create one
    except InvalidInputError as exc:
        messages.error(parent, title, str(exc))
        return None
    prompt = translate("passphrase", "The signing key's passphrase:")
    passphrase = PassphraseDialog.ask(parent, prompt)
    if passphrase is None:
        return None
    try:
        return signing.unlock(passphrase)
    except InvalidInputError as exc:
        messages.error(parent, title, str(exc))
        return None
