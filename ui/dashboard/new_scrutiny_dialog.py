"""Dialog to start a scrutiny: the deployment's facts and any extra technology modules."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import Language, Marking, Stage, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.domain.templates import Template

from ..kit.accessibility import buddy_label, named
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate

SLUG_ROLE = Qt.ItemDataRole.UserRole + 1
_LANGUAGE_NAMES = {
    Language.ENGLISH: QT_TRANSLATE_NOOP("new_scrutiny_dialog", "English"),
    Language.WELSH: QT_TRANSLATE_NOOP("new_scrutiny_dialog", "Cymraeg (Welsh)"),
}


class NewScrutinyDialog(QDialog):
    """Collects a NewScrutiny; OK stays disabled until title, force and technology are given."""

    @classmethod
    def ask(cls, parent: QWidget | None, modules: Sequence[Template]) -> NewScrutiny | None:
        """Show the dialog; the new scrutiny's facts, or ``None`` if cancelled."""
        dialog = cls(parent, modules)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def __init__(self, parent: QWidget | None, modules: Sequence[Template]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewScrutinyDialog", "New scrutiny"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self._modules = list(modules)
        self.technology = named(QComboBox(self), translate("NewScrutinyDialog", "Technology"))
        self.title = named(QLineEdit(self), translate("NewScrutinyDialog", "Title"))
        self.force = named(QLineEdit(self), translate("NewScrutinyDialog", "Force"))
        self.marking = named(QComboBox(self), translate("NewScrutinyDialog", "Protective marking"))
        self.stage = named(QComboBox(self), translate("NewScrutinyDialog", "Stage"))
        self.language = named(
            QComboBox(self),
            translate("NewScrutinyDialog", "Language"),
            translate("NewScrutinyDialog", "Language of the checklist text and the reports"),
        )
        self.supplier = named(QLineEdit(self), translate("NewScrutinyDialog", "Supplier"))
        self.purpose = named(QPlainTextEdit(self), translate("NewScrutinyDialog", "Purpose"))
        self.module_list = named(
            QListWidget(self), translate("NewScrutinyDialog", "Extra technology modules")
        )
        self.hint = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._fill_choices()
        self._build_layout()
        self._connect()
        self._on_technology_changed()

    def value(self) -> NewScrutiny:
        return NewScrutiny(
            title=self.title.text().strip(),
            force=self.force.text().strip(),
            technology=Technology(self.technology.currentData()),
            marking=Marking(self.marking.currentData()),
            stage=Stage(self.stage.currentData()),
            supplier=self.supplier.text().strip(),
            purpose=self.purpose.toPlainText().strip(),
            modules=tuple(self._extra_modules()),
            language=Language(self.language.currentData()),
        )

    def _fill_choices(self) -> None:
        self.technology.setPlaceholderText(translate("NewScrutinyDialog", "Choose the technology"))
        for technology in Technology:
            self.technology.addItem(i18n.label(technology), technology.value)
        self.technology.setCurrentIndex(-1)
        for marking in Marking:
            self.marking.addItem(i18n.label(marking), marking.value)
        for stage in Stage:
            self.stage.addItem(i18n.label(stage), stage.value)
        for language in Language:
            # Each language named in itself, so a Welsh speaker finds "Cymraeg" at once.
            self.language.addItem(
                translate("new_scrutiny_dialog", _LANGUAGE_NAMES[language]), language.value
            )
        self.language.setToolTip(
            translate(
                "NewScrutinyDialog",
                "Welsh shows each question's Welsh text where the checklist provides it, "
                "and the English where it does not",
            )
        )
        self.title.setPlaceholderText(
            translate("NewScrutinyDialog", "e.g. Live facial recognition at city-centre events")
        )
        self.force.setPlaceholderText(translate("NewScrutinyDialog", "e.g. Example Constabulary"))
        self.supplier.setPlaceholderText(translate("NewScrutinyDialog", "Optional"))
        self.purpose.setPlaceholderText(
            translate("NewScrutinyDialog", "Optional: what the force says the deployment is for")
        )
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        for module in self._modules:
            item = QListWidgetItem(module.title, self.module_list)
            item.setData(SLUG_ROLE, module.slug)
        # No sideways scroll bar: it would cover the only row when there is one module.
        self.module_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.module_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        visible_rows = min(max(self.module_list.count(), 1), 5)
        row_height = max(self.module_list.sizeHintForRow(0), self.fontMetrics().lineSpacing())
        self.module_list.setFixedHeight(row_height * visible_rows + 8)
        self.hint.setWordWrap(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("NewScrutinyDialog", "Start scrutiny")
        )
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (translate("NewScrutinyDialog", "&Technology:"), self.technology),
            (translate("NewScrutinyDialog", "T&itle:"), self.title),
            (translate("NewScrutinyDialog", "&Force:"), self.force),
            (translate("NewScrutinyDialog", "&Marking:"), self.marking),
            (translate("NewScrutinyDialog", "St&age:"), self.stage),
            (translate("NewScrutinyDialog", "&Language:"), self.language),
            (translate("NewScrutinyDialog", "S&upplier:"), self.supplier),
            (translate("NewScrutinyDialog", "&Purpose:"), self.purpose),
            (translate("NewScrutinyDialog", "E&xtra modules:"), self.module_list),
        )
        for text, field in rows:
            form.addRow(buddy_label(text, field, self), field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._update_ok)
        self.force.textChanged.connect(self._update_ok)
        self.technology.currentIndexChanged.connect(self._on_technology_changed)

    def _on_technology_changed(self, *_args: object) -> None:
        """Modules for the chosen technology are always included, so show them ticked and fixed."""
        data = self.technology.currentData()
        technology = Technology(data) if data else None
        for row in range(self.module_list.count()):
            item = self.module_list.item(row)
            module = self._modules[row]
            included = technology is not None and technology in module.technologies
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags if included else flags | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)
            item.setText(
                module.title + (translate("NewScrutinyDialog", " (included)") if included else "")
            )
            item.setToolTip(
                translate("NewScrutinyDialog", "Always included for the chosen technology")
                if included
                else translate("NewScrutinyDialog", "Tick to add this module's questions")
            )
        self._update_ok()

    def _extra_modules(self) -> list[str]:
        chosen = []
        for row in range(self.module_list.count()):
            item = self.module_list.item(row)
            enabled = bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
            if enabled and item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(SLUG_ROLE)))
        return chosen

    def _update_ok(self, *_args: object) -> None:
        missing = [
            name
            for name, empty in (
                ("technology", self.technology.currentIndex() < 0),
                ("title", not self.title.text().strip()),
                ("force", not self.force.text().strip()),
            )
            if empty
        ]
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
        self.hint.setText(
            arg(translate("NewScrutinyDialog", "Still needed: %1."), ", ".join(missing))
            if missing
            else ""
        )
        self.hint.setVisible(bool(missing))
