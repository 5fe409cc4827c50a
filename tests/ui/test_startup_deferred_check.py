"""A large record's integrity check runs after the window shows; a damaged one still closes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import database
from ui import app


@pytest.fixture
def large_record(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    services = Services.open(settings)
    services.scrutinies.create(NewScrutiny("Drone pilot", "Gwent", Technology.DRONES))
    services.close()
    monkeypatch.setattr(database, "DEFER_CHECKS_ABOVE_BYTES", 0)  # every record counts as large
    return settings


def test_a_damaged_large_record_is_explained_after_the_window_shows_and_the_app_exits(
    large_record: Settings, said: list[tuple[str, str, str]]
) -> None:
    path = large_record.data_dir / "ethics-scrutiny.db"
    with closing(sqlite3.connect(path)) as connection:
        page = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_responses_scrutiny_id'"
        ).fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(page - 1) * size : page * size] = b"\xff" * size
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    assert app.run(large_record, ["ethics-scrutiny"]) == app.EXIT_CANNOT_OPEN
    kind, title, text = said[-1]
    assert kind == "error" and "cannot be opened" in title
    assert "failed its integrity check" in text and "restore your latest backup" in text
    assert path.read_bytes() == before


def test_facts_worked_out_while_writes_were_held_are_kept_once_the_check_passes(
    large_record: Settings, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = large_record.data_dir / "ethics-scrutiny.db"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("DELETE FROM scrutiny_facts")
        connection.commit()
    opened: list[Services] = []
    real_open = Services.open

    def open_and_keep(*args: Any, **kwargs: Any) -> Services:
        opened.append(real_open(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(app.Services, "open", open_and_keep)

    def kept_facts() -> int:
        with closing(sqlite3.connect(path)) as connection:
            return int(connection.execute("SELECT count(*) FROM scrutiny_facts").fetchone()[0])

    def look() -> None:
        if opened and not opened[0].database.checks_pending and kept_facts() == 1:
            qapp.exit(0)

    poll = QTimer()
    poll.timeout.connect(look)
    poll.start(20)
    QTimer.singleShot(60_000, lambda: qapp.exit(3))  # a hang fails rather than blocks
    assert app.run(large_record, ["ethics-scrutiny"]) == 0
    poll.stop()
    assert kept_facts() == 1
