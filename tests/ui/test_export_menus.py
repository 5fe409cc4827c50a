"""The File menu's export entries come from the report format table, Word included."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from ethics_scrutiny import i18n as core_i18n
from ethics_scrutiny.reporting.formats import FORMATS, ExportFormat, format_info, menu_entries
from ui.kit import file_dialogs, i18n
from ui.record.export_options import ExportOptionsDialog
from ui.shell.actions import ACTIONS, build_actions
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny

TITLE = "Drone pilot over Gwent city centre"
# Ids and keys that tests, toolbars and officers' habits already rely on.
KEPT = {
    "export_pdf": ("Ctrl+E",),
    "export_public": ("Ctrl+Shift+E",),
    "export_html": (),
    "export_csv": (),
    "export_actions_csv": (),
    "export_bundle": (),
}


def file_menu(window: MainWindow) -> QMenu:
    found = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert isinstance(found, QMenu)
    return found


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower-cased."""
    found = re.search(r"(?<!&)&([^&\s])", text)
    return found.group(1).lower() if found else None


def select(qtbot: QtBot, window: MainWindow, scrutiny_id: int) -> None:
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.model.row_of(scrutiny_id) is not None)
    window.list_page.select_id(scrutiny_id)


def test_every_format_in_the_table_has_its_file_menu_entry_and_handler(
    window: MainWindow,
) -> None:
    entries = menu_entries()
    assert {entry.format for entry in entries} == set(FORMATS) == set(ExportFormat)
    publics = {entry.format for entry in entries if entry.public}
    assert publics == {ExportFormat.PDF, ExportFormat.HTML, ExportFormat.DOCX}
    ids = [entry.id for entry in entries]
    assert len(set(ids)) == len(ids) and all(ids)
    file_actions = file_menu(window).actions()
    commands = window.controller.exports.commands(lambda: None, lambda: None)
    for entry in entries:
        action = window.action_map[entry.id]
        assert action in file_actions, entry.id
        assert action.text() == entry.text and action.statusTip() == entry.tip
        assert entry.id in commands, entry.id
    # The export entries sit together in the File menu, in the table's order.
    shown = [a.objectName().removeprefix("action_") for a in file_actions]
    assert [i for i in shown if i in ids] == ids


def test_the_existing_export_ids_and_shortcuts_are_kept(window: MainWindow) -> None:
    for action_id, keys in KEPT.items():
        action = window.action_map[action_id]
        assert [k.toString() for k in action.shortcuts()] == list(keys), action_id
    assert window.action_map["export_docx"].text() == "Export editable &Word copy…"


def test_an_export_entry_without_a_scrutiny_is_disabled(window: MainWindow) -> None:
    # Every entry from the table joins the commands that need a scrutiny selected.
    for entry in menu_entries():
        assert not window.action_map[entry.id].isEnabled(), entry.id


def menus_of(actions: dict[str, QAction]) -> dict[str, list[str]]:
    by_menu: dict[str, list[str]] = {}
    for spec in ACTIONS:
        by_menu.setdefault(spec.menu, []).append(actions[spec.id].text())
    return by_menu


def clashes(texts: list[str], mine: set[str]) -> list[str]:
    """Entries of ``mine`` whose mnemonic another entry of the same menu also uses."""
    letters = [mnemonic(text) for text in texts]
    return [
        text
        for text, letter in zip(texts, letters, strict=True)
        if text in mine and (letter is None or letters.count(letter) > 1)
    ]


def test_no_two_entries_in_a_menu_share_a_mnemonic(qapp: QApplication) -> None:
    parent = QWidget()
    for texts in menus_of(build_actions(parent)).values():
        letters = [mnemonic(text) for text in texts]
        assert None not in letters, texts
        assert len(set(letters)) == len(letters), texts
    parent.deleteLater()


@pytest.fixture
def welsh(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    assert i18n.install(qapp, tmp_path, system_locale="cy_GB") == core_i18n.WELSH
    yield
    i18n.remove(qapp)


def test_in_welsh_the_export_entries_are_welsh_with_their_own_mnemonics(welsh: None) -> None:
    parent = QWidget()
    actions = build_actions(parent)
    welsh_texts = {actions[entry.id].text() for entry in menu_entries()}
    english = {entry.text for entry in menu_entries()}
    assert not welsh_texts & english
    for texts in menus_of(actions).values():
        assert not clashes(texts, welsh_texts), texts
    assert core_i18n.gettext("Word documents (*.docx)") == "Dogfennau Word (*.docx)"
    assert file_dialogs.export_filter("docx") == ("Dogfennau Word (*.docx)", ".docx")
    parent.deleteLater()


@pytest.mark.parametrize("public", [False, True])
def test_the_word_entries_export_a_docx_through_the_controller(
    qtbot: QtBot,
    window: MainWindow,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[tuple[str, str, str]],
    public: bool,
) -> None:
    select(qtbot, window, make_scrutiny())
    asked: list[tuple[str, str]] = []

    def fake_ask(_parent: object, caption: str, suggested: Path, fmt: str) -> Path:
        asked.append((caption, fmt))
        return tmp_path / suggested.name

    monkeypatch.setattr(file_dialogs, "ask_save_export", fake_ask)
    action = "export_public_docx" if public else "export_docx"
    with qtbot.waitSignal(window.controller.exports.finished, timeout=60_000) as done:
        window.action_map[action].trigger()
    result = done.args[0]
    kind = "public summary" if public else "panel report"
    assert asked == [(f"Save the Word {kind}", "docx")]
    assert result.format is ExportFormat.DOCX and result.public is public
    assert result.path.name == f"{TITLE} - {kind}.docx"
    text = "\n".join(p.text for p in Document(str(result.path)).paragraphs)
    assert TITLE in text
    assert said[-1][0] == "info" and f"The Word {kind} was saved" in said[-1][2]


def test_the_save_dialog_filter_and_suffix_come_from_the_table() -> None:
    for fmt, info in FORMATS.items():
        name_filter, suffix = file_dialogs.export_filter(fmt)
        assert (name_filter, suffix) == (info.file_filter, f".{info.extension}")
        assert f"*.{info.extension}" in name_filter


def test_the_export_dialog_names_the_export_in_welsh(welsh: None, qtbot: QtBot) -> None:
    dialog = ExportOptionsDialog(None, format_info(ExportFormat.HTML), True, "")
    qtbot.addWidget(dialog)
    # The table's word for the format (the core's catalogue) and the interface's for the paper.
    assert dialog.windowTitle() == "Allforio'r HTML hygyrch crynodeb cyhoeddus"
