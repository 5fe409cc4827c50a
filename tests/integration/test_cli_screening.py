"""The command line's screening and typed answers; their JSON shapes are a contract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings
from tests.factories import question


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def _screening(capsys: pytest.CaptureFixture[str], data: list[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = run_json(capsys, *data, "screening", "list")
    return found


def _screen_args(questions: list[dict[str, Any]], index: int, flag: str = "") -> list[str]:
    pairs = [f"{q['key']}={q['options'][index]['value']}" for q in questions]
    return [part for pair in pairs for part in ((flag, pair) if flag else (pair,))]


def test_screening_list_json_shape(capsys: pytest.CaptureFixture[str], cli_data: list[str]) -> None:
    questions = _screening(capsys, cli_data)
    assert 10 <= len(questions) <= 15
    for item in questions:
        assert set(item) == {"key", "prompt", "options"}
        assert all(set(option) == {"value", "label"} for option in item["options"])
    code, out, _err = run(capsys, *cli_data, "screening", "list")
    assert code == 0 and questions[0]["key"] in out


def test_new_screened_then_screened_again_with_a_reason(
    capsys: pytest.CaptureFixture[str], cli_data: list[str]
) -> None:
    questions = _screening(capsys, cli_data)
    most = _screen_args(questions, -1, "--screen")
    made = run_json(
        capsys, *cli_data, "new", "--technology", "drones", "--title", "T", "--force", "F", *most
    )
    sid = str(made["id"])
    shown = run_json(capsys, *cli_data, "show", sid)
    assert shown["impact_level"] == 4
    assert set(shown["screening"]) >= {"answers", "reasons", "proposed_modules", "dropped_modules"}
    assert 0 < shown["total"] == sum(t["total"] for t in shown["themes"])
    least = _screen_args(questions, 0)
    code, _out, err = run(capsys, *cli_data, "screen", sid, *least)
    assert code == 1 and "reason" in err
    screened = run_json(capsys, *cli_data, "screen", sid, *least, "--reason", "Office data only")
    assert screened["impact_level"] < 4
    shown_after = run_json(capsys, *cli_data, "show", sid)
    assert shown_after["impact_level"] == screened["impact_level"]
    assert shown_after["screening"]["level_reason"] == "Office data only"
    assert shown_after["total"] < shown["total"]
    code, _out, err = run(capsys, *cli_data, "screen", sid, "SC-01")
    assert code == 1 and "KEY=VALUE" in err


def test_not_screened_show_json_has_a_null_level(
    capsys: pytest.CaptureFixture[str], cli_data: list[str]
) -> None:
    made = run_json(
        capsys, *cli_data, "new", "--technology", "drones", "--title", "T", "--force", "F"
    )
    shown = run_json(capsys, *cli_data, "show", str(made["id"]))
    assert shown["impact_level"] is None and shown["screening"] is None


def test_answer_with_a_choice_or_a_value(
    capsys: pytest.CaptureFixture[str], cli_data: list[str], data_dir: Path
) -> None:
    options = [
        {"value": "no", "label": "No", "status": "met", "rating": "green"},
        {"value": "yes", "label": "Yes", "status": "not_met", "rating": "red"},
    ]
    module = {
        "slug": "typed-drones",
        "version": "1.0.0",
        "title": "Typed",
        "kind": "module",
        "technologies": ["drones"],
        "themes": [
            {
                "key": "typed",
                "title": "Typed",
                "questions": [
                    question("TT-01", answer={"type": "single", "options": options}),
                    question("TT-02", answer={"type": "date"}),
                ],
            }
        ],
    }
    folder = resolve_settings(str(data_dir)).templates_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "typed-drones.json").write_text(json.dumps(module), encoding="utf-8")
    made = run_json(
        capsys, *cli_data, "new", "--technology", "drones", "--title", "T", "--force", "F"
    )
    sid = str(made["id"])
    code, out, err = run(capsys, *cli_data, "answer", sid, "tt-01", "--choice", "yes")
    assert code == 0, err
    assert "TT-01" in out
    code, _out, err = run(capsys, *cli_data, "answer", sid, "TT-02", "--value", "2027-02-30")
    assert code == 1 and "2027-02-30 is not a real date: February 2027 has 28 days." in err
    code, _out, err = run(capsys, *cli_data, "answer", sid, "TT-02", "--value", "28/02/2027")
    assert code == 1 and "YYYY-MM-DD" in err
    code, _out, err = run(capsys, *cli_data, "answer", sid, "TT-02", "--value", "2027-02-28")
    assert code == 0, err
    code, _out, err = run(
        capsys, *cli_data, "answer", sid, "TT-01", "--choice", "no", "--status", "met"
    )
    assert code == 1 and "on its own" in err
    shown = run_json(capsys, *cli_data, "show", sid)
    by_key = {r["key"]: r for r in shown["responses"]}
    assert by_key["TT-01"]["choice"] == ["yes"] and by_key["TT-01"]["value"] is None
    assert (by_key["TT-01"]["status"], by_key["TT-01"]["rating"]) == ("not_met", "red")
    assert by_key["TT-02"]["value"] == "2027-02-28" and by_key["TT-02"]["choice"] is None
    code, out, _err = run(capsys, *cli_data, "verify")
    assert code == 0, out


def test_show_says_the_level_and_what_set_it(
    capsys: pytest.CaptureFixture[str], cli_data: list[str]
) -> None:
    questions = _screening(capsys, cli_data)
    most = _screen_args(questions, -1, "--screen")
    args = ["new", "--technology", "live-facial-recognition", "--title", "T", "--force", "F"]
    made = run_json(capsys, *cli_data, *args, *most)
    code, out, err = run(capsys, *cli_data, "show", str(made["id"]))
    assert code == 0, err
    assert "Impact level 4." in out and "always level 4" in out


def test_list_json_gives_each_impact_level(
    capsys: pytest.CaptureFixture[str], cli_data: list[str]
) -> None:
    questions = _screening(capsys, cli_data)
    args = ["new", "--technology", "drones", "--title", "T", "--force", "F"]
    screened = run_json(capsys, *cli_data, *args, *_screen_args(questions, -1, "--screen"))
    plain = run_json(capsys, *cli_data, *args)
    first = {row["id"]: row["impact_level"] for row in run_json(capsys, *cli_data, "list")}
    # Listed again: the facts are now kept, so a record file is answered by the quick path.
    again = {row["id"]: row["impact_level"] for row in run_json(capsys, *cli_data, "list")}
    assert first == again == {screened["id"]: 4, plain["id"]: None}
