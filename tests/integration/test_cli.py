"""The command line runs a scrutiny end to end; its JSON shapes are a contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from ethics_scrutiny.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_templates_list_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    items = run_json(capsys, "templates", "list")
    assert isinstance(items, list)
    assert {"slug", "version", "title", "kind", "technologies"} <= set(items[0])
    by_slug = {item["slug"]: item for item in items}
    assert by_slug["core"]["kind"] == "core"
    assert by_slug["live-facial-recognition"]["technologies"] == ["live-facial-recognition"]


def test_templates_list_says_what_each_template_applies_to(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "templates", "list")
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert code == 0
    assert lines["core"].endswith("(all technologies)")
    assert lines["drones"].endswith("(drones)")
    # A module listing no technology is only ever added by choice, never to every scrutiny.
    assert "all technologies" not in lines["records-and-welsh-language"]
    assert "new --module records-and-welsh-language" in lines["records-and-welsh-language"]


def test_templates_show_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    shown = run_json(capsys, "templates", "show", "core")
    assert isinstance(shown, dict)
    assert {"slug", "version", "title", "themes"} <= set(shown)
    question = shown["themes"][0]["questions"][0]
    assert {"key", "prompt", "guidance", "sources", "evidence", "red_flag", "critical"} <= set(
        question
    )


def test_templates_check_reports_problems_with_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text(
        "slug: mine\nversion: '1.0'\ntitle: Mine\nkind: module\nthemes: []\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "templates", "check", str(bad))
    assert code == 1
    assert "version" in out and "themes" in out


def test_whole_scrutiny_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, cli_data: list[str]
) -> None:
    data = cli_data
    created = run_json(
        capsys,
        *data,
        "new",
        "--technology",
        "live-facial-recognition",
        "--title",
        "Derby day LFR",
        "--force",
        "Gwent Police",
        "--marking",
        "OFFICIAL-SENSITIVE",
    )
    assert isinstance(created, dict) and set(created) == {"id"}
    sid = str(created["id"])
    listed = run_json(capsys, *data, "list")
    assert isinstance(listed, list)
    assert {"id", "title", "force", "technology", "stage", "marking"} <= set(listed[0])
    assert (
        run(
            capsys,
            *data,
            "answer",
            sid,
            "LB-03",
            "--status",
            "not_met",
            "--rating",
            "red",
            "--note",
            "Category too broad",
        )[0]
        == 0
    )
    assert (
        run(
            capsys,
            *data,
            "decide",
            sid,
            "--outcome",
            "defer",
            "--rationale",
            "Needs criteria",
            "--by",
            "Ethics panel",
            "--review-date",
            "2027-01-31",
        )[0]
        == 0
    )
    shown = run_json(capsys, *data, "show", sid)
    assert isinstance(shown, dict)
    assert {
        "id",
        "title",
        "force",
        "technology",
        "marking",
        "responses",
        "themes",
        "red_flags",
        "readiness",
        "decisions",
    } <= set(shown)
    assert shown["responses"] == [
        {
            "key": "LB-03",
            "status": "not_met",
            "rating": "red",
            "note": "Category too broad",
            "sensitive": False,
            "version": 1,  # for answer --expected-version
            # A typed answer's options or value; null for a status-only finding.
            "choice": None,
            "value": None,
        }
    ]
    assert [f["key"] for f in shown["red_flags"]] == ["LB-03"]
    assert shown["readiness"]["ready"] is False
    assert {"key", "title", "rating", "answered", "total"} <= set(shown["themes"][0])
    assert shown["decisions"][0]["outcome"] == "defer"
    (row,) = run_json(capsys, *data, "list")  # type: ignore[misc]
    assert row["red_flags"] == 1 and row["ready_for_panel"] is False
    assert row["overall_rating"] == "red" and row["next_review_date"] == "2027-01-31"
    assert (row["round"], row["open_actions"], row["overdue_actions"]) == (1, 0, 0)
    pdf = tmp_path / "panel.pdf"
    assert run(capsys, *data, "export", sid, "--format", "pdf", "--out", str(pdf))[0] == 0
    assert "Derby day LFR" in PdfReader(pdf).pages[0].extract_text()
    code, out, _ = run(capsys, *data, "verify")
    assert code == 0 and "verifies" in out


def test_errors_are_one_sentence_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "show", "42")
    assert code == 1 and out == ""
    assert err.strip() == "Error: There is no scrutiny with ID 42."
    code, _, err = run(capsys, "answer", "1", "LB-01", "--status", "fine")
    assert code == 1 and "invalid choice" in err and len(err.strip().splitlines()) == 1


def test_a_corrupt_database_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "ethics-scrutiny.db").write_bytes(b"\x00garbage" * 500)
    env = {**os.environ, "ETHICS_SCRUTINY_DATA_DIR": str(folder)}
    done = subprocess.run(
        [sys.executable, "-m", "ethics_scrutiny", "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "not an Ethics Scrutiny database" in done.stderr


def test_environment_variable_selects_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "elsewhere.db"
    monkeypatch.setenv("ETHICS_SCRUTINY_DB", f"sqlite:///{db}")
    run_json(capsys, "new", "--technology", "drones", "--title", "Drone", "--force", "Dyfed-Powys")
    assert db.exists()


def test_data_folder_and_output_paths_in_any_script(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "Swyddfa'r Comisiynydd ŵ" / "記録"
    data = ["--data-dir", str(folder)]
    created = run_json(
        capsys,
        *data,
        "new",
        "--technology",
        "anpr",
        "--title",
        "ANPR — Ffordd A55",
        "--force",
        "Heddlu Gogledd Cymru",
    )
    assert isinstance(created, dict)
    out = folder.parent / "adroddiad ŷ.pdf"
    code, _, err = run(
        capsys, *data, "export", str(created["id"]), "--format", "pdf", "--out", str(out)
    )
    assert code == 0, err
    assert "ANPR — Ffordd A55" in PdfReader(out).pages[0].extract_text()
    assert run(capsys, *data, "verify")[0] == 0


def test_the_installed_command_works_on_the_record_named_by_db(
    database_url: str, tmp_path: Path
) -> None:
    """``ethics-scrutiny --db URL …`` as an office would run it against its shared server."""
    program = Path(sys.executable).with_name("ethics-scrutiny")
    env = {k: v for k, v in os.environ.items() if k != "ETHICS_SCRUTINY_DB"}
    env["ETHICS_SCRUTINY_DATA_DIR"] = str(tmp_path / "laptop")

    def cli(*args: str) -> object:
        done = subprocess.run(
            [str(program), "--db", database_url, *args, "--json"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    created = cli("new", "--technology", "anpr", "--title", "ANPR A55 — ŵ", "--force", "Gwent")
    assert isinstance(created, dict)
    listed = cli("list")
    assert isinstance(listed, list)
    assert [(row["id"], row["title"]) for row in listed] == [(created["id"], "ANPR A55 — ŵ")]
    verified = cli("verify")
    assert isinstance(verified, dict)
    assert verified["ok"] is True and verified["entries"] == 1
