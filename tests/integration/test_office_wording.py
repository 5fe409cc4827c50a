"""Question text names the office's own decision-maker: a board's papers never say "PCC"."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from ethics_scrutiny.domain.enums import Stage, Status, Technology
from ethics_scrutiny.domain.office import OfficeProfile, OfficeType
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.reporting.formats import ExportFormat
from ethics_scrutiny.services import Services
from tests.factories import question

BOARD = OfficeProfile(
    name="Office of the Exampleshire Policing and Crime Board",
    office_type=OfficeType.POLICING_AND_CRIME_BOARD,
    decision_maker="Exampleshire Policing and Crime Board",
    panel="Exampleshire Ethics Panel",
)
# The questions whose text named the PCC before core 3.1.0 and drones 2.1.0.
NAMED = ("TE-08", "TE-13", "AO-07", "DR-12")
PCC = re.compile(r"\bPCCs?\b|Police and Crime Commissioner|\{decision_maker\}")


def _board_scrutiny(services: Services) -> int:
    services.office.set(BOARD)
    scrutiny_id = services.scrutinies.create(
        NewScrutiny(
            title="Drones",
            force="Exampleshire Police",
            technology=Technology.DRONES,
            modules=("ai-decision-support", "general-emerging-technology"),
            # DR-12 is asked from the pilot on: at the proposal stage it is out of scope.
            stage=Stage.PILOT,
        )
    )
    for key in NAMED:
        # Not met: the question and its red flag both reach the findings.
        services.scrutinies.answer(scrutiny_id, key, Status.NOT_MET, note="Not agreed yet.")
    return scrutiny_id


def _words(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    if path.suffix == ".docx":
        from docx import Document

        document = Document(str(path))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    return path.read_text(encoding="utf-8")


def test_the_question_text_is_filled_with_the_decision_maker(services: Services) -> None:
    scrutiny_id = _board_scrutiny(services)
    checklist = services.scrutinies.get(scrutiny_id).checklist
    assert "routes to the Exampleshire Policing and Crime Board and" in " ".join(
        checklist.question("TE-08").prompt.split()
    )
    assert "including the Exampleshire Policing and Crime Board?" in (
        checklist.question("DR-12").prompt
    )
    for q in checklist.questions():
        shown = [q.prompt, q.guidance, q.red_flag, *q.evidence]
        assert not any(PCC.search(text) for text in shown), q.key


def test_without_a_profile_the_text_names_the_local_policing_body(services: Services) -> None:
    scrutiny_id = services.scrutinies.create(
        NewScrutiny(title="Drones", force="Exampleshire Police", technology=Technology.DRONES)
    )
    prompt = services.scrutinies.get(scrutiny_id).checklist.question("AO-07").prompt
    assert prompt.startswith("Has the force agreed with the local policing body what")


@pytest.mark.sqlite_only
def test_a_board_s_papers_with_the_appendix_never_say_pcc(
    services: Services, tmp_path: Path
) -> None:
    scrutiny_id = _board_scrutiny(services)
    outputs = [
        ("panel.pdf", ExportFormat.PDF, False),
        ("public.pdf", ExportFormat.PDF, True),
        ("panel.docx", ExportFormat.DOCX, False),
        ("panel.html", ExportFormat.HTML, False),
        ("answers.csv", ExportFormat.CSV, False),
    ]
    for name, fmt, public in outputs:
        # The appendix prints every question's guidance, sources, evidence and red flag.
        services.reports.export(
            scrutiny_id, fmt, tmp_path / name, public=public, appendix=not public
        )
        text = _words(tmp_path / name)
        assert BOARD.decision_maker in text, name
        found = re.findall(r".{0,40}(?:" + PCC.pattern + r").{0,40}", text)
        assert not found, (name, found)
    # The panel paper's findings carry the filled question and its filled red flag.
    panel = " ".join(_words(tmp_path / "panel.pdf").split())
    assert "not reported to the Exampleshire Policing and Crime Board" in panel


@pytest.mark.sqlite_only
def test_the_upgrade_plan_shows_the_changed_question_filled(
    services: Services, tmp_path: Path
) -> None:
    from tests.integration.test_template_upgrade import drone_module, ship

    def module(version: str, prompt: str) -> dict[str, Any]:
        data = drone_module(version, slug="gwent-bwv", title="Body-worn video")
        data["technologies"] = ["other"]
        data["themes"][0]["questions"] = [{**question("BW-01"), "prompt": prompt}]
        return data

    services.office.set(BOARD)
    v1 = ship(tmp_path / "v1", module("1.0.0", "Is the panel told of each use?"))
    services.templates.import_file(v1 / "gwent-bwv.yaml")
    scrutiny_id = services.scrutinies.create(
        NewScrutiny(title="BWV", force="Gwent Police", technology=Technology.OTHER)
    )
    v2 = ship(tmp_path / "v2", module("1.1.0", "Is the {decision_maker} told of each use?"))
    services.templates.import_file(v2 / "gwent-bwv.yaml")
    [changed] = services.templates.upgrade_plan(scrutiny_id).changed
    assert changed.prompt == f"Is the {BOARD.decision_maker} told of each use?"
    [done] = services.templates.upgrade(scrutiny_id).diff.changed
    assert done.prompt == changed.prompt
