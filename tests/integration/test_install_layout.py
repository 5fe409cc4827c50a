"""An installed app finds its assets and says plainly which system libraries its window lacks."""

from __future__ import annotations

from pathlib import Path

import pytest

import ui.app
import ui.launch
from ethics_scrutiny import assets
from ui.launch import XCB_LIBRARIES, platform_problem


def loader(missing: set[str]) -> object:
    def load(name: str) -> object:
        base = Path(name).name
        if base in missing:
            raise OSError(f"{base}: cannot open shared object file: No such file or directory")
        if base == "libQt6XcbQpa.so.6" and "qt" in missing:
            raise OSError("libxcb-xinput.so.0: cannot open shared object file: No such file")
        return object()

    return load


def test_a_missing_xcb_library_is_named_with_the_packages_to_install() -> None:
    problem = platform_problem({}, "linux", loader({"libxcb-cursor.so.0", "libxcb-icccm.so.4"}))
    assert problem is not None
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in problem
    assert "'sudo apt install libxcb-cursor0 libxcb-icccm4' on Debian or Ubuntu" in problem
    assert "'sudo dnf install xcb-util-cursor xcb-util-wm' on Fedora" in problem
    assert problem.count(". ") == 0 and problem.endswith(".")  # one sentence


def test_a_library_qt_needs_beyond_the_known_list_is_still_named() -> None:
    if ui.launch._qt_xcb_library() is None:
        pytest.skip("this PySide6 has no xcb library to load")
    problem = platform_problem({"QT_QPA_PLATFORM": "xcb"}, "linux", loader({"qt"}))
    assert problem is not None and "libxcb-xinput.so.0" in problem


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({}, "win32"),
        ({}, "darwin"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
    ],
)
def test_no_check_where_qt_does_not_use_xcb(environ: dict[str, str], platform: str) -> None:
    assert platform_problem(environ, platform, loader(set(XCB_LIBRARIES) | {"qt"})) is None


def test_every_library_present_is_no_problem() -> None:
    assert platform_problem({}, "linux", loader(set())) is None


def test_the_app_is_not_started_without_its_platform_libraries(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[object] = []
    monkeypatch.setattr(ui.app, "run", lambda *args: started.append(args) or 0)
    monkeypatch.setattr(ui.launch, "platform_problem", lambda: "Install the libraries.")
    assert ui.launch.main([]) == 1
    assert started == []
    assert capsys.readouterr().err == "Install the libraries.\n"


def test_assets_installed_for_the_user_are_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_assets = tmp_path / "user" / "share" / "ethics-scrutiny" / "assets"
    (user_assets / "templates").mkdir(parents=True)
    monkeypatch.delenv("ETHICS_SCRUTINY_ASSETS", raising=False)
    monkeypatch.setattr(assets, "__file__", str(tmp_path / "site" / "ethics_scrutiny" / "x.py"))
    monkeypatch.setattr(assets.sys, "prefix", str(tmp_path / "prefix"))
    monkeypatch.setattr(assets.site, "getuserbase", lambda: str(tmp_path / "user"))
    assets.assets_dir.cache_clear()
    try:
        assert assets.assets_dir() == user_assets
    finally:
        assets.assets_dir.cache_clear()
