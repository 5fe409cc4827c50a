"""The panel paper exported: its length per answer, the appendix on request, who prepared it."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest
from pypdf import PdfReader

from ethics_scrutiny.cli import build_parser, main
from ethics_scrutiny.domain.enums import Marking, Rating, Status, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.reporting.formats import FORMATS
from ethics_scrutiny.services import Services

DRONE = NewScrutiny(
    title="Drones for missing-person searches",
    force="Dyfed-Powys Police",
    technology=Technology.DRONES,
    marking=Marking.OFFICIAL_SENSITIVE,
    purpose="Search open country for missing people.",
)
_ANSWERS = (
    (Status.MET, Rating.GREEN),
    (Status.PARTLY_MET, Rating.AMBER),
    (Status.NOT_MET, Rating.RED),
    (Status.UNKNOWN, Rating.AMBER),
    (Status.MET, Rating.GREEN),
)


def drone_case(services: Services, answers: int = 15) -> int:
    """A drone scrutiny with ``answers`` questions answered, each with a note."""
    scrutiny_id = services.scrutinies.create(DRONE)
    keys = [q.key for q in services.scrutinies.get(scrutiny_id).checklist.questions()]
    for n, key in enumerate(keys[:answers]):
        status, rating = _ANSWERS[n % len(_ANSWERS)]
        note = f"Seen the force's flight log and policy for {key}; discussed with the lead."
        services.scrutinies.answer(scrutiny_id, key, status, rating, note)
    return scrutiny_id


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_a_drone_scrutiny_with_15_answers_fits_in_15_pages_and_the_appendix_is_asked_for(
    services: Services, tmp_path: Path
) -> None:
    scrutiny_id = drone_case(services)
    paper, appendix = tmp_path / "paper.pdf", tmp_path / "appendix.pdf"
    services.reports.export(scrutiny_id, FORMATS_PDF, paper)
    services.reports.export(scrutiny_id, FORMATS_PDF, appendix, appendix=True)
    pages, text = _text(paper)
    assert pages <= 15
    assert "Appendix" not in text and "Red-flag criteria" not in text
    with_appendix, text = _text(appendix)
    assert with_appendix > pages
    assert "Question guidance, sources and red-flag criteria" in text


def test_prepared_by_is_the_officer_given_never_the_login(
    cli_data: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "loginname-of-the-computer")
    new = [*cli_data, "new", "--technology", "drones", "--title", "T", "--force", "Gwent"]
    assert main(new) == 0
    named, unnamed = tmp_path / "named.pdf", tmp_path / "unnamed.pdf"
    export = [*cli_data, "export", "1", "--format", "pdf"]
    assert main([*export, "--out", str(named), "--prepared-by", "Rhian Officer"]) == 0
    assert main([*export, "--out", str(unnamed), "--appendix"]) == 0
    _, text = _text(named)
    assert "Prepared by Rhian Officer" in text
    assert PdfReader(named).metadata.author == "Rhian Officer"  # type: ignore[union-attr]
    _, text = _text(unnamed)
    assert "Prepared by Not recorded" in text and "Appendix" in text
    assert "loginname-of-the-computer" not in text


def test_the_command_line_offers_every_format_in_the_table() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    export = commands.choices["export"]  # type: ignore[index]
    fmt = next(a for a in export._actions if a.dest == "format")
    assert list(fmt.choices) == [f.value for f in FORMATS]
    for info in FORMATS.values():
        assert info.format.value in (fmt.help or "")


FORMATS_PDF = next(f for f in FORMATS if f.value == "pdf")


def test_the_office_profile_s_officer_is_the_default_and_the_office_the_author(
    services: Services, tmp_path: Path
) -> None:
    from ethics_scrutiny.domain.office import OfficeProfile, OfficeType

    services.office.set(
        OfficeProfile(
            name="Office of the Police and Crime Commissioner for Gwent",
            office_type=OfficeType.PCC,
            decision_maker="Police and Crime Commissioner",
            panel="Gwent Ethics Panel",
            officer="Rhian Officer",
        )
    )
    scrutiny_id = drone_case(services, answers=3)
    paper = tmp_path / "paper.pdf"
    services.reports.export(scrutiny_id, FORMATS_PDF, paper)
    _, text = _text(paper)
    assert "Prepared by Rhian Officer" in text
    meta = PdfReader(paper).metadata
    assert meta is not None
    assert meta.author == "Office of the Police and Crime Commissioner for Gwent"
    assert "for Dyfed-Powys Police" in (meta.subject or "")
    named = tmp_path / "named.pdf"
    services.reports.export(scrutiny_id, FORMATS_PDF, named, prepared_by="Siân Jones")
    assert "Prepared by Siân Jones" in _text(named)[1]
