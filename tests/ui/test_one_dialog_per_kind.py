"""One dialog of a kind at a time, stale decisions refused, and the decision dialog's layout."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import DecisionCapacity, Outcome, Status
from ethics_scrutiny.domain.scoring import RedFlag, assess
from ethics_scrutiny.domain.scrutiny import DecisionInput
from ethics_scrutiny.services import Services
from ui.decisions.decision_dialog import DecisionDialog
from ui.decisions.decision_history_view import DecisionHistoryDialog, details_html
from ui.kit.single_dialog import OnePerKind
from ui.meeting.meeting_mode import MeetingMode
from ui.meeting.summary_view import SummaryDialog
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny

ERROR = (
    "Support needs the scrutiny to be ready, and no override reason changes that (flags on "
    "legal requirements stand: LB-02, LB-03, LB-04, LB-05, LB-06). Settle those questions, or "
    "record 'support with conditions' with a condition naming each flag on a legal "
    "requirement, or choose another outcome."
)


def advice(rationale: str, supersedes: int | None = None) -> DecisionInput:
    return DecisionInput(
        Outcome.DEFER,
        rationale,
        "Ethics panel",
        capacity=DecisionCapacity.PANEL_ADVICE,
        supersedes=supersedes,
    )


def selected(qtbot: QtBot, window: MainWindow, scrutiny_id: int) -> None:
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.context.tasks.pending == 0)


@pytest.mark.parametrize(
    ("action", "dialog"),
    [("decide", DecisionDialog), ("history", DecisionHistoryDialog), ("summary", SummaryDialog)],
)
def test_two_quick_presses_open_one_dialog(
    qtbot: QtBot,
    window: MainWindow,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
    dialog: type[QDialog],
) -> None:
    asked: list[dict[str, object]] = []
    monkeypatch.setattr(dialog, "ask", lambda _parent, **kwargs: asked.append(kwargs))
    selected(qtbot, window, make_scrutiny())
    # Both presses land while the first is still loading on the database worker.
    window.action_map[action].trigger()
    window.action_map[action].trigger()
    settle(qtbot, window)
    assert len(asked) == 1
    # Once it has closed, the command opens it again.
    window.action_map[action].trigger()
    qtbot.waitUntil(lambda: len(asked) == 2)


# Offscreen Qt cannot raise a window, and says so: that warning is the raise being asked for.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_second_meeting_mode_raises_the_open_one(
    qtbot: QtBot, window: MainWindow, make_scrutiny: MakeScrutiny
) -> None:
    selected(qtbot, window, make_scrutiny())
    meeting = window.controller.workflow.meeting
    with qtbot.waitSignal(meeting.entered, timeout=5000):
        window.action_map["meeting"].trigger()
        window.action_map["meeting"].trigger()
    window.action_map["meeting"].trigger()
    settle(qtbot, window)
    modes = [w for w in QApplication.topLevelWidgets() if isinstance(w, MeetingMode)]
    assert [m for m in modes if m.isVisible()] == [meeting.mode]
    assert meeting.mode is not None
    meeting.mode.leave()
    qtbot.waitUntil(lambda: meeting.mode is None)


def test_the_guard_raises_the_open_window_and_frees_the_kind_after(qtbot: QtBot) -> None:
    busy: list[str] = []
    owner = QWidget()
    qtbot.addWidget(owner)
    guard = OnePerKind(lambda: busy.append("busy"), owner)
    shown = DecisionDialog(owner)
    # Another window's dialog of the same kind (a demonstration beside the record) stays put.
    elsewhere = DecisionDialog(None)
    qtbot.addWidget(elsewhere)
    elsewhere_raised: list[bool] = []
    elsewhere.raise_ = lambda: elsewhere_raised.append(True)  # type: ignore[method-assign]
    elsewhere.show()
    assert guard.claim("decide", DecisionDialog)
    assert not guard.claim("decide", DecisionDialog)
    assert busy == ["busy"]  # nothing shown yet to raise: the officer is told instead
    raised: list[bool] = []
    shown.raise_ = lambda: raised.append(True)  # type: ignore[method-assign]
    shown.show()
    assert not guard.claim("decide", DecisionDialog) and busy == ["busy"]
    assert raised == [True] and elsewhere_raised == []
    with pytest.raises(RuntimeError), guard.released_on_error("decide"):
        raise RuntimeError
    assert not guard.busy("decide") and guard.claim("decide", DecisionDialog)


def test_a_decision_prepared_before_another_landed_is_refused_and_asked_again(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    calls: list[dict[str, object]] = []

    def ask(_parent: QWidget | None, **kwargs: object) -> DecisionInput | None:
        calls.append(kwargs)
        if len(calls) == 1:
            # While this dialog is open, another decision is recorded (a second dialog, or
            # a colleague on the shared record).
            services.decisions.decide(scrutiny_id, advice("Recorded meanwhile"))
            return advice("Typed in the first dialog")
        return None

    monkeypatch.setattr(DecisionDialog, "ask", ask)
    selected(qtbot, window, scrutiny_id)
    window.action_map["decide"].trigger()
    qtbot.waitUntil(lambda: len(calls) == 2)
    settle(qtbot, window)
    decisions = services.scrutinies.get(scrutiny_id).decisions
    assert [d.rationale for d in decisions] == ["Recorded meanwhile"]
    # Asked again with what was typed, the reason, and the decision now standing to replace.
    assert calls[1]["initial"] == advice("Typed in the first dialog")
    assert "changed after this decision was prepared" in str(calls[1]["error"])
    assert [d.sequence for d in calls[1]["standing"]] == [decisions[0].sequence]  # type: ignore[attr-defined]
    assert services.maintenance.verify().ok


def test_fields_keep_their_height_beside_the_refusal_and_standing_flags(qtbot: QtBot) -> None:
    flags = tuple(RedFlag(f"LB-{n:02}", "A question", "", "not answered yet") for n in range(14))
    dialog = DecisionDialog(
        None,
        scrutiny_title="Drone pilot over Gwent city centre",
        error=ERROR,
        flags=flags,
        initial=advice("The panel supports"),
    )
    qtbot.addWidget(dialog)
    dialog.resize(1366 - 40, 768 - 80)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 768 and dialog.error_label.isVisible()
    lines = dialog.fontMetrics().lineSpacing()
    for box in (dialog.rationale, dialog.override_reason, dialog.conditions.rows[0].text):
        assert box.height() >= lines * 3
    # The flags are a list, one to a line, and at least a few show without scrolling.
    assert dialog.flags_list.count() == len(flags)
    assert dialog.flags_list.height() >= lines * 4
    assert dialog.flags_list.item(0).text() == "LB-00 (not answered yet)"
    # Nothing is drawn over anything else, and nothing runs off the side.
    body = dialog.body_area.widget()
    assert body is not None
    fields = [
        dialog.rationale,
        dialog.decided_by,
        dialog.flags_label,
        dialog.flags_list,
        dialog.conditions,
        dialog.override_reason,
        dialog.has_review,
    ]
    boxes = [QRect(w.mapTo(body, w.rect().topLeft()), w.size()) for w in fields]
    for upper, lower in itertools.pairwise(boxes):
        assert upper.bottom() < lower.top()
    assert body.width() <= dialog.body_area.viewport().width()
    assert all(box.right() <= body.width() for box in boxes)


def test_history_numbers_decisions_within_the_scrutiny(
    qtbot: QtBot, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    other = make_scrutiny(title="Another deployment")
    services.decisions.decide(other, advice("Elsewhere"))
    scrutiny_id = make_scrutiny()
    first = services.decisions.decide(scrutiny_id, advice("First"))
    second = services.decisions.decide(scrutiny_id, advice("Second", first.sequence))
    decisions = services.scrutinies.get(scrutiny_id).decisions
    dialog = DecisionHistoryDialog(None, "Drone pilot", decisions, {})
    qtbot.addWidget(dialog)
    model = dialog.model
    assert [model.index(r, 0).data() for r in range(2)] == ["1", "2"]
    assert [model.index(r, 7).data() for r in range(2)] == [
        f"#{first.sequence}",
        f"#{second.sequence}",
    ]
    assert model.index(0, 6).data() == "Superseded by decision 2"
    details = details_html(model, decisions[1])
    assert "Decision 2:" in details and f"record entry #{second.sequence}" in details
    assert "Supersedes decision 1." in details


def test_the_summary_names_the_standing_decision(
    qtbot: QtBot, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = make_scrutiny()
    key = services.scrutinies.get(scrutiny_id).checklist.questions()[0].key
    services.scrutinies.answer(scrutiny_id, key, Status.NOT_MET)
    first = services.decisions.decide(scrutiny_id, advice("First"))
    services.decisions.decide(scrutiny_id, advice("Second", first.sequence))
    office = services.decisions.decide(
        scrutiny_id,
        DecisionInput(
            Outcome.DO_NOT_SUPPORT,
            "Not proportionate.",
            "PCC",
            capacity=DecisionCapacity.OFFICE_DECISION,
        ),
    )
    detail = services.scrutinies.get(scrutiny_id)
    result = assess(detail.checklist, detail.responses)

    dialog = SummaryDialog(None, detail, result, date.today())
    qtbot.addWidget(dialog)
    text = dialog.decision.text()
    assert text.startswith("2 standing decisions: Decision 3: Do not support (Office decision")
    assert "Decision 2: Defer" in text and "Decision 1" not in text

    withdrawn = {office.sequence: "Recorded against the wrong deployment"}
    dialog = SummaryDialog(None, detail, result, date.today(), withdrawn=withdrawn)
    qtbot.addWidget(dialog)
    assert dialog.decision.text().startswith("1 standing decision: Decision 2: Defer")
