"""New scrutiny as a two-step wizard: details, then screening with the level explained."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ui.dashboard import new_scrutiny_dialog
from ui.dashboard.new_scrutiny_dialog import (
    DETAILS_STEP,
    SCREENING_STEP,
    NewScrutinyDialog,
)
from ui.screening.module_choice import SLUG_ROLE
from ui.screening.screening_data import ScreeningSource, visible
from ui.shell.main_window import MainWindow

from .screening_fakes import FACE_MODULE, SOURCE

OK = QDialogButtonBox.StandardButton.Ok


def wizard(
    qtbot: QtBot, services: Services, reasons: list[str | None] | None = None
) -> NewScrutinyDialog:
    given = reasons if reasons is not None else []
    asked: list[str] = []

    def ask_reason(title: str) -> str | None:
        asked.append(title)
        return given.pop(0) if given else None

    dialog = NewScrutinyDialog(None, services.library.modules(), SOURCE, ask_reason)
    dialog.asked_reasons = asked  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    return dialog


def fill_details(qtbot: QtBot, dialog: NewScrutinyDialog) -> None:
    dialog.technology.setCurrentIndex(dialog.technology.findData(Technology.DRONES.value))
    qtbot.keyClicks(dialog.title, "Drones over the promenade")
    qtbot.keyClicks(dialog.force, "Dyfed-Powys Police")


def choose(dialog: NewScrutinyDialog, key: str, *values: str) -> None:
    buttons = dialog.screening.form.questions.buttons[key]
    for value in values:
        buttons[value].click()


def module_item(dialog: NewScrutinyDialog, slug: str) -> int:
    modules = dialog.screening.modules
    return next(r for r in range(modules.count()) if modules.item(r).data(SLUG_ROLE) == slug)


def test_next_leads_to_the_screening_and_answers_set_the_level_shown(
    qtbot: QtBot, services: Services
) -> None:
    dialog = wizard(qtbot, services)
    ok = dialog.buttons.button(OK)
    assert dialog.step == DETAILS_STEP and not ok.isEnabled()
    fill_details(qtbot, dialog)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.step == SCREENING_STEP
    assert ok.text() == "Start scrutiny" and not ok.isEnabled()  # nothing answered yet
    level = dialog.screening.level

    choose(dialog, "SCR-01", "single-out")
    assert level.heading.text() == "Impact level 2 of 4 so far"
    assert "Does it identify people? — Singles people out" in level.reasons.text()
    choose(dialog, "SCR-02", "health", "bio")
    assert level.heading.text() == "Impact level 3 of 4"
    assert "Every question is asked." in level.meaning.text()
    assert ok.isEnabled()
    # Options are listed as the template gives them: least to most intrusive.
    assert list(dialog.screening.form.questions.buttons["SCR-01"]) == ["no", "single-out", "face"]

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == NewScrutinyDialog.DialogCode.Accepted
    new = dialog.value()
    assert dict(new.screening) == {"SCR-01": ("single-out",), "SCR-02": ("health", "bio")}
    assert new.title == "Drones over the promenade"


def test_a_conditional_question_shows_only_when_its_answer_is_given(
    qtbot: QtBot, services: Services
) -> None:
    dialog = wizard(qtbot, services)
    fill_details(qtbot, dialog)
    dialog.accept()
    block = dialog.screening.form.questions.blocks["SCR-03"]
    assert block.isHidden()
    choose(dialog, "SCR-01", "face")
    assert not block.isHidden()
    choose(dialog, "SCR-02", "none")
    assert not dialog.buttons.button(OK).isEnabled()  # the place is still to answer
    assert "1 screening question" in dialog.hint.text()
    choose(dialog, "SCR-03", "public")
    assert dialog.buttons.button(OK).isEnabled()
    assert dialog.screening.level.heading.text() == "Impact level 3 of 4"


def test_a_proposed_module_is_ticked_and_dropping_it_needs_a_reason(
    qtbot: QtBot, services: Services
) -> None:
    dialog = wizard(qtbot, services, reasons=[None, "The force uses no face matching at all"])
    fill_details(qtbot, dialog)
    dialog.accept()
    modules = dialog.screening.modules
    row = module_item(dialog, FACE_MODULE)
    assert modules.item(row).checkState() == Qt.CheckState.Unchecked
    choose(dialog, "SCR-01", "face")
    item = modules.item(row)
    assert item.checkState() == Qt.CheckState.Checked
    assert "proposed by the screening" in item.text()

    item.setCheckState(Qt.CheckState.Unchecked)  # no reason given: it stays in
    assert item.checkState() == Qt.CheckState.Checked
    item.setCheckState(Qt.CheckState.Unchecked)
    assert item.checkState() == Qt.CheckState.Unchecked
    assert "left out: The force uses no face matching at all" in item.text()
    assert len(dialog.asked_reasons) == 2  # type: ignore[attr-defined]
    choose(dialog, "SCR-02", "none")
    choose(dialog, "SCR-03", "private")
    new = dialog.value()
    assert dict(new.dropped_modules) == {FACE_MODULE: "The force uses no face matching at all"}
    assert FACE_MODULE not in new.modules


def test_a_scrutiny_can_start_without_screening_and_says_so(
    qtbot: QtBot, services: Services
) -> None:
    dialog = wizard(qtbot, services)
    fill_details(qtbot, dialog)
    dialog.accept()
    choose(dialog, "SCR-01", "face")
    dialog.screening.not_screened.click()
    assert dialog.screening.level.heading.text() == "Not screened: every question will be asked"
    assert dialog.buttons.button(OK).isEnabled()
    new = dialog.value()
    assert dict(new.screening) == {} and dict(new.dropped_modules) == {}
    assert FACE_MODULE not in new.modules  # proposals go with the screening


def test_without_a_screening_template_every_question_is_asked(
    qtbot: QtBot, services: Services
) -> None:
    dialog = NewScrutinyDialog(None, services.library.modules())
    qtbot.addWidget(dialog)
    fill_details(qtbot, dialog)
    dialog.accept()
    assert dialog.screening.not_screened.isChecked()
    assert not dialog.screening.screen_now.isEnabled()
    assert dialog.buttons.button(OK).isEnabled()


@pytest.mark.parametrize("discard", [False, True])
def test_escape_on_a_half_filled_form_asks_before_discarding(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, discard: bool
) -> None:
    asked: list[bool] = []

    def confirm(_parent: object) -> bool:
        asked.append(True)
        return discard

    monkeypatch.setattr(new_scrutiny_dialog, "confirm_discard", confirm)
    dialog = wizard(qtbot, services)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Half a title")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert asked == [True]
    assert dialog.isVisible() is not discard
    dialog.done(0)


def test_escape_on_an_empty_form_closes_without_asking(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(new_scrutiny_dialog, "confirm_discard", lambda _p: pytest.fail("asked"))
    dialog = wizard(qtbot, services)
    dialog.show()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_back_returns_to_the_details_with_them_kept(qtbot: QtBot, services: Services) -> None:
    dialog = wizard(qtbot, services)
    fill_details(qtbot, dialog)
    dialog.accept()
    assert dialog.back.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.back, Qt.MouseButton.LeftButton)
    assert dialog.step == DETAILS_STEP
    assert dialog.title.text() == "Drones over the promenade"
    assert dialog.buttons.button(OK).text() == "&Next >"


def test_the_modules_list_shows_every_module_name_whole(qtbot: QtBot, services: Services) -> None:
    dialog = wizard(qtbot, services)
    fill_details(qtbot, dialog)
    dialog.show()
    dialog.accept()
    modules = dialog.screening.modules
    qtbot.waitUntil(modules.isVisible)
    assert modules.textElideMode() == Qt.TextElideMode.ElideNone
    last = modules.visualItemRect(modules.item(modules.count() - 1))
    assert modules.viewport().rect().contains(last), "some modules need scrolling to be seen"
    dialog.done(0)


def test_new_scrutiny_from_the_window_is_created_screened(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window hands the shipped screening to the wizard; its answers reach the record."""

    def answer_least_intrusive(
        _cls: object,
        parent: object,
        modules: object,
        screening: ScreeningSource | None = None,
        languages: object = None,
    ) -> NewScrutiny:
        assert screening is not None and len(screening.questions) >= 10
        dialog = NewScrutinyDialog(None, services.library.modules(), screening)
        qtbot.addWidget(dialog)
        fill_details(qtbot, dialog)
        dialog.accept()
        answers: dict[str, tuple[str, ...]] = {}
        for question in visible(screening.questions, answers):
            answers[question.key] = (question.options[0].value,)
        dialog.screening.form.set_answers(answers)
        assert dialog.buttons.button(OK).isEnabled()
        return dialog.value()

    monkeypatch.setattr(NewScrutinyDialog, "ask", classmethod(answer_least_intrusive))
    window.action_map["new"].trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.checklist_page, timeout=5000)
    detail = window.controller.checklist.detail
    assert detail is not None and detail.screening is not None
    assert detail.screening.level <= 2
    assert window.checklist_page.level_badge.text() == f"Impact level {detail.screening.level}"


def test_every_control_of_both_steps_has_a_spoken_name(qtbot: QtBot, services: Services) -> None:
    from ui.kit.accessibility import unnamed_widgets

    dialog = wizard(qtbot, services)
    fill_details(qtbot, dialog)
    dialog.accept()
    assert unnamed_widgets(dialog) == []


def test_every_alt_letter_on_both_steps_works(qtbot: QtBot, services: Services) -> None:
    from ui.kit.mnemonics import mnemonic_problems

    dialog = wizard(qtbot, services)
    dialog.show()
    assert mnemonic_problems(dialog) == []
    fill_details(qtbot, dialog)
    dialog.accept()
    assert mnemonic_problems(dialog) == []
    dialog.done(0)
