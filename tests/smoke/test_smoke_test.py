"""``ethics-scrutiny --smoke-test`` from source: the same check IT runs on the frozen build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import ethics_scrutiny
from ethics_scrutiny.assets import assets_dir
from ethics_scrutiny.domain.template_library import TEMPLATE_SUFFIXES
from ui.smoke import SmokeTestError, pdf_page_count

ROOT = Path(__file__).resolve().parents[2]


def smoke(env: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.launch", "--smoke-test", *extra],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=env,
    )


def test_the_smoke_test_passes_and_never_touches_the_users_record(tmp_path: Path) -> None:
    user_data = tmp_path / "user-data"
    env = dict(os.environ, ETHICS_SCRUTINY_DATA_DIR=str(user_data))
    env["ETHICS_SCRUTINY_DB"] = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    env.pop("QT_QPA_PLATFORM", None)  # it must choose offscreen itself
    done = smoke(env, "--data-dir", str(user_data))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"Ethics Scrutiny {ethics_scrutiny.__version__} smoke test passed")
    shipped = sum(p.suffix in TEMPLATE_SUFFIXES for p in (ROOT / "assets" / "templates").iterdir())
    assert f"  templates loaded: {shipped} (of {shipped} shipped files)" in lines
    assert any(line.startswith("  migrations head: 0") for line in lines)
    assert "  main window: shown, dashboard lists 1 scrutiny" in lines
    report = next(line for line in lines if line.startswith("  report: demonstration PDF, "))
    assert (
        int(report.split(", ")[1].split()[0]) > 10_000 and int(report.split(", ")[2].split()[0]) > 1
    )
    signed = "  signed: demonstration PDF signed and checked, "
    assert any(line.startswith(signed) for line in lines)
    assert any(line.startswith("  record: verifies, ") for line in lines)
    assert not user_data.exists() and not (tmp_path / "elsewhere.db").exists()


def test_a_broken_installation_fails_with_one_clear_line(tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    shutil.copytree(assets_dir(), assets)
    (assets / "templates" / "drones.yaml").write_text("slug: drones\nthemes: [", encoding="utf-8")
    env = dict(os.environ, ETHICS_SCRUTINY_ASSETS=str(assets))
    done = smoke(env)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("Ethics Scrutiny smoke test FAILED: while ")
    assert "drones.yaml" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"<html>not a pdf</html>", "not a PDF"),
        (b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n", "cut short"),
        (b"%PDF-1.4\n<< /Count 0 /Kids [ ] /Type /Pages >>\n%%EOF\n", "page tree"),
        (b"%PDF-1.4\n<< /Type /Page >>\n<< /Count 2 /Type /Pages >>\n%%EOF\n", "page tree"),
    ],
)
def test_a_report_that_is_not_a_whole_pdf_fails(data: bytes, problem: str) -> None:
    with pytest.raises(SmokeTestError, match=problem):
        pdf_page_count(data)


def test_the_app_reports_the_version_the_build_stamps() -> None:
    """build.spec stamps pyproject's version; the About box and summary show ``__version__``."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    assert ethics_scrutiny.__version__ == version
