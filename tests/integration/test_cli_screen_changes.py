"""``screen ID KEY=VALUE`` changes the answers named and keeps the rest; reasons count points."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.domain.band_scoring import ScoreReason
from ethics_scrutiny.services.screening_rules import reason_words


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def _screened(capsys: pytest.CaptureFixture[str], data: list[str], index: int) -> str:
    questions = run_json(capsys, *data, "screening", "list")
    screens = [
        part
        for q in questions
        for part in ("--screen", f"{q['key']}={q['options'][index]['value']}")
    ]
    made = run_json(
        capsys, *data, "new", "--technology", "anpr", "--title", "T", "--force", "F", *screens
    )
    return str(made["id"])


def test_screening_one_answer_again_keeps_the_others(
    capsys: pytest.CaptureFixture[str], cli_data: list[str]
) -> None:
    sid = _screened(capsys, cli_data, -1)
    before = run_json(capsys, *cli_data, "show", sid)["screening"]["answers"]
    # Overt use instead of covert: the covert triggers go, every other answer stays as it was.
    run_json(capsys, *cli_data, "screen", sid, "SC-07=overt-announced")
    after = run_json(capsys, *cli_data, "show", sid)
    assert after["screening"]["answers"] == {**before, "SC-07": ["overt-announced"]}
    assert after["impact_level"] == 4


def test_lowering_by_one_answer_still_needs_a_reason(
    capsys: pytest.CaptureFixture[str], cli_data: list[str]
) -> None:
    sid = _screened(capsys, cli_data, 0)
    run_json(capsys, *cli_data, "screen", sid, "SC-02=biometric", "SC-06=public-space")
    code, _out, err = run(capsys, *cli_data, "screen", sid, "SC-02=ordinary")
    assert code == 1
    assert "lower the impact level from 4 to 1" in err and "--reason" in err
    lowered = run_json(
        capsys, *cli_data, "screen", sid, "SC-02=ordinary", "--reason", "No faces after all"
    )
    assert lowered["impact_level"] == 1
    answers = run_json(capsys, *cli_data, "show", sid)["screening"]["answers"]
    assert answers["SC-06"] == ["public-space"] and answers["SC-02"] == ["ordinary"]


@pytest.mark.parametrize(
    ("points", "words"),
    [(1, "(1 point)"), (0, "(0 points)"), (3, "(3 points)"), (0.5, "(0.5 points)")],
)
def test_a_reason_counts_its_points_in_agreeing_words(points: float, words: str) -> None:
    reason = ScoreReason(key="SC-02", prompt="What data?", options=("Ordinary",), points=points)
    assert reason_words(reason) == f"What data: Ordinary {words}"
