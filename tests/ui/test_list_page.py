"""The main window and its list of scrutinies."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import Marking, Stage, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.demo import DEMO_TITLE
from ui.app import create_main_window
from ui.dashboard.new_scrutiny_dialog import NewScrutinyDialog
from ui.dashboard.scrutiny_list_model import Column, ScrutinyFilterProxy, ScrutinyListModel
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny


def test_the_window_is_titled_ethics_scrutiny(window: MainWindow) -> None:
    assert window.windowTitle() == "Ethics Scrutiny"
    assert window.stack.currentWidget() is window.list_page


def test_the_list_model_and_its_proxy_pass_the_model_tester(
    qtmodeltester, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    make_scrutiny()
    make_scrutiny("ANPR on the A55", "North Wales Police", Technology.ANPR)
    model = ScrutinyListModel()
    model.set_rows(services.scrutinies.list())
    qtmodeltester.check(model)
    proxy = ScrutinyFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("anpr")
    qtmodeltester.check(proxy)
    assert model.index(0, Column.PROGRESS).data() == f"0/{model.summary_at(0).total}"


def test_typing_in_search_filters_rows(
    qtbot: QtBot, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    make_scrutiny()
    make_scrutiny("ANPR on the A55", "North Wales Police", Technology.ANPR)
    make_scrutiny("Retail facial recognition", "Dyfed-Powys Police", Technology.OTHER)
    main = create_main_window(services)
    qtbot.addWidget(main)
    page = main.list_page
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3)

    qtbot.keyClicks(page.search, "north wales")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, Column.TITLE).data() == "ANPR on the A55"

    page.search.clear()
    qtbot.keyClicks(page.search, "Number plate")  # matches the technology label
    assert page.proxy.rowCount() == 1
    page.search.clear()
    qtbot.keyClicks(page.search, "nothing like this")
    assert page.proxy.rowCount() == 0
    assert page.empty_label.isVisibleTo(page)
    assert "nothing like this" in page.empty_label.text()

    # Keyboard only: narrow the list, then Enter in the search box opens the match.
    page.search.clear()
    qtbot.keyClicks(page.search, "A55")
    with qtbot.waitSignal(main.controller.checklist.loaded, timeout=5000):
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert main.stack.currentWidget() is main.checklist_page
    main.close()


def test_new_scrutiny_through_the_dialog_adds_a_row(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = NewScrutiny(
        title="Body-worn video analytics",
        force="South Wales Police",
        technology=Technology.AI_DECISION_SUPPORT,
        marking=Marking.OFFICIAL,
        stage=Stage.PROPOSAL,
    )
    offered: list[object] = []

    def fake_ask(
        parent: object, modules: object, screening: object = None, languages: object = None
    ) -> NewScrutiny:
        offered.append(modules)
        return new

    monkeypatch.setattr(NewScrutinyDialog, "ask", fake_ask)
    assert window.list_page.model.rowCount() == 0

    qtbot.mouseClick(window.list_page.buttons["new"], Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.list_page.model.rowCount() == 1)
    assert window.list_page.model.summary_at(0).title == "Body-worn video analytics"
    assert [s.title for s in services.scrutinies.list()] == ["Body-worn video analytics"]
    assert offered == [services.library.modules()]
    # A new scrutiny opens straight at its checklist.
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.checklist_page)


def test_the_demonstration_appears_in_an_empty_record(qtbot: QtBot, services: Services) -> None:
    assert services.demo.ensure_demo() is not None
    main = create_main_window(services)
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.list_page.model.rowCount() == 1)
    assert main.list_page.model.summary_at(0).title == DEMO_TITLE
    assert main.list_page.selected_id() is not None
    main.close()
