"""Framework coverage panel, adding an office template, moving to a newer version, Welsh path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.coverage import framework_coverage
from ethics_scrutiny.domain.enums import Language, Outcome, Status, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny, ResponseData
from ethics_scrutiny.domain.template_diff import TemplateDiff
from ethics_scrutiny.domain.templates import Checklist, Question, Template
from ethics_scrutiny.services import Services
from tests.factories import question, template_data
from ui.checklist.question_view import QuestionPanel
from ui.dashboard.new_scrutiny_dialog import NewScrutinyDialog
from ui.decisions.decision_dialog import DecisionDialog
from ui.shell.main_window import MainWindow
from ui.templates import template_controller
from ui.templates.framework_coverage_view import FrameworkCoverageDialog, FrameworkCoverageView
from ui.templates.template_dialogs import TemplateProblemsDialog, UpgradeDialog

from .conftest import MakeScrutiny, open_scrutiny

SLUG = "gwent-body-worn-video"


def office_module(
    version: str = "1.0.0", keys: tuple[str, ...] = ("BW-01", "BW-02")
) -> dict[str, Any]:
    return {
        "slug": SLUG,
        "version": version,
        "title": "Body-worn video module",
        "kind": "module",
        "technologies": ["other"],
        "themes": [
            {"key": "bwv", "title": "Body-worn video", "questions": [question(k) for k in keys]}
        ],
    }


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def tagged_checklist() -> Checklist:
    data = template_data()
    data["themes"][0]["questions"] = [
        question("FE-01", frameworks={"algocare": ["Lawful", "Accuracy"]}),
        question("FE-02", frameworks={"algocare": ["Advisory"]}),
    ]
    return Checklist([Template.model_validate(data)])


def test_the_coverage_view_says_in_words_what_is_met(qtbot: QtBot) -> None:
    responses = {
        "FE-01": ResponseData("FE-01", Status.MET),
        "FE-02": ResponseData("FE-02", Status.PARTLY_MET),
    }
    view = FrameworkCoverageView()
    qtbot.addWidget(view)
    view.show_coverage(framework_coverage(tagged_checklist(), responses), responses)
    tree = view.tree
    # Frameworks no question is tagged with are left out.
    assert tree.topLevelItemCount() == 1
    algocare = tree.topLevelItem(0)
    assert algocare is not None
    assert algocare.text(0) == "ALGOCARE"
    assert algocare.text(1) == "2 of 8 met, 1 not met, 5 not answered"
    assert algocare.text(2).startswith("not answered: Granularity")
    rows = {algocare.child(i).text(0): algocare.child(i) for i in range(algocare.childCount())}
    assert (rows["Lawful"].text(1), rows["Lawful"].text(2)) == ("Met", "FE-01 (met)")
    advisory = rows["Advisory"]
    assert (advisory.text(1), advisory.text(2)) == ("Not met", "FE-02 (partly met)")
    assert rows["Ownership"].text(1) == "No question in this checklist"
    assert tree.accessibleName() == "Framework coverage"


def test_the_coverage_command_shows_the_open_scrutiny(
    qtbot: QtBot,
    window: MainWindow,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    shown: list[tuple[Any, ...]] = []
    monkeypatch.setattr(FrameworkCoverageDialog, "ask", lambda *args: shown.append(args))
    window.action_map["coverage"].trigger()
    qtbot.waitUntil(lambda: bool(shown))
    _parent, title, coverage, responses = shown[0]
    assert title == "Drone pilot over Gwent city centre"
    assert [c.id for c in coverage] == [
        "algocare",
        "surveillance-camera-code",
        "npcc-ai-covenant",
        "atrs",
    ]
    dialog = FrameworkCoverageDialog(window, title, coverage, responses)
    qtbot.addWidget(dialog)
    assert dialog.view.tree.topLevelItemCount() == 4
    assert dialog.windowTitle() == f"Framework coverage: {title}"


def test_adding_an_office_template_shows_every_problem_then_adds_a_good_one(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    said: list[tuple[str, str, str]],
) -> None:
    bad_data = office_module()
    bad_data["version"] = "1.0"
    bad_data["themes"][0]["questions"][0]["critical"] = "maybe"
    bad = write(tmp_path / "bad.yaml", bad_data)
    good = write(tmp_path / "good.yaml", office_module())
    chosen = [bad]
    monkeypatch.setattr(template_controller, "ask_open_template", lambda *_a: chosen[0])
    problems: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        TemplateProblemsDialog, "ask", lambda _p, name, found: problems.append((name, found))
    )

    window.action_map["add_template"].trigger()
    qtbot.waitUntil(lambda: bool(problems))
    name, found = problems[0]
    assert name == "bad.yaml" and len(found) == 2
    assert found[0].startswith("version (line 2):") and "critical (line " in found[1]
    assert not services.settings.templates_dir.exists() or not any(
        services.settings.templates_dir.iterdir()
    )

    chosen[0] = good
    window.action_map["add_template"].trigger()
    qtbot.waitUntil(lambda: bool(said))
    kind, title, text = said[0]
    assert (kind, title) == ("info", "Office template added")
    assert "Body-worn video module (version 1.0.0)" in text
    assert (services.settings.templates_dir / f"{SLUG}.yaml").is_file()
    assert services.library.get(SLUG).version == "1.0.0"


def test_moving_to_a_newer_version_shows_the_plan_then_carries_answers(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.templates.import_file(write(tmp_path / "v1.yaml", office_module()))
    scrutiny_id = services.scrutinies.create(
        NewScrutiny("Body-worn video", "Gwent Police", Technology.OTHER)
    )
    services.scrutinies.answer(scrutiny_id, "BW-01", Status.MET, note="Policy seen")
    services.scrutinies.answer(scrutiny_id, "BW-02", Status.NOT_MET, note="No audit")
    newer = office_module("2.0.0", ("BW-01", "BW-03"))
    services.templates.import_file(write(tmp_path / "v2.yaml", newer))
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)

    plans: list[TemplateDiff] = []

    def accept(_parent: object, title: str, diff: TemplateDiff) -> bool:
        plans.append(diff)
        return True

    monkeypatch.setattr(UpgradeDialog, "ask", accept)
    window.action_map["upgrade"].trigger()
    qtbot.waitUntil(
        lambda: (SLUG, "2.0.0") in services.scrutinies.get(scrutiny_id).template_versions
    )
    [plan] = plans
    assert [c.key for c in plan.added] == ["BW-03"]
    assert [(c.key, c.answered) for c in plan.removed] == [("BW-02", True)]
    detail = services.scrutinies.get(scrutiny_id)
    assert detail.responses["BW-01"].note == "Policy seen"
    assert "BW-02" not in detail.responses
    assert services.templates.retired_answers(scrutiny_id)[0].note == "No audit"
    # The open checklist is reloaded with the new question in it.
    qtbot.waitUntil(
        lambda: (
            window.controller.checklist.detail is not None
            and window.controller.checklist.detail.checklist.has_question("BW-03")
        )
    )


def test_the_upgrade_dialog_lists_added_changed_and_removed_in_words(qtbot: QtBot) -> None:
    from ethics_scrutiny.domain.template_diff import diff_templates

    old = Template.model_validate(template_data())
    data = template_data(version="1.1.0")
    data["themes"][0]["questions"][1]["guidance"] = "New guidance."
    data["themes"][1]["questions"].pop()
    diff = diff_templates([old], [Template.model_validate(data)], {"FE-02", "PD-03"})
    dialog = UpgradeDialog(None, "Drone pilot", diff)
    qtbot.addWidget(dialog)
    text = dialog.body.toPlainText()
    assert "Test core: version 1.0.0 to 1.1.0" in text
    assert "FE-02 Prompt for FE-02? (changed: guidance; your answer is kept" in text
    assert "PD-03 Prompt for PD-03? (your answer leaves the checklist and is kept" in text
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Move to the newer version"


def test_the_decision_dialog_takes_an_override_reason_only_for_support(qtbot: QtBot) -> None:
    dialog = DecisionDialog(None, scrutiny_title="LFR")
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findText(Outcome.SUPPORT.label))
    qtbot.keyClicks(dialog.rationale, "Proportionate.")
    qtbot.keyClicks(dialog.decided_by, "PCC")
    assert dialog.override_reason.isEnabled()
    qtbot.keyClicks(dialog.override_reason, "Accepted for a short pilot under review.")
    assert dialog.value().override_reason == "Accepted for a short pilot under review."
    dialog.outcome.setCurrentIndex(dialog.outcome.findText(Outcome.DEFER.label))
    assert not dialog.override_reason.isEnabled()
    assert dialog.value().override_reason == ""


def test_a_refused_override_is_asked_again_with_the_reason_kept(qtbot: QtBot) -> None:
    from ethics_scrutiny.domain.scrutiny import DecisionInput

    earlier = DecisionInput(Outcome.SUPPORT, "Fine", "PCC", override_reason="Too short")
    dialog = DecisionDialog(None, initial=earlier, error="The override reason is too short")
    qtbot.addWidget(dialog)
    assert dialog.override_reason.toPlainText() == "Too short"
    assert "too short" in dialog.error_label.text()


def test_new_scrutiny_offers_english_or_welsh(qtbot: QtBot, services: Services) -> None:
    dialog = NewScrutinyDialog(None, services.library.modules())
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["English", "Cymraeg (Welsh)"]
    dialog.technology.setCurrentIndex(0)
    assert dialog.value().language is Language.ENGLISH
    dialog.language.setCurrentIndex(1)
    assert dialog.value().language is Language.WELSH


def test_the_question_panel_shows_welsh_text_for_a_welsh_scrutiny(qtbot: QtBot) -> None:
    previous, next_ = QAction("Previous"), QAction("Next")
    panel = QuestionPanel(previous, next_)
    qtbot.addWidget(panel)
    welsh = Question.model_validate(
        question("LB-01", cy={"prompt": "A oes sail gyfreithiol?", "red_flag": "Dim sail."})
    )
    panel.show_question(welsh, "1 of 1", None)
    assert panel.prompt_label.text() == "Prompt for LB-01?"
    panel.set_language(Language.WELSH)
    panel.show_question(welsh, "1 of 1", None)
    assert panel.prompt_label.text() == "A oes sail gyfreithiol?"
    details = panel.details.toPlainText()
    assert "Dim sail." in details and "Why LB-01 matters." in details  # guidance falls back


def test_the_checklist_tree_shows_welsh_titles_and_prompts(qtbot: QtBot) -> None:
    from ethics_scrutiny.domain.scoring import assess
    from ui.checklist.checklist_model import ChecklistModel, Column

    data = template_data()
    data["themes"][0]["cy"] = {"title": "Sail gyfreithiol"}
    data["themes"][0]["questions"][0]["cy"] = {"prompt": "A oes sail gyfreithiol?"}
    checklist = Checklist([Template.model_validate(data)])
    model = ChecklistModel()
    model.set_checklist(checklist, assess(checklist, {}), {}, Language.WELSH)
    theme = model.index(0, Column.ITEM)
    assert model.data(theme) == "Sail gyfreithiol"
    first = model.index(0, Column.ITEM, theme)
    assert model.data(first).endswith("A oes sail gyfreithiol?")
    # A question with no Welsh text falls back to English, field by field.
    second = model.index(1, Column.ITEM, theme)
    assert model.data(second).endswith(checklist.themes[0].questions[1].prompt)
    model.set_checklist(checklist, assess(checklist, {}), {}, Language.ENGLISH)
    assert model.data(model.index(0, Column.ITEM)) == checklist.themes[0].title
