"""Shared fixtures: every test works in its own data folder, never the user's real record."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never need a display in the test suite unless a test asks for one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ETHICS_SCRUTINY_DB", raising=False)
    monkeypatch.setenv("ETHICS_SCRUTINY_DATA_DIR", str(tmp_path / "default-data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path) -> Iterator[object]:
    from ethics_scrutiny.config import resolve_settings
    from ethics_scrutiny.services import Services

    opened = Services.open(resolve_settings(str(data_dir)))
    yield opened
    opened.close()
