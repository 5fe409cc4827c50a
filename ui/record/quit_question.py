"""What to do when the officer quits while a report is still being written."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from ..kit.i18n import arg, translate


class QuitChoice(Enum):
    AFTER_EXPORT = "after"  # quit as soon as the file is saved
    CANCEL_EXPORT = "cancel"  # stop writing (nothing is saved) and quit
    STAY = "stay"


def ask(parent: QWidget | None, what: str) -> QuitChoice:
    """Ask, naming the export (``what``: "panel report"); Esc keeps working. Tests patch this."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("QuitQuestion", "Still saving"),
        arg(
            translate(
                "QuitQuestion",
                "Ethics Scrutiny is still writing the %1. It can close as soon as the file is "
                "saved, or stop writing it (nothing is saved) and close now.",
            ),
            what,
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    after = box.addButton(
        translate("QuitQuestion", "&Quit when saved"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(
        translate("QuitQuestion", "&Stop writing and quit"), QMessageBox.ButtonRole.DestructiveRole
    )
    stay = box.addButton(
        translate("QuitQuestion", "&Keep working"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(after)
    box.setEscapeButton(stay)
    try:
        box.exec()
        clicked = box.clickedButton()
        if clicked is after:
            return QuitChoice.AFTER_EXPORT
        if clicked is cancel:
            return QuitChoice.CANCEL_EXPORT
        return QuitChoice.STAY
    finally:
        box.deleteLater()
