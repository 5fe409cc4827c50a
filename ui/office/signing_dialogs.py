"""The signing key dialog: this computer's certificate and fingerprint; create or import."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..kit.accessibility import named
from ..kit.i18n import arg


@dataclass(frozen=True)
class KeyFacts:
    """What the dialog shows of this computer's key (the public part only)."""

    subject: str
    fingerprint: str
    valid_until: str


class SigningKeyDialog(QDialog):
    """This computer's signing key: who it names and its fingerprint; create or import one."""

    create_requested = Signal()
    import_requested = Signal()

    def __init__(self, facts: KeyFacts | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signing_key_dialog")
        self.setWindowTitle(self.tr("Signing key"))
        layout = QVBoxLayout(self)
        self.status = QLabel(self._describe(facts), self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(
            self.status.textInteractionFlags().TextSelectableByMouse
        )
        layout.addWidget(self.status)
        self.create_button = named(
            QPushButton(self.tr("&Create a new key…"), self),
            self.tr("Create a new signing key naming the office"),
        )
        self.import_button = named(
            QPushButton(self.tr("&Import a key…"), self),
            self.tr("Use a key and certificate the office was given (.p12 file)"),
        )
        layout.addWidget(self.create_button)
        layout.addWidget(self.import_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout.addWidget(close)
        close.rejected.connect(self.reject)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)

    def _describe(self, facts: KeyFacts | None) -> str:
        if facts is None:
            return self.tr(
                "This computer has no signing key yet. Create one to sign papers, bundles and "
                "archives; its certificate is recorded so others can check what you sign."
            )
        return arg(
            self.tr(
                "This computer signs as %1, valid until %2.\n\nCertificate fingerprint "
                "(SHA-256), to publish so readers can check it:\n%3\n\nIf the key or its "
                "passphrase is lost, create a new one: papers signed before still check."
            ),
            facts.subject,
            facts.valid_until,
            facts.fingerprint,
        )

    def _on_create_button_clicked(self) -> None:
        self.create_requested.emit()
        self.accept()

    def _on_import_button_clicked(self) -> None:
        self.import_requested.emit()
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, facts: KeyFacts | None) -> str | None:
        """``"create"``, ``"import"``, or ``None`` when the officer just closed the dialog."""
        dialog = cls(facts, parent)
        chosen: list[str] = []
        dialog.create_requested.connect(lambda: chosen.append("create"))
        dialog.import_requested.connect(lambda: chosen.append("import"))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        return chosen[0] if chosen else None
