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


def _plain_pages(reader: PdfReader) -> list[str]:
    """Each page's text in drawing order: a table cell's lines stay together."""
    return [_flat(page.extract_text()) for page in reader.pages]


def _body(reader: PdfReader) -> str:
    """The text after the cover and contents, in drawing order."""
    return " ".join(_plain_pages(reader)[2:])


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


def test_footers_carry_no_hash_and_the_head_is_printed_once_on_the_summary(
    full: PdfReader,
) -> None:
    pages = _pages(full)
    for text in pages:
        assert "Record head " + HEAD_HASH[:16] not in text.replace(HEAD_HASH, "")
    holding = [n for n, text in enumerate(pages) if HEAD_HASH in text]
    assert len(holding) == 1 and _all_text(full).count(HEAD_HASH) == 1
    summary = pages[holding[0]]
    assert summary.startswith("OFFICIAL-SENSITIVE Report ES-42-20250702T100000Z-P Summary")
    assert "choose Verify the record in the app and give this head hash" in summary


def test_a_hostile_title_is_printed_literally(full: PdfReader) -> None:
    cover = _pages(full)[0]
    assert "Ethics scrutiny report" in cover
    assert _flat(HOSTILE_TITLE) in cover


def test_welsh_characters_survive(full: PdfReader) -> None:
    text = " ".join(_flat(page.extract_text()) for page in full.pages)
    assert "Heddlu Gogledd Cymru — ŵ ŷ Ŵ Ŷ" in text
    assert "■" not in text


def test_the_cover_lists_the_deployment(full: PdfReader) -> None:
    cover = _pages(full)[0]
    for expected in ("Live facial recognition", "Pre-deployment", "Example Vision Ltd"):
        assert expected in cover
    assert "Core ethics checklist, version 1.2.0" in cover
    assert "2 July 2025" in cover


def test_the_summary_shows_readiness_counts_and_named_theme_ratings(full: PdfReader) -> None:
    summary = next(page for page in _plain_pages(full) if HEAD_HASH in page)
    assert "Critical questions still to answer: OV-01" in summary
    assert "Answered: 9 of 11 questions" in summary
    for count in ("Unlawful as it stands: 1", "Legal risk: 2", "Good practice: 1"):
        assert count in summary
    assert "Open conditions and questions to the force: 1" in summary
    # The heat map names each theme and gives its rating in words, with a legend.
    assert "Privacy and data protection Amber 3 of 3 2 1 0 0" in summary
    assert "Oversight and accountability Not rated" in summary
    assert "How to read this" in summary
    assert "G·A·R" not in _all_text(full)


def test_findings_are_grouped_by_seriousness_in_the_officer_s_words(full: PdfReader) -> None:
    text = _body(full)
    text = text[text.index("Only answered questions are findings") :]
    order = ["Unlawful as it stands (1)", "FE-02 ·", "Legal risk (2)", "FE-03 ·", "PR-02 ·"]
    order += ["Good practice (1)", "OV-04 ·", "Not yet answered", "Other answers"]
    positions = [text.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert "BLOCKING RED FLAG" in text
    assert "The supplier's test used a threshold of 0.6" in text
    # The template's red-flag criteria are not findings: without the appendix they are absent.
    assert "No independent testing of false match rates" not in text
    assert "No assessment exists for the deployment." not in text


def test_unanswered_questions_are_named_or_counted_never_findings(full: PdfReader) -> None:
    text = _body(full)
    unanswered = text[text.index("Not yet answered") : text.index("Other answers")]
    assert "OV-01 · Is there a senior responsible officer?" in unanswered
    assert "Another 1 question is not yet answered." in unanswered
    assert "FE-04 ·" not in text  # not critical and not answered: counted only
    assert text.count("OV-01 ·") == 1


def test_a_blocking_question_answered_but_not_met_is_marked(tmp_path: Path) -> None:
    model = make_report_model()
    theme = model.themes[0]
    partly = replace(theme.questions[2], blocking=True, blocks="partly met")
    themes = (replace(theme, questions=(*theme.questions[:2], partly)), *model.themes[1:])
    text = _body(_render(make_report_model(themes=themes), tmp_path / "blocks.pdf"))
    assert "BLOCKS SUPPORT" in text
    assert "this blocking question is partly met" in text


def test_sensitive_notes_are_labelled_not_for_publication(full: PdfReader) -> None:
    text = _all_text(full)
    assert "Officer’s note (Not for publication) " + _flat(SENSITIVE_NOTE) in text
    assert text.count("Not for publication") == 1


def test_the_guidance_appendix_with_the_criteria_only_when_asked(
    full: PdfReader, tmp_path: Path
) -> None:
    assert "Appendix" not in _all_text(full)
    reader = _render(make_report_model(appendix=True), tmp_path / "appendix.pdf")
    pages = _pages(reader)
    text = " ".join(pages)
    assert len(pages) > len(full.pages)
    appendix = text[text.index("Appendix Question guidance") :]
    assert "Red-flag criteria (from the template): No independent testing" in appendix
    assert "Look for a written assessment signed off by a named officer." in appendix


def test_the_first_page_calls_the_pdf_a_print_copy(full: PdfReader, public: PdfReader) -> None:
    for reader in (full, public):
        first = _pages(reader)[0]
        assert "This PDF is a print copy" in first
        assert "the accessible version" in first and "HTML" in first


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
        "Unlawful as it stands (1)",
        "Legal risk (2)",
        "Good practice (1)",
        "Not yet answered",
        "Other answers",
        "What the force must do",
        "Decisions",
        "Decision history",
        "Changes since the previous round",
        "Evidence register",
    )
    for heading in headings:
        match = re.search(re.escape(heading) + r"[ .]*(\d+)", contents)
        assert match, heading
        assert heading in pages[int(match.group(1)) - 1]
    links = [a.get_object() for a in full.pages[1].get("/Annots", [])]
    assert len(links) >= len(headings)  # each contents line links to its section
    assert all(link["/Subtype"] == "/Link" for link in links)


