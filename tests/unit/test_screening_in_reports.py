"""Every renderer prints the screening, the bands, typed answers and questions not asked."""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Callable

import docx
import pytest
from pypdf import PdfReader

from ethics_scrutiny.reporting.csv_export import render_csv
from ethics_scrutiny.reporting.html import render_html
from ethics_scrutiny.reporting.model import ReportModel
from ethics_scrutiny.reporting.pdf import render_pdf
from ethics_scrutiny.reporting.word.render import render_docx
from tests.report_fixtures import make_report_model, make_screened_model


def _pdf(model: ReportModel) -> str:
    buffer = io.BytesIO()
    render_pdf(model, buffer, invariant=True)
    return " ".join(page.extract_text() for page in PdfReader(buffer).pages)


def _html(model: ReportModel) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", render_html(model)))


def _docx(model: ReportModel) -> str:
    document = docx.Document(io.BytesIO(render_docx(model)))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


RENDERERS: dict[str, Callable[[ReportModel], str]] = {"pdf": _pdf, "html": _html, "docx": _docx}


def _words(kind: str, model: ReportModel) -> str:
    return " ".join(RENDERERS[kind](model).split())


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_the_panel_paper_prints_every_part_of_the_screening(kind: str) -> None:
    text = _words(kind, make_screened_model())
    assert "Impact level 4 (very high), the highest of 4 levels" in text
    assert "11 of 41 intrusion points, level 2 by points alone; a rule raises it" in text
    assert "Biometric identification in a public place is always level 4." in text
    assert "Impact assessment: Level II (34 of 107 points)" in text
    assert "Drones: The cameras are fixed, not flown." in text  # a dropped module, with why
    assert "Yes, published; 20 March 2026" in text  # the typed answer beside its question
    assert "Is the watchlist reviewed weekly?" in text and "Not asked at this stage" in text


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_the_public_summary_names_the_level_and_lists_no_kept_answer(kind: str) -> None:
    text = _words(kind, make_screened_model(public=True))
    assert "How deep the scrutiny went" in text
    assert "The answers put it at impact level 4 (very high), on a scale of 1 to 4." in text
    assert "Impact assessment gives: Level II." in text
    assert "1 further checklist question was not asked" in text


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_a_paper_never_screened_says_so(kind: str) -> None:
    text = _words(kind, make_report_model())
    assert "Impact level: Not screened" in text or "Impact level Not screened" in text
    assert "Questions not asked" not in text


def test_the_csv_lists_the_question_not_asked_after_the_rest() -> None:
    out = io.StringIO(newline="")
    render_csv(make_screened_model(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert rows[-1]["key"] == "FE-09"
    assert (rows[-1]["asked"], rows[-1]["not_asked_because"]) == ("no", "Not asked at this stage")
    assert rows[-1]["status"] == "Not answered" and rows[-1]["theme"] == "Fairness"
    assert rows[0]["answer"] == "Yes, published; 20 March 2026"
