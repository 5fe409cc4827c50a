"""Bidirectional control characters are shown as their codes in every export a person reads."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from ethics_scrutiny.domain.bidi import BIDI_CONTROLS, has_controls, visible_controls
from ethics_scrutiny.reporting.csv_export import render_actions_csv, render_csv
from ethics_scrutiny.reporting.html import render_html
from ethics_scrutiny.reporting.model import ReportModel
from ethics_scrutiny.reporting.pdf import render_pdf
from ethics_scrutiny.reporting.readable import for_readers
from ethics_scrutiny.reporting.word.render import render_docx
from tests.report_fixtures import make_public_model, make_report_model

# "Met" drawn right to left would read as "teM"; the isolate hides where the override ends.
TRICK_NOTE = "Outcome: \u202eteM\u202c and \u2066isolated\u2069 \u200fmarked\u200e"
TRICK_TITLE = "Drone \u202epilot\u202c review"
SHOWN_NOTE = "Outcome: [U+202E]teM[U+202C] and [U+2066]isolated[U+2069] [U+200F]marked[U+200E]"


def test_each_control_is_shown_by_its_code_and_other_text_is_untouched() -> None:
    assert visible_controls(TRICK_NOTE) == SHOWN_NOTE
    assert (
        visible_controls("Heddlu Gogledd Cymru — ŵ ŷ; شرطة") == "Heddlu Gogledd Cymru — ŵ ŷ; شرطة"
    )
    assert visible_controls("\u061c") == "[U+061C]"
    assert {visible_controls(c) for c in BIDI_CONTROLS} == {
        f"[U+{code:04X}]"
        for code in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
    }


@given(st.text())
def test_shown_text_holds_no_control_and_showing_twice_changes_nothing(text: str) -> None:
    shown = visible_controls(text)
    assert not has_controls(shown)
    assert visible_controls(shown) == shown


def _tricked(model: ReportModel) -> ReportModel:
    theme = model.themes[0]
    first = replace(theme.questions[0], note=TRICK_NOTE)
    themes = (replace(theme, questions=(first, *theme.questions[1:])), *model.themes[1:])
    decisions = (replace(model.decisions[0], rationale=TRICK_NOTE), *model.decisions[1:])
    evidence = tuple(replace(item, title=TRICK_TITLE) for item in model.evidence)
    actions = tuple(replace(item, text=TRICK_NOTE) for item in model.actions)
    return replace(
        model,
        title=TRICK_TITLE,
        supplier=TRICK_TITLE,
        themes=themes,
        decisions=decisions,
        evidence=evidence,
        actions=actions,
    )


def _no_control(text: str) -> None:
    assert not has_controls(text)


def test_the_model_for_readers_holds_no_control_anywhere() -> None:
    shown = for_readers(_tricked(make_report_model()))
    assert shown.title == "Drone [U+202E]pilot[U+202C] review"
    assert shown.themes[0].questions[0].note == SHOWN_NOTE
    assert shown.decisions[0].rationale == SHOWN_NOTE
    assert all(item.text == SHOWN_NOTE for item in shown.actions)
    assert shown.logo == make_report_model().logo


@pytest.mark.parametrize("public", [False, True])
def test_html_shows_the_codes(public: bool) -> None:
    model = _tricked(make_public_model() if public else make_report_model())
    html = render_html(model)
    _no_control(html)
    assert "Drone [U+202E]pilot[U+202C] review" in html


def test_csv_shows_the_codes() -> None:
    text = io.StringIO(newline="")
    render_csv(_tricked(make_report_model()), text)
    _no_control(text.getvalue())
    notes = [row["note"] for row in csv.DictReader(io.StringIO(text.getvalue()))]
    assert SHOWN_NOTE in notes


def test_actions_csv_shows_the_codes() -> None:
    text = io.StringIO(newline="")
    render_actions_csv(_tricked(make_report_model()), text)
    _no_control(text.getvalue())
    assert SHOWN_NOTE in text.getvalue()


@pytest.mark.parametrize("public", [False, True])
def test_word_shows_the_codes(public: bool) -> None:
    model = _tricked(make_public_model() if public else make_report_model())
    with zipfile.ZipFile(io.BytesIO(render_docx(model))) as package:
        xml = "".join(package.read(name).decode("utf-8") for name in package.namelist()
                      if name.endswith(".xml"))  # fmt: skip
    _no_control(xml)
    assert "Drone [U+202E]pilot[U+202C] review" in xml


def test_pdf_shows_the_codes() -> None:
    buffer = io.BytesIO()
    render_pdf(_tricked(make_report_model()), buffer, invariant=True)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    text = " ".join(page.extract_text() for page in reader.pages)
    _no_control(text)
    assert "[U+202E]pilot[U+202C]" in text
    assert "[U+2066]isolated[U+2069]" in " ".join(text.split())
    _no_control(str(reader.metadata.title if reader.metadata else ""))
