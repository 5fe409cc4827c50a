"""Before a bundle is imported in the app: its signature checked, an unknown signer asked once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ethics_scrutiny.services.signing.admission import record_unsigned_accepted
from ethics_scrutiny.services.signing.check import FileCheck
from ethics_scrutiny.services.signing.service import SigningService

from ..kit import messages
from ..kit.bundle_import_confirm import BundleImportConfirmation
from ..kit.i18n import arg, translate

Recording = Callable[[], None]


def admit(parent: QWidget | None, signing: SigningService, path: Path) -> Recording | None:
    """What to record before importing ``path`` (run it on the database worker), or ``None``.

    An unsigned bundle is imported only when the officer confirms it (recorded); one altered
    since it was signed never; one signed by a certificate the record does not know only when
    the officer trusts it (recorded, so the question is asked once).
    """
    check = signing.check(path)
    title = translate("bundle_admission", "Bundle not imported")
    if not check.signed:
        if check.kind != "bundle":  # not a bundle at all: the import names what is wrong
            return lambda: None
        if not BundleImportConfirmation.ask(parent, path):
            return None
        return lambda: record_unsigned_accepted(signing, path, None)
    if not check.intact:
        messages.error(parent, title, " ".join(check.sentences))
        return None
    if check.known is None:
        if not ask_trust(parent, check):
            return None
        return lambda: signing.record_trust(check)
    return lambda: None


def ask_trust(parent: QWidget | None, check: FileCheck) -> bool:
    """Whether the officer trusts the unknown certificate that signed the bundle."""
    text = arg(
        translate(
            "bundle_admission",
            "%1 is signed by %2, whom this record does not know.\n\nCertificate fingerprint:\n"
            "%3\n\nCompare it with the fingerprint the sending office publishes. Trust this "
            "certificate from now on and import the bundle?",
        ),
        check.path.name,
        check.signer or "",
        check.fingerprint or "",
    )
    answer = QMessageBox.question(
        parent,
        translate("bundle_admission", "Trust this signer?"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
