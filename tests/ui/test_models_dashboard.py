"""Every item model of the dashboard, decision history, summary and rounds passes the tester."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ethics_scrutiny.domain.attention import Attention
from ethics_scrutiny.domain.changes import compare_responses
from ethics_scrutiny.domain.enums import (
    DecisionCapacity,
    Language,
    Marking,
    Outcome,
    Rating,
    Stage,
    Status,
    Technology,
)
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.scrutiny import (
    DecisionData,
    NewScrutiny,
    ResponseData,
    ScrutinySummary,
)
from ethics_scrutiny.services import Services
from ui.dashboard.scrutiny_list_model import (
    ATTENTION_ROLE,
    NBSP,
    Column,
    ScrutinyFilterProxy,
    ScrutinyListModel,
)
from ui.decisions.decision_history_view import DecisionHistoryModel
from ui.kit import rag
from ui.meeting.summary_view import ThemeHeatModel, theme_titles
from ui.rounds.round_changes_view import RoundChangesModel

from .conftest import MakeScrutiny

TODAY = date(2026, 6, 1)
NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)


def summary(number: int, **facts: object) -> ScrutinySummary:
    base = ScrutinySummary(
        id=number,
        title=f"Scrutiny {number}",
        force="Dyfed-Powys Police",
        technology=Technology.DRONES,
        stage=Stage.PILOT,
        marking=Marking.OFFICIAL,
        created_at=NOW,
        updated_at=NOW,
        answered=3,
        total=10,
    )
    return replace(base, **facts)  # type: ignore[arg-type]


ROWS = [
    summary(1),
    summary(
        2,
        technology=Technology.ANPR,
        overall_rating=Rating.RED,
        red_flag_count=2,
        overdue_actions=1,
        open_actions=3,
        next_review_date=TODAY - timedelta(days=2),
        latest_outcome=Outcome.DEFER,
    ),
    summary(
        3,
        stage=Stage.LIVE,
        overall_rating=Rating.GREEN,
        ready_for_panel=True,
        next_review_date=TODAY + timedelta(days=12),
        latest_outcome=Outcome.SUPPORT,
        round_number=2,
    ),
]


def test_the_dashboard_model_and_filtered_proxy_pass_the_model_tester(qtmodeltester) -> None:
    model = ScrutinyListModel()
    model.set_rows(ROWS, TODAY)
    qtmodeltester.check(model)
    proxy = ScrutinyFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter("rating", "red")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_dashboard_cells_say_in_words_what_the_colour_shows() -> None:
    model = ScrutinyListModel()
    model.set_rows(ROWS, TODAY)

    def cell(row: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        value = model.index(row, column).data(role)
        return value.replace(NBSP, " ") if isinstance(value, str) else value

    assert cell(0, Column.RATING) == "Not rated" and cell(0, Column.REVIEW) == "None set"
    assert cell(1, Column.RATING) == "Red"
    assert cell(1, Column.RATING, Qt.ItemDataRole.BackgroundRole) == rag.background(Rating.RED)
    assert cell(1, Column.READINESS) == "Not ready · ⚑ 2 red flags"
    assert cell(1, Column.REVIEW) == "⚠ 30 May 2026 (overdue)"
    assert cell(1, Column.ACTIONS) == "3 · ⚠ 1 overdue"
    assert cell(2, Column.REVIEW) == "13 Jun 2026 (due in 12 days)"
    assert cell(2, Column.REVIEW, Qt.ItemDataRole.BackgroundRole) == rag.background(Rating.AMBER)
    assert cell(2, Column.TITLE) == "Scrutiny 3 (round 2)"
    assert cell(1, Column.TITLE, ATTENTION_ROLE) == {
        Attention.RED_FLAGS,
        Attention.OVERDUE_ACTIONS,
        Attention.REVIEW_OVERDUE,
    }


def test_filters_combine_and_sorting_uses_real_values() -> None:
    model = ScrutinyListModel()
    model.set_rows(ROWS, TODAY)
    proxy = ScrutinyFilterProxy()
    proxy.setSourceModel(model)

    def titles() -> list[str]:
        return [proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount())]

    proxy.set_filter("technology", Technology.DRONES.value)
    assert titles() == ["Scrutiny 1", "Scrutiny 3 (round 2)"]
    proxy.set_filter("stage", Stage.LIVE.value)
    assert titles() == ["Scrutiny 3 (round 2)"]
    proxy.set_filter("stage", None)
    proxy.set_filter("outcome", "none")
    assert titles() == ["Scrutiny 1"]
    proxy.set_filter("outcome", None)
    proxy.set_filter("technology", None)
    proxy.set_filter("attention", Attention.REVIEW_SOON.value)
    assert titles() == ["Scrutiny 3 (round 2)"]
    proxy.set_filter("attention", None)

    proxy.sort(Column.REVIEW, Qt.SortOrder.AscendingOrder)
    assert titles() == ["Scrutiny 2", "Scrutiny 3 (round 2)", "Scrutiny 1"]
    proxy.sort(Column.RATING, Qt.SortOrder.DescendingOrder)
    assert titles()[0] == "Scrutiny 2"


def decision(sequence: int, capacity: DecisionCapacity, **more: object) -> DecisionData:
    base = DecisionData(
        sequence=sequence,
        outcome=Outcome.DEFER,
        rationale="Needs the DPIA",
        decided_by="Panel",
        decided_at=NOW,
        capacity=capacity,
    )
    return replace(base, **more)  # type: ignore[arg-type]


def test_the_decision_history_model_strikes_through_superseded_decisions(qtmodeltester) -> None:
    model = DecisionHistoryModel()
    model.set_decisions(
        [
            decision(4, DecisionCapacity.PANEL_ADVICE, superseded_by=6),
            decision(6, DecisionCapacity.PCC_DECISION, supersedes=4, outcome=Outcome.SUPPORT),
            decision(9, DecisionCapacity.CHIEF_CONSTABLE_DECISION),
        ],
        {9: "Recorded against the wrong deployment"},
    )
    qtmodeltester.check(model)
    struck = model.index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(struck, QFont) and struck.strikeOut()
    assert model.index(0, 6).data() == "Superseded by decision 2"
    # Numbered within the scrutiny; the record entry keeps a column of its own.
    assert [model.index(row, 0).data() for row in range(3)] == ["1", "2", "3"]
    assert [model.index(row, 7).data() for row in range(3)] == ["#4", "#6", "#9"]
    assert model.index(1, 6).data() == "Stands"
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(1, 2).data() == "Office decision"
    assert model.index(2, 6).data() == "Withdrawn"


def test_heat_map_and_round_changes_models(
    qtmodeltester, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    detail = services.scrutinies.get(make_scrutiny())
    first, second = detail.checklist.questions()[:2]
    before = {first.key: ResponseData(first.key, Status.UNKNOWN)}
    after = {
        first.key: ResponseData(first.key, Status.MET, note="Seen"),
        second.key: ResponseData(second.key, Status.NOT_MET, Rating.RED),
    }
    heat = ThemeHeatModel()
    heat.set_themes(assess(detail.checklist, after).themes)
    qtmodeltester.check(heat)
    assert heat.index(0, 1).data() in {"Red", "Amber", "Green", "Not rated"}

    changes = RoundChangesModel()
    changes.set_changes(compare_responses(before, after), detail.checklist, detail.summary.language)
    qtmodeltester.check(changes)
    assert changes.rowCount() == 2
    assert changes.index(0, 0).data().startswith(f"{first.key}: ")
    assert changes.index(0, 1).data() == "Changed: status, note"
    assert changes.index(0, 3).data() == "Met: Seen"


def test_the_heat_map_uses_the_scrutinys_language_for_theme_titles(services: Services) -> None:
    scrutiny_id = services.scrutinies.create(
        NewScrutiny(
            title="Drôn yn Aberystwyth",
            force="Heddlu Dyfed-Powys",
            technology=Technology.DRONES,
            language=Language.WELSH,
        )
    )
    detail, assessment = services.scrutinies.assessment(scrutiny_id)
    heat = ThemeHeatModel()
    heat.set_themes(assessment.themes, theme_titles(detail))
    titles = [heat.index(r, 0).data() for r in range(heat.rowCount())]
    # A theme with Welsh text shows it; the others fall back to English.
    assert "Caniatâd, tryloywder ac ymgysylltu â'r cyhoedd" in titles
    assert "Fairness and equality" in titles
