"""An answer tells the tree of the rows it changed, not of every row of the checklist."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester

from ethics_scrutiny.domain.enums import Status
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.services import Services
from ui.checklist.checklist_model import ChecklistModel

from .conftest import MakeScrutiny


def _changed_rows(model: ChecklistModel) -> list[tuple[str, int]]:
    seen: list[tuple[str, int]] = []

    def note(top: QModelIndex, bottom: QModelIndex, *_roles: Any) -> None:
        assert top.row() == bottom.row() and top.parent() == bottom.parent()
        seen.append((str(model.index(top.row(), 0, top.parent()).data()), top.column()))

    model.dataChanged.connect(note)
    return seen


def test_an_answer_changes_its_question_and_its_theme_and_nothing_else(
    qapp: Any, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    checklist = services.scrutinies.get(make_scrutiny()).checklist
    model = ChecklistModel()
    model.set_checklist(checklist, assess(checklist, {}), {})
    ModelTester(None).check(model)  # type: ignore[no-untyped-call]
    theme = checklist.themes[1]
    question = theme.questions[0]
    before = model.index(0, 0, model.index(1, 0)).siblingAtColumn(1).data()
    seen = _changed_rows(model)

    answers = {question.key: ResponseData(question.key, Status.MET, None)}
    model.rescore(assess(checklist, answers), answers)

    assert len(seen) == 2
    assert seen[0][0] == model.index(1, 0).data()  # the theme's row: its count changed
    assert str(seen[1][0]).startswith(question.key)
    after = model.index(0, 0, model.index(1, 0)).siblingAtColumn(1).data()
    assert before != after  # the cell shows the new answer, not a kept old one


def test_the_same_answers_again_change_no_row(
    qapp: Any, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    checklist = services.scrutinies.get(make_scrutiny()).checklist
    key = checklist.themes[0].questions[0].key
    answers = {key: ResponseData(key, Status.NOT_MET, None)}
    model = ChecklistModel()
    model.set_checklist(checklist, assess(checklist, answers), answers)
    seen = _changed_rows(model)
    model.rescore(assess(checklist, answers), dict(answers))
    assert seen == []
