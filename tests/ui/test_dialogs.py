"""The new-scrutiny and decision dialogs, driven through their widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import Marking, Outcome, Stage, Technology
from ethics_scrutiny.services import Services
from ui.dashboard.new_scrutiny_dialog import NewScrutinyDialog
from ui.decisions.decision_dialog import DecisionDialog

OK = QDialogButtonBox.StandardButton.Ok


def test_new_scrutiny_needs_title_and_force_and_offers_every_technology(
    qtbot: QtBot, services: Services
) -> None:
    dialog = NewScrutinyDialog(None, services.library.modules())
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(OK)
    labels = [dialog.technology.itemText(i) for i in range(dialog.technology.count())]
    assert labels == [t.label for t in Technology]
    assert [dialog.marking.itemText(i) for i in range(2)] == ["OFFICIAL", "OFFICIAL-SENSITIVE"]
    assert not ok.isEnabled()

    dialog.technology.setCurrentIndex(labels.index(Technology.LIVE_FACIAL_RECOGNITION.label))
    qtbot.keyClicks(dialog.title, "LFR at the Royal Welsh Show")
    assert not ok.isEnabled()
    assert "force" in dialog.hint.text()
    qtbot.keyClicks(dialog.force, "Dyfed-Powys Police")
    assert ok.isEnabled()

    dialog.marking.setCurrentIndex(1)
    dialog.stage.setCurrentIndex(dialog.stage.findText("Live"))
    qtbot.keyClicks(dialog.supplier, "Example Vision Ltd")
    value = dialog.value()
    assert (value.title, value.force) == ("LFR at the Royal Welsh Show", "Dyfed-Powys Police")
    assert value.technology is Technology.LIVE_FACIAL_RECOGNITION
    assert (value.marking, value.stage) == (Marking.OFFICIAL_SENSITIVE, Stage.LIVE)
    assert value.supplier == "Example Vision Ltd"
    # The technology's own module is included anyway, so it is not listed as an extra.
    assert value.modules == ()


def test_decision_dialog_asks_for_conditions_only_with_that_outcome(qtbot: QtBot) -> None:
    dialog = DecisionDialog(None, scrutiny_title="Drone pilot")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(OK)
    assert not ok.isEnabled()
    assert not dialog.conditions.isEnabled()

    dialog.outcome.setCurrentIndex(dialog.outcome.findText(Outcome.SUPPORT_WITH_CONDITIONS.label))
    qtbot.keyClicks(dialog.rationale, "Necessary and proportionate, with safeguards.")
    qtbot.keyClicks(dialog.decided_by, "Ethics panel")
    assert dialog.conditions.isEnabled()
    assert not ok.isEnabled()
    assert "condition" in dialog.hint.text()
    qtbot.keyClicks(dialog.conditions.rows[0].text, "Publish the watchlist policy")
    qtbot.mouseClick(dialog.conditions.add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.conditions.rows[1].text, "Report every deployment to the panel")
    # Support is time-limited: the review date is required, so it is on and cannot be unticked.
    assert dialog.review_date.isEnabled() and not dialog.has_review.isEnabled()
    assert ok.isEnabled()

    review = QDate.currentDate().addMonths(3)
    dialog.review_date.setDate(review)
    value = dialog.value()
    assert value.outcome is Outcome.SUPPORT_WITH_CONDITIONS
    assert value.conditions == (
        "Publish the watchlist policy",
        "Report every deployment to the panel",
    )
    assert value.review_date == review.toPython()

    # Conditions typed before switching to another outcome are not sent with it.
    dialog.outcome.setCurrentIndex(dialog.outcome.findText(Outcome.DEFER.label))
    assert dialog.value().conditions == ()


def test_decision_dialog_shows_the_record_s_reason_and_keeps_the_values(qtbot: QtBot) -> None:
    from ethics_scrutiny.domain.scrutiny import DecisionInput

    earlier = DecisionInput(Outcome.DO_NOT_SUPPORT, "Not lawful.", "PCC", (), date(2026, 1, 5))
    dialog = DecisionDialog(None, initial=earlier, error="The rationale is too long.")
    qtbot.addWidget(dialog)
    assert "The rationale is too long." in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    assert dialog.value() == earlier
