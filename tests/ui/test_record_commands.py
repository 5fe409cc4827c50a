"""Import, backup and the other export formats from the window, on the workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import ActionKind, Technology
from ethics_scrutiny.domain.scrutiny import ActionInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportFormat
from ui.kit import file_dialogs
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny

TITLE = "Drone pilot over Gwent city centre"


def select(qtbot: QtBot, window: MainWindow, scrutiny_id: int) -> None:
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.model.row_of(scrutiny_id) is not None)
    window.list_page.select_id(scrutiny_id)


@pytest.mark.parametrize(
    ("action", "fmt", "expected"),
    [
        ("export_html", ExportFormat.HTML, "<!DOCTYPE html>"),
        ("export_csv", ExportFormat.CSV, "theme"),
        ("export_bundle", ExportFormat.JSON, '"format": "ethics-scrutiny-bundle"'),
    ],
)
def test_other_formats_export_from_the_file_menu(
    qtbot: QtBot,
    window: MainWindow,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
    action: str,
    fmt: ExportFormat,
    expected: str,
) -> None:
    select(qtbot, window, make_scrutiny())
    asked: list[str] = []

    def fake_ask(_parent: object, _caption: str, suggested: Path, chosen_fmt: str) -> Path:
        asked.append(chosen_fmt)
        return tmp_path / suggested.name

    monkeypatch.setattr(file_dialogs, "ask_save_export", fake_ask)
    with qtbot.waitSignal(window.controller.exports.finished, timeout=60_000) as done:
        window.action_map[action].trigger()
    result = done.args[0]
    assert asked == [fmt.value] and result.format is fmt
    assert result.path.suffix == f".{fmt.value}" and result.path.name.startswith(TITLE)
    assert expected.lower() in result.path.read_text(encoding="utf-8-sig").lower()
    assert said[-1][0] == "info"


def test_the_actions_tracker_exports_from_the_file_menu(
    qtbot: QtBot,
    window: MainWindow,
    make_scrutiny: MakeScrutiny,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
) -> None:
    scrutiny_id = make_scrutiny()
    services.actions.add(
        scrutiny_id, ActionInput(ActionKind.QUESTION, "Publish the watchlist criteria", "ACC")
    )
    select(qtbot, window, scrutiny_id)
    monkeypatch.setattr(
        file_dialogs, "ask_save_export", lambda _p, _c, suggested, _f: tmp_path / suggested.name
    )
    with qtbot.waitSignal(window.controller.exports.finished, timeout=60_000) as done:
        window.action_map["export_actions_csv"].trigger()
    result = done.args[0]
    assert result.format is ExportFormat.ACTIONS_CSV and result.path.suffix == ".csv"
    assert "Publish the watchlist criteria" in result.path.read_text(encoding="utf-8-sig")
    assert said[-1][0] == "info"


def test_importing_a_bundle_adds_and_opens_the_scrutiny(
    qtbot: QtBot,
    window: MainWindow,
    make_scrutiny: MakeScrutiny,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # A bundle from another office's record.
    other = Services.open(resolve_settings(str(tmp_path / "other-office")))
    try:
        sent = other.scrutinies.create(NewScrutiny("ANPR on the A55", "Gogledd", Technology.ANPR))
        bundle = tmp_path / "anpr.json"
        other.reports.export(sent, ExportFormat.JSON, bundle)
    finally:
        other.close()
    make_scrutiny()
    monkeypatch.setattr(file_dialogs, "ask_open_bundle", lambda *_a: bundle)
    # An unsigned bundle, accepted deliberately (the app asks first).
    monkeypatch.setattr(
        "ui.kit.bundle_import_confirm.BundleImportConfirmation.ask", lambda *_a: True
    )
    with qtbot.waitSignal(window.controller.records.imported, timeout=30_000) as done:
        window.action_map["import_bundle"].trigger()
    new_id = done.args[0]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.checklist_page)
    detail = window.controller.checklist.detail
    assert detail is not None and detail.id == new_id and detail.summary.title == "ANPR on the A55"
    assert {s.title for s in services.scrutinies.list()} == {TITLE, "ANPR on the A55"}


def test_a_bad_bundle_is_refused_with_a_plain_message(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text(json.dumps({"hello": "world"}), encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "ask_open_bundle", lambda *_a: bad)
    with qtbot.waitSignal(window.controller.records.failed, timeout=30_000):
        window.action_map["import_bundle"].trigger()
    kind, title, text = said[-1]
    assert (kind, title) == ("error", "Bundle not imported")
    assert "not an Ethics Scrutiny bundle" in text
    assert not window.controller.records.busy


def test_backup_writes_a_copy_that_opens_and_verifies(
    qtbot: QtBot,
    window: MainWindow,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
) -> None:
    make_scrutiny()
    target = tmp_path / "copies" / "record"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "ask_save_backup", lambda _p, _s: target.with_suffix(".db"))
    with qtbot.waitSignal(window.controller.records.backed_up, timeout=30_000) as done:
        window.action_map["backup"].trigger()
    copy = done.args[0]
    assert copy == target.with_suffix(".db") and str(copy) in said[-1][2]
    restored = Services.open(resolve_settings(str(tmp_path / "r"), f"sqlite:///{copy}"))
    try:
        assert restored.maintenance.verify().ok
        assert [s.title for s in restored.scrutinies.list()] == [TITLE]
    finally:
        restored.close()
