"""Reports carry the impact level and its reasons, typed answers and questions not asked."""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from pypdf import PdfReader

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.reporting.formats import ExportFormat
from ethics_scrutiny.services import Services
from tests.factories import question

LEVEL_4 = "Impact level 4 (very high), the highest of 4 levels"
TRIGGER = "Biometric identification in a public place is always level 4"
MOST_INTRUSIVE = {"SC-01": ["identifies"], "SC-02": ["biometric"], "SC-06": ["public-space"]}


def _typed_module() -> dict[str, Any]:
    options = [
        {"value": "yes", "label": "Yes, published"},
        {"value": "no", "label": "No, kept internal"},
    ]
    channels = [
        {"value": "web", "label": "Force website", "points": 1},
        {"value": "post", "label": "Letter", "points": 1},
        {"value": "phone", "label": "Telephone line", "points": 1},
    ]
    questions = [
        question("TA-01", answer={"type": "single", "options": options}),
        question("TA-02", answer={"type": "multiple", "options": channels}),
        question("TA-03", answer={"type": "number", "minimum": 0}),
        question("TA-04", answer={"type": "date"}),
        question("TA-05", answer={"type": "text"}),
        # Asked only when the policy is kept internal.
        question("TA-06", show_if={"key": "TA-01", "any_of": ["no"]}),
    ]
    return {
        "slug": "typed-answers-module",
        "version": "1.0.0",
        "title": "Typed answers module",
        "kind": "module",
        "technologies": ["other"],
        "themes": [{"key": "typed", "title": "Typed answers", "questions": questions}],
        # Its own scoring, as a converted impact assessment has: a band from the answers.
        "scoring": {
            "totals": [{"key": "reach", "label": "Reach points", "questions": ["TA-02"]}],
            "bands": {
                "total": "reach",
                "levels": [
                    {"band": 1, "label": "Narrow reach"},
                    {"band": 2, "label": "Wide reach", "at_least": 2,
                     "description": "The public can find the policy by more than one route."},
                ],
            },
        },
    }  # fmt: skip


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Services]:
    folder = tmp_path / "data"
    (folder / "templates").mkdir(parents=True)
    module = folder / "templates" / "typed.yaml"
    module.write_text(yaml.safe_dump(_typed_module()), encoding="utf-8")
    services = Services.open(resolve_settings(str(folder)))
    assert not services.library.problems
    try:
        yield services
    finally:
        services.close()


def _scrutiny(services: Services, screening: dict[str, list[str]]) -> int:
    scrutiny_id = services.scrutinies.create(
        NewScrutiny("Watchlist policy", "Gwent Police", Technology.OTHER, screening=screening)
    )
    answer = services.screening.answer
    answer(scrutiny_id, "TA-01", choices=["yes"])
    answer(scrutiny_id, "TA-02", choices=["web", "phone"])
    answer(scrutiny_id, "TA-03", value="12")
    answer(scrutiny_id, "TA-04", value="2026-03-20")
    answer(scrutiny_id, "TA-05", value="Reviewed by the deputy chief constable")
    return scrutiny_id


