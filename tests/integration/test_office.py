"""The office profile: set and shown, recorded, proven by verify; capacities; the old demo."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from ethics_scrutiny.cli import main
from ethics_scrutiny.domain.enums import DecisionCapacity, Outcome, Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError, NotFoundError
from ethics_scrutiny.domain.office import OfficeProfile, OfficeType
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.demo import DEMO_TITLE
from ethics_scrutiny.services.reports import ExportFormat

BOARD = OfficeProfile(
    name="Office of the Exampleshire Policing and Crime Board",
    office_type=OfficeType.POLICING_AND_CRIME_BOARD,
    decision_maker="Exampleshire Policing and Crime Board",
    panel="Exampleshire Ethics Panel",
    officer="A. Officer",
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_profile_is_kept_and_every_change_is_a_record_entry(services: Services) -> None:
    assert services.office.profile() is None
    services.office.set(BOARD)
    assert services.office.profile() == BOARD
    renamed = OfficeProfile(**{**BOARD.__dict__, "panel": "Renamed Ethics Panel"})
    services.office.set(renamed)
    services.office.set(renamed)  # unchanged: no new entry
    # The officer is this computer's: a new officer is no entry, and no entry names one.
    services.office.set(OfficeProfile(**{**renamed.__dict__, "officer": "B. Officer"}))
    entries = [e for e in services.maintenance.entries() if e.kind == "office_changed"]
    assert [e.payload["panel"] for e in entries] == [BOARD.panel, "Renamed Ethics Panel"]
    assert [e.payload["officer"] for e in entries] == ["", ""]
    assert services.office.officer() == "B. Officer"
    assert entries[-1].scrutiny_id is None
    assert services.maintenance.verify().ok


def test_a_profile_changed_outside_the_app_fails_verify(services: Services) -> None:
    services.office.set(BOARD)
    with services.database.engine.begin() as connection:
        connection.execute(text("UPDATE office_profile SET panel = 'Someone else'"))
    result = services.maintenance.verify()
    assert not result.ok
    assert "office profile's panel differs from the record" in result.message
    assert "'Someone else'" in result.message


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "  "}, "The office's name is empty"),
        ({"panel": "x" * 201}, "The panel's name is longer than 200 characters"),
    ],
)
def test_bad_profiles_are_refused_in_one_sentence(
    services: Services, change: dict[str, str], message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        services.office.set(OfficeProfile(**{**BOARD.__dict__, **change}))
    assert services.office.profile() is None


def test_a_logo_is_checked_and_kept_in_the_record(services: Services, tmp_path: Path) -> None:
    logo = tmp_path / "crest.png"
    logo.write_bytes(PNG)
    saved = services.office.set(BOARD, logo)
    assert saved.logo_name == "logo.png"
    assert services.office.logo_bytes() == ("png", PNG)
    svg = tmp_path / "crest.svg"
    svg.write_text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')
    assert services.office.set(BOARD, svg).logo_name == "logo.svg"
    for bad, content in (("crest.jpg", b"\xff\xd8\xff\xe0 not png"), ("notes.txt", b"hello")):
        path = tmp_path / bad
        path.write_bytes(content)
        with pytest.raises(InvalidInputError, match="is not a PNG or SVG image"):
            services.office.set(BOARD, path)
    with pytest.raises(InvalidInputError, match="cannot be read"):
        services.office.set(BOARD, tmp_path / "missing.png")


def test_pcc_decision_is_an_alias_of_office_decision(services: Services) -> None:
    assert DecisionCapacity("pcc_decision") is DecisionCapacity.OFFICE_DECISION
    assert DecisionCapacity.PCC_DECISION is DecisionCapacity.OFFICE_DECISION
    scrutiny_id = services.scrutinies.create(
        NewScrutiny(title="ANPR", force="Exampleshire Police", technology=Technology.ANPR)
    )
    services.decisions.decide(
        scrutiny_id,
        DecisionInput(
            outcome=Outcome.DEFER,
            rationale="More information is needed.",
            decided_by="The Board",
            capacity=DecisionCapacity("pcc_decision"),
        ),
    )
    [decision] = services.scrutinies.get(scrutiny_id).decisions
    assert decision.capacity is DecisionCapacity.OFFICE_DECISION


def test_cli_office_set_and_show(
    capsys: pytest.CaptureFixture[str], cli_data: list[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, *cli_data, "office", "show", "--json")
    assert (code, json.loads(out)) == (0, None)
    logo = tmp_path / "crest.png"
    logo.write_bytes(PNG)
    setting = ["office", "set", "--name", BOARD.name, "--type", "policing-and-crime-board",
               "--decision-maker", BOARD.decision_maker, "--panel", BOARD.panel,
               "--officer", BOARD.officer, "--logo", str(logo)]  # fmt: skip
    assert run(capsys, *cli_data, *setting)[0] == 0
    code, out, _ = run(capsys, *cli_data, "office", "show", "--json")
    shown = json.loads(out)
    assert shown["name"] == BOARD.name and shown["office_type"] == "policing-and-crime-board"
    assert shown["decision_maker"] == BOARD.decision_maker and shown["logo_name"] == "logo.png"
    # Setting it again without --logo keeps the logo.
    assert run(capsys, *cli_data, *setting[:-2])[0] == 0
    assert json.loads(run(capsys, *cli_data, "office", "show", "--json")[1])["logo_sha256"]
    code, _, err = run(capsys, *cli_data, "office", "set", "--name", " ", "--type", "pcc",
                       "--decision-maker", "PCC", "--panel", "Panel")  # fmt: skip
    assert code == 1 and err.startswith("Error: The office's name is empty")


def test_cli_accepts_pcc_decision_as_a_capacity(
    capsys: pytest.CaptureFixture[str], cli_data: list[str]
) -> None:
    code, out, _ = run(capsys, *cli_data, "new", "--technology", "anpr", "--title", "ANPR",
                       "--force", "Exampleshire Police", "--json")  # fmt: skip
    scrutiny_id = str(json.loads(out)["id"])
    for capacity in ("pcc_decision", "office_decision"):
        deciding = ["decide", scrutiny_id, "--outcome", "defer", "--rationale", "More"]
        code, _, err = run(capsys, *cli_data, *deciding, "--by", "Board", "--capacity", capacity)
        assert code == 0, err
    code, out, _ = run(capsys, *cli_data, "record", scrutiny_id, "--json")
    capacities = [e["payload"]["capacity"] for e in json.loads(out) if e["kind"] == "decision"]
    assert capacities == ["office_decision", "office_decision"]


def test_demo_remove_withdraws_the_old_demonstration(
    services: Services, capsys: pytest.CaptureFixture[str], cli_data: list[str], tmp_path: Path
) -> None:
    demo_id = services.demo.ensure_demo()
    assert demo_id is not None
    real = services.scrutinies.create(
        NewScrutiny(title="Drones", force="Exampleshire Police", technology=Technology.DRONES)
    )
    entries_before = services.maintenance.head().entries
    code, out, err = run(capsys, *cli_data, "demo", "remove")
    assert code == 0, err
    assert f"Withdrew the demonstration scrutiny {demo_id}" in out
    assert [s.id for s in services.scrutinies.list()] == [real]
    assert services.maintenance.head().entries == entries_before + 1
    assert services.maintenance.verify().ok
    with pytest.raises(NotFoundError, match="was withdrawn from lists and reports"):
        services.reports.export(demo_id, ExportFormat.PDF, tmp_path / "demo.pdf")
    assert not (tmp_path / "demo.pdf").exists()
    code, _, err = run(capsys, *cli_data, "demo", "remove")
    assert code == 1 and "holds no demonstration scrutiny to remove" in err
    assert services.scrutinies.get(demo_id).summary.title == DEMO_TITLE  # the rows stay


def test_reports_name_the_office_and_its_decision_maker(services: Services) -> None:
    services.office.set(BOARD)
    scrutiny_id = services.scrutinies.create(
        NewScrutiny(title="ANPR", force="Exampleshire Police", technology=Technology.ANPR)
    )
    services.decisions.decide(
        scrutiny_id,
        DecisionInput(
            outcome=Outcome.DEFER,
            rationale="More information is needed.",
            decided_by="The Board",
            capacity=DecisionCapacity.OFFICE_DECISION,
            review_date=date.today() + timedelta(days=30),
        ),
    )
    model = services.reports.build_model(scrutiny_id)
    assert model.office == BOARD.name
    assert model.decision_maker == BOARD.decision_maker
    assert model.decisions[0].capacity == "Decision of the Exampleshire Policing and Crime Board"
    assert not model.demonstration and "DEMONSTRATION" not in model.band


def _words(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    from docx import Document

    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.sqlite_only
def test_a_board_s_reports_name_the_board_and_never_a_pcc(
    services: Services, tmp_path: Path
) -> None:
    services.office.set(BOARD)
    scrutiny_id = services.scrutinies.create(
        NewScrutiny(title="ANPR", force="Exampleshire Police", technology=Technology.ANPR)
    )
    detail = services.scrutinies.get(scrutiny_id)
    for question in detail.checklist.questions()[:12]:
        services.scrutinies.answer(scrutiny_id, question.key, Status.MET, note="Seen.")
    services.decisions.decide(
        scrutiny_id,
        DecisionInput(
            outcome=Outcome.DEFER,
            rationale="More information is needed.",
            decided_by="The Board",
            capacity=DecisionCapacity.OFFICE_DECISION,
        ),
    )
    outputs = [
        ("panel.pdf", ExportFormat.PDF, False),
        ("public.pdf", ExportFormat.PDF, True),
        ("panel.docx", ExportFormat.DOCX, False),
        ("public.docx", ExportFormat.DOCX, True),
    ]
    for name, fmt, public in outputs:
        services.reports.export(scrutiny_id, fmt, tmp_path / name, public=public)
        text = _words(tmp_path / name)
        assert BOARD.name in text, name
        # "NPCC" (the National Police Chiefs' Council) names another body, not the office.
        assert not re.search(r"\bPCCs?\b|Police and Crime Commissioner", text), (
            name,
            re.findall(r".{40}(?:\bPCCs?\b|Police and Crime Commissioner).{40}", text),
        )


def _real_png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (120, 60), (20, 60, 120)).save(path, "PNG")
    return path


@pytest.mark.sqlite_only
def test_the_cover_carries_the_office_logo(services: Services, tmp_path: Path) -> None:
    from docx import Document
    from pypdf import PdfReader

    services.office.set(BOARD, _real_png(tmp_path / "crest.png"))
    scrutiny_id = services.scrutinies.create(
        NewScrutiny(title="ANPR", force="Exampleshire Police", technology=Technology.ANPR)
    )
    for name, fmt in (("r.pdf", ExportFormat.PDF), ("r.html", ExportFormat.HTML),
                      ("r.docx", ExportFormat.DOCX)):  # fmt: skip
        for public in (False, True):
            services.reports.export(scrutiny_id, fmt, tmp_path / name, public=public)
            if fmt is ExportFormat.PDF:
                assert len(PdfReader(tmp_path / name).pages[0].images) == 1
            elif fmt is ExportFormat.HTML:
                html = (tmp_path / name).read_text(encoding="utf-8")
                assert '<img src="data:image/png;base64,' in html
                assert f'alt="Logo of {BOARD.name}"' in html
            else:
                assert len(Document(str(tmp_path / name)).inline_shapes) == 1
    svg = tmp_path / "crest.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    services.office.set(BOARD, svg)
    services.reports.export(scrutiny_id, ExportFormat.HTML, tmp_path / "s.html")
    assert "data:image/svg+xml;base64," in (tmp_path / "s.html").read_text(encoding="utf-8")
    services.reports.export(scrutiny_id, ExportFormat.PDF, tmp_path / "s.pdf")
    assert len(PdfReader(tmp_path / "s.pdf").pages[0].images) == 0  # reportlab draws no SVG
