"""The checklist and dashboard at 1366×768: one window minimum, nothing drawn over anything,
every guidance section reachable, the theme named, out-of-scope questions set apart."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.scope import OutOfScope, Scope
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.templates import Checklist
from ethics_scrutiny.services import Services
from ui.checklist.checklist_model import (
    KEY_ROLE,
    ChecklistFilter,
    ChecklistModel,
    Column,
    ShowOnly,
)
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny

SMALL_SCREEN = QRect(0, 0, 1366, 768)
# A title bar and a task bar take about this much of a 768-pixel screen.
WINDOW_FURNITURE = 80


def _on_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _settle(qtbot: QtBot) -> None:
    QApplication.processEvents()
    qtbot.wait(1)  # the page's deferred layout work (a zero-time timer) runs


def test_both_pages_share_one_minimum_that_fits_a_small_laptop(
    qtbot: QtBot, window: MainWindow, make_scrutiny: MakeScrutiny
) -> None:
    assert window.list_page.minimumSize() == window.checklist_page.minimumSize()
    on_list = window.minimumSizeHint()
    open_scrutiny(qtbot, window, _refreshed(window, make_scrutiny))
    assert window.minimumSizeHint() == on_list  # no jump between the pages
    assert on_list.width() <= SMALL_SCREEN.width()
    assert on_list.height() <= SMALL_SCREEN.height() - WINDOW_FURNITURE
    for page in (window.list_page, window.checklist_page):
        natural = page.layout().minimumSize()
        assert natural.width() <= page.minimumWidth(), type(page).__name__


def test_at_the_minimum_size_the_answer_controls_do_not_overlap(
    qtbot: QtBot, window: MainWindow, make_scrutiny: MakeScrutiny
) -> None:
    open_scrutiny(qtbot, window, _refreshed(window, make_scrutiny))
    window.resize(window.minimumSizeHint())
    _settle(qtbot)
    panel = window.checklist_page.question
    notes = _on_window(panel.notes, window)
    sensitive = _on_window(panel.sensitive, window)
    assert not notes.intersects(sensitive)
    assert sensitive.height() >= panel.sensitive.minimumSizeHint().height()
    assert notes.height() >= panel.notes.minimumHeight()
    buttons = _on_window(panel.previous_button, window)
    assert not buttons.intersects(sensitive) and buttons.top() >= sensitive.bottom()


def test_at_1366_by_768_the_guidance_has_the_height_and_the_theme_is_named(
    qtbot: QtBot, window: MainWindow, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    scrutiny_id = _refreshed(window, make_scrutiny)
    open_scrutiny(qtbot, window, scrutiny_id)
    window.resize(SMALL_SCREEN.width(), SMALL_SCREEN.height() - WINDOW_FURNITURE)
    _settle(qtbot)
    panel = window.checklist_page.question
    # The guidance gets what the answer does not need; the line between them can be moved.
    guidance, answer = panel.height_split.sizes()
    assert guidance > answer
    assert answer >= panel.height_split.widget(1).minimumSizeHint().height()
    assert not panel.height_split.childrenCollapsible()
    # The position stays on one line; the theme is named above the question.
    assert not panel.position_label.wordWrap()
    detail = services.scrutinies.get(scrutiny_id)
    key = window.controller.checklist.current_key
    assert key is not None
    theme = detail.checklist.theme_of(key)
    title = window.checklist_page.theme_label.text()
    assert title.startswith(theme.title) and f"of {len(theme.questions)}" in title
    # In the tree, the theme row shows above its question.
    tree = window.checklist_page.tree
    current = tree.currentIndex()
    assert tree.viewport().rect().contains(tree.visualRect(current.parent()))


def test_out_of_scope_questions_are_listed_apart_and_left_out_of_the_counts(
    qtbot: QtBot, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    full = services.scrutinies.get(make_scrutiny()).checklist
    left_out = full.themes[-1]
    everything = frozenset(q.key for q in full.questions())
    scope = Scope(everything, {q.key: OutOfScope.STAGE for q in left_out.questions})
    scoped = Checklist(list(full.templates), scope)
    model = ChecklistModel()
    model.set_checklist(scoped, assess(scoped, {}), {})
    ModelTester(None).check(model)  # type: ignore[no-untyped-call]
    assert model.rowCount() == len(scoped.themes) + 1
    group = model.index(len(scoped.themes), 0)
    assert group.data() == f"Out of scope: {len(left_out.questions)}"
    first = model.index(0, Column.ITEM, group)
    assert first.data(KEY_ROLE) is None  # never chosen as the question to answer
    assert model.flags(first) == Qt.ItemFlag.NoItemFlags  # drawn greyed, passed over
    reason = i18n.label(OutOfScope.STAGE)
    assert model.index(0, Column.PROGRESS, group).data(Qt.ItemDataRole.ToolTipRole) == reason
    assert reason in first.data(Qt.ItemDataRole.ToolTipRole)
    # Filters show only questions being asked.
    proxy = ChecklistFilter(model)
    proxy.set_show_only(ShowOnly.UNANSWERED)
    assert proxy.rowCount() == len(scoped.themes)


def _refreshed(window: MainWindow, make_scrutiny: MakeScrutiny) -> int:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    return scrutiny_id
