"""Dashboard journeys: the demonstration, a red flag raised, an action made overdue."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.attention import Attention
from ethics_scrutiny.domain.enums import ActionKind, Rating, Status, Technology
from ethics_scrutiny.domain.scrutiny import ActionInput
from ethics_scrutiny.services import Services, demo_record
from ethics_scrutiny.services.demo import DEMO_TITLE
from ui import app
from ui.dashboard.scrutiny_list_model import NBSP, Column
from ui.kit import rag
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny

LEFT = Qt.MouseButton.LeftButton


def cell(window: MainWindow, scrutiny_id: int, column: Column) -> str:
    page = window.list_page
    row = page.model.row_of(scrutiny_id)
    # Non-breaking spaces keep dates and counts whole when a column wraps; compare as spaces.
    return "" if row is None else str(page.model.index(row, column).data()).replace(NBSP, " ")


def test_the_demonstration_shows_on_the_dashboard_with_what_needs_attention(
    qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda *a: pytest.fail(f"message box: {a}"))
    seen: dict[str, str] = {}

    def fake_exec(*_args: object) -> int:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        [main] = [w for w in shown if isinstance(w, MainWindow)]
        page = main.list_page
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)
        demo = page.model.summary_at(0)
        seen.update(
            title=demo.title,
            readiness=cell(main, demo.id, Column.READINESS),
            rating=cell(main, demo.id, Column.RATING),
            decision=cell(main, demo.id, Column.OUTCOME),
            actions=cell(main, demo.id, Column.ACTIONS),
            flags_button=page.strip.buttons[Attention.RED_FLAGS].text(),
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    # The demonstration's own record (the office's record starts empty).
    demo = Services.open(settings)
    try:
        demo_record.fill(demo)
    finally:
        demo.close()
    assert app.run(settings, ["ethics-scrutiny"]) == 0
    assert seen["title"] == DEMO_TITLE
    assert seen["readiness"] == "Not ready · ⚑ 1 red flag"
    assert seen["rating"] == "Red"
    assert seen["decision"] == "Defer: more information needed"
    assert seen["actions"] == "1"
    assert seen["flags_button"] == "⚑ With red flags: 1"


def test_a_red_flag_raised_in_the_checklist_shows_on_the_dashboard(
    qtbot: QtBot, window: MainWindow, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    quiet = make_scrutiny("ANPR on the A55", "North Wales Police", Technology.ANPR)
    flagged = make_scrutiny()
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.model.rowCount() == 2)
    assert cell(window, flagged, Column.READINESS) == "Not ready"

    open_scrutiny(qtbot, window, flagged)
    detail = services.scrutinies.get(flagged)
    critical = next(q.key for q in detail.checklist.questions() if q.critical)
    checklist = window.controller.checklist
    checklist.go_to_key(critical)
    panel = window.checklist_page.question
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        qtbot.mouseClick(panel.status_buttons[Status.NOT_MET], LEFT)
    qtbot.mouseClick(window.checklist_page.buttons["back"], LEFT)

    page = window.list_page
    qtbot.waitUntil(lambda: cell(window, flagged, Column.READINESS) == "Not ready · ⚑ 1 red flag")
    assert cell(window, flagged, Column.RATING) == "Red"
    row = page.model.row_of(flagged)
    assert page.model.index(row, Column.RATING).data(
        Qt.ItemDataRole.BackgroundRole
    ) == rag.background(Rating.RED)
    button = page.strip.buttons[Attention.RED_FLAGS]
    assert button.text() == "⚑ With red flags: 1"

    # Pressing the count shows only what needs attention; pressing again shows all.
    qtbot.mouseClick(button, LEFT)
    assert page.proxy.rowCount() == 1 and page.selected_id() == flagged
    qtbot.mouseClick(button, LEFT)
    assert page.proxy.rowCount() == 2
    # The rating filter finds it too, and "Show all" clears the filter.
    combo = page.filters["rating"]
    combo.setCurrentIndex(combo.findData("red"))
    assert page.proxy.rowCount() == 1
    qtbot.mouseClick(page.clear_filters, LEFT)
    assert page.proxy.rowCount() == 2 and combo.currentIndex() == 0
    assert quiet in {page.model.summary_at(r).id for r in range(2)}


def test_an_action_made_overdue_appears_on_the_dashboard(
    qtbot: QtBot, window: MainWindow, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = make_scrutiny()
    request = ActionInput(
        kind=ActionKind.QUESTION,
        text="Send the flight log for the pilot",
        owner="Force project lead",
        due_date=date.today() + timedelta(days=7),
    )
    action = services.actions.add(scrutiny_id, request)
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: cell(window, scrutiny_id, Column.ACTIONS) == "1")
    page = window.list_page
    assert page.strip.buttons[Attention.OVERDUE_ACTIONS].text() == "⚠ With overdue actions: 0"

    services.actions.update(action.id, replace(request, due_date=date.today() - timedelta(days=1)))
    window.context.events.scrutinies_changed.emit()

    qtbot.waitUntil(lambda: cell(window, scrutiny_id, Column.ACTIONS) == "1 · ⚠ 1 overdue")
    row = page.model.row_of(scrutiny_id)
    assert page.model.index(row, Column.ACTIONS).data(
        Qt.ItemDataRole.BackgroundRole
    ) == rag.background(Rating.RED)
    assert page.strip.buttons[Attention.OVERDUE_ACTIONS].text() == "⚠ With overdue actions: 1"
