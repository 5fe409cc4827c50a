"""The interface in Welsh: every screen opens with Welsh menus and labels; the choice persists."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ethics_scrutiny import i18n as core_i18n
from ethics_scrutiny.assets import assets_dir
from ethics_scrutiny.domain.enums import Status
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.services import Services
from ui.actions.action_items_dialog import ActionItemDialog
from ui.app import create_main_window
from ui.dashboard.new_scrutiny_dialog import NewScrutinyDialog
from ui.decisions.decision_dialog import DecisionDialog
from ui.decisions.decision_history_view import DecisionHistoryDialog
from ui.evidence.evidence_dialog import EvidenceDialog
from ui.kit import i18n
from ui.meeting.summary_view import SummaryDialog
from ui.shell import language_menu
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny


def english_with_welsh() -> set[str]:
    """Every English interface string whose Welsh draft differs from it."""
    root = ET.parse(assets_dir() / "translations" / "ui_cy.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source, welsh = message.findtext("source") or "", message.findtext("translation") or ""
        if welsh and welsh != source:
            found.add(source)
    return found


@pytest.fixture
def welsh(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    assert i18n.install(qapp, tmp_path, system_locale="cy_GB") == core_i18n.WELSH
    yield
    i18n.remove(qapp)


@pytest.fixture
def main(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.context.tasks.pending == 0)
    yield window
    window.close()
    window.context.tasks.shutdown()
    qtbot.waitUntil(lambda: window.context.tasks.pending == 0, timeout=5000)
    window.deleteLater()


def shown_texts(screen: QWidget) -> list[str]:
    """The text of every label, button, group, tab and column header on ``screen``."""
    texts: list[str] = []
    for widget in screen.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            ]
    return texts


def menu_texts(main: MainWindow) -> list[str]:
    texts = []
    for action in main.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    return texts


@pytest.fixture
def scrutiny(make_scrutiny: MakeScrutiny) -> int:
    """Made before the window, so the dashboard lists it when it opens."""
    return make_scrutiny()


def test_every_screen_opens_in_welsh_with_no_english_menu_title_left(
    welsh: None, scrutiny: int, qtbot: QtBot, main: MainWindow
) -> None:
    english = english_with_welsh()
    titles = [action.text() for action in main.menuBar().actions()]
    assert "&Ffeil" in titles and "&Gosodiadau" in titles
    assert not [text for text in menu_texts(main) if text in english]
    assert not [text for text in shown_texts(main.list_page) if text in english]

    open_scrutiny(qtbot, main, scrutiny)
    screens = {
        "checklist": main.checklist_page,
        "evidence": main.evidence_page,
        "actions": main.action_items_page,
    }
    for name, screen in screens.items():
        left = [text for text in shown_texts(screen) if text in english]
        assert not left, f"English left on the {name} screen: {left}"
    # The core's words (status labels) are Welsh too.
    assert core_i18n.label(Status.NOT_MET) == "Heb ei fodloni"


def test_every_dialog_opens_in_welsh(
    welsh: None, qtbot: QtBot, services: Services, scrutiny: int
) -> None:
    english = english_with_welsh()
    detail = services.scrutinies.get(scrutiny)
    questions = [(q.key, q.prompt) for q in detail.checklist.questions()]
    dialogs: dict[str, QDialog] = {
        "new scrutiny": NewScrutinyDialog(None, services.library.modules()),
        "evidence": EvidenceDialog(None, questions),
        "action": ActionItemDialog(None, questions),
        "decision": DecisionDialog(None, scrutiny_title=detail.summary.title, questions=questions),
        "decision history": DecisionHistoryDialog(None, detail.summary.title, []),
        "summary": SummaryDialog(
            None, detail, assess(detail.checklist, detail.responses), date.today()
        ),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        left = [t for t in [dialog.windowTitle(), *shown_texts(dialog)] if t in english]
        assert not left, f"English left in the {name} dialog: {left}"


def test_english_is_the_default_outside_wales(qapp: QApplication, tmp_path: Path) -> None:
    assert i18n.install(qapp, tmp_path, system_locale="en_GB") == core_i18n.ENGLISH
    assert i18n.translate("actions", "&File") == "&File"


def test_a_welsh_system_chooses_welsh_until_the_officer_chooses_english(
    qapp: QApplication, tmp_path: Path
) -> None:
    try:
        assert i18n.install(qapp, tmp_path, system_locale="cy_GB") == core_i18n.WELSH
        assert i18n.translate("actions", "&File") == "&Ffeil"
        i18n.remove(qapp)
        i18n.save_language(tmp_path, core_i18n.ENGLISH)
        assert i18n.install(qapp, tmp_path, system_locale="cy_GB") == core_i18n.ENGLISH
        assert i18n.translate("actions", "&File") == "&File"
    finally:
        i18n.remove(qapp)


def test_settings_language_saves_the_choice_for_the_next_start(
    qtbot: QtBot, main: MainWindow, said: list[tuple[str, str, str]]
) -> None:
    data_dir = main.context.services.settings.data_dir
    titles = [action.text() for action in main.menuBar().actions()]
    # Settings sits just before Help.
    assert titles[-2:] == ["Sett&ings", "&Help"]
    welsh = main.findChild(QAction, "action_language_cy")
    english = main.findChild(QAction, "action_language_en")
    assert welsh is not None and english is not None
    assert english.isChecked() and not welsh.isChecked()
    welsh.trigger()
    assert i18n.saved_language(data_dir) == core_i18n.WELSH
    assert [kind for kind, _title, _text in said] == ["info"]
    assert "next time you start" in said[0][2]
    # The running window keeps its language: widgets were built in English.
    assert main.menuBar().actions()[0].text() == "&File"
    welsh.trigger()  # choosing the language already chosen says nothing more
    assert len(said) == 1


def test_an_unknown_saved_language_falls_back_to_the_system(
    qapp: QApplication, tmp_path: Path
) -> None:
    settings = tmp_path / i18n.SETTINGS_FILE
    settings.write_text("[interface]\nlanguage=fr\n", encoding="utf-8")
    assert i18n.saved_language(tmp_path) is None
    with pytest.raises(ValueError, match="unsupported"):
        i18n.save_language(tmp_path, "fr")
    assert i18n.install(qapp, tmp_path, system_locale="en_US") == core_i18n.ENGLISH


def test_arg_fills_placeholders_once_in_their_own_order() -> None:
    assert i18n.arg("%2 o %1", "ten", "three") == "three o ten"
    # A value containing a placeholder is left as typed.
    assert i18n.arg("Title: %1 (%2)", "Costs %2", 5) == "Title: Costs %2 (5)"
    assert i18n.arg("%1 and %3", "a") == "a and %3"


def test_the_language_menu_offers_each_language_in_its_own_name() -> None:
    assert [name for _code, name in language_menu.CHOICES] == ["English", "Cymraeg"]
