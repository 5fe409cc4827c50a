"""Jumping to a question: Go to question (Ctrl+G) and the theme tree's type-ahead by key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import Status
from ethics_scrutiny.services import Services
from ui.checklist.checklist_model import KEY_ROLE
from ui.checklist.go_to_question import GoToQuestionDialog, matches
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny

CHOICES = [
    ("LB-01", "Is there a clear legal basis for the use?"),
    ("DR-01", "Is each flight authorised by an officer of a set rank?"),
    ("DR-02", "Are flights over crowds limited?"),
    ("DP-01", "Has a data protection impact assessment been done?"),
]


def test_a_key_is_found_whatever_its_case_dashes_or_spaces() -> None:
    for typed in ("DR-01", "dr01", "dr 01", "Dr-0"):
        assert matches(CHOICES, typed)[0][0] == "DR-01", typed
    assert [key for key, _ in matches(CHOICES, "DR")] == ["DR-01", "DR-02"]


def test_words_find_questions_holding_every_word() -> None:
    assert [key for key, _ in matches(CHOICES, "flights crowds")] == ["DR-02"]
    assert [key for key, _ in matches(CHOICES, "impact ASSESSMENT")] == ["DP-01"]
    assert matches(CHOICES, "submarine") == []
    assert len(matches(CHOICES, "  ")) == len(CHOICES)  # nothing typed: every question


def test_the_dialog_picks_the_highlighted_match_by_keyboard(qtbot: QtBot) -> None:
    dialog = GoToQuestionDialog(CHOICES)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "dr")
    assert dialog.results.count() == 2
    assert dialog.chosen_key() == "DR-01"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # arrows in the box move the highlight
    assert dialog.chosen_key() == "DR-02"
    qtbot.keyClicks(dialog.search, "zzz")
    assert dialog.results.count() == 0 and "No question matches" in dialog.count_label.text()


def test_ctrl_g_shows_the_question_picked(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    offered: list[list[tuple[str, str]]] = []

    def pick(_cls: object, _parent: object, choices: list[tuple[str, str]]) -> str:
        offered.append(choices)
        return "DR-01"

    monkeypatch.setattr(GoToQuestionDialog, "ask", classmethod(pick))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.checklist_page.tree, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    checklist = window.controller.checklist
    assert checklist.current_key == "DR-01"
    keys = [q.key for q in services.scrutinies.get(scrutiny_id).checklist.questions()]
    assert [key for key, _ in offered[0]] == keys
    panel = window.checklist_page.question
    assert panel.status_buttons[Status.MET].hasFocus()  # ready for a status key


def test_typing_a_key_in_the_tree_selects_it_and_collapses_nothing(
    qtbot: QtBot, window: MainWindow, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    tree = window.checklist_page.tree
    model = tree.model()
    tree.setFocus()
    themes = [model.index(row, 0) for row in range(model.rowCount())]
    # The drones theme's title starts with "D" too: the key, not the theme, is what is meant.
    assert any(str(t.data()).startswith("D") for t in themes)
    qtbot.keyClicks(tree, "DR-01")
    current = tree.currentIndex().siblingAtColumn(0)
    assert current.data(KEY_ROLE) == "DR-01"
    assert all(tree.isExpanded(theme) for theme in themes)
    assert window.controller.checklist.current_key == "DR-01"
    # A status key now answers DR-01, the question on screen.
    qtbot.keyClick(tree, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.checklist_page.question.status_buttons[Status.NOT_MET].isChecked()
