"""Typed answers in the question panel: each control saves through the service and reloads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import Marking, Rating, Stage, Status, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny, ResponseData
from ethics_scrutiny.services import Services
from ui.shell.main_window import MainWindow

from .conftest import open_scrutiny

SLUG = "typed-answer-trial"
TEMPLATE = """\
format_version: 1
slug: typed-answer-trial
version: 1.0.0
title: Typed answer trial
kind: module
themes:
- key: typed
  title: Typed answers
  questions:
  - key: TYP-01
    prompt: Does the tool ever decide alone?
    guidance: A decision with no person in it is the riskiest kind.
    sources: [Test source]
    answer:
      type: single
      options:
      - {value: 'no', label: 'No', status: met, rating: green}
      - {value: 'yes', label: 'Yes', status: not_met, rating: red}
  - key: TYP-02
    prompt: Which groups does it touch?
    guidance: Every group counts.
    sources: [Test source]
    answer:
      type: multiple
      options:
      - {value: children, label: Children}
      - {value: victims, label: Victims}
      - {value: suspects, label: Suspects}
  - key: TYP-03
    prompt: How many officers use it?
    guidance: A count.
    sources: [Test source]
    answer: {type: number, minimum: 0, maximum: 5000}
  - key: TYP-04
    prompt: When was it last tested?
    guidance: A date.
    sources: [Test source]
    answer: {type: date}
  - key: TYP-05
    prompt: Who supplies the training data?
    guidance: Free text.
    sources: [Test source]
    answer: {type: text}
"""


@pytest.fixture
def scrutiny_id(services: Services, tmp_path: Path) -> int:
    path = tmp_path / "typed-answer-trial.yaml"
    path.write_text(TEMPLATE, encoding="utf-8")
    services.templates.import_file(path)
    return services.scrutinies.create(
        NewScrutiny(
            title="Typed trial",
            force="Gwent Police",
            technology=Technology.DRONES,
            marking=Marking.OFFICIAL,
            stage=Stage.PILOT,
            modules=(SLUG,),
        )
    )


def stored(services: Services, scrutiny_id: int, key: str) -> ResponseData:
    return services.scrutinies.get(scrutiny_id).responses[key]


def show(qtbot: QtBot, window: MainWindow, scrutiny_id: int, key: str) -> None:
    window.controller.refresh_list()
    if window.controller.checklist.detail is None:
        open_scrutiny(qtbot, window, scrutiny_id)
    window.controller.checklist.go_to_key(key)
    assert window.controller.checklist.current_key == key


def finish(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.setText(text)
    field.editingFinished.emit()


def test_a_question_without_a_typed_answer_shows_no_box(
    qtbot: QtBot, window: MainWindow, scrutiny_id: int
) -> None:
    show(qtbot, window, scrutiny_id, "TYP-01")
    box = window.checklist_page.question.typed_answer
    assert box.isVisibleTo(window)
    first_core = window.controller.checklist.detail.checklist.questions()[0].key  # type: ignore[union-attr]
    window.controller.checklist.go_to_key(first_core)
    assert not box.isVisibleTo(window)


def test_a_choice_saves_and_sets_the_status_and_rating_it_maps_to(
    qtbot: QtBot, window: MainWindow, services: Services, scrutiny_id: int
) -> None:
    show(qtbot, window, scrutiny_id, "TYP-01")
    panel = window.checklist_page.question
    box = panel.typed_answer
    assert list(box.buttons) == ["no", "yes"]
    with qtbot.waitSignal(window.controller.checklist.saved, timeout=5000):
        box.buttons["yes"].click()
    saved = stored(services, scrutiny_id, "TYP-01")
    assert (saved.choice, saved.status, saved.rating) == (("yes",), Status.NOT_MET, Rating.RED)
    assert panel.status_buttons[Status.NOT_MET].isChecked()
    assert panel.current_rating() is Rating.RED
    assert box.counts_as.text() == "Counts as: Not met, Red"
    # A status edit afterwards saves (no clash with the typed save) and keeps the choice.
    with qtbot.waitSignal(window.controller.checklist.saved, timeout=5000):
        panel.choose_status(Status.UNKNOWN)
    saved = stored(services, scrutiny_id, "TYP-01")
    assert (saved.choice, saved.status) == (("yes",), Status.UNKNOWN)


def test_each_value_control_saves_and_comes_back_on_reload(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    scrutiny_id: int,
    said: list[tuple[str, str, str]],
) -> None:
    checklist = window.controller.checklist
    show(qtbot, window, scrutiny_id, "TYP-02")
    box = window.checklist_page.question.typed_answer
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        box.buttons["children"].click()
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        box.buttons["suspects"].click()
    assert stored(services, scrutiny_id, "TYP-02").choice == ("children", "suspects")

    for key, typed, kept in (
        ("TYP-03", "120", "120"),
        ("TYP-04", "31 March 2026", "2026-03-31"),
        ("TYP-05", "The supplier, from its own pilots", "The supplier, from its own pilots"),
    ):
        checklist.go_to_key(key)
        assert box.field is not None
        with qtbot.waitSignal(checklist.saved, timeout=5000):
            finish(qtbot, box.field, typed)
        assert not said
        assert stored(services, scrutiny_id, key).value == kept
        assert box.field.text() == kept

    checklist.open(scrutiny_id, focus="TYP-02")
    qtbot.waitUntil(lambda: checklist.current_key == "TYP-02", timeout=5000)
    assert [v for v, b in box.buttons.items() if b.isChecked()] == ["children", "suspects"]
    for key, kept in (("TYP-03", "120"), ("TYP-04", "2026-03-31")):
        checklist.go_to_key(key)
        assert box.field is not None and box.field.text() == kept


def test_a_date_that_is_not_one_is_refused_in_the_box(
    qtbot: QtBot, window: MainWindow, services: Services, scrutiny_id: int
) -> None:
    show(qtbot, window, scrutiny_id, "TYP-04")
    box = window.checklist_page.question.typed_answer
    assert box.field is not None
    finish(qtbot, box.field, "the thirty-second of Smarch")
    assert box.problem.isVisibleTo(window) and box.problem.text()
    assert "TYP-04" not in services.scrutinies.get(scrutiny_id).responses


def test_a_number_beyond_its_limits_is_refused_in_the_box(
    qtbot: QtBot, window: MainWindow, services: Services, scrutiny_id: int
) -> None:
    show(qtbot, window, scrutiny_id, "TYP-03")
    box = window.checklist_page.question.typed_answer
    assert box.field is not None
    finish(qtbot, box.field, "90000")
    assert box.problem.text() == "A number from 0 to 5000"
    window.controller.checklist.go_to_key("TYP-04")  # moving on does not save it either
    qtbot.waitUntil(lambda: window.controller.checklist.pending_saves == 0)
    assert "TYP-03" not in services.scrutinies.get(scrutiny_id).responses


def test_the_answer_box_letter_works_beside_the_panel_s_own(
    qtbot: QtBot, window: MainWindow, scrutiny_id: int
) -> None:
    from ui.kit.mnemonics import mnemonic_problems

    show(qtbot, window, scrutiny_id, "TYP-01")
    assert mnemonic_problems(window) == []
