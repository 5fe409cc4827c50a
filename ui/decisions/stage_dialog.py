"""Ask which stage a deployment has reached (proposal, pilot, live, review)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from ethics_scrutiny.domain.enums import Stage


class StageDialog:
    """A one-question dialog; ``ask`` is the one name tests patch."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, title: str, current: Stage) -> Stage | None:
        """The chosen stage, or ``None`` if cancelled or unchanged."""
        labels = [stage.label for stage in Stage]
        dialog = QInputDialog(parent)
        dialog.setWindowTitle("Change stage")
        dialog.setLabelText(
            f"Stage of “{title}”:\n\nThe change is kept in the record with the date."
        )
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(current.label)
        dialog.setAccessibleName("Change stage")
        try:
            if not dialog.exec():
                return None
            chosen = Stage(list(Stage)[labels.index(dialog.textValue())])
        finally:
            dialog.deleteLater()
        return None if chosen is current else chosen
