"""The office settings dialog, and the welcome step that first asks for them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.office import OfficeProfile

from ..kit.accessibility import named
from ..kit.i18n import arg, translate
from .office_form import OfficeForm
from .signing_dialogs import KeyFacts

Chosen = tuple[OfficeProfile, Path | None]


class OfficeDialog(QDialog):
    """The profile form with Save; as the welcome step it also offers the demonstration."""

    chosen = Signal(object, object)  # the profile as typed, the logo file (or None)
    demo_requested = Signal()
    signing_requested = Signal()

    def __init__(
        self, current: OfficeProfile | None, *, welcome: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_dialog" if welcome else "office_dialog")
        self.setWindowTitle(
            translate("OfficeDialog", "Welcome to Ethics Scrutiny")
            if welcome
            else translate("OfficeDialog", "Office settings")
        )
        self.setAccessibleName(self.windowTitle())
        self.form = OfficeForm(current, self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("office_problem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.demo_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        if welcome:
            self._add_welcome(layout)
        layout.addWidget(self.form)
        self.key_label: QLabel | None = None
        if not welcome:
            self._add_signing(layout)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.form.changed.connect(self._update)
        self._update()

    def _add_welcome(self, layout: QVBoxLayout) -> None:
        intro = QLabel(
            translate(
                "OfficeDialog",
                "Tell the app who your office is. Reports, decisions and the public summary "
                "use these names instead of assuming a Police and Crime Commissioner. You can "
                "change them later under File ▸ Office settings.\n\nYour office's record starts "
                "empty. To see a scrutiny part-way done, open the demonstration: it has a "
                "record of its own, deleted when you close it.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.save_button.setText(translate("OfficeDialog", "&Save and start"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("OfficeDialog", "&Later")
        )
        self.demo_button = named(
            QPushButton(translate("OfficeDialog", "Open the &demonstration"), self),
            translate("OfficeDialog", "Open the demonstration in a window of its own"),
        )
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.clicked.connect(self.demo_requested)

    def _add_signing(self, layout: QVBoxLayout) -> None:
        """The office's signing key on this computer: its fingerprint, to publish, and a way in."""
        self.key_label = QLabel(self)
        self.key_label.setObjectName("office_signing_key")
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(
            self.key_label.textInteractionFlags().TextSelectableByMouse
        )
        layout.addWidget(self.key_label)
        button = named(
            QPushButton(translate("OfficeDialog", "Si&gning key…"), self),
            translate("OfficeDialog", "Create or import the key that signs the office's papers"),
        )
        button.setObjectName("office_signing_button")
        button.clicked.connect(self.signing_requested)
        layout.addWidget(button)
        self.show_key(None)

    def show_key(self, facts: KeyFacts | None) -> None:
        """Name this computer's signing certificate and its fingerprint, or say there is none."""
        if self.key_label is None:
            return
        if facts is None:
            self.key_label.setText(
                translate(
                    "OfficeDialog",
                    "Signing key: none on this computer yet. Papers and bundles are exported "
                    "unsigned until one is created or imported.",
                )
            )
            return
        self.key_label.setText(
            arg(
                translate(
                    "OfficeDialog",
                    "Signing key: %1, valid until %2.\nFingerprint (publish it so others can "
                    "check the office's papers): %3",
                ),
                facts.subject,
                facts.valid_until,
                facts.fingerprint,
            )
        )

    def _update(self) -> None:
        self.save_button.setEnabled(self.form.complete())

    def _save(self) -> None:
        try:
            profile = self.form.profile().checked()
        except InvalidInputError as exc:
            self.problem.setText(str(exc))
            return
        self.chosen.emit(profile, self.form.logo)
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        current: OfficeProfile | None,
        key: KeyFacts | None = None,
        on_signing: Callable[[], None] | None = None,
    ) -> Chosen | None:
        """The profile and logo chosen in File ▸ Office settings, or ``None`` if cancelled.

        ``key`` is this computer's signing certificate, shown with its fingerprint;
        ``on_signing`` opens the signing key dialog from the settings.
        """
        dialog = cls(current, welcome=False, parent=parent)
        dialog.show_key(key)
        if on_signing is not None:
            dialog.signing_requested.connect(on_signing)
        result: list[Chosen] = []
        dialog.chosen.connect(lambda profile, logo: result.append((profile, logo)))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        return result[0] if result else None

    @classmethod
    def welcome(cls, parent: QWidget | None) -> OfficeDialog:
        """The welcome step, shown without blocking: the app is usable behind it."""
        dialog = cls(None, welcome=True, parent=parent)
        dialog.open()
        return dialog
