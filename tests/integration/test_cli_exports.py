"""The export command's report options: the actions tracker, the preparer, files in a bundle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from ethics_scrutiny.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_export_options(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, cli_data: list[str]
) -> None:
    data = cli_data
    created = json.loads(
        _run(
            capsys,
            *data,
            "new",
            "--technology",
            "drones",
            "--title",
            "Drones over Caernarfon",
            "--force",
            "North Wales Police",
            "--json",
        )
    )
    sid = str(created["id"])
    actions = tmp_path / "actions.csv"
    _run(capsys, *data, "export", sid, "--format", "actions-csv", "--out", str(actions))
    assert actions.read_bytes().startswith(b"\xef\xbb\xbfref,kind,text,owner,due_date")
    pdf = tmp_path / "report.pdf"
    _run(capsys, *data, "export", sid, "--format", "pdf", "--out", str(pdf), "--prepared-by", "Ŵyn")
    assert "Prepared by Ŵyn" in " ".join(PdfReader(pdf).pages[0].extract_text().split())
    bundle = tmp_path / "bundle.json"
    _run(capsys, *data, "export", sid, "--format", "json", "--out", str(bundle), "--include-files")
    assert json.loads(bundle.read_bytes())["format_version"] == 3
