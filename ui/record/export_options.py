"""Before a report is written: who prepared it, whether to add the appendix, what a PDF is.

The officer's name is asked once and kept in the app's settings beside the record (never the
computer's login name); the office profile's officer, when set, is the first suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny.reporting.formats import ExportFormat, FormatInfo

from ..kit.accessibility import buddy_label, named
from ..kit.sizing import fit_to_screen
from .format_words import describe

SETTINGS_FILE = "window.ini"  # the app's settings beside the record (see shell/window_state.py)
_OFFICER_KEY = "reports/prepared_by"
_SIGN_KEY = "reports/sign"
_MAX_NAME = 200


@dataclass(frozen=True)
class ExportOptions:
    """What the officer chose for one export."""

    prepared_by: str = ""
    appendix: bool = False
    # Signed with the office's key (a PDF in this dialog; a bundle by the remembered choice).
    sign: bool = False


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def remembered_officer(data_dir: Path) -> str:
    value = _settings(data_dir).value(_OFFICER_KEY)
    return value if isinstance(value, str) else ""


def remember_officer(data_dir: Path, name: str) -> None:
    settings = _settings(data_dir)
    settings.setValue(_OFFICER_KEY, name)
    settings.sync()


def remembered_sign(data_dir: Path) -> bool:
    return str(_settings(data_dir).value(_SIGN_KEY, "false")).lower() == "true"


def remember_sign(data_dir: Path, sign: bool) -> None:
    settings = _settings(data_dir)
    settings.setValue(_SIGN_KEY, "true" if sign else "false")
    settings.sync()


def asks_options(fmt: ExportFormat) -> bool:
    """A bundle or a spreadsheet has no cover, appendix or print copy: nothing to ask."""
    return fmt in (ExportFormat.PDF, ExportFormat.HTML, ExportFormat.DOCX)


class ExportOptionsDialog(QDialog):
    """Prepared by (panel paper), the appendix checkbox (off by default), a PDF's limits."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        info: FormatInfo,
        public: bool,
        prepared_by: str,
        sign: bool = False,
    ) -> ExportOptions | None:
        """The options chosen, or ``None`` if the officer cancelled."""
        dialog = cls(parent, info, public, prepared_by, sign)
        try:
            return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def __init__(
        self,
        parent: QWidget | None,
        info: FormatInfo,
        public: bool,
        prepared_by: str,
        sign: bool = False,
    ) -> None:
        super().__init__(parent)
        self._public = public
        self._signable = info.format is ExportFormat.PDF
        self.setWindowTitle(self.tr("Export the %1").replace("%1", describe(info.format, public)))
        layout = QVBoxLayout(self)
        self.note = QLabel(self._note(info), self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.prepared_by = named(QLineEdit(prepared_by, self), self.tr("Prepared by"))
        self.prepared_by.setMaxLength(_MAX_NAME)
        self.prepared_by.setPlaceholderText(self.tr("Your name, as the cover should give it"))
        self.appendix = named(
            QCheckBox(self.tr("Add the guidance &appendix (guidance, sources and red-flag "
                              "criteria for every question; many more pages)"), self),
            self.tr("Add the guidance appendix"),
        )  # fmt: skip
        self.appendix.setChecked(False)
        if not public:  # the public summary names the office, not the officer; no appendix
            layout.addWidget(buddy_label(self.tr("&Prepared by:"), self.prepared_by, self))
            layout.addWidget(self.prepared_by)
            layout.addWidget(self.appendix)
        self.prepared_by.setVisible(not public)
        self.appendix.setVisible(not public)
        self.sign = named(
            QCheckBox(self.tr("&Sign with the office's key (readers can check who issued it "
                              "and that it is unaltered)"), self),
            self.tr("Sign with the office's key"),
        )  # fmt: skip
        self.sign.setChecked(sign and self._signable)
        self.sign.setVisible(self._signable)
        if self._signable:
            layout.addWidget(self.sign)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        fit_to_screen(self, 70, 12)

    def _note(self, info: FormatInfo) -> str:
        if info.format is ExportFormat.PDF:
            return self.tr(
                "The PDF is a print copy: PDF files cannot be tagged for screen readers. "
                "Publish or send the accessible HTML version (File > Export accessible HTML) "
                "alongside it."
            )
        if info.format is ExportFormat.HTML:
            return self.tr("The HTML file is the accessible version, for screen readers.")
        return self.tr("An editable copy, with the same content as the PDF.")

    def options(self) -> ExportOptions:
        sign = self._signable and self.sign.isChecked()
        if self._public:
            return ExportOptions(sign=sign)
        name = " ".join(self.prepared_by.text().split())
        return ExportOptions(prepared_by=name, appendix=self.appendix.isChecked(), sign=sign)
