"""The office settings dialog, and the welcome step that first asks for them."""

from __future__ import annotations

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
from ..kit.i18n import translate
from .office_form import OfficeForm

Chosen = tuple[OfficeProfile, Path | None]


class OfficeDialog(QDialog):
    """The profile form with Save; as the welcome step it also offers the demonstration."""

    chosen = Signal(object, object)  # the profile as typed, the logo file (or None)
    demo_requested = Signal()

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
    def ask(cls, parent: QWidget | None, current: OfficeProfile | None) -> Chosen | None:
        """The profile and logo chosen in File ▸ Office settings, or ``None`` if cancelled."""
        dialog = cls(current, welcome=False, parent=parent)
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
