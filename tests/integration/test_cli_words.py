"""The command line's words: dates, letter case, file endings, order, help, closed pipes."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ethics_scrutiny.cli import CLOSED_PIPE_EXIT, build_parser, main
from ethics_scrutiny.cli_commands import export_format
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.reporting.formats import ExportFormat


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _arguments(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _arguments(sub, (*path, name))
        elif not isinstance(action, argparse._HelpAction | argparse._VersionAction):
            yield " ".join(path), action


def test_every_argument_of_every_command_has_a_line_of_help() -> None:
    found = list(_arguments(build_parser()))
    assert len(found) > 80  # the walk reached the commands' own options
    missing = [f"{where} {a.option_strings or a.dest}" for where, a in found if not a.help]
    assert missing == []


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("2027-02-30", "2027-02-30 is not a real date: February 2027 has 28 days"),
        ("2028-02-30", "2028-02-30 is not a real date: February 2028 has 29 days"),
        ("2027-13-01", "2027-13-01 is not a real date: there is no month 13"),
        ("2027-04-31", "2027-04-31 is not a real date: April 2027 has 30 days"),
        ("31/04/2027", "'31/04/2027' is not a date in the form YYYY-MM-DD, such as 2027-03-20"),
        ("20270420", "'20270420' is not a date in the form YYYY-MM-DD"),
        # Other scripts' digits are a form problem, not a date that is not real.
        ("２０２７-０３-２０", "'２０２７-０３-２０' is not a date in the form YYYY-MM-DD"),
        ("2027-٠٣-20", "'2027-٠٣-20' is not a date in the form YYYY-MM-DD"),
    ],
)
def test_a_date_option_says_what_is_wrong_with_the_date(
    capsys: pytest.CaptureFixture[str], typed: str, said: str
) -> None:
    code, out, err = _run(
        capsys, "decide", "1", "--outcome", "support", "--rationale", "r", "--by", "Panel",
        "--review-date", typed,
    )  # fmt: skip
    assert code == 1 and out == ""
    assert said in err
    assert "Traceback" not in err


def test_words_from_a_list_and_question_keys_are_taken_in_any_case() -> None:
    parser = build_parser()
    args = parser.parse_args(
        ["new", "--technology", "Drones", "--title", "t", "--force", "f",
         "--stage", "PILOT", "--marking", "official-sensitive"]
    )  # fmt: skip
    assert (args.technology, args.stage, args.marking) == ("drones", "pilot", "OFFICIAL-SENSITIVE")
    answer = parser.parse_args(["answer", "3", "fe-01", "--status", "Partly_Met"])
    assert (answer.question_key, answer.status) == ("FE-01", "partly_met")
    # However the words are joined: spaces, hyphens or underscores.
    spaced = parser.parse_args(["answer", "3", "FE-01", "--status", "partly met"])
    assert spaced.status == "partly_met"
    module = parser.parse_args(["new", "--technology", "live facial recognition", "--title", "t",
                                "--force", "f", "--module", "Drones"])  # fmt: skip
    assert (module.technology, module.module) == ("live-facial-recognition", ["drones"])
    export = parser.parse_args(["export", "1", "--format", "PDF", "--out", "r.pdf"])
    assert export.format == "pdf"


def test_an_unknown_word_is_still_refused_with_the_choices(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = _run(capsys, "new", "--technology", "drones", "--title", "t", "--force", "f",
                        "--stage", "planning")  # fmt: skip
    assert code == 1
    assert "invalid choice: 'planning'" in err and "proposal" in err


def test_the_format_follows_the_file_name_when_left_out() -> None:
    assert export_format(None, Path("paper.PDF")) is ExportFormat.PDF
    assert export_format(None, Path("paper.docx")) is ExportFormat.DOCX
    assert export_format(None, Path("answers.csv")) is ExportFormat.CSV
    assert export_format("actions-csv", Path("actions.csv")) is ExportFormat.ACTIONS_CSV
    assert export_format("pdf", Path("paper")) is ExportFormat.PDF  # no ending: as asked
    with pytest.raises(InvalidInputError, match="Cannot tell the format from the name paper"):
        export_format(None, Path("paper"))


def test_a_file_ending_that_contradicts_the_format_is_refused() -> None:
    with pytest.raises(InvalidInputError) as refused:
        export_format("pdf", Path("report.docx"))
    assert str(refused.value) == (
        "--out report.docx ends in .docx, but --format pdf writes a .pdf file: name it "
        "report.pdf, or leave out --format to write docx."
    )
    with pytest.raises(InvalidInputError, match=r"name it paper\.html, or leave out --format"):
        export_format("html", Path("paper.pdf"))
    # An ending no format uses is the officer's choice of name: the format asked for is kept.
    assert export_format("html", Path("notes.txt")) is ExportFormat.HTML


def _new(capsys: pytest.CaptureFixture[str], data: list[str], title: str) -> int:
    code, out, err = _run(capsys, *data, "new", "--technology", "drones", "--title", title,
                          "--force", "Gwent Police", "--json")  # fmt: skip
    assert code == 0, err
    created: int = json.loads(out)["id"]
    return created


def test_export_refuses_a_contradiction_and_infers_a_left_out_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    sid = str(_new(capsys, data, "Drone pilot"))
    out = tmp_path / "report.docx"
    code, _, err = _run(capsys, *data, "export", sid, "--format", "pdf", "--out", str(out))
    assert code == 1 and "ends in .docx, but --format pdf writes a .pdf file" in err
    assert not out.exists()
    code, _, err = _run(capsys, *data, "export", sid, "--out", str(out))
    assert code == 0, err
    assert out.read_bytes()[:2] == b"PK"  # a Word document (a zip package), not a PDF


def test_list_is_in_id_order_unless_asked_for_the_latest_changed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    ids = [_new(capsys, data, title) for title in ("First", "Second", "Third")]
    code, _, err = _run(capsys, *data, "answer", str(ids[0]), "lb-01", "--status", "met")
    assert code == 0, err
    code, out, _ = _run(capsys, *data, "list")
    assert [int(line.split()[0]) for line in out.splitlines()] == ids
    code, out, _ = _run(capsys, *data, "list", "--json")
    assert [row["id"] for row in json.loads(out)] == ids
    code, out, _ = _run(capsys, *data, "list", "--sort", "updated", "--json")
    assert next(row["id"] for row in json.loads(out)) == ids[0]


@pytest.mark.parametrize("command", [("templates", "list"), ("templates", "show", "core")])
def test_a_reader_that_goes_away_ends_the_command_quietly(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    # A real pipe whose reading end is already closed, as after `| head` has read its lines.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ethics_scrutiny", "--data-dir", str(tmp_path), *command],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == CLOSED_PIPE_EXIT


def test_json_output_escapes_direction_controls_and_keeps_the_value(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    title = "Drone \u202epilot\u202c review"
    sid = _new(capsys, data, title)
    code, out, err = _run(capsys, *data, "list", "--json")
    assert code == 0, err
    assert "\u202e" not in out and "\\u202e" in out
    assert json.loads(out)[0]["title"] == title  # the value itself is unchanged
    code, out, err = _run(capsys, *data, "show", str(sid), "--json")
    assert code == 0, err
    assert "\u202e" not in out and title in json.loads(out).values()


def test_a_template_check_counts_its_problems_in_words_that_agree(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("slug: Not A Slug\n", encoding="utf-8")
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path / "data"), "templates", "check",
                        str(broken))  # fmt: skip
    assert code == 1
    first = out.splitlines()[0]
    assert "(s)" not in first
    assert first.endswith(("1 problem found.", "problems found."))


def test_text_output_and_errors_show_direction_controls_by_their_codes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    sid = _new(capsys, data, "Drone \u202epilot\u202c review")
    code, out, _ = _run(capsys, *data, "list")
    assert code == 0 and "Drone [U+202E]pilot[U+202C] review" in out
    code, out, _ = _run(capsys, *data, "show", str(sid))
    assert code == 0 and "\u202e" not in out and "[U+202E]" in out
    # JSON from another command's own writer is escaped too: the values stay as stored.
    code, out, _ = _run(capsys, *data, "record", str(sid), "--json")
    assert code == 0 and "\u202e" not in out
    code, _, err = _run(capsys, *data, "answer", str(sid), "NO-99", "--note", "x\u202ey")
    assert code == 1 and "\u202e" not in err
