"""Help: the built-in guide, the keyboard shortcuts sheet and About, all offline."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QTextBrowser, QVBoxLayout

from ethics_scrutiny.config import Settings

from ..kit import crash, messages
from ..kit.accessibility import named
from ..kit.commands import Commands
from ..kit.i18n import translate
from ..kit.sizing import fit_to_screen
from .about import plain_about, technical_details
from .guide import guide_html
from .shortcuts_sheet import shortcut_rows, shortcuts_html


class HelpDialog(QDialog):
    """A read-only page of help, scrollable, closed with Esc or Close; never modal."""

    def __init__(self, parent: QMainWindow, name: str, title: str, html: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.body = named(QTextBrowser(self), title)
        self.body.setOpenExternalLinks(False)  # nothing in help ever leaves this computer
        self.body.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 110, 40)
        self.body.setFocus()


class HelpController(QObject):
    """One guide and one shortcuts sheet at a time: asking again brings the open one forward."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._open: dict[str, HelpDialog] = {}

    def commands(self) -> Commands:
        return {"guide": self.show_guide, "shortcuts": self.show_shortcuts, "about": self.about}

    def show_guide(self) -> None:
        actions = getattr(self._window, "action_map", None)
        self._show("help_guide", translate("HelpController", "Guide"), lambda: guide_html(actions))

    def show_shortcuts(self) -> None:
        actions = getattr(self._window, "action_map", None)
        self._show(
            "help_shortcuts",
            translate("HelpController", "Keyboard shortcuts"),
            lambda: shortcuts_html(shortcut_rows(actions)),
        )

    def about(self) -> None:
        settings = self._settings
        log_path = crash.current_log_path() or settings.logs_dir
        with messages.detailed(technical_details(settings, log_path)):
            messages.info(
                self._window,
                translate("HelpController", "About Ethics Scrutiny"),
                plain_about(settings),
            )

    def dialog(self, name: str) -> HelpDialog | None:
        """The open help page called ``name`` (for tests and the composition root)."""
        return self._open.get(name)

    def _show(self, name: str, title: str, html: Callable[[], str]) -> None:
        dialog = self._open.get(name)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return
        dialog = HelpDialog(self._window, name, title, html())
        dialog.finished.connect(lambda _r, n=name: self._open.pop(n, None))
        dialog.finished.connect(dialog.deleteLater)
        self._open[name] = dialog
        dialog.show()
