"""Rounds journey: scrutinise again after a pilot, change an answer, see what changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import Stage, Status
from ethics_scrutiny.services import Services
from ui.dashboard.scrutiny_list_model import Column
from ui.decisions.stage_dialog import StageDialog
from ui.kit.accessibility import unnamed_widgets
from ui.rounds import round_controller
from ui.rounds.round_changes_view import RoundChangesDialog
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny

LEFT = Qt.MouseButton.LeftButton


def test_a_second_round_carries_answers_and_shows_the_changes(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = make_scrutiny()
    questions = services.scrutinies.get(first).checklist.questions()
    services.scrutinies.answer(first, questions[0].key, Status.UNKNOWN, note="Awaiting DPIA")
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == first)
    assert not window.action_map["changes"].isEnabled()  # a first round has nothing before it

    # After the pilot the deployment goes live: the stage change is recorded.
    monkeypatch.setattr(StageDialog, "ask", lambda *a, **k: Stage.LIVE)
    window.action_map["stage"].trigger()
    qtbot.waitUntil(lambda: services.scrutinies.get(first).summary.stage is Stage.LIVE)

    asked: list[int] = []
    monkeypatch.setattr(
        round_controller,
        "ask_to_start_round",
        lambda _parent, summary: asked.append(summary.round_number) or True,
    )
    with qtbot.waitSignal(window.controller.checklist.loaded, timeout=5000) as loaded:
        qtbot.mouseClick(window.list_page.buttons["again"], LEFT)
    second = loaded.args[0]
    assert asked == [1] and second != first
    detail = window.controller.checklist.detail
    assert detail is not None and detail.summary.round_number == 2
    assert detail.summary.stage is Stage.LIVE
    assert detail.responses[questions[0].key].note == "Awaiting DPIA"
    assert window.action_map["changes"].isEnabled()

    # Answer differently in round 2 through the checklist.
    checklist = window.controller.checklist
    checklist.go_to_key(questions[0].key)
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        qtbot.mouseClick(window.checklist_page.question.status_buttons[Status.MET], LEFT)

    shown: list[RoundChangesDialog] = []

    def show(parent: object, **kwargs: object) -> None:
        dialog = RoundChangesDialog(
            parent,  # type: ignore[arg-type]
            str(kwargs["title"]),
            kwargs["changes"],  # type: ignore[arg-type]
            kwargs["checklist"],  # type: ignore[arg-type]
            kwargs["language"],  # type: ignore[arg-type]
        )
        qtbot.addWidget(dialog)
        shown.append(dialog)

    monkeypatch.setattr(RoundChangesDialog, "ask", show)
    window.action_map["changes"].trigger()
    qtbot.waitUntil(lambda: len(shown) == 1)
    dialog = shown[0]
    assert dialog.windowTitle() == "Changes since round 1"
    assert unnamed_widgets(dialog) == []
    assert "1 answer changed since round 1" in dialog.intro.text()
    assert dialog.model.index(0, 0).data().startswith(questions[0].key)
    assert dialog.model.index(0, 1).data() == "Changed: status"
    assert dialog.model.index(0, 2).data() == "Unknown: Awaiting DPIA"
    assert dialog.model.index(0, 3).data() == "Met: Awaiting DPIA"

    # Both rounds are on the dashboard; the new one says which round it is.
    window.controller.back_to_list()
    model = window.list_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    row = model.row_of(second)
    assert row is not None and model.index(row, Column.TITLE).data().endswith("(round 2)")
    assert services.maintenance.verify().ok
