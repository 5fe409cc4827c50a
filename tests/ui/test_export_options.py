"""Export options (prepared by, the appendix, the print-copy note) and Verify with a head hash."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from ethics_scrutiny.reporting.formats import ExportFormat, format_info
from ethics_scrutiny.services import Services
from tests.ui.conftest import MakeScrutiny
from ui.kit import file_dialogs
from ui.record.export_options import ExportOptions, ExportOptionsDialog, remembered_officer
from ui.record.verify_head import VerifyHeadDialog, clean_head
from ui.shell.main_window import MainWindow


def _dialog(qtbot: QtBot, fmt: ExportFormat, public: bool) -> ExportOptionsDialog:
    dialog = ExportOptionsDialog(None, format_info(fmt), public, "Rhian Officer")
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_suggests_the_name_leaves_the_appendix_off_and_calls_the_pdf_a_print_copy(
    qtbot: QtBot,
) -> None:
    dialog = _dialog(qtbot, ExportFormat.PDF, public=False)
    assert dialog.prepared_by.text() == "Rhian Officer"
    assert not dialog.appendix.isChecked()
    assert "print copy" in dialog.note.text() and "accessible HTML" in dialog.note.text()
    dialog.prepared_by.setText("  Siân   Jones ")
    dialog.appendix.setChecked(True)
    assert dialog.options() == ExportOptions(prepared_by="Siân Jones", appendix=True)
    public = _dialog(qtbot, ExportFormat.HTML, public=True)
    assert public.options() == ExportOptions()  # the public summary names no officer
    assert "accessible version" in public.note.text()


def test_an_export_prints_the_officer_and_appendix_chosen_and_remembers_the_name(
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
    suggested: list[str] = []

    def ask(
        _cls: object, _parent: object, _info: object, _public: bool, name: str, *_more: object
    ) -> object:
        suggested.append(name)
        return ExportOptions(prepared_by="Rhian Officer", appendix=True)

    monkeypatch.setattr(ExportOptionsDialog, "ask", classmethod(ask))
    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *a: tmp_path / "paper.pdf")
    exports = window.controller.exports
    for _ in range(2):
        with qtbot.waitSignal(exports.finished, timeout=60_000):
            window.action_map["export_pdf"].trigger()
    assert suggested == ["", "Rhian Officer"]  # asked once, then suggested from the settings
    assert remembered_officer(services.settings.data_dir) == "Rhian Officer"
    pages = PdfReader(tmp_path / "paper.pdf").pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "Prepared by Rhian Officer" in text
    assert "Question guidance, sources and red-flag criteria" in text


def test_a_head_hash_is_checked_as_typed_or_pasted(qtbot: QtBot) -> None:
    head = "ab" * 32
    assert clean_head(f"  {head[:30]}\n{head[30:].upper()} ") == head
    assert clean_head("") == ""
    assert clean_head("abc") is None and clean_head("zz" * 32) is None
    dialog = VerifyHeadDialog(None)
    qtbot.addWidget(dialog)
    dialog.head_hash.setText("not a hash")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "64 characters" in dialog.error.text() and not dialog.error.isHidden()


def test_verify_accepts_the_head_printed_on_a_report(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    said: list[tuple[str, str, str]],
) -> None:
    make_scrutiny()
    printed = services.maintenance.head().head_hash
    make_scrutiny()  # the record has grown since the report was printed
    monkeypatch.setattr(VerifyHeadDialog, "ask", classmethod(lambda _cls, _p: printed))
    window.action_map["verify"].trigger()
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said[0][:2] == ("info", "Record verified")
    unknown = "1" * 64
    monkeypatch.setattr(VerifyHeadDialog, "ask", classmethod(lambda _cls, _p: unknown))
    window.action_map["verify"].trigger()
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said[1][:2] == ("warning", "Record does not verify")
    monkeypatch.setattr(VerifyHeadDialog, "ask", classmethod(lambda _cls, _p: None))
    window.action_map["verify"].trigger()  # cancelled: nothing runs, nothing is said
    assert len(said) == 2


def test_a_format_only_the_table_knows_gets_its_filter_and_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui.record import export_controller

    asked: list[tuple[str, str, str]] = []

    def ask(
        _parent: object,
        _caption: str,
        _suggested: Path,
        name_filter: str,
        suffix: str,
        kind: str = "",
    ) -> None:
        asked.append((name_filter, suffix, kind))

    monkeypatch.setattr(file_dialogs, "ask_save_file", ask)
    file_dialogs.ask_save_export(None, "Save", Path("paper"), "docx")
    # The folder last used is remembered per format: Word papers go where Word papers went.
    assert asked == [("Word documents (*.docx)", ".docx", "docx")]
    described = export_controller._describe(ExportFormat.DOCX, False)
    assert described == format_info(ExportFormat.DOCX).describe(False)
    assert export_controller._extension(ExportFormat.ACTIONS_CSV) == "csv"
