"""A Welsh scrutiny's reports give the screening frame in Welsh, whatever the interface's language.

The shipped catalogue gains these words when the Welsh drafts are merged; the tests compile
their own small catalogue so they show the lookup follows the scrutiny's language now.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from pypdf import PdfReader

from ethics_scrutiny import i18n
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Language, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.reporting.formats import ExportFormat
from ethics_scrutiny.reporting.words import words_in
from ethics_scrutiny.services import Services

POINTS = ("{prompt}: {chosen} ({points} point)", "{prompt}: {chosen} ({points} points)")
WELSH = {
    "Impact level": "Lefel effaith",
    "Score": "Sgôr",
    "Set by:": "Wedi'i gosod gan:",
    "Screening": "Sgrinio",
    "What set the level": "Beth osododd y lefel",
    "{label}, on a scale of 1 to {highest}": "{label}, ar raddfa o 1 i {highest}",
    "{points} of {maximum} {total}": "{points} o {maximum} {total}",
    "Not asked at this stage": "Ni ofynnir ar y cam hwn",
    "How deep the scrutiny went": "Pa mor ddwfn yr aeth y craffu",
}
# Level 2 by points alone (no trigger): 3 + 1 + 2 + 2 + 2 = 10 points.
ANSWERS = {
    "SC-01": ["identifies"],
    "SC-04": ["minor"],
    "SC-05": ["some-bystanders"],
    "SC-08": ["months"],
    "SC-10": ["supplier-access"],
}


@pytest.fixture
def catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Welsh core catalogue holding the frame words, where reports look for catalogues."""
    folder = tmp_path / "translations"
    folder.mkdir()
    welsh = Catalog(locale="cy")
    for english, words in WELSH.items():
        welsh.add(english, words)
    welsh.add(POINTS, ("{prompt}: {chosen} ({points} pwynt)",) * welsh.num_plurals)
    with i18n.catalogue_path("cy", folder).open("wb") as handle:
        write_mo(handle, welsh)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    return folder


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = Services.open(resolve_settings(str(tmp_path / "data")))
    try:
        yield opened
    finally:
        opened.close()


def _welsh_scrutiny(services: Services) -> int:
    new = NewScrutiny(
        "Rhestr wylio", "Heddlu Gwent", Technology.OTHER, language=Language.WELSH, screening=ANSWERS
    )
    return services.scrutinies.create(new)


def _words(out: Path) -> str:
    if out.suffix == ".docx":
        document = docx.Document(str(out))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        text = "\n".join([p.text for p in document.paragraphs] + cells)
    elif out.suffix == ".pdf":
        text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    else:
        text = html.unescape(re.sub(r"<[^>]+>", " ", out.read_text(encoding="utf-8-sig")))
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", [ExportFormat.PDF, ExportFormat.HTML])
def test_a_welsh_screened_scrutiny_reports_its_level_in_welsh(
    catalogue: Path, services: Services, tmp_path: Path, fmt: ExportFormat
) -> None:
    sid = _welsh_scrutiny(services)
    out = tmp_path / f"cy.{fmt.value}"
    services.reports.export(sid, fmt, out)
    text = _words(out)
    assert "Lefel effaith: Lefel effaith 2 (cymedrol), ar raddfa o 1 i 4" in text
    assert "Sgôr: 10 o 41 pwyntiau ymyrraeth." in text
    assert "Wedi'i gosod gan:" in text
    assert "(3 pwynt)" in text
    assert "Beth osododd y lefel" in text
    for english in ("Impact level:", "on a scale of", "Score:", "Set by:", "point)", "points)"):
        assert english not in text, english


def test_the_word_copy_gives_the_frame_in_welsh(
    catalogue: Path, services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "cy.docx"
    services.reports.export(_welsh_scrutiny(services), ExportFormat.DOCX, out)
    text = _words(out)
    assert "Lefel effaith 2 (cymedrol), ar raddfa o 1 i 4" in text
    assert "Sgrinio" in text and "(3 pwynt)" in text
    assert "Impact level" not in text and "points)" not in text


def test_the_html_marks_the_welsh_frame_as_welsh(
    catalogue: Path, services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "cy.html"
    services.reports.export(_welsh_scrutiny(services), ExportFormat.HTML, out)
    page = out.read_text(encoding="utf-8-sig")
    assert '<strong lang="cy">Lefel effaith:</strong>' in page
    assert '<h2 id="screening-heading" lang="cy">Sgrinio</h2>' in page
    assert '<a href="#screening"><span lang="cy">Sgrinio</span></a>' in page  # contents


@pytest.mark.parametrize("fmt", [ExportFormat.PDF, ExportFormat.HTML])
def test_the_public_summary_names_the_level_section_in_welsh(
    catalogue: Path, services: Services, tmp_path: Path, fmt: ExportFormat
) -> None:
    out = tmp_path / f"public.{fmt.value}"
    services.reports.export(_welsh_scrutiny(services), fmt, out, public=True)
    assert "Pa mor ddwfn yr aeth y craffu" in _words(out)
    assert "How deep the scrutiny went" not in _words(out)


def test_an_english_scrutiny_keeps_its_english_frame(
    catalogue: Path, services: Services, tmp_path: Path
) -> None:
    sid = services.scrutinies.create(
        NewScrutiny("Watchlist", "Gwent Police", Technology.OTHER, screening=ANSWERS)
    )
    out = tmp_path / "en.html"
    services.reports.export(sid, ExportFormat.HTML, out)
    text = _words(out)
    assert "Impact level: Impact level 2 (moderate), on a scale of 1 to 4" in text
    assert "(3 points)" in text
    assert "Lefel effaith" not in text


def test_the_frame_follows_the_scrutiny_not_the_interface() -> None:
    # The shipped catalogue, with the interface left in English.
    assert i18n.current_language() == i18n.ENGLISH
    assert words_in("cy-GB").gettext("Not met") == "Heb ei fodloni"
    assert words_in("cy-GB").code == "cy"
    assert words_in("en-GB").gettext("Not met") == "Not met"
    # A language with no catalogue, or a code that could name a path, reads English.
    assert words_in("fr").code == "en"
    assert i18n.catalogue_for("../cy").gettext("Not met") == "Not met"
