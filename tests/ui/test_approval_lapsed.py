"""The dashboard names approvals past their review date as lapsed, in words and on the strip."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.attention import Attention
from ethics_scrutiny.domain.enums import Marking, Outcome, Rating, Stage, Technology
from ethics_scrutiny.domain.scrutiny import ScrutinySummary
from ui.dashboard.dashboard_strip import AttentionStrip
from ui.dashboard.scrutiny_list_model import (
    ATTENTION_ROLE,
    Column,
    ScrutinyFilterProxy,
    ScrutinyListModel,
)
from ui.kit import rag

TODAY = date(2027, 3, 1)
NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def row(number: int, outcome: Outcome | None, review: date | None) -> ScrutinySummary:
    return ScrutinySummary(
        id=number,
        title=f"Scrutiny {number}",
        force="Gwent Police",
        technology=Technology.DRONES,
        stage=Stage.LIVE,
        marking=Marking.OFFICIAL,
        created_at=NOW,
        updated_at=NOW,
        latest_outcome=outcome,
        next_review_date=review,
    )


ROWS = [
    row(1, Outcome.SUPPORT, TODAY - timedelta(days=1)),
    row(2, Outcome.SUPPORT_WITH_CONDITIONS, TODAY - timedelta(days=40)),
    row(3, Outcome.SUPPORT, TODAY),  # due today: not lapsed yet
    row(4, Outcome.DEFER, TODAY - timedelta(days=10)),  # review overdue, but nothing approved
    row(5, None, None),
]


def outcome_cell(model: ScrutinyListModel, number: int, role: int) -> object:
    return model.data(model.index(number - 1, Column.OUTCOME), role)


def test_an_approval_past_its_review_date_is_shown_as_lapsed() -> None:
    model = ScrutinyListModel()
    model.set_rows(ROWS, TODAY)
    display = Qt.ItemDataRole.DisplayRole
    assert outcome_cell(model, 1, display) == "⚠ Support (approval\u00a0lapsed)"
    assert outcome_cell(model, 2, display) == "⚠ Support with conditions (approval\u00a0lapsed)"
    assert outcome_cell(model, 3, display) == Outcome.SUPPORT.label
    assert outcome_cell(model, 4, display) == Outcome.DEFER.label
    tooltip = outcome_cell(model, 1, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == (
        "Support: approval lapsed. Its review was due on 28 February 2027; review the "
        "deployment and record a new decision."
    )
    # Colour only repeats what the words say.
    red = rag.background(Rating.RED)
    assert outcome_cell(model, 1, Qt.ItemDataRole.BackgroundRole) == red
    assert outcome_cell(model, 3, Qt.ItemDataRole.BackgroundRole) is None
    lapsed = [
        n
        for n in range(1, 6)
        if Attention.APPROVAL_LAPSED in outcome_cell(model, n, ATTENTION_ROLE)
    ]  # type: ignore[operator]
    assert lapsed == [1, 2]


def test_the_service_s_lapsed_flag_is_shown_even_on_a_later_listing_day() -> None:
    # The core decides; a row it marked lapsed stays lapsed whatever day the model is given.
    flagged = ScrutinySummary(**{**ROWS[2].__dict__, "approval_lapsed": True})
    model = ScrutinyListModel()
    model.set_rows([flagged], TODAY - timedelta(days=5))
    assert "approval\u00a0lapsed" in str(outcome_cell(model, 1, Qt.ItemDataRole.DisplayRole))


def test_the_strip_counts_lapsed_approvals_and_filters_to_them(qtbot: QtBot) -> None:
    strip = AttentionStrip()
    qtbot.addWidget(strip)
    strip.set_counts(ROWS, TODAY)
    button = strip.buttons[Attention.APPROVAL_LAPSED]
    assert button.text() == "⚠ Approval lapsed: 2"
    # Heard without the heading beside it, the name says that scrutinies are counted.
    assert button.accessibleName() == "Scrutinies needing attention: ⚠ Approval lapsed: 2"
    assert "review date" in button.toolTip()

    model = ScrutinyListModel()
    model.set_rows(ROWS, TODAY)
    proxy = ScrutinyFilterProxy()
    proxy.setSourceModel(model)
    chosen: list[object] = []
    strip.chosen.connect(chosen.append)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert chosen == [Attention.APPROVAL_LAPSED]
    proxy.set_filter("attention", Attention.APPROVAL_LAPSED.value)
    assert proxy.rowCount() == 2


@pytest.mark.parametrize("days", [0, 1])
def test_lapsing_starts_the_day_after_the_review_date(days: int) -> None:
    model = ScrutinyListModel()
    model.set_rows([row(1, Outcome.SUPPORT, TODAY)], TODAY + timedelta(days=days))
    shown = str(outcome_cell(model, 1, Qt.ItemDataRole.DisplayRole))
    assert ("lapsed" in shown) is bool(days)