def _export(
    services: Services, sid: int, fmt: ExportFormat, out: Path, public: bool = False
) -> str:
    services.reports.export(sid, fmt, out, public=public)
    if fmt is ExportFormat.PDF:
        text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    elif fmt is ExportFormat.DOCX:
        document = docx.Document(str(out))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        text = "\n".join([p.text for p in document.paragraphs] + cells)
    else:
        # The words a reader sees: tags dropped, entities read.
        text = html.unescape(re.sub(r"<[^>]+>", " ", out.read_text(encoding="utf-8-sig")))
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", [ExportFormat.PDF, ExportFormat.HTML, ExportFormat.DOCX])
def test_the_panel_paper_shows_the_level_its_reasons_and_each_typed_answer(
    office: Services, tmp_path: Path, fmt: ExportFormat
) -> None:
    sid = _scrutiny(office, MOST_INTRUSIVE)
    text = _export(office, sid, fmt, tmp_path / f"panel.{fmt.value}")
    assert LEVEL_4 in text
    assert TRIGGER in text
    assert "Does the technology identify people, single them out or follow them: It" in text
    # Each typed answer beside its question, in words: labels, the number, the date, the text.
    for words in ("Yes, published", "Force website; Telephone line", "12", "20 March 2026",
                  "Reviewed by the deputy chief constable"):  # fmt: skip
        assert f"Answer: {words}" in text or f"Answer {words}" in text, words
    assert "yes" not in text.split("Answer")[1][:5]  # the label, not the stored value
    # The question a condition leaves out is listed as not asked, not scored.
    assert "Questions not asked" in text
    assert "Not asked: an earlier answer makes it irrelevant" in text
    assert "not scored" in text
    # The module's own scoring: the band reached, what it means and the answers that set it.
    assert "Typed answers module: Wide reach (2 of 3 reach points)" in text
    assert "The public can find the policy by more than one route." in text
    assert "Prompt for TA-02: Force website, Telephone line (2 points)" in text


@pytest.mark.parametrize("fmt", [ExportFormat.PDF, ExportFormat.HTML, ExportFormat.DOCX])
def test_the_public_summary_says_the_level_in_plain_words(
    office: Services, tmp_path: Path, fmt: ExportFormat
) -> None:
    sid = _scrutiny(office, MOST_INTRUSIVE)
    text = _export(office, sid, fmt, tmp_path / f"public.{fmt.value}", public=True)
    assert "How deep the scrutiny went" in text
    assert "The answers put it at impact level 4 (very high), on a scale of 1 to 4." in text
    assert TRIGGER in text
    assert "Reviewed by the deputy chief constable" not in text  # free text is working material


def test_a_scrutiny_never_screened_says_so_plainly(office: Services, tmp_path: Path) -> None:
    sid = _scrutiny(office, {})
    panel = _export(office, sid, ExportFormat.PDF, tmp_path / "panel.pdf")
    assert "Impact level: Not screened" in panel
    assert "no impact level and the checklist asks every question" in panel
    public = _export(office, sid, ExportFormat.HTML, tmp_path / "public.html", public=True)
    assert "did not screen this technology for its impact before the scrutiny" in public


def test_a_lowered_level_gives_its_reason_to_the_panel_only(
    office: Services, tmp_path: Path
) -> None:
    sid = _scrutiny(office, MOST_INTRUSIVE)
    reason = "The cameras were moved indoors to the custody suite only."
    office.screening.rescreen(sid, {"SC-01": ["identifies"], "SC-06": ["custody"]}, reason=reason)
    panel = _export(office, sid, ExportFormat.HTML, tmp_path / "panel.html")
    assert f"Level lowered because: {reason}" in panel
    public = _export(office, sid, ExportFormat.HTML, tmp_path / "public.html", public=True)
    assert reason not in public


def test_the_csv_carries_typed_answers_and_marks_questions_not_asked(
    office: Services, tmp_path: Path
) -> None:
    sid = _scrutiny(office, MOST_INTRUSIVE)
    out = tmp_path / "answers.csv"
    office.reports.export(sid, ExportFormat.CSV, out)
    rows = {r["key"]: r for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))}
    assert rows["TA-01"]["answer"] == "Yes, published"
    assert rows["TA-02"]["answer"] == "Force website; Telephone line"
    assert rows["TA-04"]["answer"] == "20 March 2026"
    assert (rows["TA-01"]["asked"], rows["TA-01"]["not_asked_because"]) == ("yes", "")
    assert rows["TA-06"]["asked"] == "no"
    assert rows["TA-06"]["not_asked_because"] == "Not asked: an earlier answer makes it irrelevant"
    assert rows["TA-06"]["red_flag"] == "no"
