"""Each feature controller brings its own commands; every action has exactly one handler."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from ui.kit.commands import CommandTable
from ui.shell.actions import ACTIONS
from ui.shell.main_window import MainWindow


def _actions(qtbot: QtBot, *ids: str) -> dict[str, QAction]:
    # Unparented: the dict keeps them alive for the test.
    return {action_id: QAction(action_id) for action_id in ids}


def test_a_registered_handler_runs_when_its_action_is_chosen(qtbot: QtBot) -> None:
    actions = _actions(qtbot, "go")
    ran: list[str] = []
    CommandTable(actions).register({"go": lambda: ran.append("go")})
    actions["go"].trigger()
    assert ran == ["go"]


def test_a_guarded_handler_runs_only_while_its_condition_holds(qtbot: QtBot) -> None:
    actions = _actions(qtbot, "go")
    ran: list[str] = []
    allowed = [False]
    CommandTable(actions).register({"go": lambda: ran.append("go")}, when=lambda: allowed[0])
    actions["go"].trigger()
    allowed[0] = True
    actions["go"].trigger()
    assert ran == ["go"]


def test_a_second_handler_for_one_action_is_refused(qtbot: QtBot) -> None:
    table = CommandTable(_actions(qtbot, "go"))
    table.register({"go": lambda: None})
    with pytest.raises(ValueError, match="already has a handler"):
        table.register({"go": lambda: None})


def test_a_handler_for_no_action_is_refused(qtbot: QtBot) -> None:
    with pytest.raises(KeyError, match="no action 'gone'"):
        CommandTable(_actions(qtbot, "go")).register({"gone": lambda: None})


def test_an_action_left_without_a_handler_is_reported(qtbot: QtBot) -> None:
    table = CommandTable(_actions(qtbot, "go", "stay"))
    table.register({"go": lambda: None})
    with pytest.raises(LookupError, match="stay"):
        table.check_complete()


def test_the_window_has_every_action_of_the_table_and_no_handler_names(
    window: MainWindow,
) -> None:
    # The composition root checked every action got a handler (check_complete) on building.
    assert set(window.action_map) == {spec.id for spec in ACTIONS}
    assert all(not hasattr(spec, "handler") for spec in ACTIONS)
    assert not hasattr(window.controller, "export_pdf")  # no forwarding of others' commands
