"""`export --format docx` (and `--public`) from the command line: a Word file, recorded."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import docx
import pytest

from ethics_scrutiny.cli import main

SENSITIVE = "Sentinel-sensitive: the covert camera sits above the custody desk"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _scrutiny(capsys: pytest.CaptureFixture[str], data: tuple[str, ...]) -> str:
    code, out, err = _run(
        capsys, *data, "new", "--technology", "live-facial-recognition", "--title",
        "Derby day LFR — ŵ", "--force", "Heddlu Gwent", "--json",
    )  # fmt: skip
    assert code == 0, err
    sid = str(json.loads(out)["id"])
    answers = [
        ("LB-03", "not_met", "red", "The watchlist category is too broad.", []),
        ("LB-01", "met", "green", SENSITIVE, ["--sensitive"]),
    ]
    for key, status, rating, note, extra in answers:
        code, _, err = _run(
            capsys, *data, "answer", sid, key, "--status", status, "--rating", rating,
            "--note", note, *extra,
        )  # fmt: skip
        assert code == 0, err
    return sid


def test_the_cli_exports_an_editable_word_copy_of_each_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = ("--data-dir", str(tmp_path / "data"))
    sid = _scrutiny(capsys, data)
    panel, public = tmp_path / "panel.docx", tmp_path / "public.docx"
    for out, extra in ((panel, ()), (public, ("--public",))):
        code, said, err = _run(
            capsys, *data, "export", sid, "--format", "docx", "--out", str(out), *extra
        )
        assert code == 0, err
        assert hashlib.sha256(out.read_bytes()).hexdigest() in said
    paper = docx.Document(str(panel))
    headings = [p.text for p in paper.paragraphs if p.style and p.style.name == "Heading 1"]
    assert headings[:2] == ["Summary", "Findings"]
    text = "\n".join(p.text for p in paper.paragraphs)
    assert "The watchlist category is too broad." in text
    assert "Derby day LFR — ŵ" in text
    summary = docx.Document(str(public))
    public_text = "\n".join(p.text for p in summary.paragraphs)
    assert "What was found" in public_text
    assert SENSITIVE not in public_text and "LB-03" not in public_text
    assert summary.sections[0].header.paragraphs[0].text == "OFFICIAL"
    code, listed, err = _run(capsys, *data, "record", sid, "--json")
    assert code == 0, err
    entries = json.loads(listed)
    exported = [e["payload"] for e in entries if e["kind"] == "report_exported"]
    assert [(p["format"], p["public"]) for p in exported] == [("docx", False), ("docx", True)]
    assert _run(capsys, *data, "verify")[0] == 0
