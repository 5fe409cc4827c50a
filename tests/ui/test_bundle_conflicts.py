"""File > Import bundle… with a scrutiny already here: conflicts are shown, choices applied."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Rating, Status
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.bundles.report import ImportReport, ItemReport
from ethics_scrutiny.services.reports import ExportFormat
from tests.ui.conftest import MakeScrutiny
from ui.kit import file_dialogs
from ui.record.bundle_conflict_dialog import BundleConflictDialog, ImportChoice
from ui.shell.main_window import MainWindow

WHEN = datetime(2026, 12, 4, 10, 30, tzinfo=UTC)


def _report() -> ImportReport:
    conflicts = (
        ItemReport(
            "response.FE-01",
            "Answer to FE-01",
            "status: not met; note: Office view",
            "status: met; note: Meeting view",
            WHEN,
            WHEN,
        ),
        ItemReport("scrutiny.stage", "Stage", "pilot", "live"),
    )
    return ImportReport(
        "laptop.json",
        "6f1c7c36-5f7e-4a55-9d0e-5a4d1c2e7b11",
        "Drones over the A55",
        scrutiny_id=3,
        conflicts=conflicts,
        exported_at=WHEN,
        exported_by="officer",
    )


def test_the_dialog_lists_each_conflict_and_needs_a_side_for_every_row(qtbot: QtBot) -> None:
    dialog = BundleConflictDialog(_report())
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Item", "This record", "The bundle", "Keep"]
    assert table.item(0, 0).text().startswith("Answer to FE-01")
    assert "Office view" in table.item(0, 1).text() and "changed" in table.item(0, 1).text()
    assert "Meeting view" in table.item(0, 2).text()
    assert (table.item(1, 1).text(), table.item(1, 2).text()) == ("pilot", "live")
    intro = dialog.intro.text()
    assert "laptop.json" in intro and "nothing has been changed" in intro
    assert not dialog.import_button.isEnabled()
    dialog.choices[0].setCurrentIndex(2)  # take the bundle's answer
    assert not dialog.import_button.isEnabled()
    dialog.choices[1].setCurrentIndex(1)  # keep this record's stage
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == ImportChoice(keep_ours=("scrutiny.stage",), take_theirs=("FE-01",))
    assert all(c.accessibleName() for c in dialog.choices)


def test_the_selected_conflict_is_shown_in_full_where_the_table_shortens_it(
    qtbot: QtBot,
) -> None:
    long_note = "Office view: " + "the equality impact assessment omits age and disability; " * 4
    conflict = ItemReport(
        "response.FE-01",
        "Answer to FE-01",
        "status: not met; note: Office view: the equality…",
        "status: met; note: Meeting view",
        WHEN,
        None,
        ours_full=f"status: not met; note: {long_note}",
        theirs_full="status: met; note: Meeting view",
    )
    report = ImportReport("laptop.json", "6f1c7c36", "Drones", conflicts=(conflict,))
    dialog = BundleConflictDialog(report)
    qtbot.addWidget(dialog)
    assert "…" in dialog.table.item(0, 1).text()
    shown = dialog.details.toPlainText()
    assert long_note in shown and "Meeting view" in shown
    assert dialog.table.item(0, 1).toolTip().endswith(long_note)
    assert dialog.details.isReadOnly() and dialog.details.accessibleName()


def test_the_dialog_offers_keeping_everything_or_a_separate_copy(qtbot: QtBot) -> None:
    dialog = BundleConflictDialog(_report())
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.keep_all, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == ImportChoice(keep_ours=("FE-01", "scrutiny.stage"))
    qtbot.mouseClick(dialog.take_all, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == ImportChoice(take_theirs=("FE-01", "scrutiny.stage"))
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == ImportChoice(as_copy=True)
    assert dialog.cancel_button.isDefault()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Services]:
    opened = Services.open(resolve_settings(str(tmp_path / "laptop"), None))
    yield opened
    opened.close()


def _conflicting_bundle(
    services: Services, laptop: Services, sid: int, tmp_path: Path
) -> tuple[Path, str]:
    key = services.scrutinies.get(sid).checklist.questions()[0].key
    services.scrutinies.answer(sid, key, Status.PARTLY_MET, None, "Before the meeting")
    sent = tmp_path / "office.json"
    services.reports.export(sid, ExportFormat.JSON, sent)
    lid = laptop.bundles.import_bundle(sent)
    laptop.scrutinies.answer(lid, key, Status.MET, Rating.GREEN, "Meeting: met")
    services.scrutinies.answer(sid, key, Status.NOT_MET, Rating.RED, "Office: not met")
    back = tmp_path / "laptop.json"
    laptop.reports.export(lid, ExportFormat.JSON, back)
    return back, key


def test_importing_a_conflicting_bundle_asks_and_applies_the_choice(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    laptop: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
) -> None:
    sid = make_scrutiny()
    bundle, key = _conflicting_bundle(services, laptop, sid, tmp_path)
    monkeypatch.setattr(file_dialogs, "ask_open_bundle", lambda *_a: bundle)
    # An unsigned bundle, accepted deliberately (the app asks first).
    monkeypatch.setattr(
        "ui.kit.bundle_import_confirm.BundleImportConfirmation.ask", lambda *_a: True
    )
    asked: list[ImportReport] = []

    def choose(_parent: object, report: ImportReport) -> ImportChoice:
        asked.append(report)
        return ImportChoice(take_theirs=(key,))

    monkeypatch.setattr(BundleConflictDialog, "ask", classmethod(lambda _c, p, r: choose(p, r)))
    records = window.controller.records
    with qtbot.waitSignal(records.imported, timeout=30_000) as done:
        window.action_map["import_bundle"].trigger()
    assert done.args[0] == sid
    [report] = asked
    assert [c.key for c in report.conflicts] == [key]
    assert services.scrutinies.get(sid).responses[key].note == "Meeting: met"
    kind, title, text = said[-1]
    assert (kind, title) == ("info", "Bundle imported") and f"Answer to {key}" in text
    assert not records.busy


def test_cancelling_the_conflicts_imports_nothing(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    laptop: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
) -> None:
    sid = make_scrutiny()
    bundle, _key = _conflicting_bundle(services, laptop, sid, tmp_path)
    monkeypatch.setattr(file_dialogs, "ask_open_bundle", lambda *_a: bundle)
    # An unsigned bundle, accepted deliberately (the app asks first).
    monkeypatch.setattr(
        "ui.kit.bundle_import_confirm.BundleImportConfirmation.ask", lambda *_a: True
    )
    monkeypatch.setattr(BundleConflictDialog, "ask", classmethod(lambda _c, _p, _r: None))
    before = services.scrutinies.get(sid)
    records = window.controller.records
    with qtbot.waitSignal(records.import_reported, timeout=30_000) as done:
        window.action_map["import_bundle"].trigger()
    assert done.args[0].conflicts and not done.args[0].imported
    qtbot.waitUntil(lambda: not records.busy)
    after = services.scrutinies.get(sid)
    assert after.responses == before.responses and after.decisions == before.decisions
    assert said == []
