"""Obligation beside each question, and a doubted "met" shown where it is answered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import Language, Marking, Obligation, Stage, Status, Technology
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.scrutiny import NewScrutiny, ResponseData
from ethics_scrutiny.domain.templates import Checklist, Question, Template
from ethics_scrutiny.services import Services
from tests.factories import question, template_data
from ui.checklist.checklist_model import ChecklistModel, Column
from ui.checklist.question_view import QuestionPanel
from ui.shell.main_window import MainWindow

from .conftest import open_scrutiny

SLUG = "gwent-body-worn-video"
MESSAGE = "Redaction cannot count as met while retention is not met."
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def doubting_checklist() -> Checklist:
    """PD-02's "met" is doubted while FE-01 (critical, must) or FE-02 is not met."""
    data = template_data()
    data["themes"][0]["questions"] = [
        question("FE-01", critical=True, obligation="must"),
        question("FE-02", obligation="could"),
    ]
    data["themes"][1]["questions"][1]["critical"] = True
    data["consistency"] = [{"key": "PD-02", "requires_met": ["FE-01", "FE-02"], "message": MESSAGE}]
    return Checklist([Template.model_validate(data)])


def answers(**statuses: Status) -> dict[str, ResponseData]:
    return {
        key.replace("_", "-"): ResponseData(key.replace("_", "-"), s) for key, s in statuses.items()
    }


@pytest.mark.parametrize(
    ("obligation", "word", "meaning"),
    [
        (Obligation.MUST, "Must", "Legal requirement"),
        (Obligation.SHOULD, "Should", "Expected good practice"),
        (Obligation.COULD, "Could", "Desirable"),
    ],
)
def test_the_question_panel_shows_the_obligation_with_its_meaning(
    qtbot: QtBot, obligation: Obligation, word: str, meaning: str
) -> None:
    panel = QuestionPanel(QAction("Previous"), QAction("Next"))
    qtbot.addWidget(panel)
    shown = Question.model_validate(question("LB-01", obligation=obligation.value))
    panel.show_question(shown, "1 of 1", None)
    assert panel.obligation_label.text() == word
    assert panel.obligation_label.toolTip().startswith(meaning)
    assert panel.obligation_label.accessibleName().startswith(f"Obligation: {word} (")
    assert not panel.inconsistency_label.isVisibleTo(panel)


def test_the_tree_marks_a_doubted_met_and_counts_it_as_not_met(qtbot: QtBot) -> None:
    checklist = doubting_checklist()
    responses = answers(FE_01=Status.NOT_MET, FE_02=Status.MET, PD_02=Status.MET)
    model = ChecklistModel()
    model.set_checklist(checklist, assess(checklist, responses), responses)
    privacy = model.index(1, Column.ITEM)
    pd02 = 1
    flags = model.index(pd02, Column.FLAGS, privacy)
    assert model.data(flags) == "Red flag, inconsistent"
    assert model.data(flags, TOOLTIP) == (
        f"Counts as not met: {MESSAGE[:-1]} (because FE-01 is not met)"
    )
    # Its own rating follows what it counts as, as the theme's roll-up does.
    assert model.data(model.index(pd02, Column.RATING, privacy)) == "Red"
    assert model.data(model.index(pd02, Column.PROGRESS, privacy)) == "Met"
    fairness = model.index(0, Column.ITEM)
    assert model.data(model.index(1, Column.ITEM, fairness), TOOLTIP).startswith(
        "FE-02 (Could (desirable)): "
    )
    assert model.data(model.index(0, Column.ITEM, fairness), TOOLTIP).startswith(
        "FE-01 (Must (legal requirement), critical): "
    )

    settled = answers(FE_01=Status.MET, FE_02=Status.NOT_APPLICABLE, PD_02=Status.MET)
    model.rescore(assess(checklist, settled), settled)
    assert model.data(flags) == ""
    assert model.data(model.index(pd02, Column.RATING, privacy)) == "Green"


def office_module() -> dict[str, Any]:
    return {
        "slug": SLUG,
        "version": "1.0.0",
        "title": "Body-worn video module",
        "kind": "module",
        "technologies": ["other"],
        "themes": [
            {
                "key": "bwv",
                "title": "Body-worn video",
                "questions": [
                    question("BW-01", critical=True, obligation="must"),
                    question("BW-02", obligation="should"),
                    question("BW-03", obligation="should"),
                ],
            }
        ],
        "consistency": [{"key": "BW-01", "requires_met": ["BW-02", "BW-03"], "message": MESSAGE}],
    }


def test_the_question_panel_says_why_a_met_answer_counts_as_not_met(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / f"{SLUG}.yaml"
    path.write_text(yaml.safe_dump(office_module(), sort_keys=False), encoding="utf-8")
    services.templates.import_file(path)
    scrutiny_id = services.scrutinies.create(
        NewScrutiny(
            title="Body-worn video",
            force="Gwent Police",
            technology=Technology.OTHER,
            marking=Marking.OFFICIAL,
            stage=Stage.PILOT,
            modules=(SLUG,),
        )
    )
    services.scrutinies.answer(scrutiny_id, "BW-01", Status.MET)
    services.scrutinies.answer(scrutiny_id, "BW-02", Status.NOT_MET)
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    checklist = window.controller.checklist
    panel = window.checklist_page.question
    checklist.go_to_key("BW-01")
    assert panel.key_label.text() == "<b>BW-01</b>"
    assert panel.obligation_label.text() == "Must"
    assert panel.inconsistency_label.isVisibleTo(panel)
    assert panel.inconsistency_label.text() == (
        f"Counts as not met: {MESSAGE[:-1]} (because BW-02, BW-03 are not met)"
    )

    # Answering what it waits for settles it, at once and without reopening.
    checklist.go_to_key("BW-02")
    assert not panel.inconsistency_label.isVisibleTo(panel)
    checklist.set_status(Status.MET)
    checklist.go_to_key("BW-03")
    checklist.set_status(Status.NOT_APPLICABLE)
    checklist.go_to_key("BW-01")
    assert not panel.inconsistency_label.isVisibleTo(panel)
    qtbot.waitUntil(lambda: window.context.tasks.pending == 0)


def test_a_welsh_scrutiny_reads_the_rule_s_welsh_reason(qtbot: QtBot) -> None:
    data = doubting_checklist().templates[0].model_dump()
    data["consistency"][0]["cy"] = {"message": "Ni all PD-02 gyfrif fel wedi'i fodloni."}
    checklist = Checklist([Template.model_validate(data)])
    responses = answers(FE_01=Status.NOT_MET, FE_02=Status.MET, PD_02=Status.MET)
    model = ChecklistModel()
    model.set_checklist(checklist, assess(checklist, responses), responses, Language.WELSH)
    flags = model.index(1, Column.FLAGS, model.index(1, Column.ITEM))
    assert model.data(flags, TOOLTIP) == (
        "Counts as not met: Ni all PD-02 gyfrif fel wedi'i fodloni (because FE-01 is not met)"
    )
