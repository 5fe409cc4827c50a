"""New scrutiny, in two steps: the deployment's facts, then its screening and modules."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import Language, Marking, Stage, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.domain.templates import Template

from ..kit.accessibility import buddy_label, named
from ..kit.discard_guard import DiscardGuardDialog, ask_discard
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from ..kit.sizing import fit_to_screen
from ..screening.module_choice import AskReason
from ..screening.screening_data import ScreeningChoice, ScreeningSource
from ..screening.screening_step import ScreeningStep

DETAILS_STEP, SCREENING_STEP = 0, 1
# The languages a scrutiny on the given module slugs may be in, as (code, name) pairs.
LanguagesOffered = Callable[[Sequence[str]], Sequence[tuple[str, str]]]
_LANGUAGE_NAMES = {
    Language.ENGLISH.value: QT_TRANSLATE_NOOP("new_scrutiny_dialog", "English"),
    Language.WELSH.value: QT_TRANSLATE_NOOP("new_scrutiny_dialog", "Cymraeg (Welsh)"),
}


def confirm_discard(parent: QWidget | None) -> bool:
    """Ask before a half-filled form is thrown away; True means discard it."""
    return ask_discard(
        parent,
        translate("NewScrutinyDialog", "Discard this new scrutiny?"),
        translate(
            "NewScrutinyDialog",
            "What you have typed and answered here will be lost. Nothing has been saved yet.",
        ),
    )


class NewScrutinyDialog(DiscardGuardDialog):
    """Step 1 collects the facts (Next waits for title, force and technology); step 2 screens.

    Escape or Cancel on a form with anything typed asks before throwing it away.
    """

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        modules: Sequence[Template],
        screening: ScreeningSource | None = None,
        languages: LanguagesOffered | None = None,
    ) -> NewScrutiny | None:
        """Show the wizard; the new scrutiny with its screening, or ``None`` if cancelled."""
        dialog = cls(parent, modules, screening, languages=languages)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def __init__(
        self,
        parent: QWidget | None,
        modules: Sequence[Template],
        screening: ScreeningSource | None = None,
        ask_reason: AskReason | None = None,
        languages: LanguagesOffered | None = None,
    ) -> None:
        super().__init__(parent)
        self._modules = tuple(modules)
        self._languages = languages
        self.setWindowTitle(translate("NewScrutinyDialog", "New scrutiny"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
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
        self.step_label = QLabel(self)
        self.screening = ScreeningStep(modules, screening, self, ask_reason)
        self.module_list = self.screening.modules
        self.pages = QStackedWidget(self)
        self.hint = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.back = named(
            QPushButton(translate("NewScrutinyDialog", "< &Back"), self),
            translate("NewScrutinyDialog", "Back to the details"),
        )
        self._fill_choices()
        self._build_layout()
        self._connect()
        self._on_technology_changed()
        self._show_step(DETAILS_STEP)

    @property
    def step(self) -> int:
        return self.pages.currentIndex()

    def value(self) -> NewScrutiny:
        choice = self.screening.choice()
        return NewScrutiny(
            title=self.title.text().strip(),
            force=self.force.text().strip(),
            technology=Technology(self.technology.currentData()),
            marking=Marking(self.marking.currentData()),
            stage=Stage(self.stage.currentData()),
            supplier=self.supplier.text().strip(),
            purpose=self.purpose.toPlainText().strip(),
            modules=choice.extra_modules,
            language=Language(self.language.currentData()),
            screening=dict(choice.answers or {}),
            dropped_modules=dict(choice.dropped_modules),
        )

    def screening_choice(self) -> ScreeningChoice:
        return self.screening.choice()

    def accept(self) -> None:
        """OK is Next on the details step, and starts the scrutiny on the screening step."""
        if self.step == DETAILS_STEP:
            self._show_step(SCREENING_STEP)
        elif self.screening.is_complete():
            super().accept()

    def has_unsaved(self) -> bool:
        return self.has_input()

    def discard_confirmed(self) -> bool:
        return confirm_discard(self)

    def has_input(self) -> bool:
        typed = (self.title.text(), self.force.text(), self.supplier.text())
        return (
            any(text.strip() for text in typed)
            or bool(self.purpose.toPlainText().strip())
            or self.technology.currentIndex() >= 0
            or self.screening.has_answers()
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
        self._refresh_languages()
        self.language.setToolTip(
            translate(
                "NewScrutinyDialog",
                "English, and each language the chosen templates give text in (modules "
                "ticked in the next step add theirs). Questions show that language's text "
                "where the template provides it, and the English where it does not",
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
        self.hint.setWordWrap(True)
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))

    def _details_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
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
        )
        for text, field in rows:
            form.addRow(buddy_label(text, field, page), field)
        return page

    def _build_layout(self) -> None:
        font = self.step_label.font()
        font.setBold(True)
        self.step_label.setFont(font)
        self.pages.addWidget(self._details_page())
        self.pages.addWidget(self.screening)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        row.addWidget(self.back)  # on the left, away from Start and Cancel
        row.addWidget(self.buttons, 1)
        layout.addLayout(row)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.cancel)
        self.back.clicked.connect(lambda: self._show_step(DETAILS_STEP))
        self.title.textChanged.connect(self._update_ok)
        self.force.textChanged.connect(self._update_ok)
        self.technology.currentIndexChanged.connect(self._on_technology_changed)
        self.screening.changed.connect(self._update_ok)
        self.module_list.itemChanged.connect(self._refresh_languages)

    def _show_step(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        # Only the step shown counts for the size: the details stay compact.
        for index in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if index == step else QSizePolicy.Policy.Ignored
            page = self.pages.widget(index)
            if page is not None:
                page.setSizePolicy(policy, policy)
                page.updateGeometry()
        first = step == DETAILS_STEP
        self.back.setVisible(not first)
        self.step_label.setText(
            translate("NewScrutinyDialog", "Step 1 of 2: the deployment")
            if first
            else translate("NewScrutinyDialog", "Step 2 of 2: screening and modules")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            translate("NewScrutinyDialog", "&Next >")
            if first
            else translate("NewScrutinyDialog", "Start scrutiny")
        )
        named(ok, ok.text().replace("&", "").strip(" >"))
        ok.setDefault(True)
        if (layout := self.layout()) is not None:
            layout.activate()
        if not first:
            # The screening needs the room: questions beside the level, nothing cut off.
            fit_to_screen(self, 180, 46)
            self._keep_on_screen()
            (
                self.screening.screen_now
                if self.screening.screen_now.isChecked()
                else self.screening.not_screened
            ).setFocus()
        else:
            self.adjustSize()
            self.technology.setFocus()
        self._update_ok()

    def _keep_on_screen(self) -> None:
        """Grown for the screening, the dialog is centred again so no part is off the screen."""
        frame = self.frameGeometry()
        frame.moveCenter(self.screen().availableGeometry().center())
        self.move(frame.topLeft())

    def _on_technology_changed(self, *_args: object) -> None:
        """Modules for the chosen technology are always included: the next step shows them."""
        data = self.technology.currentData()
        self.screening.set_technology(Technology(data) if data else None)
        self._refresh_languages()
        self._update_ok()

    def _refresh_languages(self, *_args: object) -> None:
        """List the languages the chosen templates offer; one no longer offered gives English."""
        offered: Sequence[tuple[str, str]] = [(code, "") for code in _LANGUAGE_NAMES]
        if self._languages is not None:
            offered = self._languages(self._module_slugs())
        chosen = self.language.currentData() or Language.ENGLISH.value
        self.language.blockSignals(True)
        self.language.clear()
        for code, name in offered:
            # English and Welsh as the interface names them; others in their own name.
            known = _LANGUAGE_NAMES.get(code)
            self.language.addItem(translate("new_scrutiny_dialog", known) if known else name, code)
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        self.language.blockSignals(False)

    def _module_slugs(self) -> list[str]:
        """The modules the scrutiny would use: its technology's and those ticked besides."""
        data = self.technology.currentData()
        own = [m.slug for m in self._modules if data and Technology(data) in m.technologies]
        return [*own, *self.screening.choice().extra_modules]

    def _update_ok(self, *_args: object) -> None:
        missing = self._missing()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not missing)
        self.hint.setText(
            arg(translate("NewScrutinyDialog", "Still needed: %1."), ", ".join(missing))
            if missing
            else ""
        )
        self.hint.setVisible(bool(missing))

    def _missing(self) -> list[str]:
        if self.step == SCREENING_STEP:
            left = len(self.screening.form.left())
            if self.screening.is_complete() or not left:
                return []
            return [
                translate(
                    "NewScrutinyDialog",
                    "an answer to %n screening question(s), or start without screening",
                    n=left,
                )
            ]
        return [
            name
            for name, empty in (
                (translate("NewScrutinyDialog", "technology"), self.technology.currentIndex() < 0),
                (translate("NewScrutinyDialog", "title"), not self.title.text().strip()),
                (translate("NewScrutinyDialog", "force"), not self.force.text().strip()),
            )
            if empty
        ]
