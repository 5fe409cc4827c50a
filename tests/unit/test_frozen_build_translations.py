"""The frozen build keeps the app's translation catalogues while dropping Qt's own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SPEC = Path(__file__).resolve().parents[2] / "build.spec"


def unused_qt_files() -> re.Pattern[str]:
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "UNUSED_QT_FILES":
            return re.compile("|".join(ast.literal_eval(node.value)))
    raise AssertionError("build.spec has no UNUSED_QT_FILES")


def test_the_apps_catalogues_ship_in_the_frozen_build() -> None:
    unused = unused_qt_files()
    for name in ("ui_cy.qm", "core_cy.mo"):
        # build.spec matches "/" + the file's place in the bundle.
        assert not unused.search(f"/assets/translations/{name}")


def test_qts_own_catalogues_stay_out() -> None:
    assert unused_qt_files().search("/PySide6/Qt/translations/qtbase_de.qm")
