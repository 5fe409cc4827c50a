"""Conditions that name the questions they resolve, and the time limit on support."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import Outcome, Status
from ethics_scrutiny.domain.scoring import RedFlag, must_flags
from ethics_scrutiny.domain.scrutiny import DecisionInput
from ethics_scrutiny.services import Services
from ui.decisions.condition_picker import (
    KEY_ROLE,
    QuestionPickerDialog,
    compose_condition,
    split_condition,
)
from ui.decisions.decision_dialog import DecisionDialog
from ui.kit.accessibility import unnamed_widgets
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny

OK = QDialogButtonBox.StandardButton.Ok
QUESTIONS = (
    ("LB-01", "Is there a clear legal basis?"),
    ("LB-03", "Are the watchlist criteria published?"),
    ("LB-04", "Are the deployment criteria published?"),
    ("PD-02", "Is the DPIA complete?"),
)
FLAGS = (
    RedFlag("LB-03", "Are the watchlist criteria published?", "", "not met"),
    RedFlag("LB-04", "Are the deployment criteria published?", "", "unknown"),
)


def conditional_support(qtbot: QtBot, **kwargs: object) -> DecisionDialog:
    dialog = DecisionDialog(None, scrutiny_title="LFR", questions=QUESTIONS, flags=FLAGS, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.SUPPORT_WITH_CONDITIONS.value))
    qtbot.keyClicks(dialog.rationale, "Proportionate once the criteria are public.")
    qtbot.keyClicks(dialog.decided_by, "PCC")
    return dialog


def picking(
    monkeypatch: pytest.MonkeyPatch, answers: list[tuple[str, ...]]
) -> list[dict[str, object]]:
    """Patch the picker so each opening ticks the next answer; returns what it was offered."""
    offered: list[dict[str, object]] = []

    def ask(
        parent: QWidget | None,
        questions: Sequence[tuple[str, str]],
        flags: Sequence[RedFlag],
        chosen: Sequence[str],
    ) -> tuple[str, ...] | None:
        offered.append({"questions": questions, "flags": flags, "chosen": tuple(chosen)})
        return answers.pop(0)

    monkeypatch.setattr(QuestionPickerDialog, "ask", ask)
    return offered


def test_a_condition_is_stored_with_the_keys_it_names() -> None:
    assert compose_condition(("LB-03", "LB-04"), " Publish the criteria ") == (
        "LB-03, LB-04: Publish the criteria"
    )
    assert compose_condition((), "Report to the panel") == "Report to the panel"
    assert split_condition("LB-03, LB-04: Publish the criteria") == (
        ("LB-03", "LB-04"),
        "Publish the criteria",
    )
    # A colon in ordinary text is not a list of keys; keys are read as the core reads them.
    assert split_condition("Note: report monthly") == ((), "Note: report monthly")
    assert split_condition("lb-03 ,LB-04:Publish") == (("LB-03", "LB-04"), "Publish")


def test_the_picker_offers_the_standing_must_flags_first(qtbot: QtBot) -> None:
    picker = QuestionPickerDialog(None, QUESTIONS, FLAGS, ("LB-04",))
    qtbot.addWidget(picker)
    rows = [picker.list.item(i) for i in range(picker.list.count())]
    keys = [row.data(KEY_ROLE) for row in rows]
    assert keys == [None, "LB-03", "LB-04", None, "LB-01", "PD-02"]
    assert rows[0].text() == "Standing 'must' flags"
    assert "not met" in rows[1].text() and "unknown" in rows[2].text()
    # Headings cannot be ticked; what was chosen before is ticked again.
    assert not rows[0].flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert picker.chosen() == ("LB-04",)
    rows[1].setCheckState(Qt.CheckState.Checked)
    assert picker.chosen() == ("LB-03", "LB-04")

    qtbot.keyClicks(picker.search, "dpia")
    assert [row.data(KEY_ROLE) for row in rows if not row.isHidden()] == ["PD-02"]
    assert unnamed_widgets(picker) == []


def test_conditional_support_needs_a_condition_naming_each_must_flag(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered = picking(monkeypatch, [("LB-03",), ("LB-04",)])
    dialog = conditional_support(qtbot)
    ok = dialog.buttons.button(OK)
    listed = [dialog.flags_list.item(row).text() for row in range(dialog.flags_list.count())]
    assert listed == ["LB-03 (not met)", "LB-04 (unknown)"]
    assert "Standing 'must' flags (2)" in dialog.flags_label.text()

    first = dialog.conditions.rows[0]
    qtbot.keyClicks(first.text, "Publish the watchlist criteria")
    assert not ok.isEnabled()
    assert "a condition naming LB-03, LB-04" in dialog.hint.text()
    qtbot.mouseClick(first.pick, Qt.MouseButton.LeftButton)
    assert offered[0]["flags"] == FLAGS and offered[0]["questions"] == QUESTIONS
    assert first.keys_label.text() == "Resolves: LB-03"
    assert "a condition naming LB-04" in dialog.hint.text()

    qtbot.mouseClick(dialog.conditions.add, Qt.MouseButton.LeftButton)
    second = dialog.conditions.rows[1]
    qtbot.mouseClick(second.pick, Qt.MouseButton.LeftButton)
    # Keys alone are not a condition: it still needs its text.
    assert not ok.isEnabled()
    qtbot.keyClicks(second.text, "Publish the deployment criteria")
    assert ok.isEnabled(), dialog.hint.text()
    assert dialog.value().conditions == (
        "LB-03: Publish the watchlist criteria",
        "LB-04: Publish the deployment criteria",
    )
    assert unnamed_widgets(dialog) == []


def test_a_removed_condition_no_longer_names_its_flag(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    picking(monkeypatch, [("LB-03", "LB-04")])
    dialog = conditional_support(qtbot)
    first = dialog.conditions.rows[0]
    qtbot.keyClicks(first.text, "Publish both sets of criteria")
    qtbot.mouseClick(first.pick, Qt.MouseButton.LeftButton)
    assert dialog.buttons.button(OK).isEnabled()
    qtbot.mouseClick(first.remove, Qt.MouseButton.LeftButton)
    assert len(dialog.conditions.rows) == 1 and dialog.conditions.conditions() == ()
    assert not dialog.buttons.button(OK).isEnabled()


def test_a_refused_decision_comes_back_with_its_conditions_and_their_questions(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = QDate.currentDate().addMonths(6).toPython()
    earlier = DecisionInput(
        Outcome.SUPPORT_WITH_CONDITIONS,
        "Proportionate once the criteria are public.",
        "PCC",
        ("LB-03, LB-04: Publish the criteria", "Report each deployment"),
        review,  # type: ignore[arg-type]
    )
    offered = picking(monkeypatch, [("LB-03", "LB-04", "PD-02")])
    dialog = DecisionDialog(
        None, initial=earlier, error="Not every flag is named.", questions=QUESTIONS, flags=FLAGS
    )
    qtbot.addWidget(dialog)
    assert [row.keys for row in dialog.conditions.rows] == [("LB-03", "LB-04"), ()]
    assert dialog.value() == earlier
    qtbot.mouseClick(dialog.conditions.rows[0].pick, Qt.MouseButton.LeftButton)
    assert offered[0]["chosen"] == ("LB-03", "LB-04")
    assert dialog.value().conditions[0] == "LB-03, LB-04, PD-02: Publish the criteria"


@pytest.mark.parametrize("outcome", [Outcome.SUPPORT, Outcome.SUPPORT_WITH_CONDITIONS])
def test_support_needs_a_review_date_within_two_years(qtbot: QtBot, outcome: Outcome) -> None:
    dialog = DecisionDialog(None, scrutiny_title="Drone pilot")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(OK)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome.value))
    qtbot.keyClicks(dialog.rationale, "Necessary and proportionate.")
    qtbot.keyClicks(dialog.decided_by, "PCC")
    qtbot.keyClicks(dialog.conditions.rows[0].text, "Report every deployment")
    assert dialog.has_review.isChecked() is False and not dialog.has_review.isEnabled()
    assert dialog.review_date.isEnabled() and dialog.review_note.isVisibleTo(dialog)

    today = QDate.currentDate()
    for day, problem in (
        (today, "a review date after today"),
        (today.addDays(-10), "a review date after today"),
        (today.addMonths(24).addDays(1), "a review date no later than"),
    ):
        dialog.review_date.setDate(day)
        assert not ok.isEnabled()
        assert problem in dialog.hint.text()
    dialog.review_date.setDate(today.addMonths(24))
    assert ok.isEnabled(), dialog.hint.text()
    assert dialog.value().review_date == today.addMonths(24).toPython()

    # Any other outcome may leave the review date out, or set one in the past.
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.DEFER.value))
    dialog.review_date.setDate(today.addDays(-10))
    assert dialog.has_review.isEnabled() and not dialog.review_date.isEnabled()
    assert ok.isEnabled() and dialog.value().review_date is None


def test_an_office_may_shorten_the_review_limit(qtbot: QtBot) -> None:
    dialog = DecisionDialog(None, review_limit_months=12)
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.SUPPORT.value))
    qtbot.keyClicks(dialog.rationale, "Necessary and proportionate.")
    qtbot.keyClicks(dialog.decided_by, "PCC")
    dialog.review_date.setDate(QDate.currentDate().addMonths(13))
    assert "no later than" in dialog.hint.text()
    assert not dialog.buttons.button(OK).isEnabled()


def test_many_conditions_scroll_instead_of_squashing_the_fields(qtbot: QtBot) -> None:
    dialog = conditional_support(qtbot)
    for _ in range(7):
        dialog.conditions.add_row()
    dialog.resize(1366 - 40, 768 - 80)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 768
    boxes = [dialog.rationale, dialog.override_reason, *(r.text for r in dialog.conditions.rows)]
    for box in boxes:
        assert box.height() >= box.minimumHeight() >= box.fontMetrics().lineSpacing() * 3
    assert dialog.body_area.verticalScrollBar().maximum() > 0
    # The buttons stay in view whatever the fields' height.
    assert dialog.buttons.geometry().bottom() <= dialog.height()


def test_deciding_offers_the_scrutiny_s_questions_and_standing_must_flags(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    detail = services.scrutinies.get(scrutiny_id)
    # A critical "must" question that is not blocking: not met, it is a must flag all the same.
    first_must = next(
        q
        for q in detail.checklist.questions()
        if q.obligation.value == "must" and q.critical and not q.blocking
    )
    services.scrutinies.answer(scrutiny_id, first_must.key, Status.NOT_MET)
    monkeypatch.setenv("ETHICS_SCRUTINY_MAX_APPROVAL_MONTHS", "12")
    asked: list[dict[str, object]] = []
    monkeypatch.setattr(DecisionDialog, "ask", lambda _parent, **kwargs: asked.append(kwargs))
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    window.action_map["decide"].trigger()
    qtbot.waitUntil(lambda: bool(asked))

    detail = services.scrutinies.get(scrutiny_id)
    expected = tuple(must_flags(detail.checklist, detail.responses))
    assert asked[0]["flags"] == expected
    assert first_must.key in [flag.key for flag in expected]
    assert asked[0]["questions"] == tuple((q.key, q.prompt) for q in detail.checklist.questions())
    # An office that shortens the approval period has the dialog hold to it too.
    assert asked[0]["review_limit_months"] == 12


def test_the_core_s_refusal_comes_back_in_the_dialog(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    review = QDate.currentDate().addMonths(6).toPython()
    support = DecisionInput(Outcome.SUPPORT, "Proportionate.", "PCC", (), review)  # type: ignore[arg-type]
    shown: list[DecisionDialog] = []

    def ask(parent: QWidget | None, **kwargs: object) -> DecisionInput | None:
        if not kwargs.get("error"):
            return support
        dialog = DecisionDialog(parent, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return None

    monkeypatch.setattr(DecisionDialog, "ask", ask)
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    window.action_map["decide"].trigger()
    qtbot.waitUntil(lambda: bool(shown))
    dialog = shown[0]
    # What was typed comes back with the core's reason, shown above the fields.
    assert dialog.value() == support
    assert dialog.error_label.isVisibleTo(dialog)
    assert "Not recorded:" in dialog.error_label.text()
    assert "Support needs the scrutiny to be ready" in dialog.error_label.text()
    assert services.scrutinies.get(scrutiny_id).decisions == ()
