"""Screening questions beside the impact level they give, updated as each answer changes."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from ethics_scrutiny.domain.errors import EthicsScrutinyError

from ..kit.i18n import translate
from .level_panel import LevelPanel
from .question_list import ScreeningQuestions
from .screening_data import Answers, LevelResult, ScreeningSource, unanswered

log = logging.getLogger(__name__)
SIDE_CHARS = 56


class ScreeningForm(QWidget):
    """Questions on the left (scrolling), the level and its reasons on the right (never scrolled).

    ``side`` widgets go under the level panel (the wizard's module list).
    """

    result_changed = Signal(object)  # LevelResult | None

    def __init__(
        self, source: ScreeningSource, parent: QWidget | None = None, side: Sequence[QWidget] = ()
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.result: LevelResult | None = None  # set once every asked question is answered
        self.preview: LevelResult | None = None  # the level so far
        self.questions = ScreeningQuestions(source.questions)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.questions)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setAccessibleName(translate("ScreeningForm", "Screening questions"))
        self.level = LevelPanel(self)
        column = QWidget(self)
        # Wide enough that module names rarely wrap, so the column's height stays modest.
        column.setMinimumWidth(self.fontMetrics().averageCharWidth() * SIDE_CHARS)
        right = QVBoxLayout(column)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.level, 1)
        for widget in side:
            right.addWidget(widget)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(column, 1)
        self.questions.answers_changed.connect(self.update_level)
        self._screened = True
        self.update_level()

    def answers(self) -> Answers:
        return self.questions.answers()

    def set_answers(self, answers: Mapping[str, Sequence[str]]) -> None:
        self.questions.set_answers(answers)
        self.update_level()

    def left(self) -> list[str]:
        """Keys of asked questions still without an answer."""
        return unanswered(self.source.questions, self.answers())

    def set_screened(self, screened: bool) -> None:
        """Off: the answers stay as typed but count for nothing (a scrutiny not screened)."""
        self._screened = screened
        self.questions.set_answers_enabled(screened)
        self.update_level()

    def update_level(self) -> None:
        answers = self.answers()
        left = unanswered(self.source.questions, answers)
        result: LevelResult | None = None
        if not self._screened:
            self.level.show_not_screened()
        elif not answers:
            self.level.show_incomplete(len(left))
        else:
            # The level so far (unanswered questions count as least intrusive), so the officer
            # sees which answer moves it; only a complete screening can be saved.
            result = self._preview(answers, len(left))
        self.preview = result
        self.result = result if not left else None
        self.result_changed.emit(result)

    def _preview(self, answers: Answers, left: int) -> LevelResult | None:
        try:
            result = self.source.preview(answers)
        except EthicsScrutinyError as exc:
            # A screening template the core cannot score: say so rather than guess a level.
            log.warning("Screening preview refused: %s", type(exc).__name__)
            self.level.show_problem(str(exc))
            return None
        self.level.show_level(result.level, result.reasons, self.source.questions, answers, left)
        return result
