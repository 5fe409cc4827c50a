"""Recording decisions, exporting PDFs on the worker, verifying the record."""

from __future__ import annotations

import hashlib
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import Outcome
from ethics_scrutiny.domain.scoring import must_flags
from ethics_scrutiny.domain.scrutiny import DecisionInput
from ethics_scrutiny.services import Services
from ui.dashboard.scrutiny_list_model import Column
from ui.decisions.decision_dialog import DecisionDialog
from ui.kit import file_dialogs
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny

LEFT = Qt.MouseButton.LeftButton
TITLE = "Drone pilot over Gwent city centre"


def test_a_recorded_decision_shows_in_the_list_and_header(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    # Nothing is answered yet, so conditional support needs a condition naming every flag on
    # a legal requirement, and a review date: approval is time-limited.
    detail = services.scrutinies.get(scrutiny_id)
    keys = ", ".join(flag.key for flag in must_flags(detail.checklist, detail.responses))
    condition = f"{keys}: Answer each before the pilot flies; publish the flight log monthly"
    decision = DecisionInput(
        outcome=Outcome.SUPPORT_WITH_CONDITIONS,
        rationale="Proportionate for a time-limited pilot.",
        decided_by="Ethics panel",
        conditions=(condition,),
        review_date=date.today() + timedelta(days=180),
    )
    asked: list[dict[str, object]] = []

    def fake_ask(parent: object, **kwargs: object) -> DecisionInput:
        asked.append(kwargs)
        return decision

    monkeypatch.setattr(DecisionDialog, "ask", fake_ask)
    page = window.checklist_page
    assert page.decision_label.text() == "No decision recorded yet"

    qtbot.mouseClick(page.buttons["decide"], LEFT)

    qtbot.waitUntil(lambda: "Support with conditions" in page.decision_label.text())
    assert asked[0]["scrutiny_title"] == TITLE
    [recorded] = services.scrutinies.get(scrutiny_id).decisions
    assert recorded.conditions == (condition,)
    window.controller.back_to_list()
    model = window.list_page.model
    qtbot.waitUntil(
        lambda: (
            model.rowCount() == 1
            and model.index(0, Column.OUTCOME).data() == "Support with conditions"
        )
    )


def test_a_refused_decision_is_asked_again_with_the_reason(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    # The dialog would not allow this, but the service is the judge: no conditions given.
    refused = DecisionInput(Outcome.SUPPORT_WITH_CONDITIONS, "Fine with conditions.", "PCC")
    calls: list[dict[str, object]] = []

    def fake_ask(parent: object, **kwargs: object) -> DecisionInput | None:
        calls.append(kwargs)
        return refused if len(calls) == 1 else None

    monkeypatch.setattr(DecisionDialog, "ask", fake_ask)
    window.action_map["decide"].trigger()

    qtbot.waitUntil(lambda: len(calls) == 2)
    assert calls[1]["initial"] == refused
    assert "at least one condition" in str(calls[1]["error"])
    assert services.scrutinies.get(scrutiny_id).decisions == ()


def test_export_pdf_runs_on_the_worker_and_records_its_hash(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    target = tmp_path / "out" / "panel report"  # no suffix: ".pdf" is added
    target.parent.mkdir()
    suggested: list[Path] = []

    def fake_ask(parent: object, caption: str, suggestion: Path) -> Path:
        suggested.append(suggestion)
        return target.with_suffix(".pdf")

    monkeypatch.setattr(file_dialogs, "ask_save_pdf", fake_ask)
    threads: list[str] = []
    progress: list[tuple[int, int]] = []
    real_export = services.reports.export

    def spy_export(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        report = kwargs["progress"]
        kwargs["progress"] = lambda done, total: (
            progress.append((done, total)),
            report(done, total),
        )
        return real_export(*args, **kwargs)

    monkeypatch.setattr(services.reports, "export", spy_export)
    exports = window.controller.exports
    with qtbot.waitSignal(exports.finished, timeout=60_000) as finished:
        qtbot.mouseClick(window.list_page.buttons["export_pdf"], LEFT)
        assert exports.busy  # the click returned at once; the PDF is made elsewhere
    result = finished.args[0]
    pdf = target.with_suffix(".pdf")
    assert pdf.exists() and result.path == pdf
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == result.sha256
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert TITLE in " ".join(text.split())
    assert suggested[0].name.startswith(TITLE)
    [(kind, _title, message)] = said
    assert kind == "info" and str(pdf) in message and result.sha256 in message
    assert not exports.busy
    assert threads[0].startswith("es-render")
    assert progress and progress[-1][0] == progress[-1][1]
    assert services.maintenance.head().entries >= 2  # created, then the export


def test_public_summary_export_and_failure_is_shown_plainly(
    qtbot: QtBot,
    window: MainWindow,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    exports = window.controller.exports

    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *a: tmp_path / "public.pdf")
    with qtbot.waitSignal(exports.finished, timeout=60_000) as finished:
        window.action_map["export_public"].trigger()
    assert finished.args[0].public is True
    assert "public summary" in said[-1][2]

    missing = tmp_path / "no such folder" / "report.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *a: missing)
    with qtbot.waitSignal(exports.failed, timeout=60_000):
        window.action_map["export_pdf"].trigger()
    kind, title, text = said[-1]
    assert (kind, title) == ("error", "Report not saved")
    assert "does not exist" in text and "Traceback" not in text


def test_verify_record_reports_the_result(
    qtbot: QtBot, window: MainWindow, make_scrutiny: MakeScrutiny, said: list[tuple[str, str, str]]
) -> None:
    make_scrutiny()
    window.action_map["verify"].trigger()
    qtbot.waitUntil(lambda: len(said) == 1)
    kind, title, text = said[0]
    assert (kind, title) == ("info", "Record verified")
    assert "verifies" in text
