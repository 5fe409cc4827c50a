"""File ▸ Signing key… and File ▸ Check a received file…, and the passphrase asked once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ethics_scrutiny.reporting.formats import ExportFormat
from ethics_scrutiny.services import Services
from ui.kit.passphrase import PassphraseDialog
from ui.office.office_dialog import OfficeDialog
from ui.office.signing_controller import SigningController
from ui.office.signing_dialogs import SigningKeyDialog
from ui.shell.main_window import MainWindow

PASSPHRASE = "a long enough passphrase"


def test_signing_key_creates_a_key_and_shows_its_fingerprint(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    said: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[object] = []

    def ask(parent: object, facts: object) -> str:
        shown.append(facts)
        return "create"

    monkeypatch.setattr(SigningKeyDialog, "ask", ask)
    monkeypatch.setattr(PassphraseDialog, "ask", lambda *a, **k: PASSPHRASE)
    window.action_map["signing_key"].trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert shown == [None]  # no key yet
    [(kind, title, text)] = said
    cert = services.signing.certificate()
    assert cert is not None and kind == "info" and title == "Signing key"
    from ethics_scrutiny.services.signing.certs import fingerprint

    assert fingerprint(cert) in text


def test_check_a_received_file_says_who_signed_it(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: object,
    said: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    scrutiny_id = make_scrutiny()  # type: ignore[operator]
    key = services.signing.create(PASSPHRASE)
    paper = tmp_path / "paper.pdf"
    services.reports.export(scrutiny_id, ExportFormat.PDF, paper, sign=key)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(paper), ""))
    window.action_map["check_file"].trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    [(kind, _title, text)] = said
    assert kind == "info"
    assert "unaltered since it was signed" in text and "this office's own" in text
    paper.write_bytes(paper.read_bytes().replace(b"/Reason", b"/Reasom", 1))
    said.clear()
    window.action_map["check_file"].trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert said[0][0] == "warning" and "altered" in said[0][2]


def test_the_passphrase_is_asked_once_per_session(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = services.signing.create(PASSPHRASE)
    services.signing._unlocked = None  # as after a restart
    asked: list[str] = []

    def ask(*_args: object, **_kwargs: object) -> str:
        asked.append("asked")
        return PASSPHRASE

    monkeypatch.setattr(PassphraseDialog, "ask", ask)
    controller = window.findChild(SigningController)
    assert controller is not None
    first = controller.key_for_export()
    second = controller.key_for_export()
    assert first is not None and second is not None
    assert first.fingerprint == second.fingerprint == key.fingerprint
    assert asked == ["asked"]


def test_the_passphrase_dialog_wants_a_long_passphrase_typed_twice(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(None, "Choose a passphrase", choose=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first, "short")
    qtbot.keyClicks(dialog.second, "short")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "shorter than 8" in dialog.problem.text() and dialog.result() == 0
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE + "x")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.problem.text()
    dialog.second.setText(PASSPHRASE)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_export_dialog_signs_the_pdf_and_remembers_the_choice(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: object,
    said: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from ethics_scrutiny.reporting.formats import format_info
    from ui.kit import file_dialogs
    from ui.record.export_options import ExportOptions, ExportOptionsDialog, remembered_sign

    dialog = ExportOptionsDialog(None, format_info(ExportFormat.PDF), False, "", True)
    qtbot.addWidget(dialog)
    assert dialog.sign.isChecked() and dialog.options().sign
    html = ExportOptionsDialog(None, format_info(ExportFormat.HTML), False, "", True)
    qtbot.addWidget(html)
    assert not html.options().sign  # an HTML file cannot carry a signature
    scrutiny_id = make_scrutiny()  # type: ignore[operator]
    services.signing.create(PASSPHRASE)
    services.signing._unlocked = None
    offered: list[object] = []

    def ask(_cls: object, _parent: object, _info: object, _public: bool, name: str,
            sign: bool = False) -> ExportOptions:  # fmt: skip
        offered.append(sign)
        return ExportOptions(prepared_by=name, sign=True)

    monkeypatch.setattr(ExportOptionsDialog, "ask", classmethod(ask))
    monkeypatch.setattr(PassphraseDialog, "ask", lambda *a, **k: PASSPHRASE)
    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *a: tmp_path / "paper.pdf")
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    window.action_map["export_pdf"].trigger()
    qtbot.waitUntil(lambda: (tmp_path / "paper.pdf").exists(), timeout=30000)
    qtbot.waitUntil(lambda: not window.controller.exports.busy, timeout=30000)
    assert services.signing.check(tmp_path / "paper.pdf").ok
    assert offered == [False] and remembered_sign(services.settings.data_dir)


def test_importing_asks_once_to_trust_an_unknown_signer_and_records_it(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    said: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    another_record: object,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ethics_scrutiny.config import resolve_settings
    from ethics_scrutiny.domain.enums import Technology
    from ethics_scrutiny.domain.scrutiny import NewScrutiny
    from ui.kit import file_dialogs

    url = another_record("sender")  # type: ignore[operator]
    sender = Services.open(resolve_settings(str(tmp_path / "sender"), url))
    try:
        key = sender.signing.create("the sender's passphrase")
        new = NewScrutiny(title="Drones", force="Gwent Police", technology=Technology.DRONES)
        bundle = tmp_path / "signed.json"
        sender.reports.export(sender.scrutinies.create(new), ExportFormat.JSON, bundle, sign=key)
    finally:
        sender.close()
    questions: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(file_dialogs, "ask_open_bundle", lambda *a: bundle)
    window.action_map["import_bundle"].trigger()
    qtbot.waitUntil(lambda: len(services.scrutinies.list()) == 1, timeout=30000)
    assert len(questions) == 1 and key.fingerprint in questions[0]
    assert services.signing.known()[key.fingerprint] == "trusted"


def test_office_settings_show_the_key_s_fingerprint_and_open_the_signing_key(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ethics_scrutiny.domain.office import OfficeProfile, OfficeType
    from ethics_scrutiny.services.signing.certs import fingerprint

    services.office.set(
        OfficeProfile(
            name="Exampleshire Policing and Crime Board",
            office_type=OfficeType.POLICING_AND_CRIME_BOARD,
            decision_maker="Exampleshire Policing and Crime Board",
            panel="Ethics Panel",
        )
    )
    key = services.signing.create(PASSPHRASE)
    opened: list[object] = []
    monkeypatch.setattr(SigningKeyDialog, "ask", lambda parent, facts: opened.append(facts))
    shown: list[str] = []

    def ask(parent: object, current: object, key: object, on_signing: object) -> None:
        dialog = OfficeDialog(current, welcome=False, parent=window)  # type: ignore[arg-type]
        dialog.show_key(key)  # type: ignore[arg-type]
        dialog.signing_requested.connect(on_signing)  # type: ignore[arg-type]
        assert dialog.key_label is not None
        shown.append(dialog.key_label.text())
        button = dialog.findChild(object, "office_signing_button")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
        dialog.deleteLater()

    monkeypatch.setattr(OfficeDialog, "ask", ask)
    window.action_map["office_settings"].trigger()
    qtbot.waitUntil(lambda: bool(shown) and bool(opened), timeout=20000)
    assert key.fingerprint in shown[0]
    cert = services.signing.certificate()
    assert cert is not None and fingerprint(cert) == key.fingerprint


def test_office_settings_say_when_this_computer_has_no_key(qtbot: QtBot) -> None:
    dialog = OfficeDialog(None, welcome=False)
    qtbot.addWidget(dialog)
    assert dialog.key_label is not None and "none on this computer" in dialog.key_label.text()
    welcome = OfficeDialog(None, welcome=True)
    qtbot.addWidget(welcome)
    assert welcome.key_label is None  # the first-run welcome step stays short
