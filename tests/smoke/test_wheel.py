"""The wheel is a whole app: built from the repository, installed into a fresh environment, it runs.

The build and the install happen in temporary folders (never in the working tree), with the
setuptools and wheel the test extras install, so the test needs no network. The fresh
environment finds the app's dependencies through a path file naming this environment's
site-packages; its own copy of the app (not this checkout) is what runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from ethics_scrutiny.domain.template_library import TEMPLATE_SUFFIXES as SUFFIXES

ROOT = Path(__file__).resolve().parents[2]
BUILD_INPUTS = ("pyproject.toml", "README.md", "ethics_scrutiny", "ui", "assets")
ASSETS_IN_WHEEL = "data/share/ethics-scrutiny/assets/"
WHERE = "import ethics_scrutiny.assets as a; print(a.__file__, a.assets_dir())"

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, f"{' '.join(args)}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(ROOT / name, source / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, source / name)
    dist = tmp_path_factory.mktemp("dist")
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    _run([*pip_wheel, "--no-index", "-w", str(dist), "."], cwd=source)
    [built] = dist.glob("ethics_scrutiny-*.whl")
    return built


def test_the_wheel_carries_every_asset_and_migration(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    shipped = {name.split(ASSETS_IN_WHEEL, 1)[1] for name in names if ASSETS_IN_WHEEL in name}
    in_repository = {
        path.relative_to(ROOT / "assets").as_posix()
        for path in (ROOT / "assets").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert in_repository <= shipped
    assert any(n.startswith("ethics_scrutiny/storage/migrations/versions/0001_") for n in names)
    assert "ui/launch.py" in names


def test_the_installed_wheel_passes_the_smoke_test(wheel: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "venv"
    venv.create(fresh, with_pip=False)
    python = fresh / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", str(wheel)],
        cwd=tmp_path,
    )  # fmt: skip
    purelib = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                   cwd=tmp_path).strip()  # fmt: skip
    Path(purelib, "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ETHICS_SCRUTINY")}
    env.pop("PYTHONPATH", None)
    where = _run(
        [str(python), "-c", WHERE],
        cwd=tmp_path,
        env=env,
    )
    module, assets = where.split()
    assert Path(module).is_relative_to(fresh) and Path(assets).is_relative_to(fresh)
    script = fresh / ("Scripts/ethics-scrutiny.exe" if os.name == "nt" else "bin/ethics-scrutiny")
    out = _run([str(script), "--smoke-test"], cwd=tmp_path, env=env)
    assert "smoke test passed" in out
    templates = [p for p in (ROOT / "assets" / "templates").iterdir() if p.suffix in SUFFIXES]
    count = len(templates)
    assert f"templates loaded: {count} (of {count} shipped files)" in out
