"""The new-scrutiny wizard's second step: screen now (level, proposed modules) or not."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.templates import Template

from ..kit.accessibility import buddy_label, named
from ..kit.i18n import translate
from .level_panel import LevelPanel
from .module_choice import AskReason, ModuleChoice
from .screening_data import LevelResult, ScreeningChoice, ScreeningSource
from .screening_form import ScreeningForm

# Stands in when no screening template is installed: with no questions its preview is never
# asked for, and the step offers only "start without screening".
NO_SCREENING = ScreeningSource(questions=(), preview=lambda _answers: LevelResult(level=3))


class ScreeningStep(QWidget):
    """Screening questions, the level they give, and the modules, proposed ones pre-ticked."""

    changed = Signal()

    def __init__(
        self,
        modules: Sequence[Template],
        source: ScreeningSource | None,
        parent: QWidget | None = None,
        ask_reason: AskReason | None = None,
    ) -> None:
        super().__init__(parent)
        self.available = source is not None and bool(source.questions)
        self.screen_now = named(
            QRadioButton(translate("ScreeningStep", "&Screen it now (recommended)"), self),
            translate("ScreeningStep", "Screen it now"),
        )
        self.not_screened = named(
            QRadioButton(
                translate("ScreeningStep", "Start &without screening: every question is asked"),
                self,
            ),
            translate("ScreeningStep", "Start without screening"),
        )
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.screen_now)
        self._mode.addButton(self.not_screened)
        self.modules = ModuleChoice(modules, self, ask_reason)
        self.modules_label = buddy_label(
            translate("ScreeningStep", "Technology &modules:"), self.modules, self
        )
        self.form = ScreeningForm(
            source if self.available and source else NO_SCREENING,
            self,
            side=(self.modules_label, self.modules),
        )
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self._build_layout()
        self.form.result_changed.connect(self._on_result_changed)
        self.screen_now.toggled.connect(self._on_mode_toggled)
        (self.screen_now if self.available else self.not_screened).setChecked(True)
        self.screen_now.setEnabled(self.available)
        self._on_mode_toggled(self.available)

    @property
    def level(self) -> LevelPanel:
        return self.form.level

    def set_technology(self, technology: Technology | None) -> None:
        self.modules.set_technology(technology)

    def is_complete(self) -> bool:
        """Screened with every asked question answered (and a level given), or not screened."""
        return self.not_screened.isChecked() or self.form.result is not None

    def choice(self) -> ScreeningChoice:
        screened = self.screen_now.isChecked() and self.form.result is not None
        return ScreeningChoice(
            answers=dict(self.form.answers()) if screened else None,
            extra_modules=self.modules.extra_modules(),
            dropped_modules=self.modules.dropped_modules() if screened else {},
        )

    def has_answers(self) -> bool:
        return bool(self.form.answers())

    def _build_layout(self) -> None:
        self.intro.setText(
            translate(
                "ScreeningStep",
                "The screening sets the impact level (1 to 4), which decides how deep the "
                "checklist goes, and proposes the technology modules to ask. Options run from "
                "least to most intrusive.",
            )
            if self.available
            else translate(
                "ScreeningStep",
                "No screening is available in this installation, so every question of the "
                "checklist and its modules will be asked.",
            )
        )
        mode = QHBoxLayout()
        mode.addWidget(self.screen_now)
        mode.addWidget(self.not_screened)
        mode.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(mode)
        layout.addWidget(self.form, 1)

    def _on_mode_toggled(self, _checked: bool) -> None:
        self.form.set_screened(self.screen_now.isChecked())
        self.form.scroll_area.setVisible(self.available)

    def _on_result_changed(self, result: LevelResult | None) -> None:
        screened = self.screen_now.isChecked()
        self.modules.set_proposed(result.proposed_modules if result and screened else ())
        self.changed.emit()
