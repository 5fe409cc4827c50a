"""{decision_maker} in template text: checked in files, filled when shown, never "PCC"."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from ethics_scrutiny.cli import main
from ethics_scrutiny.domain.placeholders import (
    DEFAULT_DECISION_MAKER,
    fill_checklist,
    fill_text,
    placeholder_problems,
)
from ethics_scrutiny.domain.template_loader import load_template
from ethics_scrutiny.domain.templates import Checklist
from tests.factories import question

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "assets" / "templates"
BOARD = "Exampleshire Policing and Crime Board"


def _module(prompt: str) -> dict[str, Any]:
    return {
        "slug": "office-module",
        "version": "1.0.0",
        "title": "Office module",
        "kind": "module",
        "technologies": ["other"],
        "themes": [
            {
                "key": "office",
                "title": "Office",
                "questions": [{**question("OF-01"), "prompt": prompt}],
            }
        ],
    }


def _check(tmp_path: Path, capsys: pytest.CaptureFixture[str], prompt: str) -> dict[str, Any]:
    path = tmp_path / "office-module.yaml"
    path.write_text(yaml.safe_dump(_module(prompt), sort_keys=False), encoding="utf-8")
    code = main(["--data-dir", str(tmp_path / "data"), "templates", "check", str(path), "--json"])
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert code == (0 if result["ok"] else 1)
    return result


def test_fill_text_names_the_decision_maker_and_leaves_other_braces() -> None:
    assert fill_text("Told to the {decision_maker}?", BOARD) == f"Told to the {BOARD}?"
    assert fill_text("Told to the {decision_maker}?", "") == (
        f"Told to the {DEFAULT_DECISION_MAKER}?"
    )
    assert fill_text("A set {x} stays", BOARD) == "A set {x} stays"


def test_templates_check_accepts_the_decision_maker_placeholder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _check(tmp_path, capsys, "Is the {decision_maker} told?")["ok"] is True


def test_templates_check_refuses_an_unknown_placeholder_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _check(tmp_path, capsys, "Is the {commissioner} told?")
    assert result["ok"] is False
    assert result["problems"] == [
        "themes[0] (office) › questions[0] (OF-01) › prompt (line 12): {commissioner} is not a "
        "placeholder the app fills (write {decision_maker} for the decision-maker's title, "
        "or remove the braces)"
    ]


@pytest.mark.parametrize("path", sorted(TEMPLATES_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_shipped_templates_never_name_a_pcc_in_what_is_shown(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert placeholder_problems(data) == []
    filled = fill_checklist(Checklist([load_template(path)]), BOARD)
    for q in filled.questions():
        welsh = q.cy.model_dump(exclude_none=True) if q.cy else {}
        shown = json.dumps([q.prompt, q.guidance, q.red_flag, q.evidence, q.sources, welsh])
        # "NPCC" and "APCC" name national bodies, not the office.
        assert not re.search(r"\bPCCs?\b|Police and Crime Commissioner|\{decision", shown), q.key
        assert "Comisiynydd Heddlu a Throseddu" not in shown, q.key
    for theme in filled.themes:
        assert "{" not in (theme.description or ""), theme.key
