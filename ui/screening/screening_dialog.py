"""Scrutiny ▸ Screening…: the open scrutiny's screening, answers filled in, to change."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny.domain.scrutiny import ScreeningData
from ethics_scrutiny.domain.templates import Template

from ..kit.accessibility import buddy_label, named
from ..kit.discard_guard import DiscardGuardDialog, ask_discard
from ..kit.i18n import arg, translate
from ..kit.sizing import fit_to_screen
from .module_choice import AskReason, ModuleChoice
from .reason_dialog import ReasonDialog
from .screening_data import LEVELS, Answers, ScreeningSource
from .screening_form import ScreeningForm
from .screening_source import saved_answers


@dataclass(frozen=True)
class Rescreening:
    """What to save: the new answers, why the level fell (if it did), proposed modules left out."""

    answers: Answers
    reason: str | None
    dropped_modules: Mapping[str, str]


class ScreeningDialog(DiscardGuardDialog):
    """The screening form over a scrutiny's saved answers; a lower level asks why."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        source: ScreeningSource,
        screening: ScreeningData | None,
        modules: Sequence[Template],
        asked_modules: Sequence[str],
    ) -> Rescreening | None:
        """The change to save, or ``None`` if the officer cancelled."""
        dialog = cls(parent, source, screening, modules, asked_modules)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def __init__(
        self,
        parent: QWidget | None,
        source: ScreeningSource,
        screening: ScreeningData | None,
        modules: Sequence[Template],
        asked_modules: Sequence[str],
        ask_reason: AskReason | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ScreeningDialog", "Screening"))
        self._before = screening.level if screening else None
        self._reason: str | None = None
        self._ask_reason = ask_reason
        self.modules = ModuleChoice(modules, self, ask_reason, allow_extra=False)
        self.modules.set_fixed(asked_modules)
        if screening is not None:
            self.modules.set_chosen((), dict(screening.dropped_modules))
        self.form = ScreeningForm(
            source,
            self,
            side=(
                buddy_label(translate("ScreeningDialog", "Technology &modules:"), self.modules),
                self.modules,
            ),
        )
        self.before_label = QLabel(self._before_text(), self)
        self.before_label.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.before_label)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.form.result_changed.connect(self._on_result_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.cancel)
        if screening is not None:
            self.form.set_answers(saved_answers(screening.answers))
        self._saved = dict(self.form.answers())
        self._dropped = self.modules.dropped_modules()
        self._was_screened = screening is not None
        self._on_result_changed(self.form.preview)
        fit_to_screen(self, 180, 46)

    def value(self) -> Rescreening:
        return Rescreening(self.form.answers(), self._reason, self.modules.dropped_modules())

    def lowers_level(self) -> bool:
        """Whether the answers give fewer questions than now (not screened asks everything)."""
        result = self.form.result
        return result is not None and result.level < (self._before or LEVELS)

    def accept(self) -> None:
        """A lower level is saved only with a reason, which goes into the record.

        Saving a screening already saved, unchanged, is closing it: no record entry.
        """
        if self.form.result is None:
            return
        if self._was_screened and not self.changed():
            self.reject()
            return
        if self.lowers_level():
            reason = self._ask_lower_reason()
            if not reason:
                return
            self._reason = reason
        super().accept()

    def changed(self) -> bool:
        """Whether the answers or the modules left out differ from the saved screening."""
        answers = dict(self.form.answers()) != self._saved
        return answers or self.modules.dropped_modules() != self._dropped

    def has_unsaved(self) -> bool:
        return self.changed()

    def discard_confirmed(self) -> bool:
        return confirm_discard(self)

    def _ask_lower_reason(self) -> str | None:
        assert self.form.result is not None
        before = (
            str(self._before)
            if self._before is not None
            else translate("ScreeningDialog", "not screened (every question asked)")
        )
        question = arg(
            translate(
                "ScreeningDialog",
                "These answers lower the impact level from %1 to %2, so fewer questions will be "
                "asked. Answers already given are kept. Why is the lower level right?",
            ),
            before,
            self.form.result.level,
        )
        title = translate("ScreeningDialog", "Lower the impact level")
        if self._ask_reason is not None:
            return self._ask_reason(question)
        return ReasonDialog.ask(self, title, question)

    def _before_text(self) -> str:
        if self._before is None:
            return translate(
                "ScreeningDialog",
                "This scrutiny is not screened: every question is asked. Answer the screening "
                "to set its impact level; answers already given are kept whatever the level.",
            )
        return arg(
            translate(
                "ScreeningDialog",
                "Impact level now: %1 of %2. Changing an answer re-scopes the checklist; answers "
                "already given are kept and come back if their questions do.",
            ),
            self._before,
            LEVELS,
        )

    def _on_result_changed(self, preview: object) -> None:
        result = self.form.preview
        self.modules.set_proposed(result.proposed_modules if result else ())
        left = len(self.form.left())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self.form.result is not None
        )
        self.hint.setText(
            translate("ScreeningDialog", "Answer %n more question(s) to save.", n=left)
            if left
            else ""
        )
        self.hint.setVisible(bool(left))


def confirm_discard(parent: QWidget) -> bool:
    return ask_discard(
        parent,
        translate("ScreeningDialog", "Discard the changed answers?"),
        translate("ScreeningDialog", "The screening stays as it was saved."),
    )
