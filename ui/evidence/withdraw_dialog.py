"""Ask why an evidence item is being withdrawn (evidence is never deleted)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from ..kit.i18n import arg, translate


class WithdrawEvidenceDialog:
    """A one-question dialog; ``ask`` is the one name tests patch."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, title: str) -> str | None:
        """The reason typed, or ``None`` if cancelled or left empty."""
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(translate("WithdrawEvidenceDialog", "Withdraw evidence"))
        dialog.setLabelText(
            arg(
                translate(
                    "WithdrawEvidenceDialog",
                    "Why is “%1” being withdrawn?\n\nIt stays in the register and the record, "
                    "marked withdrawn with your reason; nothing is deleted.",
                ),
                title,
            )
        )
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setAccessibleName(translate("WithdrawEvidenceDialog", "Reason for withdrawing"))
        try:
            if not dialog.exec():
                return None
            reason = dialog.textValue().strip()
        finally:
            dialog.deleteLater()
        return reason or None
