"""The app's start: a record held by the command line, or a file that is not a record."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ethics_scrutiny.config import Settings
from ui import app

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from pathlib import Path
from ethics_scrutiny.storage.database import Database
db = Database.open(sys.argv[1], Path(sys.argv[2]), purpose="the command 'export'")
print("ready", flush=True)
sys.stdin.readline()
db.close()
"""


def test_a_record_held_by_a_command_is_not_opened_and_the_message_names_it(
    settings: Settings, said: list[tuple[str, str, str]]
) -> None:
    settings.data_dir.mkdir(parents=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, settings.database_url, str(settings.backups_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        assert app.run(settings, ["ethics-scrutiny"]) == app.EXIT_CANNOT_OPEN
    finally:
        holder.communicate("done\n", timeout=60)
    kind, title, text = said[-1]
    assert kind == "error" and "cannot be opened" in title
    assert f"in use by the command 'export' (process {holder.pid}" in text


def test_a_file_that_is_not_a_record_is_explained_and_left_alone(
    settings: Settings, said: list[tuple[str, str, str]]
) -> None:
    settings.data_dir.mkdir(parents=True)
    path = settings.data_dir / "ethics-scrutiny.db"
    path.write_bytes(b"PK\x03\x04 a zip file someone renamed" * 50)
    before = path.read_bytes()
    assert app.run(settings, ["ethics-scrutiny"]) == app.EXIT_CANNOT_OPEN
    kind, _title, text = said[-1]
    assert kind == "error" and "is not an Ethics Scrutiny database" in text
    assert "restore your latest backup" in text
    assert path.read_bytes() == before
