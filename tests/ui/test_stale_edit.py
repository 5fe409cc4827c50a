"""Two officers, one record: an edit overtaken by someone else's is refused, kept and reloaded.

"The other officer" is a second service call made behind the window's back after it loaded
the scrutiny; the window then saves through its real widgets and must say so, not overwrite.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import ActionKind, Rating, Stage, Status
from ethics_scrutiny.domain.errors import ConcurrentEditError
from ethics_scrutiny.domain.scrutiny import ActionInput, EvidenceInput
from ethics_scrutiny.services import Services
from ui.actions.action_items_dialog import ActionItemDialog
from ui.checklist.checklist_controller import NOT_SAVED
from ui.decisions.stage_dialog import StageDialog
from ui.evidence.evidence_dialog import EvidenceDialog
from ui.kit import messages
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny

LEFT = Qt.MouseButton.LeftButton


@dataclass
class Asked:
    """Every "Changed by someone else" box the app would have shown, and the answer given."""

    reload: bool = True
    shown: list[tuple[str, str, bool]] = field(default_factory=list)

    def __call__(
        self, _parent: QWidget | None, exc: ConcurrentEditError, yours: str, copied: bool
    ) -> bool:
        self.shown.append((messages.conflict_text(exc), yours, copied))
        return self.reload


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch, said: list[tuple[str, str, str]]) -> Asked:
    answer = Asked()
    monkeypatch.setattr(messages, "changed_elsewhere", answer)
    return answer


def settled(window: MainWindow) -> bool:
    checklist = window.controller.checklist
    return checklist.pending_saves == 0 and window.context.tasks.pending == 0


def test_an_answer_changed_elsewhere_is_refused_and_reload_shows_theirs(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    asked: Asked,
    said: list[tuple[str, str, str]],
) -> None:
    scrutiny_id = make_scrutiny()
    key = services.scrutinies.get(scrutiny_id).checklist.questions()[0].key
    services.scrutinies.answer(scrutiny_id, key, Status.PARTLY_MET, note="Before the meeting")
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    checklist = window.controller.checklist
    panel = window.checklist_page.question
    checklist.go_to_key(key)  # opening shows the first unanswered question
    assert checklist.current_key == key
    assert panel.notes.toPlainText() == "Before the meeting"

    # The other officer saves their finding on the same question.
    services.scrutinies.answer(
        scrutiny_id, key, Status.NOT_MET, Rating.RED, "Their finding", expected_version=1
    )

    # This officer edits the note they see: the save is refused, their text kept.
    panel.notes.setFocus()
    panel.notes.moveCursor(panel.notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.notes, ", and the DPIA v5")
    qtbot.waitUntil(lambda: len(asked.shown) == 1, timeout=5000)
    text, yours, copied = asked.shown[0]
    assert text.startswith(f"Someone else changed the answer to {key} since you opened it (at ")
    assert "Nothing was saved: reload to see their version." in text
    assert "Before the meeting, and the DPIA v5" in yours and copied
    assert QGuiApplication.clipboard().text() == "Before the meeting, and the DPIA v5"
    stored = services.scrutinies.get(scrutiny_id).responses[key]
    assert (stored.status, stored.note) == (Status.NOT_MET, "Their finding")

    # Reload shows the other officer's answer on the same question.
    qtbot.waitUntil(lambda: panel.notes.toPlainText() == "Their finding", timeout=5000)
    assert checklist.current_key == key
    assert panel.status_buttons[Status.NOT_MET].isChecked()
    assert panel.current_rating() is Rating.RED
    assert not checklist.undo_group.canUndo()  # old steps would write over their answer

    # Working on from their version saves normally.
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        qtbot.mouseClick(panel.status_buttons[Status.PARTLY_MET], LEFT)
    qtbot.waitUntil(lambda: settled(window))
    stored = services.scrutinies.get(scrutiny_id).responses[key]
    assert (stored.status, stored.note) == (Status.PARTLY_MET, "Their finding")
    assert len(asked.shown) == 1 and said == []


def test_cancel_keeps_the_page_and_a_later_save_is_refused_again(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    asked: Asked,
    said: list[tuple[str, str, str]],
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    checklist = window.controller.checklist
    panel = window.checklist_page.question
    key = checklist.current_key
    assert key is not None and key not in services.scrutinies.get(scrutiny_id).responses

    # Both saw the question unanswered; the other officer answers it first.
    services.scrutinies.answer(scrutiny_id, key, Status.MET, note="Theirs")
    asked.reload = False
    qtbot.mouseClick(panel.status_buttons[Status.NOT_MET], LEFT)
    qtbot.waitUntil(lambda: len(asked.shown) == 1 and settled(window), timeout=5000)
    assert f"Someone else answered the question {key}" in asked.shown[0][0]
    assert not asked.shown[0][2]  # no note typed, nothing put on the clipboard
    assert panel.status_buttons[Status.NOT_MET].isChecked()  # the page is left as it was
    assert panel.save_label.text() == f"{NOT_SAVED}: {key}"

    qtbot.mouseClick(panel.status_buttons[Status.PARTLY_MET], LEFT)
    qtbot.waitUntil(lambda: len(asked.shown) == 2 and settled(window), timeout=5000)
    stored = services.scrutinies.get(scrutiny_id).responses[key]
    assert (stored.status, stored.note) == (Status.MET, "Theirs")
    assert said == []


def test_a_sensitive_note_is_kept_in_the_box_not_on_the_clipboard(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    asked: Asked,
) -> None:
    scrutiny_id = make_scrutiny()
    key = services.scrutinies.get(scrutiny_id).checklist.questions()[0].key
    services.scrutinies.answer(scrutiny_id, key, Status.NOT_MET, note="Source:", sensitive=True)
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    checklist = window.controller.checklist
    checklist.go_to_key(key)
    QGuiApplication.clipboard().setText("unrelated")
    services.scrutinies.answer(scrutiny_id, key, Status.MET, note="Theirs", expected_version=1)
    panel = window.checklist_page.question
    panel.notes.moveCursor(panel.notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.notes, " informant 7")
    qtbot.waitUntil(lambda: len(asked.shown) == 1, timeout=5000)
    _text, yours, copied = asked.shown[0]
    assert "Source: informant 7" in yours and "(sensitive)" in yours
    assert not copied and QGuiApplication.clipboard().text() == "unrelated"


def test_undo_never_writes_over_someone_elses_answer(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    asked: Asked,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    checklist = window.controller.checklist
    panel = window.checklist_page.question
    key = checklist.current_key
    assert key is not None
    with qtbot.waitSignal(checklist.saved, timeout=5000):
        qtbot.mouseClick(panel.status_buttons[Status.MET], LEFT)
    services.scrutinies.answer(scrutiny_id, key, Status.NOT_MET, note="Theirs", expected_version=1)

    checklist.undo()  # would make the question unanswered again, over their answer
    qtbot.waitUntil(lambda: len(asked.shown) == 1, timeout=5000)
    assert f"the answer to {key}" in asked.shown[0][0]
    qtbot.waitUntil(lambda: panel.notes.toPlainText() == "Theirs", timeout=5000)
    assert services.scrutinies.get(scrutiny_id).responses[key].note == "Theirs"


def test_evidence_edited_elsewhere_is_refused_and_reloaded(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    item = services.evidence.add(scrutiny_id, EvidenceInput(title="DPIA", reference="v5.3"))
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    services.evidence.update(item.id, EvidenceInput(title="DPIA", reference="v5.4"))

    def edit(
        parent: QWidget | None, questions: Sequence[tuple[str, str]], **kwargs: object
    ) -> EvidenceInput | None:
        dialog = EvidenceDialog(parent, questions, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.title.setText("DPIA (signed)")
        return dialog.value()

    monkeypatch.setattr(EvidenceDialog, "ask", edit)
    window.action_map["show_evidence"].trigger()
    register = window.checklist_page.evidence
    register.select_id(item.id)
    qtbot.mouseClick(register.edit_button, LEFT)
    qtbot.waitUntil(lambda: len(asked.shown) == 1, timeout=5000)
    assert "the evidence item “DPIA”" in asked.shown[0][0]
    assert "Title: DPIA (signed)" in QGuiApplication.clipboard().text()
    qtbot.waitUntil(lambda: [i.reference for i in register.model.items()] == ["v5.4"])
    assert services.evidence.get(item.id).title == "DPIA"


def test_an_action_edited_elsewhere_is_refused_and_reloaded(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    asked_of_force = ActionInput(ActionKind.QUESTION, "Send the DPIA", owner="DCC")
    item = services.actions.add(scrutiny_id, asked_of_force)
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    services.actions.update(item.id, ActionInput(ActionKind.QUESTION, "Send the DPIA", "ACC"))
    mine = ActionInput(ActionKind.QUESTION, "Send the signed DPIA", owner="DCC")
    monkeypatch.setattr(ActionItemDialog, "ask", lambda *_a, **_k: mine)
    window.action_map["show_actions"].trigger()
    page = window.checklist_page.action_items
    page.select_id(item.id)
    qtbot.mouseClick(page.edit_button, LEFT)
    qtbot.waitUntil(lambda: len(asked.shown) == 1, timeout=5000)
    assert "the question to the force “Send the DPIA”" in asked.shown[0][0]
    assert "Send the signed DPIA" in asked.shown[0][1]
    qtbot.waitUntil(lambda: [i.owner for i in page.model.items()] == ["ACC"])
    assert services.actions.get(item.id).text == "Send the DPIA"


def test_a_stage_changed_elsewhere_is_refused_and_reloaded(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()  # at the pilot stage
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    services.scrutinies.set_stage(scrutiny_id, Stage.REVIEW)
    monkeypatch.setattr(StageDialog, "ask", lambda *_a, **_k: Stage.LIVE)
    window.action_map["stage"].trigger()
    qtbot.waitUntil(lambda: len(asked.shown) == 1, timeout=5000)
    assert "changed the stage of this scrutiny" in asked.shown[0][0]
    assert "from Pilot to Live" in asked.shown[0][1]
    checklist = window.controller.checklist
    qtbot.waitUntil(
        lambda: checklist.detail is not None and checklist.detail.summary.stage is Stage.REVIEW
    )
    assert services.scrutinies.get(scrutiny_id).summary.stage is Stage.REVIEW


@pytest.mark.parametrize(("button", "reload"), [("Reload", True), ("Cancel", False)])
def test_the_message_box_says_what_changed_in_local_time(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, button: str, reload: bool
) -> None:
    """The real box: title, sentence with the local time, advice, details, and its buttons."""
    when = datetime(2026, 12, 4, 14, 5, tzinfo=UTC)
    exc = ConcurrentEditError.stale("the answer to LB-03", when)
    seen: list[QMessageBox] = []

    def press(box: QMessageBox) -> int:
        seen.append(box)
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press)
    assert messages.changed_elsewhere(None, exc, "Your answer to LB-03: Met.", True) is reload
    [box] = seen
    assert box.windowTitle() == messages.CHANGED_ELSEWHERE
    local = when.astimezone()
    assert box.text() == (
        "Someone else changed the answer to LB-03 since you opened it "
        f"(at {local:%H:%M} on {local.day} {local:%b %Y}). "
        "Nothing was saved: reload to see their version."
    )
    assert "on the clipboard" in box.informativeText()
    assert box.detailedText() == "Your answer to LB-03: Met."
    assert "04 Dec 2026 14:05:00 UTC" in str(exc)  # the service's own words stay in UTC
