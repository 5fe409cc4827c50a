"""Exporting from a record that fails verification: refused unless the officer confirms."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from ethics_scrutiny.domain.enums import Rating, Status
from ethics_scrutiny.services import Services
from tests import record_access
from ui.kit import file_dialogs, messages
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny

BAND = "RECORD FAILED VERIFICATION"


def _tampered(services: Services, make_scrutiny: MakeScrutiny) -> int:
    scrutiny_id = make_scrutiny()
    key = next(iter(services.scrutinies.get(scrutiny_id).checklist.questions())).key
    services.scrutinies.answer(scrutiny_id, key, Status.NOT_MET, Rating.RED, "No DPIA")
    with record_access.connection(services.settings.database_url) as conn:
        conn.execute(text("UPDATE responses SET status = 'met', rating = 'green'"))
    return scrutiny_id


@pytest.mark.parametrize("confirmed", [False, True])
def test_the_officer_is_asked_before_a_report_marked_as_failed_is_written(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    said: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    confirmed: bool,
) -> None:
    scrutiny_id = _tampered(services, make_scrutiny)
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *args: target)
    asked: list[str] = []

    def confirm(_parent: object, reason: str) -> bool:
        asked.append(reason)
        return confirmed

    monkeypatch.setattr(messages, "confirm_despite_failed_verify", confirm)
    exports = window.controller.exports
    signal = exports.finished if confirmed else exports.failed
    with qtbot.waitSignal(signal, timeout=60_000):
        window.action_map["export_pdf"].trigger()
    [reason] = asked
    assert "record fails verification, so the report was not written" in reason
    if confirmed:
        assert BAND in PdfReader(target).pages[0].extract_text()
        assert said[-1][1] == "Report saved"
    else:
        assert not target.exists()
        assert said[-1][:2] == ("error", "Report not saved")
    qtbot.waitUntil(lambda: not exports.busy)
