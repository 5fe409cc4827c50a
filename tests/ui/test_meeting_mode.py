"""Meeting mode entered and left; the summary before exporting; About; remembered layout."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.enums import Status
from ethics_scrutiny.services import Services
from ui.app import create_main_window
from ui.kit.accessibility import unnamed_widgets
from ui.meeting.meeting_mode import TYPE_SCALE
from ui.meeting.summary_view import MEETING, SummaryDialog
from ui.shell import window_state
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny


def flagged_scrutiny(services: Services, make_scrutiny: MakeScrutiny) -> tuple[int, list[str]]:
    scrutiny_id = make_scrutiny()
    critical = [
        q.key for q in services.scrutinies.get(scrutiny_id).checklist.questions() if q.critical
    ][:2]
    for key in critical:
        services.scrutinies.answer(scrutiny_id, key, Status.NOT_MET, note="No test results")
    return scrutiny_id, critical


def test_meeting_mode_walks_the_red_flags_saves_comments_and_esc_leaves(
    qtbot: QtBot, window: MainWindow, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id, flags = flagged_scrutiny(services, make_scrutiny)
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    meeting = window.controller.workflow.meeting

    with qtbot.waitSignal(meeting.entered, timeout=5000):
        window.action_map["meeting"].trigger()
    mode = meeting.mode
    assert mode is not None and mode.isFullScreen() and mode.isVisible()
    large = QFontInfo(mode.font()).pixelSize()
    assert large >= QFontInfo(window.font()).pixelSize() * TYPE_SCALE - 1
    assert mode.stack.count() == 1 + len(flags)
    assert "Summary" in mode.position.text()
    assert unnamed_widgets(mode) == []

    qtbot.keyClick(mode, Qt.Key.Key_PageDown)
    assert mode.current == 1
    assert mode.position.text() == f"Red flag 1 of {len(flags)} · slide 2 of {len(flags) + 1}"
    comment = mode.flag_slides[0].comment
    assert QApplication.focusWidget() is comment
    qtbot.keyClicks(comment, "Panel asks for the bias test before any pilot.")
    with qtbot.waitSignal(meeting.comment_saved, timeout=5000):
        qtbot.keyClick(mode, Qt.Key.Key_PageDown)  # moving on saves the comment
    assert mode.current == 2

    with qtbot.waitSignal(meeting.left, timeout=5000):
        qtbot.keyClick(mode, Qt.Key.Key_Escape)
    assert meeting.mode is None
    qtbot.waitUntil(lambda: window.context.tasks.pending == 0)
    note = services.scrutinies.get(scrutiny_id).responses[flags[0]]
    assert note.status is Status.NOT_MET  # the finding is kept; only the note grows
    assert note.note.startswith("No test results\n\nPanel comment, ")
    assert note.note.endswith("Panel asks for the bias test before any pilot.")


def test_the_summary_shows_readiness_flags_and_heat_map_and_leads_to_meeting_mode(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrutiny_id, flags = flagged_scrutiny(services, make_scrutiny)
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    shown: list[SummaryDialog] = []

    def ask(parent: object, **kwargs: object) -> str:
        detail, assessment = kwargs["detail"], kwargs["assessment"]
        dialog = SummaryDialog(parent, detail, assessment, date.today())  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return MEETING

    monkeypatch.setattr(SummaryDialog, "ask", ask)
    meeting = window.controller.workflow.meeting
    with qtbot.waitSignal(meeting.entered, timeout=5000):
        qtbot.mouseClick(window.list_page.buttons["summary"], Qt.MouseButton.LeftButton)
    dialog = shown[0]
    assert "Not ready" in dialog.readiness.text()
    assert dialog.flags.count() == len(flags)
    assert dialog.flags.item(0).text().startswith(f"⚑ {flags[0]}: ")
    ratings = {dialog.heat_model.index(r, 1).data() for r in range(dialog.heat_model.rowCount())}
    assert "Red" in ratings
    assert dialog.action_list.item(0).text() == "No open actions."
    assert unnamed_widgets(dialog) == []
    assert meeting.mode is not None
    meeting.mode.leave()
    qtbot.waitUntil(lambda: meeting.mode is None)


def test_the_window_layout_is_remembered_in_the_data_folder(
    qtbot: QtBot, services: Services, settings: Settings
) -> None:
    first = create_main_window(services)
    qtbot.addWidget(first)
    first.resize(720, 540)  # within the offscreen screen (restoring keeps a window on screen)
    first.show()
    size = (first.width(), first.height())
    first.close()
    saved = settings.data_dir / window_state.SETTINGS_FILE
    assert saved.is_file()
    assert QSettings(str(saved), QSettings.Format.IniFormat).contains("main_window/geometry")

    second = create_main_window(services)
    qtbot.addWidget(second)
    assert window_state.restore(second, settings.data_dir)
    # The offscreen screen is 800 pixels wide, so restoring narrows the window to fit it;
    # the height (well inside the screen) comes back exactly, not the default 760.
    assert second.height() == size[1] != 760
    second.close()
