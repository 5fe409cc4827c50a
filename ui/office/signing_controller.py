"""File ▸ Signing key… and File ▸ Check a received file…, and the key for a signed export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from ethics_scrutiny.services.signing.check import FileCheck
from ethics_scrutiny.services.signing.keys import OfficeKey

from ..kit import file_dialogs, folders, messages
from ..kit.commands import Commands
from ..kit.context import AppContext
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from ..kit.passphrase import PassphraseDialog, unlocked_key
from .signing_dialogs import KeyFacts, SigningKeyDialog

RECEIVED_FILTER = QT_TRANSLATE_NOOP(
    "signing_controller", "Papers, bundles and archives (*.pdf *.json *.zip);;All files (*)"
)
KEY_FILTER = QT_TRANSLATE_NOOP("signing_controller", "Key files (*.p12 *.pfx);;All files (*)")


class SigningController(QObject):
    """The office's signing key on this computer; the passphrase is asked once per session."""

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._ctx = context
        self._window = window

    def commands(self) -> Commands:
        return {"signing_key": self.manage_key, "check_file": self.check_file}

    def manage_key(self) -> None:
        self._ctx.tasks.run_db(self.key_facts, self._show_key)

    def key_facts(self) -> KeyFacts | None:
        """This computer's signing certificate, or ``None``; runs on the database worker."""
        from ethics_scrutiny.services.signing import certs

        cert = self._ctx.services.signing.certificate()
        if cert is None:
            return None
        until = f"{cert.not_valid_after_utc.astimezone():%d %B %Y}"
        return KeyFacts(certs.subject(cert), certs.fingerprint(cert), until)

    def _show_key(self, facts: KeyFacts | None) -> None:
        choice = SigningKeyDialog.ask(self._window, facts)
        if choice == "create":
            self._create()
        elif choice == "import":
            self._import()

    def _create(self) -> None:
        prompt = translate(
            "SigningController",
            "Choose a passphrase for the new key (at least 8 characters). It is asked once each "
            "time you start the app and sign; nobody can recover it for you.",
        )
        passphrase = PassphraseDialog.ask(self._window, prompt, choose=True)
        if passphrase is not None:
            signing = self._ctx.services.signing
            self._run(lambda: signing.create(passphrase), "Signing key not created")

    def _import(self) -> None:
        chosen = file_dialogs.ask_open_file(
            self._window,
            translate("SigningController", "Import a signing key"),
            Path.home(),
            translate("signing_controller", KEY_FILTER),
            folders.KEY,
        )
        if not chosen:
            return
        prompt = translate(
            "SigningController", "The passphrase of the key file; the key is kept with it."
        )
        passphrase = PassphraseDialog.ask(self._window, prompt)
        if passphrase is not None:
            signing = self._ctx.services.signing
            self._run(lambda: signing.import_key(chosen, passphrase), "Key not imported")

    def _run(self, job: Callable[[], OfficeKey], failed: str) -> None:
        self._ctx.tasks.run_db(
            job,
            self._on_key_kept,
            lambda exc: messages.show_failure(
                self._window, translate("SigningController", failed), exc
            ),
        )

    def _on_key_kept(self, key: OfficeKey) -> None:
        messages.info(
            self._window,
            translate("SigningController", "Signing key"),
            arg(
                translate(
                    "SigningController",
                    "The key is ready and its certificate is recorded. Fingerprint, to "
                    "publish:\n%1",
                ),
                key.fingerprint,
            ),
        )

    def key_for_export(self) -> OfficeKey | None:
        """The unlocked key, asking its passphrase the first time; ``None`` if not available."""
        return unlocked_key(self._window, self._ctx.services.signing)

    def check_file(self) -> None:
        chosen = file_dialogs.ask_open_file(
            self._window,
            translate("SigningController", "Check a received file"),
            Path.home(),
            translate("signing_controller", RECEIVED_FILTER),
            folders.BUNDLE,
        )
        if chosen:
            signing = self._ctx.services.signing
            self._ctx.tasks.run_db(lambda: signing.check(chosen), self._on_checked)

    def _on_checked(self, check: FileCheck) -> None:
        show = messages.info if check.ok else messages.warning
        show(self._window, translate("SigningController", "Check a received file"),
             "\n".join(check.sentences))  # fmt: skip
