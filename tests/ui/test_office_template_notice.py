"""A template file built to crash a parser, in the office folder, never stops the app opening."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ui import app
from ui.kit import messages
from ui.shell.main_window import MainWindow

HOSTILE = {
    "deep.json": "[" * 100_000 + "]" * 100_000,
    "number.yaml": "slug: x\nversion: " + "9" * 5000 + "\n",
}


def test_the_app_opens_and_names_each_unreadable_office_template(
    qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.templates_dir.mkdir(parents=True)
    for name, text in HOSTILE.items():
        (settings.templates_dir / name).write_text(text, encoding="utf-8")
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warning", lambda _p, title, text: warnings.append((title, text)))
    # The office's record starts empty: one scrutiny on the shipped core shows the rest works.
    before = Services.open(settings)
    try:
        before.scrutinies.create(
            NewScrutiny(title="ANPR", force="Exampleshire Police", technology=Technology.ANPR)
        )
    finally:
        before.close()
    opened: list[int] = []
    earlier = _main_windows()  # held, so each keeps the same wrapper to compare by identity

    def fake_exec(*_args: object) -> int:
        # The window this run launched: shown, and not one an earlier test left behind.
        [main] = [w for w in _main_windows() if w.isVisible() and all(w is not e for e in earlier)]
        qtbot.waitUntil(lambda: main.list_page.model.rowCount() == 1)
        opened.append(main.list_page.model.rowCount())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app.run(settings, ["ethics-scrutiny"]) == 0
    assert opened == [1]
    [(title, text)] = warnings
    assert "templates were not loaded" in title
    assert "deep.json was not loaded" in text and "more than 32 levels deep" in text
    assert "number.yaml was not loaded" in text and "a number 5,000 digits long" in text


def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
