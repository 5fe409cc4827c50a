"""Every Qt item model in ``ui/`` passes Qt's model tester, filled, refilled and filtered."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt

import ui
from ethics_scrutiny.domain.changes import compare_responses
from ethics_scrutiny.domain.enums import (
    ActionKind,
    ActionStatus,
    EvidenceKind,
    Marking,
    Outcome,
    Rating,
    Stage,
    Status,
    Technology,
)
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.scrutiny import (
    ActionData,
    DecisionData,
    EvidenceData,
    ResponseData,
    ScrutinySummary,
)
from ethics_scrutiny.services import Services
from ui.actions.action_items_model import ActionItemsFilter, ActionItemsModel, ActionShow
from ui.checklist.checklist_model import ChecklistFilter, ChecklistModel, ShowOnly
from ui.dashboard.scrutiny_list_model import ScrutinyFilterProxy, ScrutinyListModel
from ui.decisions.decision_history_view import DecisionHistoryModel
from ui.evidence.evidence_model import EvidenceModel
from ui.kit.rows_model import Index, RowsModel
from ui.meeting.summary_view import ThemeHeatModel
from ui.rounds.round_changes_view import RoundChangesModel

from .conftest import MakeScrutiny

TODAY = date(2026, 6, 1)
NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)

# Every model class these tests check; a new model in ui/ must be added here and tested.
CHECKED = {
    ActionItemsFilter,
    ActionItemsModel,
    ChecklistFilter,
    ChecklistModel,
    DecisionHistoryModel,
    EvidenceModel,
    RoundChangesModel,
    RowsModel,
    ScrutinyFilterProxy,
    ScrutinyListModel,
    ThemeHeatModel,
}


def evidence(number: int, **facts: object) -> EvidenceData:
    values: dict[str, object] = {
        "id": number,
        "scrutiny_id": 1,
        "title": f"Document {number} — Dogfen",
        "kind": EvidenceKind.DOCUMENT,
        "reference": f"v{number}",
        "description": "",
        "document_date": date(2026, 1, number),
        "received_on": None,
        "file_sha256": None,
        "file_name": "",
        "file_size": None,
        "sensitive": False,
        "added_at": NOW,
        "question_keys": (),
    }
    values.update(facts)
    return EvidenceData(**values)  # type: ignore[arg-type]


def action(number: int, **facts: object) -> ActionData:
    values: dict[str, object] = {
        "id": number,
        "scrutiny_id": 1,
        "kind": ActionKind.QUESTION,
        "text": f"Question {number}\nwith a second line",
        "owner": "Staff officer",
        "due_date": None,
        "status": ActionStatus.OPEN,
        "reply": "",
        "question_key": None,
        "sensitive": False,
        "created_at": NOW,
        "updated_at": NOW,
    }
    values.update(facts)
    return ActionData(**values)  # type: ignore[arg-type]


def test_every_item_model_in_ui_is_checked_here() -> None:
    found = set()
    for info in pkgutil.iter_modules(ui.__path__):
        if info.name == "__main__":  # importing it starts the app
            continue
        module = importlib.import_module(f"ui.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QAbstractItemModel) and cls.__module__ == module.__name__:
                found.add(cls)
    assert found - CHECKED == set(), "add these models to test_models_qtmodeltester.py"


class _Words(RowsModel[str]):
    headers = ("Word", "Length")

    def set_words(self, words: list[str]) -> None:
        self._replace_rows(words)

    def data(self, index: Index, role: int = 0) -> object:
        word = self._row(index)
        if word is None or role != 0:
            return None
        return word if index.column() == 0 else str(len(word))


def test_the_shared_rows_model_base(qtmodeltester) -> None:
    model = _Words()
    qtmodeltester.check(model)
    model.set_words(["ŵyr", "警察", ""])
    qtmodeltester.check(model)
    assert model.item_at(1) == "警察" and model.item_at(3) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Length"
    model.set_words([])
    qtmodeltester.check(model)


def test_checklist_model_and_its_filter(
    qtmodeltester, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = make_scrutiny()
    detail = services.scrutinies.get(scrutiny_id)
    questions = detail.checklist.questions()
    critical = next(q for q in questions if q.critical)
    other = next(q for q in questions if not q.critical)
    answers = {
        critical.key: ResponseData(critical.key, Status.NOT_MET),
        other.key: ResponseData(other.key, Status.MET, Rating.GREEN),
    }
    model = ChecklistModel()
    model.set_checklist(detail.checklist, assess(detail.checklist, {}), {})
    proxy = ChecklistFilter(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    model.rescore(assess(detail.checklist, answers), answers)
    for show_only in (ShowOnly.UNANSWERED, ShowOnly.RED_FLAGS, ShowOnly.ALL):
        proxy.set_show_only(show_only)
        qtmodeltester.check(proxy)
    proxy.set_show_only(ShowOnly.RED_FLAGS)
    assert proxy.rowCount() == 1  # one theme holds the one red flag
    assert proxy.rowCount(proxy.index(0, 0)) == 1


def test_evidence_model(qtmodeltester) -> None:
    model = EvidenceModel()
    qtmodeltester.check(model)
    model.set_items(
        [
            evidence(1),
            evidence(2, file_sha256="f" * 64, file_name="dpia.pdf", file_size=2048),
            evidence(3, question_keys=("PD-01", "PD-02"), sensitive=True, document_date=None),
        ]
    )
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0)
    qtmodeltester.check(proxy)
    assert model.index(1, 4).data() == "dpia.pdf · ffffffffffff"
    assert model.index(2, 5).data() == "PD-01, PD-02"
    model.set_items([])
    qtmodeltester.check(model)


def test_action_items_model_and_its_filter(qtmodeltester) -> None:
    model = ActionItemsModel(today=TODAY)
    proxy = ActionItemsFilter(model)
    qtmodeltester.check(proxy)
    model.set_items(
        [
            action(1, due_date=TODAY - timedelta(days=1)),
            action(2, due_date=TODAY + timedelta(days=1), kind=ActionKind.CONDITION),
            action(3, status=ActionStatus.ANSWERED, reply="Sent", question_key="DR-01"),
        ]
    )
    qtmodeltester.check(model)
    expected = {ActionShow.ALL: 3, ActionShow.OPEN: 2, ActionShow.OVERDUE: 1}
    for show, rows in expected.items():
        proxy.set_show(show)
        qtmodeltester.check(proxy)
        assert proxy.rowCount() == rows
    assert model.index(0, 1).data() == "Question 1 …"  # first line, with more to read


def test_dashboard_history_heat_map_and_round_models(
    qtmodeltester, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    rows = [
        ScrutinySummary(
            id=number,
            title=f"Scrutiny {number}",
            force="Heddlu Gwent Police",
            technology=Technology.DRONES,
            stage=Stage.PILOT,
            marking=Marking.OFFICIAL,
            created_at=NOW,
            updated_at=NOW,
        )
        for number in (1, 2)
    ]
    listing = ScrutinyListModel()
    listing.set_rows(rows, TODAY)
    qtmodeltester.check(listing)
    listed = ScrutinyFilterProxy()
    listed.setSourceModel(listing)
    qtmodeltester.check(listed)

    history = DecisionHistoryModel()
    decision = DecisionData(1, Outcome.DEFER, "More needed", "Panel", NOW)
    history.set_decisions([decision])
    qtmodeltester.check(history)

    scrutiny_id = make_scrutiny()
    detail = services.scrutinies.get(scrutiny_id)
    key = detail.checklist.questions()[0].key
    after = {key: ResponseData(key, Status.MET, Rating.GREEN)}
    heat = ThemeHeatModel()
    heat.set_themes(assess(detail.checklist, after).themes)
    qtmodeltester.check(heat)
    changes = RoundChangesModel()
    changes.set_changes(compare_responses({}, after), detail.checklist, detail.summary.language)
    qtmodeltester.check(changes)
