"""The office profile's fields, shared by the welcome step and File ▸ Office settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ethics_scrutiny.domain.office import OfficeProfile, OfficeType

from ..kit import file_dialogs, folders
from ..kit.accessibility import buddy_label, chain_tab_order, named
from ..kit.i18n import QT_TRANSLATE_NOOP, translate

# What each kind of office is called in the form (the stored value is the enum's).
TYPE_NAMES = {
    OfficeType.PCC: QT_TRANSLATE_NOOP("OfficeForm", "Police and Crime Commissioner"),
    OfficeType.PFCC: QT_TRANSLATE_NOOP("OfficeForm", "Police, Fire and Crime Commissioner"),
    OfficeType.MAYOR: QT_TRANSLATE_NOOP("OfficeForm", "Mayor holding police and crime functions"),
    OfficeType.DEPUTY_MAYOR: QT_TRANSLATE_NOOP("OfficeForm", "Deputy Mayor for Policing and Crime"),
    OfficeType.POLICING_AND_CRIME_BOARD: QT_TRANSLATE_NOOP(
        "OfficeForm", "Policing and Crime Board"
    ),
    OfficeType.OTHER: QT_TRANSLATE_NOOP("OfficeForm", "Other"),
}


class OfficeForm(QWidget):
    """Name, kind of office, decision-maker's title, panel, officer and an optional logo."""

    changed = Signal()

    def __init__(self, current: OfficeProfile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self.logo: Path | None = None
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(
            translate(
                "OfficeForm", "e.g. Office of the Police and Crime Commissioner for Exampleshire"
            )
        )
        # Room for a full office name without scrolling ("Office of the Police and Crime ...").
        self.name.setMinimumWidth(self.name.fontMetrics().averageCharWidth() * 60)
        self.office_type = QComboBox(self)
        for kind, label in TYPE_NAMES.items():
            self.office_type.addItem(translate("OfficeForm", label), kind.value)
        self.decision_maker = QLineEdit(self)
        self.decision_maker.setPlaceholderText(
            translate("OfficeForm", "e.g. Deputy Mayor for Policing and Crime")
        )
        self.panel = QLineEdit(self)
        self.panel.setPlaceholderText(translate("OfficeForm", "e.g. Exampleshire Ethics Panel"))
        self.officer = QLineEdit(self)
        self.logo_label = QLabel(self)
        self.logo_button = named(
            QPushButton(translate("OfficeForm", "Choose &logo…"), self),
            translate("OfficeForm", "Choose a logo for report covers"),
        )
        self.logo_button.clicked.connect(self._choose_logo)
        self._lay_out()
        self._fill(current)
        self.office_type.currentIndexChanged.connect(self._suggest_decision_maker)
        for edit in (self.name, self.decision_maker, self.panel, self.officer):
            edit.textChanged.connect(self.changed)

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(buddy_label(translate("OfficeForm", "Office &name:"), self.name), self.name)
        form.addRow(
            buddy_label(translate("OfficeForm", "&Kind of office:"), self.office_type),
            self.office_type,
        )
        form.addRow(
            buddy_label(translate("OfficeForm", "&Decision-maker's title:"), self.decision_maker),
            self.decision_maker,
        )
        form.addRow(buddy_label(translate("OfficeForm", "&Panel:"), self.panel), self.panel)
        form.addRow(
            buddy_label(translate("OfficeForm", "&Officer using this computer:"), self.officer),
            self.officer,
        )
        row = QHBoxLayout()
        row.addWidget(self.logo_label, 1)
        row.addWidget(self.logo_button)
        form.addRow(translate("OfficeForm", "Logo (PNG or SVG):"), row)
        chain_tab_order(
            [self.name, self.office_type, self.decision_maker, self.panel, self.officer,
             self.logo_button]
        )  # fmt: skip

    def _fill(self, current: OfficeProfile | None) -> None:
        kind = current.office_type if current else OfficeType.PCC
        self.office_type.setCurrentIndex(self.office_type.findData(kind.value))
        if current is None:
            self.decision_maker.setText(kind.default_decision_maker)
            self._show_logo(None)
            return
        self.name.setText(current.name)
        self.decision_maker.setText(current.decision_maker)
        self.panel.setText(current.panel)
        self.officer.setText(current.officer)
        self._show_logo(current.logo_name or None)

    def _suggest_decision_maker(self) -> None:
        # Only a title the office has not typed itself is replaced by the new kind's usual one.
        usual = {kind.default_decision_maker for kind in OfficeType}
        if self.decision_maker.text().strip() in usual:
            self.decision_maker.setText(self.chosen_type().default_decision_maker)

    def _choose_logo(self) -> None:
        chosen = file_dialogs.ask_open_file(
            self,
            translate("OfficeForm", "Choose the office's logo"),
            Path.home(),
            translate("OfficeForm", "Logos (*.png *.svg)"),
            folders.LOGO,
        )
        if chosen:
            self.logo = chosen
            self._show_logo(self.logo.name)

    def _show_logo(self, name: str | None) -> None:
        self.logo_label.setText(name or translate("OfficeForm", "No logo"))

    def chosen_type(self) -> OfficeType:
        return OfficeType(self.office_type.currentData())

    def profile(self) -> OfficeProfile:
        """The profile as typed (checked by the service when saved)."""
        current = self._current
        return OfficeProfile(
            name=self.name.text(),
            office_type=self.chosen_type(),
            decision_maker=self.decision_maker.text(),
            panel=self.panel.text(),
            officer=self.officer.text(),
            logo_sha256=current.logo_sha256 if current else None,
            logo_name=current.logo_name if current else "",
        )

    def complete(self) -> bool:
        """Whether every field the profile needs holds something."""
        return all(e.text().strip() for e in (self.name, self.decision_maker, self.panel))
