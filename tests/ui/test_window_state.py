"""The window comes back where, how big and on what it was left, and never off screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import Settings
from ethics_scrutiny.services import Services
from ui.app import _show_sized, create_main_window
from ui.kit.tasks import TaskRunner
from ui.shell import window_state
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny


@pytest.fixture
def started(qtbot: QtBot, services: Services) -> Iterator[list[MainWindow]]:
    """Windows built as the app builds them at start, closed and stopped at the end."""
    made: list[MainWindow] = []
    yield made
    for main in made:
        main.close()
        _stop(qtbot, main.context.tasks)
        main.deleteLater()


def _stop(qtbot: QtBot, tasks: TaskRunner) -> None:
    tasks.shutdown()
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)


def _start(qtbot: QtBot, services: Services, made: list[MainWindow]) -> MainWindow:
    tasks = TaskRunner()
    listing = tasks.run_db(services.scrutinies.list)
    main = create_main_window(services, tasks, listing)
    made.append(main)
    last = window_state.last_scrutiny(services.settings.data_dir)
    if last is not None:
        main.controller.reopen_when_listed(last, listing)
    _show_sized(main)
    return main


def test_the_open_scrutiny_is_reopened_at_the_next_start(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    settings: Settings,
    make_scrutiny: MakeScrutiny,
    started: list[MainWindow],
) -> None:
    make_scrutiny("ANPR on the A55", "North Wales Police")
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    window.close()
    assert window_state.last_scrutiny(settings.data_dir) == scrutiny_id

    again = _start(qtbot, services, started)
    qtbot.waitUntil(lambda: again.on_checklist_page(), timeout=5000)
    detail = again.controller.checklist.detail
    assert detail is not None and detail.id == scrutiny_id


def test_closing_on_the_list_reopens_on_the_list(
    qtbot: QtBot, window: MainWindow, settings: Settings, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    window.action_map["back"].trigger()
    window.close()
    assert window_state.last_scrutiny(settings.data_dir) is None


def test_a_scrutiny_gone_since_is_not_opened(
    qtbot: QtBot, services: Services, settings: Settings, started: list[MainWindow]
) -> None:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    first = _start(qtbot, services, started)
    window_state.save(first, settings.data_dir, open_scrutiny=9999)
    again = _start(qtbot, services, started)
    qtbot.waitUntil(lambda: again.context.tasks.pending == 0)
    qtbot.wait(50)  # the listing's result has been handled by now
    assert not again.on_checklist_page()


def test_a_maximised_window_comes_back_maximised(
    qtbot: QtBot, services: Services, settings: Settings, started: list[MainWindow]
) -> None:
    first = _start(qtbot, services, started)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()
    assert window_state.was_maximised(settings.data_dir)
    again = _start(qtbot, services, started)
    qtbot.waitUntil(again.isMaximized)


def test_a_window_left_on_a_screen_now_gone_is_brought_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    laptop = QRect(0, 0, 1366, 768)
    window.showNormal()
    window.resize(1800, 1000)  # it was on a larger monitor, to the right
    window.move(2000, 300)
    window_state.bring_on_screen(window, [laptop])
    frame = window.frameGeometry()
    assert laptop.contains(frame.topLeft())
    assert window.width() <= laptop.width() and window.height() <= laptop.height()


def test_a_window_on_screen_is_left_where_it_is(qtbot: QtBot, window: MainWindow) -> None:
    window.showNormal()
    window.resize(800, 600)
    window.move(100, 80)
    before = window.geometry()
    window_state.bring_on_screen(window, [QRect(0, 0, 1366, 768)])
    assert window.geometry() == before
