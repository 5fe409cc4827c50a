"""The editable Word copy, read back with python-docx: headings, marking, tables, pages, content."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from ethics_scrutiny.reporting.cancel import ExportCancelledError
from ethics_scrutiny.reporting.model import ReportModel
from ethics_scrutiny.reporting.public import QUESTION_CODE
from ethics_scrutiny.reporting.word.render import render_docx
from tests.report_fixtures import (
    HEAD_HASH,
    HOSTILE_TITLE,
    SENSITIVE_NOTE,
    WELSH_NOTE,
    make_public_model,
    make_report_model,
)


def _read(model: ReportModel) -> Document:
    return docx.Document(io.BytesIO(render_docx(model)))


def _style(paragraph: Paragraph) -> str:
    return paragraph.style.name if paragraph.style is not None else ""


def _headings(doc: Document, level: int) -> list[str]:
    return [p.text for p in doc.paragraphs if _style(p) == f"Heading {level}"]


def _text(doc: Document) -> str:
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for t in doc.tables for row in t.rows for cell in row.cells]
    return "\n".join(parts)


def test_the_panel_paper_has_real_word_headings_in_the_findings_first_order() -> None:
    doc = _read(make_report_model(appendix=True))
    assert [p.text for p in doc.paragraphs if _style(p) == "Title"] == [HOSTILE_TITLE]
    assert _headings(doc, 1) == [
        "Summary",
        "Findings",
        "What the force must do",
        "Decision history",
        "Changes since the previous round",
        "Evidence register",
        "Appendix: question guidance",
    ]
    findings = _headings(doc, 2)
    start = findings.index("Unlawful as it stands")
    assert findings[start : start + 5] == [
        "Unlawful as it stands",
        "Legal risk",
        "Good practice",
        "Not yet answered",
        "Other answers",
    ]
    assert "FE-02: Has the algorithm been tested for demographic differentials? (critical)" in (
        _headings(doc, 3)
    )


def test_every_header_and_footer_carries_the_marking_and_the_footer_numbers_pages() -> None:
    doc = _read(make_report_model())
    for section in doc.sections:
        assert section.header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
        footer = section.footer.paragraphs[0]
        assert footer.text.startswith("OFFICIAL-SENSITIVE")
        assert re.search(r"Page 1 of 1$", footer.text)  # placeholders Word replaces
        instructions = [i.text.strip() for i in footer._p.iter(qn("w:instrText"))]
        assert instructions == ["PAGE", "NUMPAGES"]
        kinds = [c.get(qn("w:fldCharType")) for c in footer._p.iter(qn("w:fldChar"))]
        assert kinds == ["begin", "separate", "end"] * 2


def test_a_failed_verification_is_in_every_header() -> None:
    doc = _read(make_report_model(verification_failed=True))
    assert "RECORD FAILED VERIFICATION" in doc.sections[0].header.paragraphs[0].text


def test_every_table_has_a_caption_and_a_bold_header_row_repeated_on_each_page() -> None:
    doc = _read(make_report_model())
    assert len(doc.tables) == 7
    body = doc.element.body
    for grid in doc.tables:
        first = grid.rows[0]
        trpr = first._tr.trPr
        assert trpr is not None
        flag = trpr.find(qn("w:tblHeader"))
        assert flag is not None and flag.get(qn("w:val")) == "true"
        assert all(run.bold for cell in first.cells for run in cell.paragraphs[0].runs)
        before = body[body.index(grid._tbl) - 1]
        assert before.tag == qn("w:p") and before.style == "Caption"
    themes = doc.tables[0]
    assert [c.text for c in themes.rows[0].cells][:3] == ["Theme", "Answered", "Rating"]
    assert [row.cells[0].text for row in themes.rows[1:]] == [
        t.title for t in make_report_model().themes
    ]


def test_a_finding_shows_the_officers_words_and_the_criteria_only_in_the_appendix() -> None:
    model = make_report_model()
    text = _text(_read(model))
    assert "NPL testing was at a different setting." in text
    assert "E1 Differential test report (v2)" in text
    criteria = model.themes[0].questions[1].red_flag
    assert criteria not in text
    assert "FE-04" not in text  # unanswered and not critical: counted, not listed
    assert "OV-01: Is there a senior responsible officer?" in text
    with_appendix = _text(_read(replace(model, appendix=True)))
    assert f"Red-flag criteria (the template's, not a finding): {criteria}" in with_appendix


def test_a_sensitive_note_is_labelled_not_for_publication() -> None:
    doc = _read(make_report_model())
    at = next(i for i, p in enumerate(doc.paragraphs) if p.text == SENSITIVE_NOTE)
    assert doc.paragraphs[at - 1].text == "Officer’s note (Not for publication)"
    assert _style(doc.paragraphs[at - 1]) == "Heading 4"


def test_the_record_head_is_on_the_summary_once_with_what_it_is_for() -> None:
    doc = _read(make_report_model())
    text = _text(doc)
    assert f"Record head: {HEAD_HASH}" in text
    assert "The record head identifies the decision record" in text
    assert text.count(HEAD_HASH) == 2  # the head, and the command that checks it


def test_the_standing_advice_and_decision_sit_side_by_side() -> None:
    doc = _read(make_report_model())
    grid = next(t for t in doc.tables if t.rows[0].cells[1].text == "The panel’s advice")
    rows = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in grid.rows[1:]}
    assert rows["Outcome"] == ["None standing", "Support with conditions"]
    assert rows["Review date"][1] == "31 January 2026"


def test_the_public_summary_is_plain_and_holds_nothing_sensitive() -> None:
    model = make_public_model()
    doc = _read(model)
    assert _headings(doc, 1) == [
        "The technology",
        "How deep the scrutiny went",
        "What the office looked at",
        "What was found",
        "Advice and decision",
        "How to comment or complain",
    ]
    assert _headings(doc, 2)[:4] == [
        "Unlawful as it stands",
        "Legal risk",
        "Good practice",
        "Not yet answered",
    ]
    text = _text(doc)
    assert QUESTION_CODE.search(text) is None, QUESTION_CODE.search(text)
    assert "hash" not in text.lower() and "SHA" not in text
    assert SENSITIVE_NOTE not in text and "ethics-scrutiny" not in text
    assert model.themes[0].questions[1].red_flag not in text
    assert "Support with conditions" in text
    assert doc.sections[0].header.paragraphs[0].text == "OFFICIAL"
    assert doc.core_properties.author == ""  # never the officer's or the computer's name


def test_the_document_is_english_and_welsh_passages_are_marked_welsh() -> None:
    model = make_report_model()
    first = replace(model.decisions[0], rationale=WELSH_NOTE)
    doc = _read(replace(model, decisions=(first, *model.decisions[1:])))
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f".//{qn('w:lang')}").get(qn("w:val")) == "en-GB"
    welsh = [r for p in doc.paragraphs for r in p.runs if r.text == WELSH_NOTE]
    assert welsh
    for run in welsh:
        rpr = run._r.rPr
        assert rpr is not None and rpr.find(qn("w:lang")).get(qn("w:val")) == "cy-GB"
    english = next(r for p in doc.paragraphs for r in p.runs if r.text.startswith("The supplier"))
    assert english._r.rPr is None or english._r.rPr.find(qn("w:lang")) is None


def test_properties_name_the_office_as_author_and_the_force_as_subject() -> None:
    doc = _read(make_report_model(office="Office of the Police and Crime Commissioner"))
    props = doc.core_properties
    assert props.author == "Office of the Police and Crime Commissioner"
    assert props.subject == "Heddlu Gogledd Cymru / North Wales Police"
    assert props.title == f"Ethics scrutiny report: {HOSTILE_TITLE}"
    assert props.language == "en-GB"


def test_control_characters_in_a_note_are_dropped_not_fatal() -> None:
    model = make_report_model()
    theme = model.themes[0]
    noisy = replace(theme.questions[1], note="Pasted\x00 from a\x01 form\x1f.")
    themes = (replace(theme, questions=(theme.questions[0], noisy, *theme.questions[2:])),)
    text = _text(_read(replace(model, themes=themes + model.themes[1:])))
    assert "Pasted from a form." in text


def test_progress_is_reported_and_a_cancel_stops_the_render() -> None:
    seen: list[tuple[int, int]] = []
    render_docx(make_report_model(), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and len(seen) == seen[-1][1]
    with pytest.raises(ExportCancelledError):
        render_docx(make_report_model(), cancelled=lambda: True)


def test_table_columns_fill_the_a4_width_by_what_they_hold() -> None:
    doc = _read(make_report_model())
    section = doc.sections[0]
    page, height = section.page_width, section.page_height
    left, right = section.left_margin, section.right_margin
    assert page is not None and height is not None and left is not None and right is not None
    assert (round(page.mm), round(height.mm)) == (210, 297)
    content = page - left - right
    for grid in doc.tables:
        widths = [column.width for column in grid.columns]
        assert abs(sum(widths) - content) < Mm(1)
    themes = [column.width for column in doc.tables[0].columns]
    assert themes[0] == max(themes)  # theme names, not the counts, get the room
