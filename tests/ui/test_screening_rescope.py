"""Scrutiny ▸ Screening…: answers filled in, a lower level asks why, the checklist re-scoped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.scrutiny import ScreeningData
from ethics_scrutiny.services import Services
from ui.screening import screening_dialog
from ui.screening.screening_data import ScreeningSource, visible
from ui.screening.screening_dialog import Rescreening, ScreeningDialog
from ui.screening.screening_source import source_for
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny

SAVE = QDialogButtonBox.StandardButton.Save


def real_source(services: Services) -> ScreeningSource:
    source = source_for(services.screening)
    assert source is not None, "the shipped screening template did not load"
    return source


def least_intrusive(source: ScreeningSource) -> dict[str, tuple[str, ...]]:
    """The first option of every question asked (a conditional one only while asked)."""
    answers: dict[str, tuple[str, ...]] = {}
    for question in visible(source.questions, answers):
        answers[question.key] = (question.options[0].value,)
    return answers


def most_intrusive(source: ScreeningSource) -> dict[str, tuple[str, ...]]:
    return {q.key: (q.options[-1].value,) for q in source.questions}


def dialog_over(
    qtbot: QtBot, services: Services, screening: ScreeningData | None, reasons: list[str]
) -> ScreeningDialog:
    dialog = ScreeningDialog(
        None,
        real_source(services),
        screening,
        services.library.modules(),
        ["drones"],
        ask_reason=lambda _question: reasons.pop(0) if reasons else None,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_saved_answers_are_filled_in_and_the_level_shown(
    qtbot: QtBot, services: Services
) -> None:
    source = real_source(services)
    saved = ScreeningData(level=4, answers={k: list(v) for k, v in most_intrusive(source).items()})
    dialog = dialog_over(qtbot, services, saved, [])
    assert dict(dialog.form.answers()) == most_intrusive(source)
    assert dialog.form.level.heading.text() == "Impact level 4 of 4"
    assert "Impact level now: 4 of 4" in dialog.before_label.text()
    assert not dialog.lowers_level()


def test_lowering_the_level_is_saved_only_with_a_reason(qtbot: QtBot, services: Services) -> None:
    source = real_source(services)
    saved = ScreeningData(level=4, answers={k: list(v) for k, v in most_intrusive(source).items()})
    reasons: list[str] = []
    dialog = dialog_over(qtbot, services, saved, reasons)
    dialog.form.set_answers(least_intrusive(source))
    assert dialog.lowers_level()
    dialog.accept()  # no reason given: still open, nothing to save
    assert dialog.result() != ScreeningDialog.DialogCode.Accepted
    reasons.append("The pilot uses no personal data at all now")
    dialog.accept()
    assert dialog.result() == ScreeningDialog.DialogCode.Accepted
    assert dialog.value().reason == "The pilot uses no personal data at all now"


def test_save_waits_for_every_question(qtbot: QtBot, services: Services) -> None:
    dialog = dialog_over(qtbot, services, None, [])
    save = dialog.buttons.button(SAVE)
    assert not save.isEnabled()
    answers = least_intrusive(real_source(services))
    first = next(iter(answers))
    dialog.form.set_answers({first: answers[first]})
    assert not save.isEnabled()
    assert "more question" in dialog.hint.text()
    dialog.form.set_answers(answers)
    assert save.isEnabled()


def test_cancel_after_a_change_asks_before_discarding(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(screening_dialog, "confirm_discard", lambda _p: asked.append(True))
    dialog = dialog_over(qtbot, services, None, [])
    dialog.show()
    dialog.form.set_answers(least_intrusive(real_source(services)))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert asked == [True] and dialog.isVisible()  # the stand-in answered "keep editing"
    dialog.done(0)


def test_screening_reopens_the_checklist_re_scoped(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()  # made after the window listed the record
    open_scrutiny(qtbot, window, scrutiny_id)
    checklist = window.controller.checklist
    qtbot.waitUntil(lambda: checklist.detail is not None)
    assert checklist.detail is not None
    everything = checklist.detail.checklist.question_count
    badge = window.checklist_page.level_badge
    assert badge.text() == "Not screened"
    action = window.action_map["screening"]
    assert action.isEnabled()
    answers = least_intrusive(real_source(services))
    offered: list[ScreeningData | None] = []

    def fake_ask(_cls: object, _parent: object, _source: object, screening: object, *_: object):
        offered.append(screening)  # type: ignore[arg-type]
        return Rescreening(answers, "A back-office tool that touches no one", {})

    monkeypatch.setattr(ScreeningDialog, "ask", classmethod(fake_ask))
    action.trigger()

    qtbot.waitUntil(lambda: badge.text() == "Impact level 1", timeout=5000)
    assert offered == [None]
    detail = checklist.detail
    assert detail is not None and detail.screening is not None
    assert detail.screening.level == 1
    assert detail.checklist.question_count < everything
    assert "Level lowered because: A back-office tool that touches no one" in badge.toolTip()


def test_every_control_of_the_screening_has_a_spoken_name(qtbot: QtBot, services: Services) -> None:
    from ui.kit.accessibility import unnamed_widgets

    dialog = dialog_over(qtbot, services, None, [])
    assert unnamed_widgets(dialog) == []


def test_a_reason_must_say_something(qtbot: QtBot) -> None:
    from ui.screening.reason_dialog import ReasonDialog

    dialog = ReasonDialog(None, "Lower the impact level", "Why is the lower level right?")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.hint.text()
    qtbot.keyClicks(dialog.text, "n/a")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.text, " - the pilot stopped using faces")
    assert ok.isEnabled() and not dialog.hint.text()
    assert dialog.reason() == "n/a - the pilot stopped using faces"


def test_every_alt_letter_of_the_screening_works(qtbot: QtBot, services: Services) -> None:
    from ui.kit.mnemonics import mnemonic_problems

    dialog = dialog_over(qtbot, services, None, [])
    dialog.show()
    assert mnemonic_problems(dialog) == []
    dialog.done(0)


def test_saving_an_unchanged_screening_saves_nothing(qtbot: QtBot, services: Services) -> None:
    source = real_source(services)
    saved = ScreeningData(level=4, answers={k: list(v) for k, v in most_intrusive(source).items()})
    dialog = dialog_over(qtbot, services, saved, [])
    dialog.accept()
    assert dialog.result() == ScreeningDialog.DialogCode.Rejected
