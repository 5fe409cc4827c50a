"""Importing a bundle from the window: the unsigned-bundle confirmation, and evidence whose file
the sending office did not supply, as the register shows it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import EvidenceKind
from ethics_scrutiny.domain.scrutiny import EvidenceData
from ethics_scrutiny.services import Services
from ui.evidence.evidence_model import EvidenceColumn, EvidenceModel
from ui.kit import file_dialogs
from ui.kit.bundle_import_confirm import BundleImportConfirmation


def _answer(qtbot: QtBot, box: BundleImportConfirmation, importing: bool) -> bool:
    qtbot.addWidget(box)
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert cancel is not None
    QTimer.singleShot(0, (box.import_button if importing else cancel).click)
    box.exec()
    return box.confirmed


def test_the_confirmation_says_the_bundle_is_not_signed(qtbot: QtBot) -> None:
    box = BundleImportConfirmation(Path("from-gwent.json"))
    text = box.text() + " " + box.informativeText()
    assert "from-gwent.json" in text
    assert "not signed" in text and "known office" in text
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert _answer(qtbot, box, importing=True)
    assert not _answer(qtbot, BundleImportConfirmation(Path("x.json")), importing=False)


@pytest.mark.parametrize("confirmed", [True, False])
def test_an_unsigned_bundle_imports_only_once_confirmed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, confirmed: bool, services: Services
) -> None:
    # The confirmation moved from choosing the file to checking its signature: only an
    # unsigned bundle is confirmed with this warning (a signed one names its signer).
    from ethics_scrutiny.domain.enums import Technology
    from ethics_scrutiny.domain.scrutiny import NewScrutiny
    from ethics_scrutiny.reporting.formats import ExportFormat
    from ui.record.bundle_admission import admit

    chosen = tmp_path / "bundle.json"
    new = NewScrutiny(title="ANPR", force="Gwent Police", technology=Technology.ANPR)
    services.reports.export(services.scrutinies.create(new), ExportFormat.JSON, chosen)
    asked: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(chosen), ""))

    def ask(_parent: object, path: Path) -> bool:
        asked.append(path)
        return confirmed

    monkeypatch.setattr(BundleImportConfirmation, "ask", ask)
    assert file_dialogs.ask_open_bundle(None, tmp_path) == chosen
    recording = admit(None, services.signing, chosen)
    assert asked == [chosen]
    assert (recording is not None) == confirmed


def test_the_register_shows_a_file_not_supplied(qtbot: QtBot) -> None:
    item = EvidenceData(
        id=1, scrutiny_id=1, title="DPIA", kind=EvidenceKind.DOCUMENT, reference="",
        description="", document_date=None, received_on=None, file_sha256="ab" * 32,
        file_name="dpia.pdf", file_size=10, sensitive=False,
        added_at=datetime(2026, 1, 1, tzinfo=UTC), file_not_supplied=True,
    )  # fmt: skip
    model = EvidenceModel()
    model.set_items([item])
    index = model.index(0, EvidenceColumn.FILE)
    shown = model.data(index)
    assert shown == "dpia.pdf · file not supplied by the sending office"
    assert "not supplied by the sending office" in model.data(index, 3)  # tooltip
    kept = EvidenceModel()
    kept.set_items([EvidenceData(**{**item.__dict__, "file_not_supplied": False})])
    assert "not supplied" not in kept.data(kept.index(0, EvidenceColumn.FILE))
