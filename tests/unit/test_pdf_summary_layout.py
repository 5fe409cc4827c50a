"""The panel paper wastes no page and strands no heading: the heat map breaks where the page
ends, its heading stays with its first rows, and the record head stays with its last rows and
legend; the screening answers and the questions not asked keep their headings with them."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from ethics_scrutiny.reporting.model import ReportNotAsked, ReportScreeningAnswer
from ethics_scrutiny.reporting.pdf.render import render_pdf
from tests.report_fixtures import make_report_model, make_screened_model

RECORD = "The decision record"
LEGEND = "How to read this"


def _pages(themes: int) -> list[str]:
    sample = make_report_model().themes[0]
    one = sample.questions[:1]
    titles = [f"Theme number {n:02d}" for n in range(1, themes + 1)]
    modules = [(f"Module number {n:02d}", "2.0.0") for n in range(1, 12)]
    model = make_report_model(
        themes=tuple(replace(sample, key=t, title=t, questions=one) for t in titles),
        # Each module once on the cover, with its version.
        templates=(("Core ethics checklist", "1.2.0"), *modules),
    )
    out = io.BytesIO()
    render_pdf(model, out, invariant=True)
    return [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]


def _page_of(pages: list[str], words: str) -> int:
    found = [n for n, page in enumerate(pages) if words in page]
    assert found, words
    return found[0]


@pytest.mark.parametrize("themes", range(6, 60, 3))
def test_the_record_head_never_stands_alone(themes: int) -> None:
    pages = _pages(themes)
    summary = _page_of(pages, "Outcome:")
    record = _page_of(pages, RECORD)
    # Its legend and the heat map's last two rows come with it.
    assert LEGEND in pages[record]
    assert f"Theme number {themes:02d}" in pages[record]
    assert f"Theme number {themes - 1:02d}" in pages[record]
    # The heat map starts on the summary's first page, under its heading, and loses no row.
    assert "Theme number 01" in pages[summary]
    for n in range(1, themes + 1):
        assert any(f"Theme number {n:02d}" in page for page in pages[summary : record + 1]), n


def test_the_cover_names_each_module_once_with_its_version() -> None:
    cover = _pages(6)[0]
    assert cover.count("Module number 11") == 1
    assert "Module number 11, version 2.0.0" in cover
    assert "Module template" not in cover


def _screened_pages(reasons: int) -> list[str]:
    """A screened paper whose screening section grows, moving what follows down the page."""
    model = make_screened_model()
    assert model.screening is not None
    long = "Where will it be used: public places, streets, shops and events (2 points)"
    answers = tuple(
        ReportScreeningAnswer(f"SC-{n:02d}", f"Screening question {n:02d}?", "An answer")
        for n in range(1, 13)
    )
    screening = replace(model.screening, reasons=(long,) * reasons, answers=answers)
    prompt = "Is each deployment reviewed afterwards for results, problems and complaints?"
    not_asked = tuple(
        ReportNotAsked(f"NA-{n:02d}", prompt, "Not asked at this stage", "Core", "Fairness")
        for n in range(1, 9)
    )
    out = io.BytesIO()
    render_pdf(replace(model, screening=screening, not_asked=not_asked), out, invariant=True)
    return [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]


@pytest.mark.parametrize("reasons", range(0, 48, 3))
def test_a_table_heading_stays_with_its_first_rows(reasons: int) -> None:
    pages = _screened_pages(reasons)
    intro = _page_of(pages, "of the checklist are not asked in this scrutiny")
    assert "NA-01" in pages[intro] and "NA-02" in pages[intro]
    answers = _page_of(pages, "The screening answers")
    assert "SC-01" in pages[answers] and "Screening question 02?" in pages[answers]
    # The contents still finds the section's heading inside the kept block.
    assert "Questions not asked" in pages[1]