def test_the_outline_lists_every_section_and_opens_with_the_pdf(full: PdfReader) -> None:
    titles = [item["/Title"] for item in _outline_items(full.outline)]
    for title in ("Summary", "Findings", "Legal risk (2)", "What the force must do", "Decisions"):
        assert title in titles
    assert full.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_metadata_is_set(full: PdfReader) -> None:
    meta = full.metadata
    assert meta is not None
    assert meta.title == HOSTILE_TITLE
    assert meta.author == "Scrutiny officer Ŷsgol"  # no office known: who prepared it
    assert meta.creator == "Ethics Scrutiny"
    assert "Live facial recognition for Heddlu Gogledd Cymru" in (meta.subject or "")
    assert full.trailer["/Root"]["/Lang"] == "en-GB"
    xmp = full.xmp_metadata
    assert xmp is not None
    assert xmp.dc_title == {"x-default": HOSTILE_TITLE}
    assert xmp.dc_language == ["en-GB"]


def test_the_office_is_the_author_and_a_welsh_scrutiny_is_declared_english(
    tmp_path: Path,
) -> None:
    model = make_report_model(office="Swyddfa Comisiynydd Heddlu a Throseddu", language="cy-GB")
    reader = _render(model, tmp_path / "office.pdf")
    assert reader.metadata is not None
    assert reader.metadata.author == "Swyddfa Comisiynydd Heddlu a Throseddu"
    # The paper's own wording is English, whatever the scrutiny's language.
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


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
    # A finding's note, and a note on a met answer (listed under other answers).
    for question in (theme.questions[1], theme.questions[0]):
        themes = (replace(theme, questions=(replace(question, note=long_note),)),)
        reader = _render(make_report_model(themes=themes), tmp_path / "long.pdf")
        text = _all_text(reader)
        assert "Paragraph 0:" in text
        assert "Paragraph 89:" in text


def test_a_hostile_theme_title_is_literal_in_the_heat_map_and_findings(tmp_path: Path) -> None:
    model = make_report_model()
    hostile = "<i>Risk</i> & (review) \\ notes"
    themes = (replace(model.themes[0], title=hostile), *model.themes[1:])
    reader = _render(make_report_model(themes=themes), tmp_path / "hostile.pdf")
    pages = _plain_pages(reader)
    assert hostile in pages[2]  # the summary's heat map
    assert f"Theme: {hostile}" in " ".join(pages[3:])


def _outline_items(outline: Any) -> list[Any]:
    items: list[Any] = []
    for item in outline:
        items += _outline_items(item) if isinstance(item, list) else [item]
    return items


def _welsh_spans(reader: PdfReader) -> tuple[int, int]:
    data = b"".join(page.get_contents().get_data() for page in reader.pages)  # type: ignore[union-attr]
    return data.count(b"/Span <</Lang (cy)>> BDC"), data.count(b"EMC")


def test_welsh_passages_are_marked_welsh_in_an_english_document(
    full: PdfReader, tmp_path: Path
) -> None:
    assert full.trailer["/Root"]["/Lang"] == "en-GB"
    spans, ends = _welsh_spans(full)
    assert spans >= 1 and ends >= spans
    # The Welsh note in English instead: one Welsh passage fewer is marked.
    model = make_report_model()
    theme = model.themes[0]
    english = replace(theme.questions[0], note="The assessment was completed and signed off.")
    themes = (replace(theme, questions=(english, *theme.questions[1:])), *model.themes[1:])
    reader = _render(make_report_model(themes=themes), tmp_path / "english.pdf")
    assert _welsh_spans(reader)[0] == spans - 1
