"""The evidence register: attach a file (kept by its hash), link it to questions, open it."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import EvidenceKind
from ethics_scrutiny.domain.scrutiny import EvidenceData, EvidenceInput
from ethics_scrutiny.services import Services
from ui.checklist.checklist_view import EVIDENCE_TAB
from ui.evidence import evidence_controller
from ui.evidence.evidence_dialog import EvidenceDialog
from ui.evidence.evidence_model import EvidenceColumn
from ui.kit import file_dialogs
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny

LEFT = Qt.MouseButton.LeftButton
OK = QDialogButtonBox.StandardButton.Ok


def check_question(dialog: EvidenceDialog, key: str) -> None:
    for row in range(dialog.questions.count()):
        item = dialog.questions.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{key} is not offered")


@pytest.fixture
def dpia(tmp_path: Path) -> Path:
    path = tmp_path / "force" / "DPIA drones v2.1 — Gwent.pdf"
    path.parent.mkdir()
    path.write_bytes(b"%PDF-1.4 drone DPIA " * 5000)
    return path


def test_the_dialog_attaches_a_file_and_links_questions(
    qtbot: QtBot, dpia: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = [("PD-01", "Is there a DPIA?"), ("PD-02", "Is retention limited?")]
    dialog = EvidenceDialog(None, questions)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(OK)
    assert not ok.isEnabled() and "title" in dialog.hint.text()
    monkeypatch.setattr(file_dialogs, "ask_open_evidence", lambda _parent, _start: dpia)
    qtbot.mouseClick(dialog.attach, LEFT)
    assert dialog.file_label.text() == dpia.name
    assert dialog.title.text() == dpia.stem  # a title suggested from the file name
    assert ok.isEnabled()
    dialog.title.setText("Data protection impact assessment")
    qtbot.keyClicks(dialog.reference, "DPIA v2.1")
    dialog.kind.setCurrentIndex(dialog.kind.findData(EvidenceKind.DOCUMENT.value))
    # Narrow the long list of questions by typing, then tick one.
    qtbot.keyClicks(dialog.question_filter, "retention")
    assert [dialog.questions.item(i).isHidden() for i in range(2)] == [True, False]
    check_question(dialog, "PD-02")
    assert dialog.linked_label.text() == "Linked to 1 question: PD-02"
    dialog.question_filter.clear()
    assert not dialog.questions.item(0).isHidden()
    dialog.has_document_date.setChecked(True)
    value = dialog.value()
    assert value.title == "Data protection impact assessment"
    assert (value.reference, value.question_keys) == ("DPIA v2.1", ("PD-02",))
    assert value.file_path == str(dpia)
    assert value.document_date is not None and value.received_on is None


def test_editing_keeps_the_file_and_changes_links(qtbot: QtBot) -> None:
    questions = [("PD-01", "Is there a DPIA?"), ("PD-02", "Is retention limited?")]
    item = EvidenceData(
        id=3,
        scrutiny_id=1,
        title="Retention schedule",
        kind=EvidenceKind.DOCUMENT,
        reference="RS 4",
        description="",
        document_date=None,
        received_on=None,
        file_sha256="a" * 64,
        file_name="retention.docx",
        file_size=10,
        sensitive=True,
        added_at=datetime(2026, 1, 1, tzinfo=UTC),
        question_keys=("PD-01",),
    )
    dialog = EvidenceDialog(None, questions, editing=item)
    qtbot.addWidget(dialog)
    assert not dialog.attach.isEnabled()  # a kept file is never swapped
    assert dialog.file_label.text() == "retention.docx"
    assert dialog.checked_keys() == ("PD-01",) and dialog.sensitive.isChecked()
    check_question(dialog, "PD-02")
    assert dialog.value().question_keys == ("PD-01", "PD-02")
    assert dialog.value().file_path is None


def test_attach_evidence_link_it_and_see_it_on_the_question(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    dpia: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    page = window.checklist_page
    checklist = window.controller.checklist
    first = checklist.current_key
    assert first is not None
    assert "No evidence linked" in page.question.evidence_label.text()
    monkeypatch.setattr(file_dialogs, "ask_open_evidence", lambda _parent, _start: dpia)

    def fill(
        parent: QWidget | None, questions: Sequence[tuple[str, str]], **kwargs: object
    ) -> EvidenceInput | None:
        # The real dialog, driven through its widgets instead of being shown modally.
        dialog = EvidenceDialog(parent, questions, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        if kwargs.get("editing") is None:
            qtbot.mouseClick(dialog.attach, LEFT)
            dialog.title.setText("Drone DPIA")
            qtbot.keyClicks(dialog.reference, "v2.1")
            check_question(dialog, first)
        else:
            dialog.sensitive.setChecked(True)
        return dialog.value()

    monkeypatch.setattr(EvidenceDialog, "ask", fill)
    window.action_map["show_evidence"].trigger()
    assert page.tabs.currentIndex() == EVIDENCE_TAB
    register = page.evidence
    assert register.empty_label.isVisibleTo(register)
    with qtbot.waitSignal(window.controller.evidence.saved, timeout=10000):
        qtbot.mouseClick(register.add_button, LEFT)

    [stored] = services.evidence.list(scrutiny_id)
    digest = hashlib.sha256(dpia.read_bytes()).hexdigest()
    assert (stored.file_sha256, stored.question_keys) == (digest, (first,))
    model = register.model
    file_cell = model.index(0, EvidenceColumn.FILE).data()
    assert file_cell == f"{dpia.name} · {digest[:12]}"
    assert model.index(0, EvidenceColumn.QUESTIONS).data() == first
    assert digest in model.index(0, EvidenceColumn.FILE).data(Qt.ItemDataRole.ToolTipRole)
    assert page.tabs.tabText(EVIDENCE_TAB) == "Evidence register (1)"
    assert register.selected_id() == stored.id
    assert "Drone DPIA (Document, v2.1)" in page.question.evidence_label.text()

    # Open the kept copy (not the original), then mark the item sensitive.
    opened: list[Path] = []
    monkeypatch.setattr(evidence_controller, "open_local_file", lambda p: opened.append(p) or True)
    qtbot.mouseClick(register.open_button, LEFT)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0] != dpia and opened[0].read_bytes() == dpia.read_bytes()
    with qtbot.waitSignal(window.controller.evidence.saved, timeout=5000):
        qtbot.mouseClick(register.edit_button, LEFT)
    assert model.index(0, EvidenceColumn.SENSITIVE).data() == "Sensitive"
    assert services.evidence.list(scrutiny_id)[0].sensitive

    # Another question shows no linked evidence.
    window.action_map["show_checklist"].trigger()
    window.action_map["next"].trigger()
    assert "No evidence linked" in page.question.evidence_label.text()


def test_a_refused_item_is_asked_again_with_the_reason(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    missing = tmp_path / "not-there.pdf"
    asked: list[dict[str, object]] = []

    def ask(_parent: object, _questions: object, **kwargs: object) -> EvidenceInput | None:
        asked.append(kwargs)
        if len(asked) == 1:
            return EvidenceInput(title="Missing file", file_path=str(missing))
        return None  # the officer cancels the second time

    monkeypatch.setattr(EvidenceDialog, "ask", ask)
    window.action_map["add_evidence"].trigger()
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert asked[1]["error"]
    initial = asked[1]["initial"]
    assert isinstance(initial, EvidenceInput) and initial.title == "Missing file"
    assert services.evidence.list(scrutiny_id) == []
