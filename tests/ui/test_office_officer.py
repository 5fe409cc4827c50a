"""Office settings keep the officer on this computer, not in the shared record."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.office import OfficeProfile, OfficeType
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.local_officer import officer_path
from ethics_scrutiny.storage import office as office_rows
from ethics_scrutiny.storage.unit_of_work import unit_of_work
from ui.office.office_dialog import OfficeDialog
from ui.shell.main_window import MainWindow

PROFILE = OfficeProfile(
    name="Office of the Police and Crime Commissioner for Gwent",
    office_type=OfficeType.PCC,
    decision_maker="Police and Crime Commissioner",
    panel="Gwent Ethics Panel",
    officer="Rhian Officer",
)


def test_office_settings_write_the_officer_for_this_computer(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.office.set(PROFILE)
    shown: list[OfficeDialog] = []

    def ask(parent: object, current: OfficeProfile | None, *_signing: object) -> object:
        dialog = OfficeDialog(current, welcome=False, parent=window)
        shown.append(dialog)
        assert dialog.form.officer.text() == "Rhian Officer"
        dialog.form.officer.clear()
        qtbot.keyClicks(dialog.form.officer, "Sian Jones")
        result: list[object] = []
        dialog.chosen.connect(lambda profile, logo: result.append((profile, logo)))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        dialog.deleteLater()
        return result[0]

    monkeypatch.setattr(OfficeDialog, "ask", ask)
    window.action_map["office_settings"].trigger()
    qtbot.waitUntil(lambda: bool(shown))
    qtbot.waitUntil(lambda: services.office.officer() == "Sian Jones")
    path = officer_path(services.settings.data_dir)
    assert json.loads(path.read_text(encoding="utf-8")) == {"officer": "Sian Jones"}
    with unit_of_work(services.database) as session:
        shared = office_rows.profile(session)
    assert shared is not None and shared.officer == ""
