"""File ▸ Signing key… and File ▸ Check a received file…, and the passphrase asked once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ethics_scrutiny.reporting.formats import ExportFormat
from ethics_scrutiny.services import Services
from ui.office.signing_controller import SigningController
from ui.office.signing_dialogs import PassphraseDialog, SigningKeyDialog
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
