"""Evidence is withdrawn from the register with a reason, never deleted; an item or action
added again after a lost connection is recorded once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import ActionKind
from ethics_scrutiny.domain.errors import DatabaseError
from ethics_scrutiny.domain.scrutiny import ActionInput, EvidenceInput
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage.server import COMMIT_UNKNOWN
from ui.actions.action_items_dialog import ActionItemDialog
from ui.evidence.evidence_dialog import EvidenceDialog
from ui.evidence.evidence_model import EvidenceColumn
from ui.evidence.withdraw_dialog import WithdrawEvidenceDialog
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny

LEFT = Qt.MouseButton.LeftButton


def test_withdrawing_evidence_keeps_it_marked_with_the_reason(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    item = services.evidence.add(scrutiny_id, EvidenceInput("Watchlist policy v1"))
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    window.action_map["show_evidence"].trigger()
    register = window.checklist_page.evidence
    register.select_id(item.id)
    assert register.withdraw_button.isEnabled()
    asked: list[str] = []

    def ask(_parent: object, *, title: str) -> str | None:
        asked.append(title)
        return "Superseded by v2"

    monkeypatch.setattr(WithdrawEvidenceDialog, "ask", ask)
    with qtbot.waitSignal(window.controller.evidence.saved, timeout=10000):
        qtbot.mouseClick(register.withdraw_button, LEFT)
    assert asked == ["Watchlist policy v1"]
    [kept] = services.evidence.list(scrutiny_id)
    assert kept.withdrawn_reason == "Superseded by v2"
    title = register.model.index(0, EvidenceColumn.TITLE).data()
    assert title == "Watchlist policy v1 (withdrawn: Superseded by v2)"
    register.select_id(item.id)
    assert not register.withdraw_button.isEnabled()  # withdrawn once, for good
    assert services.maintenance.verify().ok


def test_cancelling_the_reason_withdraws_nothing(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    item = services.evidence.add(scrutiny_id, EvidenceInput("Watchlist policy v1"))
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    window.action_map["show_evidence"].trigger()
    register = window.checklist_page.evidence
    register.select_id(item.id)
    monkeypatch.setattr(WithdrawEvidenceDialog, "ask", lambda _parent, *, title: None)
    qtbot.mouseClick(register.withdraw_button, LEFT)
    assert services.evidence.list(scrutiny_id)[0].withdrawn_reason == ""


def test_adding_again_after_a_lost_connection_registers_the_item_once(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    window.action_map["show_evidence"].trigger()
    typed = EvidenceInput("Community impact assessment")
    asked: list[str] = []

    def ask(*_args: object, **kwargs: object) -> EvidenceInput | None:
        asked.append(str(kwargs.get("error", "")))
        return typed if len(asked) <= 2 else None  # the officer saves again, once

    real_add = services.evidence.add

    def saved_but_connection_lost(*args: object, **kwargs: object) -> object:
        result = real_add(*args, **kwargs)  # type: ignore[arg-type]
        if len(asked) == 1:
            raise DatabaseError(COMMIT_UNKNOWN)
        return result

    monkeypatch.setattr(EvidenceDialog, "ask", ask)
    monkeypatch.setattr(services.evidence, "add", saved_but_connection_lost)
    register = window.checklist_page.evidence
    with qtbot.waitSignal(window.controller.evidence.saved, timeout=10000):
        qtbot.mouseClick(register.add_button, LEFT)
    assert "may have been saved" in asked[1]
    assert [e.title for e in services.evidence.list(scrutiny_id)] == [typed.title]


def test_an_action_added_again_after_a_lost_connection_is_recorded_once(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    window.action_map["show_actions"].trigger()
    typed = ActionInput(ActionKind.QUESTION, "Send the retention schedule.")
    asked: list[str] = []

    def ask(*_args: object, **kwargs: object) -> ActionInput | None:
        asked.append(str(kwargs.get("error", "")))
        return typed if len(asked) <= 2 else None

    real_add = services.actions.add

    def saved_but_connection_lost(*args: object, **kwargs: object) -> object:
        result = real_add(*args, **kwargs)  # type: ignore[arg-type]
        if len(asked) == 1:
            raise DatabaseError(COMMIT_UNKNOWN)
        return result

    monkeypatch.setattr(ActionItemDialog, "ask", ask)
    monkeypatch.setattr(services.actions, "add", saved_but_connection_lost)
    with qtbot.waitSignal(window.controller.action_items.saved, timeout=10000):
        qtbot.mouseClick(window.checklist_page.action_items.add_button, LEFT)
    assert "may have been saved" in asked[1]
    assert [a.text for a in services.actions.list(scrutiny_id)] == [typed.text]
