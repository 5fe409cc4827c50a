"""A small "Impact level 3" badge for the scrutiny's header, its reasons in the tooltip."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from ethics_scrutiny.domain.scrutiny import ScreeningData

from ..kit.i18n import arg, translate
from .level_panel import LEVEL_MEANINGS, NOT_SCREENED
from .screening_data import LEVELS


class LevelBadge(QLabel):
    """Says the level at a glance; hovering (or a screen reader) gives what it asks and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A small outlined tag: read at a glance beside the readiness line.
        self.setStyleSheet(
            "LevelBadge { border: 1px solid palette(dark); border-radius: 3px; padding: 0 6px; }"
        )
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        self.show_screening(None)

    def show_screening(self, screening: ScreeningData | None) -> None:
        if screening is None:
            text = translate("LevelBadge", "Not screened")
            tip = translate("level_panel", NOT_SCREENED)
        else:
            text = arg(translate("LevelBadge", "Impact level %1"), screening.level)
            lines = [
                arg(translate("LevelBadge", "Impact level %1 of %2"), screening.level, LEVELS),
                translate("level_panel", LEVEL_MEANINGS.get(screening.level, "")),
            ]
            if screening.reasons:
                lines.append(translate("LevelBadge", "Because:"))
                lines.extend(arg(translate("LevelBadge", "• %1"), r) for r in screening.reasons)
            if screening.level_reason:
                lines.append(
                    arg(
                        translate("LevelBadge", "Level lowered because: %1"), screening.level_reason
                    )
                )
            lines.append(translate("LevelBadge", "Scrutiny ▸ Screening… to change it"))
            tip = "\n".join(lines)
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(text)
        self.setAccessibleDescription(tip)
