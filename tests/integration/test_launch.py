"""The entry point runs the command line without loading Qt, and the app without a command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import sys
from ui.launch import main
code = main(sys.argv[1:])
assert "PySide6" not in sys.modules, "the command line loaded Qt"
sys.exit(code)
"""


def test_a_command_runs_without_importing_qt(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, "--data-dir", str(tmp_path), "templates", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert '"slug": "core"' in done.stdout


def test_a_usage_error_is_reported_by_the_command_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, "--data-dir", str(tmp_path), "frobnicate"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("Error: ") and "Traceback" not in done.stderr


def test_no_command_opens_the_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import ui.app
    from ethics_scrutiny.config import Settings
    from ui.launch import main

    opened: list[Settings] = []

    def fake_run(settings: Settings) -> int:
        opened.append(settings)
        return 0

    monkeypatch.setattr(ui.app, "run", fake_run)
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert [s.data_dir for s in opened] == [tmp_path.resolve()]


def test_the_app_reads_the_database_password_from_a_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import ui.app
    from ethics_scrutiny.config import Settings
    from ui.launch import main

    opened: list[Settings] = []
    monkeypatch.setattr(ui.app, "run", lambda settings: opened.append(settings) or 0)
    secret = tmp_path / "pw"
    secret.write_text("s3cret-Pw\n", encoding="utf-8")
    address = "postgresql+psycopg://j_bloggs@db.example/ethics"
    argv = ["--data-dir", str(tmp_path), "--db", address, "--db-password-file"]
    assert main([*argv, str(secret)]) == 0
    assert opened[0].database_url == "postgresql+psycopg://j_bloggs:s3cret-Pw@db.example/ethics"
    # An unreadable file is one sentence, and no window opens.
    assert main([*argv, str(tmp_path / "missing")]) == 1
    assert "cannot be read" in capsys.readouterr().err and len(opened) == 1
