"""The dashboard: search is one line and never grows the window; counts say what they count."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.attention import Attention
from ethics_scrutiny.services import Services
from ui.checklist.question_view import _details_html
from ui.kit.i18n import translate
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny

PASTED = "line one of a pasted paragraph\nline two\r\nline three\tand a tab\n" * 40


def test_pasted_lines_become_one_search_and_the_window_keeps_its_size(
    qtbot: QtBot, window: MainWindow, make_scrutiny: MakeScrutiny
) -> None:
    make_scrutiny()
    window.controller.refresh_list()
    page = window.list_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    window.resize(1200, 700)
    qtbot.waitUntil(lambda: window.height() == 700)
    QGuiApplication.clipboard().setText(PASTED)
    page.focus_search()
    page.search.paste()
    text = page.search.text()
    assert "\n" not in text and "\r" not in text and "\t" not in text
    assert text.startswith("line one of a pasted paragraph line two line three and a tab")
    assert len(text) <= page.search.maxLength()
    assert not page.empty_label.isHidden()
    shown = page.empty_label.text()
    assert "\n" not in shown and "…" in shown and len(shown) < 150
    assert page.empty_label.sizeHint().height() <= 3 * page.fontMetrics().lineSpacing()
    assert window.height() == 700 and window.minimumSizeHint().height() < 700
    page.show_all()
    assert window.height() == 700 and page.empty_label.isHidden()


def test_the_attention_strip_says_it_counts_scrutinies(
    qtbot: QtBot, window: MainWindow, make_scrutiny: MakeScrutiny
) -> None:
    make_scrutiny()
    window.controller.refresh_list()
    button = window.list_page.strip.buttons[Attention.RED_FLAGS]
    assert button.text() == "⚑ With red flags: 0"
    assert button.accessibleName().startswith("Scrutinies needing attention: ")


def test_counts_take_the_plural_form_for_their_number() -> None:
    def flags(n: int) -> str:
        return translate("scrutiny_list_model", "⚑ %n red flag(s)", n=n)

    assert [flags(n) for n in (0, 1, 2)] == ["⚑ 0 red flags", "⚑ 1 red flag", "⚑ 2 red flags"]
    assert translate("test", "%n match(es)", n=1) == "1 match"
    assert translate("test", "%n match(es)", n=3) == "3 matches"
    assert translate("test", "Keep (s) as typed") == "Keep (s) as typed"  # no n, no change


def test_one_of_a_thing_is_said_in_the_singular(
    services: Services, make_scrutiny: MakeScrutiny
) -> None:
    from ui.dashboard.scrutiny_list_model import Column, ScrutinyListModel

    from .test_models_dashboard import TODAY, summary

    model = ScrutinyListModel()
    model.set_rows(
        [
            summary(1, red_flag_count=1, next_review_date=TODAY + timedelta(days=1)),
            summary(2, red_flag_count=3, next_review_date=TODAY + timedelta(days=3)),
        ],
        TODAY,
    )

    def cell(row: int, column: Column) -> str:
        return str(model.index(row, column).data()).replace("\u00a0", " ")

    assert cell(0, Column.READINESS).endswith("⚑ 1 red flag")
    assert cell(1, Column.READINESS).endswith("⚑ 3 red flags")
    assert cell(0, Column.REVIEW).endswith("(due in 1 day)")
    assert cell(1, Column.REVIEW).endswith("(due in 3 days)")

    question = services.scrutinies.get(make_scrutiny()).checklist.questions()[0]
    one = _details_html(question.model_copy(update={"sources": question.sources[:1]}))
    two = _details_html(question.model_copy(update={"sources": question.sources[:1] * 2}))
    assert "<i>Source:</i>" in one and "<i>Sources:</i>" in two


def test_guidance_leaves_out_the_sections_a_template_does_not_give() -> None:
    from ethics_scrutiny.domain.templates import Question

    given = Question(
        key="TST-01",
        prompt="Is the tool tested?",
        guidance="Testing shows whether it works.",
        sources=["A source"],
        evidence=["A test report"],
        red_flag="No testing at all.",
    )
    bare = given.model_copy(update={"evidence": [], "red_flag": ""})

    assert "Evidence to ask for" in _details_html(given)
    assert "Red flag" in _details_html(given)
    assert "Evidence to ask for" not in _details_html(bare)
    assert "Red flag" not in _details_html(bare)
    assert "Testing shows whether it works." in _details_html(bare)
