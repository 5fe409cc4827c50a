"""Ask which stage a deployment has reached (proposal, pilot, live, review)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import Stage

from ..kit.i18n import arg, translate


class StageDialog:
    """A one-question dialog; ``ask`` is the one name tests patch."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, title: str, current: Stage) -> Stage | None:
        """The chosen stage, or ``None`` if cancelled or unchanged."""
        labels = [i18n.label(stage) for stage in Stage]
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(translate("StageDialog", "Change stage"))
        dialog.setLabelText(
            arg(
                translate(
                    "StageDialog",
                    "Stage of “%1”:\n\nThe change is kept in the record with the date.",
                ),
                title,
            )
        )
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(i18n.label(current))
        dialog.setAccessibleName(translate("StageDialog", "Change stage"))
        try:
            if not dialog.exec():
                return None
            chosen = Stage(list(Stage)[labels.index(dialog.textValue())])
        finally:
            dialog.deleteLater()
        return None if chosen is current else chosen
