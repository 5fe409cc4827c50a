"""A scrutiny's language is any code its templates offer (SQLite and PostgreSQL).

The converted Canadian AIA office template (docs/examples) carries French: a scrutiny in
``fr`` using it shows French template text in its reports, with the report's own words English.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Language, Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportFormat

AIA = "canada-algorithmic-impact-assessment"
AIA_FILE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "canada-aia.yaml"
# AIA-RP-1 and its theme, as the template gives them in French.
FRENCH_PROMPT = "Le projet s'inscrit-il dans un domaine sujet à un examen public approfondi"
FRENCH_THEME = "Profil de risque"
ENGLISH_PROMPT = "Is the project within an area of intense public scrutiny"


@pytest.fixture
def office(services: Services) -> Iterator[Services]:
    services.templates.import_file(AIA_FILE)
    yield services


def _french(office: Services) -> int:
    new = NewScrutiny("Triage", "Gwent", Technology.OTHER, modules=(AIA,), language=Language("fr"))
    scrutiny_id = office.scrutinies.create(new)
    office.screening.answer(scrutiny_id, "AIA-RP-1", choices=["item1-3"])
    office.scrutinies.answer(scrutiny_id, "AIA-RP-1", Status.NOT_MET, note="Under review")
    return scrutiny_id


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_languages_offered_follow_the_chosen_templates(office: Services) -> None:
    assert office.templates.languages_offered([]) == [("en", "English"), ("cy", "Cymraeg")]
    assert office.templates.languages_offered([AIA, "no-such-module"]) == [
        ("en", "English"),
        ("cy", "Cymraeg"),
        ("fr", "Français"),
    ]


def test_a_language_no_template_offers_is_refused_with_those_offered(office: Services) -> None:
    for code, modules in (("fr", ()), ("de", (AIA,))):
        new = NewScrutiny("T", "F", Technology.OTHER, modules=modules, language=Language(code))
        with pytest.raises(InvalidInputError, match=rf"in '{code}'\. Choose one") as refused:
            office.scrutinies.create(new)
        assert "en (English), cy (Cymraeg)" in str(refused.value)
    assert office.scrutinies.list() == []


def test_a_french_scrutiny_reports_french_template_text_in_english_words(
    office: Services, tmp_path: Path
) -> None:
    scrutiny_id = _french(office)
    detail = office.scrutinies.get(scrutiny_id)
    assert detail.summary.language is Language("fr")
    assert office.scrutinies.list()[0].language == "fr"
    model = office.reports.build_model(scrutiny_id)
    assert model.language == "fr"
    question = next(q for t in model.themes for q in t.questions if q.key == "AIA-RP-1")
    assert question.prompt.startswith(FRENCH_PROMPT)
    for fmt in (ExportFormat.PDF, ExportFormat.HTML):
        out = tmp_path / f"report.{fmt.value}"
        office.reports.export(scrutiny_id, fmt, out)
        text = _text(out) if fmt is ExportFormat.PDF else out.read_text("utf-8")
        text = text.replace("&#x27;", "'").replace("&#39;", "'")
        assert FRENCH_PROMPT in text and FRENCH_THEME in text
        assert ENGLISH_PROMPT not in text
        # The report's own words stay English: the panel paper's headings and labels.
        assert "Ethics scrutiny report" in text and "Contents" in text
    assert office.maintenance.verify().ok


def test_a_french_scrutiny_travels_by_bundle(
    office: Services, tmp_path: Path, another_record: object
) -> None:
    scrutiny_id = _french(office)
    bundle = tmp_path / "fr.json"
    office.reports.export(scrutiny_id, ExportFormat.JSON, bundle)
    assert json.loads(bundle.read_text("utf-8"))["scrutiny"]["language"] == "fr"
    url = another_record("other")  # type: ignore[operator]
    other = Services.open(resolve_settings(str(tmp_path / "other"), url))
    try:
        other.templates.import_file(AIA_FILE)
        theirs = other.bundles.import_bundle(bundle)
        assert other.scrutinies.get(theirs).summary.language == "fr"
    finally:
        other.close()


def test_cli_new_takes_any_offered_code(
    office: Services, cli_data: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    new = [*cli_data, "new", "--technology", "other", "--title", "T", "--force", "F"]
    assert main([*new, "--module", AIA, "--language", "FR", "--json"]) == 0
    scrutiny_id = json.loads(capsys.readouterr().out)["id"]
    assert main([*cli_data, "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["language"] == "fr"
    assert main([*cli_data, "show", str(scrutiny_id), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["language"] == "fr"
    assert main([*new, "--language", "cy"]) == 0
    capsys.readouterr()
    assert main([*new, "--language", "de"]) != 0
    err = capsys.readouterr().err
    assert "'de'" in err and "en (English), cy (Cymraeg)" in err
    assert main([*new, "--language", "French!"]) != 0
    assert "is not a language code" in capsys.readouterr().err
