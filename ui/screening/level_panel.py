"""The impact level as it stands, what it means for the checklist, and the answers that set it."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..kit.accessibility import named
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from .screening_data import LEVELS, Answers, ScreeningQuestion

# What each level asks of the checklist (the core's scoping rule, in words).
LEVEL_MEANINGS = {
    1: QT_TRANSLATE_NOOP("level_panel", "Only the questions the law requires (must) are asked."),
    2: QT_TRANSLATE_NOOP(
        "level_panel", "The questions the law requires and expected good practice (should)."
    ),
    3: QT_TRANSLATE_NOOP("level_panel", "Every question is asked."),
    4: QT_TRANSLATE_NOOP(
        "level_panel",
        "Every question is asked, with an independent review and a review date within a year.",
    ),
}
NOT_SCREENED = QT_TRANSLATE_NOOP("level_panel", "Not screened: every question will be asked")


class LevelPanel(QFrame):
    """Says "Impact level 3 of 4", what that asks, and why, in words a panel can follow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = named(QLabel(self), translate("LevelPanel", "Impact level"))
        self.meaning = named(QLabel(self), translate("LevelPanel", "What the level asks"))
        self.reasons = named(QLabel(self), translate("LevelPanel", "Why"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        for label in (self.heading, self.meaning, self.reasons):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop)
        # A long list of reasons scrolls on its own; the level and its meaning never move.
        self.reasons_area = QScrollArea(self)
        self.reasons_area.setWidget(self.reasons)
        self.reasons_area.setWidgetResizable(True)
        self.reasons_area.setFrameShape(QFrame.Shape.NoFrame)
        self.reasons_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reasons_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.meaning)
        layout.addWidget(self.reasons_area, 1)
        layout.addStretch(0)  # keeps the words at the top while there are no reasons
        self.level: int | None = None

    def show_level(
        self,
        level: int,
        reasons: Sequence[str],
        questions: Sequence[ScreeningQuestion] = (),
        answers: Answers | None = None,
        left: int = 0,
    ) -> None:
        """The level with the answers that set it; ``left`` unanswered questions make it the
        level so far."""
        self.level = level
        heading = arg(translate("LevelPanel", "Impact level %1 of %2"), level, LEVELS)
        meaning = translate("level_panel", LEVEL_MEANINGS.get(level, ""))
        if left:
            heading = arg(translate("LevelPanel", "%1 so far"), heading)
            meaning = arg(
                translate(
                    "LevelPanel",
                    "%1 Each unanswered question counts as its least intrusive option (%n left).",
                    n=left,
                ),
                meaning,
            )
        self._set(heading, meaning, _reasons_html(reasons, questions, answers or {}))

    def show_incomplete(self, left: int) -> None:
        self.level = None
        self._set(
            translate("LevelPanel", "Impact level not set yet"),
            translate(
                "LevelPanel",
                "Answer the %n screening question(s) to set it, or start without screening.",
                n=left,
            ),
            "",
        )

    def show_not_screened(self) -> None:
        self.level = None
        self._set(
            translate("level_panel", NOT_SCREENED),
            translate(
                "LevelPanel",
                "Without a screening there is no impact level, so the checklist asks every "
                "question of the core and its modules. You can screen it later (Scrutiny ▸ "
                "Screening…).",
            ),
            "",
        )

    def show_problem(self, message: str) -> None:
        self.level = None
        self._set(translate("LevelPanel", "Impact level cannot be worked out"), message, "")

    def _set(self, heading: str, meaning: str, reasons: str) -> None:
        self.heading.setText(heading)
        self.meaning.setText(meaning)
        self.reasons.setText(reasons)
        self.reasons_area.setVisible(bool(reasons))
        self.setAccessibleName(heading)
        self.setAccessibleDescription(meaning)


def reason_lines(
    reasons: Sequence[str], questions: Sequence[ScreeningQuestion], answers: Answers
) -> list[str]:
    """Each reason in words: a question key becomes "prompt — the answer given"."""
    by_key = {q.key: q for q in questions}
    lines = []
    for reason in reasons:
        question = by_key.get(reason)
        if question is None:
            lines.append(reason)
            continue
        chosen = ", ".join(question.label_of(v) for v in answers.get(reason, ()))
        lines.append(arg(translate("LevelPanel", "%1 — %2"), question.prompt, chosen))
    return lines


def _reasons_html(
    reasons: Sequence[str], questions: Sequence[ScreeningQuestion], answers: Answers
) -> str:
    lines = reason_lines(reasons, questions, answers)
    if not lines:
        # The lowest level: nothing to explain but that no answer raised it.
        return translate("LevelPanel", "No answer raises the level above the lowest.")
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return arg(translate("LevelPanel", "<b>Because:</b><ul>%1</ul>"), items)
