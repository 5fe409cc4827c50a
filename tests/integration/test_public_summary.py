"""The public summary, read as the public reads it: no codes, hashes or sensitive notes."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from ethics_scrutiny.reporting.html import render_html
from ethics_scrutiny.reporting.model import ReportModel
from ethics_scrutiny.reporting.pdf import render_pdf
from tests.report_fixtures import (
    GOOD_PRACTICE_NOTE,
    SENSITIVE_NOTE,
    WELSH_NOTE,
    make_public_model,
)

QUESTION_CODE = re.compile(r"[A-Z]{2}-\d{2}")
NOTES = (SENSITIVE_NOTE, GOOD_PRACTICE_NOTE, WELSH_NOTE, "The force supplied evidence for")


def _standing_advice() -> ReportModel:
    """The sample's public summary with the panel's advice standing beside the decision."""
    model = make_public_model()
    advice = replace(
        model.decisions[0],
        outcome="Support with conditions",
        superseded_by=None,
        rationale="The panel advises support once FE-02 is settled.",
    )
    return replace(model, decisions=(advice, model.decisions[1]))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _pdf_text(model: ReportModel, path: Path) -> str:
    render_pdf(model, path, invariant=True)
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _html_text(model: ReportModel, _path: Path) -> str:
    parser = _Text()
    parser.feed(render_html(model))
    return " ".join(" ".join(parser.parts).split())


def assert_plain_for_the_public(text: str) -> None:
    """No question code, hash, SHA or note of the officer's; the advice and decision both."""
    assert not QUESTION_CODE.search(text), QUESTION_CODE.findall(text)
    assert "hash" not in text.lower()
    assert "SHA" not in text
    assert "ethics-scrutiny" not in text  # no command lines
    assert "No assessment exists for the deployment." not in text  # no criteria text
    for note in NOTES:
        assert note not in text, note


@pytest.mark.parametrize("read", [_pdf_text, _html_text], ids=["pdf", "html"])
def test_the_public_summary_is_plain_and_gives_the_advice_and_the_decision(
    read: object, tmp_path: Path
) -> None:
    text = read(_standing_advice(), tmp_path / "public.pdf")  # type: ignore[operator]
    assert_plain_for_the_public(text)
    # Both, each with its outcome; the code in the advice's reasons became the question's words.
    assert "advice" in text and "Ethics panel advice: Ethics panel chair" in text
    assert "PCC decision: Police and Crime Commissioner" in text
    assert "Testing supplied; the PCC supports a six-month pilot." in text
    assert "once the question “Has the algorithm been tested" in text
    assert "31 January 2026" in text


@pytest.mark.parametrize("read", [_pdf_text, _html_text], ids=["pdf", "html"])
def test_the_public_reads_what_was_found_in_plain_sentences(read: object, tmp_path: Path) -> None:
    text = read(make_public_model(), tmp_path / "public.pdf")  # type: ignore[operator]
    found = "the office asked “Has the algorithm been tested for demographic differentials?” "
    assert found + "and found that this is not met." in text
    assert "Are images of people not on a watchlist deleted immediately" not in text  # sensitive
    assert "1 further finding is not published because the office marked it sensitive." in text
    assert "How to comment or complain" in text
    assert "Fairness & equality, Privacy and data protection and Oversight" in text


def test_the_public_pdf_bookmarks_every_section_and_opens_them(tmp_path: Path) -> None:
    path = tmp_path / "public.pdf"
    render_pdf(make_public_model(), path, invariant=True)
    reader = PdfReader(path)
    titles = [str(item["/Title"]) for item in _flat(reader.outline)]
    for title in (
        "The technology and what it is for",
        "What the office looked at",
        "What was found",
        "Unlawful as it stands",
        "Legal risk",
        "Good practice",
        "Not yet answered",
        "The panel’s advice and the decision",
        "How to comment or complain",
    ):
        assert title in titles
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert reader.xmp_metadata is not None and reader.xmp_metadata.dc_language == ["en-GB"]


def test_a_paragraph_longer_than_a_page_runs_on(tmp_path: Path) -> None:
    purpose = " ".join(f"Sentence {n} of the purpose." for n in range(700))
    text = _pdf_text(make_public_model(purpose=purpose), tmp_path / "long.pdf")
    assert "Sentence 0 of" in text and "Sentence 699 of the purpose." in text


def _flat(outline: list[object]) -> list[object]:
    items: list[object] = []
    for item in outline:
        items += _flat(item) if isinstance(item, list) else [item]
    return items
