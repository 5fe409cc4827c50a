"""The PDF report, rendered to a real file and read back with pypdf."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from ethics_scrutiny.reporting.model import ReportModel
from ethics_scrutiny.reporting.pdf import render_pdf
from tests.report_fixtures import (
    HEAD_HASH,
    HOSTILE_TITLE,
    SENSITIVE_NOTE,
    make_public_model,
    make_report_model,
)


def _flat(text: str) -> str:
    """Collapse the line breaks and runs of spaces that text extraction adds."""
    return " ".join(text.split())


def _render(model: ReportModel, path: Path) -> PdfReader:
    render_pdf(model, path, invariant=True)
    return PdfReader(path)


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    return _render(make_report_model(), tmp_path_factory.mktemp("pdf") / "full.pdf")


@pytest.fixture(scope="module")
def public(tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    return _render(make_public_model(), tmp_path_factory.mktemp("pdf") / "public.pdf")


def _pages(reader: PdfReader) -> list[str]:
    """Each page's text in reading order (layout mode sorts by position on the page)."""
    return [_flat(page.extract_text(extraction_mode="layout")) for page in reader.pages]


def _all_text(reader: PdfReader) -> str:
    return " ".join(_pages(reader))


def _marking_heights(reader: PdfReader, marking: str) -> list[list[float]]:
    """For each page, the heights (points from the bottom) at which ``marking`` is drawn."""
    heights: list[list[float]] = []
    for page in reader.pages:
        found: list[float] = []

        def visit(text: str, cm: Any, tm: Any, *_: Any, found: list[float] = found) -> None:
            if text.strip() == marking:
                found.append(float(cm[5]) + float(tm[5]) * float(cm[3]))

        page.extract_text(visitor_text=visit)
        heights.append(found)
    return heights


def test_the_marking_is_at_top_and_bottom_of_every_page(full: PdfReader) -> None:
    page_height = float(full.pages[0].mediabox.height)
    for number, heights in enumerate(_marking_heights(full, "OFFICIAL-SENSITIVE"), start=1):
        assert max(heights) > page_height - 15 * 72 / 25.4, number  # within 15 mm of the top
        assert min(heights) < 15 * 72 / 25.4, number  # within 15 mm of the bottom
    for number, text in enumerate(_pages(full), start=1):
        assert text.startswith("OFFICIAL-SENSITIVE"), number
        assert text.endswith("OFFICIAL-SENSITIVE"), number


def test_every_page_says_page_x_of_y(full: PdfReader) -> None:
    pages = _pages(full)
    assert len(pages) >= 5
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text


def test_every_footer_shows_the_short_record_head(full: PdfReader) -> None:
    for text in _pages(full):
        assert f"Record head {HEAD_HASH[:16]}… (37 entries)" in text


def test_the_full_record_head_hash_is_in_the_document(full: PdfReader) -> None:
    assert HEAD_HASH in _all_text(full)


def test_a_hostile_title_is_printed_literally(full: PdfReader) -> None:
    cover = _pages(full)[0]
    assert "Ethics scrutiny report" in cover
    assert _flat(HOSTILE_TITLE) in cover


def test_welsh_characters_survive(full: PdfReader) -> None:
    text = _all_text(full)
    assert "Heddlu Gogledd Cymru — ŵ ŷ Ŵ Ŷ" in text
    assert "■" not in text


def test_the_cover_lists_the_deployment(full: PdfReader) -> None:
    cover = _pages(full)[0]
    for expected in ("Live facial recognition", "Pre-deployment", "Example Vision Ltd"):
        assert expected in cover
    assert "Core ethics checklist, version 1.2.0" in cover
    assert "2 July 2025" in cover


def test_the_summary_shows_readiness_red_flags_and_ratings(full: PdfReader) -> None:
    text = _all_text(full)
    assert "Critical questions still to answer: OV-01" in text
    assert "FE-02 (blocking): No independent testing of false match rates by ethnicity" in text
    assert "Answered: 8 of 10 questions" in text
    assert "Not rated" in text
    assert "RED FLAG" in text


def test_a_blocking_question_not_yet_cleared_is_marked(full: PdfReader) -> None:
    text = _all_text(full)
    assert "BLOCKS SUPPORT" in text
    assert "this blocking question is not answered yet" in text


def test_the_full_report_keeps_the_sensitive_note(full: PdfReader) -> None:
    assert _flat(SENSITIVE_NOTE) in _all_text(full)


