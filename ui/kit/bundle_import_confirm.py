"""Before a bundle is imported: which file, and plainly that nothing in a bundle is signed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from .accessibility import named
from .i18n import QT_TRANSLATE_NOOP, arg, translate

# The bundle's checksum detects damage only: anyone who edits a bundle can recompute it.
UNSIGNED_TEXT = QT_TRANSLATE_NOOP(
    "bundle_import_confirm",
    "This bundle is not signed: its checksum shows whether it was damaged, not who made it or "
    "whether someone changed it. Import only bundles you received from a known office.",
)


class BundleImportConfirmation(QMessageBox):
    """Import or Cancel, with the warning; Cancel is the default so Enter imports nothing."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(translate("BundleImportConfirmation", "Import a scrutiny bundle"))
        self.setText(arg(translate("BundleImportConfirmation", "Import %1?"), path.name))
        self.setInformativeText(translate("bundle_import_confirm", UNSIGNED_TEXT))
        self.import_button: QPushButton = named(
            self.addButton(
                translate("BundleImportConfirmation", "Import"), QMessageBox.ButtonRole.AcceptRole
            ),
            translate("BundleImportConfirmation", "Import the bundle"),
        )
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        assert cancel is not None
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)

    @property
    def confirmed(self) -> bool:
        return self.clickedButton() is self.import_button

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> bool:
        """Whether the officer chose to import ``path``."""
        box = cls(path, parent)
        try:
            box.exec()
            return box.confirmed
        finally:
            box.deleteLater()
