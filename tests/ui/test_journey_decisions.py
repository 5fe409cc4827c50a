"""Decision journey: panel advice recorded, then superseded by the PCC's decision."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import DecisionCapacity, Outcome
from ethics_scrutiny.domain.scrutiny import DecisionInput
from ethics_scrutiny.services import Services
from ui.dashboard.scrutiny_list_model import Column
from ui.decisions.decision_dialog import DecisionDialog
from ui.decisions.decision_history_view import DecisionHistoryDialog
from ui.kit.accessibility import unnamed_widgets
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny

Filler = Callable[[DecisionDialog], None]


def drive_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fill: Filler, seen: list[DecisionDialog]
) -> None:
    """Patch ``ask`` so the real dialog is built, filled through its widgets and accepted."""

    def ask(parent: object, **kwargs: object) -> DecisionInput | None:
        dialog = DecisionDialog(parent, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        seen.append(dialog)
        fill(dialog)
        assert unnamed_widgets(dialog) == []
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled(), dialog.hint.text()
        return dialog.value()

    monkeypatch.setattr(DecisionDialog, "ask", ask)


def choose(combo: object, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def test_panel_advice_then_the_pccs_decision_superseding_it(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    dialogs: list[DecisionDialog] = []

    def panel_advice(dialog: DecisionDialog) -> None:
        assert dialog.supersedes.count() == 1 and not dialog.supersedes.isEnabled()
        choose(dialog.capacity, DecisionCapacity.PANEL_ADVICE.value)
        choose(dialog.outcome, Outcome.DEFER.value)
        qtbot.keyClicks(dialog.rationale, "The equality assessment is missing.")
        qtbot.keyClicks(dialog.decided_by, "Ethics panel (chair: A. Jones)")

    drive_dialog(qtbot, monkeypatch, panel_advice, dialogs)
    qtbot.mouseClick(window.list_page.buttons["decide"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(services.scrutinies.get(scrutiny_id).decisions) == 1)
    [advice] = services.scrutinies.get(scrutiny_id).decisions

    def pcc_decision(dialog: DecisionDialog) -> None:
        # The earlier advice is offered to supersede, named with its capacity.
        assert dialog.supersedes.isEnabled()
        assert "Ethics panel advice" in dialog.supersedes.itemText(1)
        choose(dialog.supersedes, advice.sequence)
        choose(dialog.capacity, DecisionCapacity.PCC_DECISION.value)
        choose(dialog.outcome, Outcome.DO_NOT_SUPPORT.value)
        qtbot.keyClicks(dialog.rationale, "Not proportionate on the evidence given.")
        qtbot.keyClicks(dialog.decided_by, "Police and Crime Commissioner")

    drive_dialog(qtbot, monkeypatch, pcc_decision, dialogs)
    window.action_map["decide"].trigger()
    qtbot.waitUntil(lambda: len(services.scrutinies.get(scrutiny_id).decisions) == 2)

    first, second = services.scrutinies.get(scrutiny_id).decisions
    assert first.capacity is DecisionCapacity.PANEL_ADVICE
    assert first.superseded_by == second.sequence
    assert second.capacity is DecisionCapacity.PCC_DECISION
    assert second.supersedes == first.sequence
    qtbot.waitUntil(lambda: _outcome_cell(window, scrutiny_id) == Outcome.DO_NOT_SUPPORT.label)

    # The history shows both; the superseded advice is struck through and says by which.
    shown: list[DecisionHistoryDialog] = []

    def show_history(parent: object, **kwargs: object) -> None:
        dialog = DecisionHistoryDialog(
            parent,  # type: ignore[arg-type]
            str(kwargs["scrutiny_title"]),
            kwargs["decisions"],  # type: ignore[arg-type]
            kwargs["withdrawn"],  # type: ignore[arg-type]
        )
        qtbot.addWidget(dialog)
        shown.append(dialog)

    monkeypatch.setattr(DecisionHistoryDialog, "ask", show_history)
    window.action_map["history"].trigger()
    qtbot.waitUntil(lambda: len(shown) == 1)
    model = shown[0].model
    assert model.rowCount() == 2
    assert model.index(0, 6).data() == "Superseded by decision 2"
    assert model.index(1, 7).data() == f"#{second.sequence}"
    font = model.index(0, 3).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert model.index(0, 2).data() == "Ethics panel advice"
    assert model.index(1, 2).data() == "Office decision" and model.index(1, 6).data() == "Stands"
    assert "Not proportionate" in shown[0].details.toPlainText()
    assert unnamed_widgets(shown[0]) == []
    assert services.maintenance.verify().ok


def _outcome_cell(window: MainWindow, scrutiny_id: int) -> str:
    model = window.list_page.model
    row = model.row_of(scrutiny_id)
    return "" if row is None else str(model.index(row, Column.OUTCOME).data())