def test_the_public_summary_withholds_the_sensitive_note(public: PdfReader) -> None:
    text = _all_text(public)
    assert "Public summary" in _pages(public)[0]
    assert "Wrexham custody" not in text
    assert "Officer’s note" not in text
    assert all(page.startswith("OFFICIAL") for page in _pages(public))


def test_decisions_are_listed_with_conditions(full: PdfReader) -> None:
    text = _all_text(full)
    assert "Decision 2: Support with conditions" in text
    assert "Publish each deployment's location & results within 7 days." in text
    assert "31 January 2026" in text


def test_a_report_without_decisions_says_so(tmp_path: Path) -> None:
    reader = _render(make_report_model(decisions=()), tmp_path / "none.pdf")
    assert "No decision has been recorded yet." in _all_text(reader)


def test_the_contents_points_at_the_right_pages(full: PdfReader) -> None:
    pages = _pages(full)
    contents = pages[1]
    headings = (
        "Summary",
        "Findings",
        "Privacy and data protection",
        "Live facial recognition module",
        "Actions and conditions",
        "Decision history",
        "Changes since the previous round",
        "Evidence register",
    )
    for heading in headings:
        match = re.search(re.escape(heading) + r"[ .]*(\d+)", contents)
        assert match, heading
        assert heading in pages[int(match.group(1)) - 1]
    assert "Fairness & equality" in contents


def test_the_outline_lists_the_themes(full: PdfReader) -> None:
    titles = [item["/Title"] for item in _outline_items(full.outline)]
    assert "Fairness & equality" in titles
    assert "Oversight and accountability" in titles


def test_metadata_is_set(full: PdfReader) -> None:
    meta = full.metadata
    assert meta is not None
    assert meta.title == HOSTILE_TITLE
    assert meta.author == "Heddlu Gogledd Cymru / North Wales Police"
    assert meta.creator == "Ethics Scrutiny"
    assert "Live facial recognition" in (meta.subject or "")
    assert full.trailer["/Root"]["/Lang"] == "en-GB"


def _fonts_used(reader: PdfReader) -> set[tuple[str, bool]]:
    """(BaseFont, embedded) of every font a page's text actually selects with Tf."""
    used: set[tuple[str, bool]] = set()
    for page in reader.pages:
        fonts: Any = page["/Resources"]["/Font"]
        operations = ContentStream(page.get_contents(), reader).operations
        for operands, operator in operations:
            if operator == b"Tf":
                font = fonts[operands[0]].get_object()
                descriptor = font.get("/FontDescriptor")
                embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
                used.add((str(font["/BaseFont"]), embedded))
    return used


def test_only_embedded_dejavu_fonts_draw_text(full: PdfReader) -> None:
    used = _fonts_used(full)
    assert used
    for name, embedded in used:
        assert "DejaVuSans" in name, name
        assert embedded, name


def test_invariant_output_is_byte_identical(tmp_path: Path) -> None:
    first, second = io.BytesIO(), io.BytesIO()
    render_pdf(make_report_model(), first, invariant=True)
    render_pdf(make_report_model(), second, invariant=True)
    assert first.getvalue() == second.getvalue()
    path = tmp_path / "same.pdf"
    render_pdf(make_report_model(), path, invariant=True)
    assert path.read_bytes() == first.getvalue()


def test_progress_is_reported_per_theme_then_complete() -> None:
    calls: list[tuple[int, int]] = []
    render_pdf(make_report_model(), io.BytesIO(), progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_a_long_note_flows_over_pages(tmp_path: Path) -> None:
    model = make_report_model()
    long_note = "\n".join(
        f"Paragraph {n}: the force's evidence is set out here." for n in range(90)
    )
    theme = model.themes[0]
    question = replace(theme.questions[0], note=long_note)
    themes = (replace(theme, questions=(question,)), *model.themes[1:])
    reader = _render(make_report_model(themes=themes), tmp_path / "long.pdf")
    text = _all_text(reader)
    assert "Paragraph 0:" in text
    assert "Paragraph 89:" in text


def test_a_hostile_theme_title_is_literal_in_the_contents_and_outline(tmp_path: Path) -> None:
    model = make_report_model()
    hostile = "<i>Risk</i> & (review) \\ notes"
    themes = (replace(model.themes[0], title=hostile), *model.themes[1:])
    reader = _render(make_report_model(themes=themes), tmp_path / "hostile.pdf")
    assert hostile in _pages(reader)[1]
    assert hostile in [item["/Title"] for item in _outline_items(reader.outline)]


def _outline_items(outline: Any) -> list[Any]:
    items: list[Any] = []
    for item in outline:
        items += _outline_items(item) if isinstance(item, list) else [item]
    return items
