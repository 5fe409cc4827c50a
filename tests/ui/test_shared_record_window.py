"""The window says which record it is on, so a shared record is never mistaken for a laptop's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import Settings, resolve_settings
from ethics_scrutiny.services import Services
from ui.app import create_main_window
from ui.shell.about import about_text
from ui.shell.main_window import MainWindow


@pytest.fixture
def main(qtbot: QtBot, data_dir: Path, database_url: str) -> Iterator[MainWindow]:
    services = Services.open(resolve_settings(str(data_dir), database_url))
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.context.tasks.pending == 0)
    yield window
    window.close()
    window.context.tasks.shutdown()
    qtbot.waitUntil(lambda: window.context.tasks.pending == 0, timeout=5000)
    services.close()


def test_the_title_and_about_box_name_a_shared_record_and_never_its_password(
    main: MainWindow, is_postgresql: bool
) -> None:
    settings = main.context.services.settings
    about = about_text(settings, settings.logs_dir)
    if not is_postgresql:
        assert main.windowTitle() == "Ethics Scrutiny"
        assert "Record: this computer" in about and "never opens a network connection" in about
        return
    server = settings.server_record
    assert server is not None and server.startswith("127.0.0.1:")
    assert main.windowTitle() == f"Ethics Scrutiny — shared record ({server})"
    assert f"Shared record on the database server {server}" in about
    assert "never opens a network connection" not in about
    password = settings.database_url.split("@")[0].rsplit(":", 1)[1]
    assert password not in main.windowTitle() and password not in about


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////tmp/ethics-scrutiny.db", None),
        ("postgresql+psycopg://app:s3cret@db.opcc.local/escr", "db.opcc.local/escr"),
        ("postgresql+psycopg://app:s3cret@10.0.0.5:6543/record", "10.0.0.5:6543/record"),
        ("postgresql+psycopg:///record", "localhost/record"),
    ],
)  # fmt: skip
def test_server_record_is_host_port_and_database_only(url: str, expected: str | None) -> None:
    assert Settings(Path("/tmp/data"), url).server_record == expected
