"""The welcome step, File ▸ Office settings, Help ▸ Open the demonstration and the archive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from ethics_scrutiny.domain.office import OfficeProfile
from ethics_scrutiny.services.archive import ArchiveSummary

from ..kit import messages
from ..kit.commands import Commands
from ..kit.context import AppContext
from ..kit.file_dialogs import ask_save_file
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from . import demo_launch
from .demo_banner import add_banner
from .office_dialog import OfficeDialog
from .signing_controller import SigningController
from .signing_dialogs import KeyFacts

ARCHIVE_FILTER = QT_TRANSLATE_NOOP("office_controller", "Record archives (*.zip)")


class OfficeController(QObject):
    """Who the office is, and the record handed on as a whole."""

    def __init__(
        self, context: AppContext, window: QMainWindow, signing: SigningController | None = None
    ) -> None:
        super().__init__(window)
        self._ctx = context
        self._window = window
        # Office settings show this computer's signing key and open its dialog.
        self._signing = signing
        self.welcome_dialog: OfficeDialog | None = None

    def commands(self) -> Commands:
        return {
            "office_settings": self.edit_settings,
            "archive_record": self.archive_record,
            "open_demo": self.open_demo,
        }

    def start(self) -> None:
        """After the window shows: the welcome step on first run, the banner in the demo."""
        self._ctx.tasks.run_db(self._ctx.services.office.profile, self._on_profile)

    def _on_profile(self, profile: OfficeProfile | None) -> None:
        if profile is None:
            self.welcome_dialog = OfficeDialog.welcome(self._window)
            self.welcome_dialog.chosen.connect(self._save)
            self.welcome_dialog.demo_requested.connect(self.open_demo)
        elif profile.demonstration:
            add_banner(self._window)

    def edit_settings(self) -> None:
        office, signing = self._ctx.services.office, self._signing
        self._ctx.tasks.run_db(
            lambda: (office.profile(), signing.key_facts() if signing else None),
            lambda found: self._ask(*found),
        )

    def _ask(self, current: OfficeProfile | None, key: KeyFacts | None = None) -> None:
        if current is not None and current.demonstration:
            messages.info(
                self._window,
                translate("OfficeController", "Office settings"),
                translate(
                    "OfficeController",
                    "This is the demonstration: its office is an example and cannot be changed.",
                ),
            )
            return
        on_signing = self._signing.manage_key if self._signing is not None else None
        chosen = OfficeDialog.ask(self._window, current, key, on_signing)
        if chosen is not None:
            self._save(*chosen)

    def _save(self, profile: OfficeProfile, logo: Path | None) -> None:
        office = self._ctx.services.office
        self._ctx.tasks.run_db(
            lambda: office.set(profile, logo),
            self._on_saved,
            lambda exc: messages.show_failure(
                self._window, translate("OfficeController", "Office settings not saved"), exc
            ),
        )

    def _on_saved(self, profile: OfficeProfile) -> None:
        self._ctx.events.status_message.emit(
            arg(translate("OfficeController", "Saved the office settings for %1."), profile.name)
        )
        self._ctx.events.scrutinies_changed.emit()

    def open_demo(self) -> None:
        if not demo_launch.start():
            messages.error(
                self._window,
                translate("OfficeController", "Demonstration"),
                translate(
                    "OfficeController",
                    "The demonstration could not be started. Start it from a terminal with "
                    "'ethics-scrutiny --demo'.",
                ),
            )

    def archive_record(self) -> None:
        suggested = Path.home() / "ethics-scrutiny-record-archive.zip"
        out = ask_save_file(
            self._window,
            translate("OfficeController", "Archive the whole record to"),
            suggested,
            translate("office_controller", ARCHIVE_FILTER),
            ".zip",
        )
        if out is None:
            return
        self._ctx.events.status_message.emit(
            translate("OfficeController", "Archiving the whole record…")
        )
        self._ctx.tasks.run_db(
            lambda: self._ctx.services.archive.write(out),
            self._on_archived,
            lambda exc: messages.show_failure(
                self._window, translate("OfficeController", "Record not archived"), exc
            ),
        )

    def _on_archived(self, summary: ArchiveSummary) -> None:
        messages.info(
            self._window,
            translate("OfficeController", "Record archived"),
            arg(
                translate(
                    "OfficeController",
                    "Wrote %1: %2 scrutinies, %3 files and %4 record entries, head %5.\n\n"
                    "Check it anywhere with 'ethics-scrutiny archive check FILE'; the office "
                    "taking over brings it in with 'ethics-scrutiny import-archive FILE'.",
                ),
                summary.path,
                summary.scrutinies,
                summary.files,
                summary.entries,
                summary.head,
            ),
        )
