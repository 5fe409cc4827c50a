"""The command line starts fast: ``--version`` and ``--help`` import no database library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "pydantic", "alembic", "reportlab", "PySide6", "ethics_scrutiny.services")

# Runs the console script's entry point as the installed ``ethics-scrutiny`` does, then reports
# what the process imported and what it printed.
PROBE = """
import contextlib, io, json, sys
from ui.launch import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def probe(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def heavy_imports(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return [m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY)]


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (("--version",), "ethics-scrutiny 0.1.0"),
        (("--help",), "Scrutiny of police technology deployments."),
        (("export", "--help"), "--despite-failed-verify"),
        (("restore", "--help"), "usage: ethics-scrutiny restore"),
    ],
)
def test_version_and_help_import_neither_sqlalchemy_nor_pydantic(
    args: tuple[str, ...], shown: str
) -> None:
    result = probe(*args)
    assert result["code"] == 0
    assert shown in str(result["out"])
    assert heavy_imports(result["modules"]) == []


def test_the_probe_sees_a_command_that_does_import_them(tmp_path: Path) -> None:
    # The same probe on a command that opens the record does see SQLAlchemy and pydantic, so
    # an empty list above means they were not imported, not that the probe is blind.
    result = probe("--data-dir", str(tmp_path), "list", "--json")
    assert result["code"] == 0
    assert json.loads(str(result["out"])) == []
    loaded = heavy_imports(result["modules"])
    assert "sqlalchemy" in loaded
    assert "pydantic" in loaded
