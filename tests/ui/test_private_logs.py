"""The app's log (which support may be sent) holds no user text and is owner-only."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.kit import crash
from ui.kit.tasks import TaskRunner

SECRET = "Sensitive note: informant lives at 9 Stryd Fawr"


def test_a_failed_background_job_is_logged_without_its_text(qtbot: QtBot, tmp_path: Path) -> None:
    handler = crash.install(tmp_path / "logs")
    runner = TaskRunner()
    failures: list[BaseException] = []
    try:

        def job() -> None:
            try:
                raise ValueError(f"UPDATE responses SET note={SECRET!r}")
            except ValueError as exc:
                raise RuntimeError(f"save failed for {SECRET}") from exc

        with qtbot.waitSignal(runner.idle, timeout=5000):
            runner.run_db(job, None, failures.append)
    finally:
        runner.shutdown()
        handler.uninstall()
    assert len(failures) == 1
    logged = handler.log_path.read_text(encoding="utf-8")
    assert "Background job failed" in logged and "RuntimeError" in logged
    assert "ValueError" in logged and "in job" in logged  # type and frames are kept
    assert SECRET not in logged
    if sys.platform != "win32":
        for path in handler.log_path.parent.iterdir():  # the log and the native-crash log
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
