"""Fixtures for the UI tests: offscreen Qt, real services on a temporary record."""

from __future__ import annotations

import gc
import os

# Must be set before anything imports Qt; a real display can still be chosen from outside.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import Settings, resolve_settings
from ethics_scrutiny.domain.enums import Marking, Stage, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ui.app import create_main_window
from ui.shell.main_window import MainWindow

MakeScrutiny = Callable[..., int]


@pytest.fixture(scope="session", autouse=True)
def app_look(qapp: QApplication) -> None:
    """Every screen is tested in the look the app starts with (ui/kit/style.py), whatever ran
    before: sizes, focus and colours under the app's style sheet are what officers get."""
    from ui.kit import style

    style.apply(qapp)


@pytest.fixture(autouse=True)
def export_and_verify_options(monkeypatch: pytest.MonkeyPatch) -> None:
    """The export options and verify dialogs answer with their defaults unless a test asks."""
    from ui.record.export_options import ExportOptions, ExportOptionsDialog
    from ui.record.verify_head import VerifyHeadDialog

    def options(
        _cls: object, _parent: object, _info: object, _public: bool, name: str, *_more: object
    ) -> object:
        return ExportOptions(prepared_by=name)

    monkeypatch.setattr(ExportOptionsDialog, "ask", classmethod(options))
    monkeypatch.setattr(VerifyHeadDialog, "ask", classmethod(lambda _cls, _parent: ""))


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    """Every main window a test closed is gone before the next test starts.

    deleteLater() waits for an event loop, and a test that fakes ``QApplication.exec`` (or
    only waits with processEvents) never runs one, so a closed window would stay a top-level
    widget into later tests. One still open and alive after its test has leaked: fail it here.
    """
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if left:
        gc.collect()  # a window held only by reference cycles goes with them
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        left = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert not left, f"{len(left)} main window(s) outlived the test; close them in it"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """A record in the test's own folder: no test ever touches real user data."""
    return resolve_settings(str(tmp_path / "data"), None)


@pytest.fixture
def services(settings: Settings) -> Iterator[Services]:
    opened = Services.open(settings)
    yield opened
    opened.close()


@pytest.fixture
def make_scrutiny(services: Services) -> MakeScrutiny:
    def make(
        title: str = "Drone pilot over Gwent city centre",
        force: str = "Gwent Police",
        technology: Technology = Technology.DRONES,
    ) -> int:
        return services.scrutinies.create(
            NewScrutiny(
                title=title,
                force=force,
                technology=technology,
                marking=Marking.OFFICIAL_SENSITIVE,
                stage=Stage.PILOT,
                supplier="Example Aerial Ltd",
            )
        )

    return make


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    """The main window over real services; its TaskRunner is shut down at the end."""
    main = create_main_window(services)
    qtbot.addWidget(main)
    main.show()
    # Generous: the first load runs on a worker thread, slower while other test processes
    # share the cores; the wait ends as soon as it is done.
    qtbot.waitUntil(lambda: main.context.tasks.pending == 0, timeout=20_000)
    yield main
    main.close()
    # close() flushes a waiting note and shuts the runner down; make sure of it either way,
    # so no worker thread outlives the test and its services.
    main.context.tasks.shutdown()
    qtbot.waitUntil(lambda: main.context.tasks.pending == 0, timeout=5000)
    main.deleteLater()


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Every message box the app would have shown, instead of showing it."""
    from ui.kit import messages

    shown: list[tuple[str, str, str]] = []
    for kind in ("info", "warning", "error"):
        monkeypatch.setattr(
            messages, kind, lambda _p, title, text, k=kind: shown.append((k, title, text))
        )
    return shown


def open_scrutiny(qtbot: QtBot, main: MainWindow, scrutiny_id: int) -> None:
    """Select a scrutiny in the list and open it with the Open button, as a user would."""
    qtbot.waitUntil(lambda: main.list_page.model.row_of(scrutiny_id) is not None)
    main.list_page.select_id(scrutiny_id)
    button = main.list_page.buttons["open"]
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.stack.currentWidget() is main.checklist_page)
    detail = main.controller.checklist.detail
    assert detail is not None and detail.id == scrutiny_id
