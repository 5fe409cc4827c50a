"""No user text reaches a log, a traceback or standard error; the record, backups and logs are
owner-only files."""

from __future__ import annotations

import logging
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ethics_scrutiny import safe_logs
from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage.engine import make_engine

SECRET = "Informant R. Davies, 4 Heol y Castell"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_sql_parameters_never_appear_in_database_errors(
    services: Services, database_url: str
) -> None:
    engine = make_engine(database_url)
    try:
        with pytest.raises(DBAPIError) as caught, engine.connect() as connection:
            connection.execute(text("SELECT * FROM no_such_table WHERE x = :v"), {"v": SECRET})
    finally:
        engine.dispose()
    assert SECRET not in str(caught.value)
    assert SECRET not in safe_logs.safe_traceback(caught.value)
    assert "no_such_table" in safe_logs.safe_message(caught.value)  # what failed is still said


def test_scrubbed_tracebacks_keep_frames_and_types_but_no_message() -> None:
    def inner() -> None:
        raise ValueError(f"bad title {SECRET}")

    try:
        try:
            inner()
        except ValueError as exc:
            raise KeyError(SECRET) from exc
    except KeyError as exc:
        scrubbed = safe_logs.safe_traceback(exc)
    assert SECRET not in scrubbed
    assert "in inner" in scrubbed and "ValueError (message withheld" in scrubbed
    assert "direct cause" in scrubbed and scrubbed.rstrip().endswith(
        "KeyError (message withheld from logs: it may quote what was being saved)"
    )
    disk = OSError(28, "No space left on device", f"/home/o/{SECRET}.pdf")
    assert safe_logs.safe_message(disk) == "OSError: [Errno 28] No space left on device"


@posix_only
def test_logs_are_owner_only_and_scrubbed_even_after_rollover(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    handler = safe_logs.PrivateRotatingFileHandler(
        logs / "ethics-scrutiny.log", maxBytes=400, backupCount=2, encoding="utf-8"
    )
    handler.setFormatter(safe_logs.SafeFormatter("%(levelname)s %(message)s"))
    log = logging.getLogger("test.private")
    log.addHandler(handler)
    log.propagate = False
    try:
        for n in range(20):
            try:
                raise RuntimeError(f"{SECRET} #{n}")
            except RuntimeError as exc:
                log.exception("Background job failed")
                log.error("Saving failed: %s", exc)
    finally:
        log.removeHandler(handler)
        handler.close()
    files = sorted(logs.iterdir())
    assert len(files) == 3  # rolled over: the current log and two older ones
    for path in files:
        assert _mode(path) == 0o600, path
        content = path.read_text(encoding="utf-8")
        assert SECRET not in content and "RuntimeError" in content


@posix_only
@pytest.mark.sqlite_only
def test_record_and_every_backup_are_owner_only(
    data_dir: Path, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = resolve_settings(str(data_dir), database_url)
    services = Services.open(settings)
    services.scrutinies.create(NewScrutiny("LFR", "Gwent", Technology.DRONES))
    services.close()
    services = Services.open(settings)  # takes the day's and the week's backups
    try:
        copy = services.maintenance.backup(tmp_path / "copy.db")
        saved = services.maintenance.restore(copy)
    finally:
        services.close()
    record = data_dir / "ethics-scrutiny.db"
    backups = sorted(settings.backups_dir.iterdir())
    assert {p.name.split("-")[0] for p in backups} >= {"daily", "weekly", "pre"}
    for path in [record, copy, saved, *backups]:
        assert _mode(path) == 0o600, path
    assert main(["--data-dir", str(data_dir), "backup", "--out", str(tmp_path / "c2.db")]) == 0
    assert _mode(tmp_path / "c2.db") == 0o600


def test_an_unexpected_error_in_a_command_prints_one_sentence_without_user_text(
    cli_data: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ethics_scrutiny.services.scrutinies import ScrutinyService

    assert main([*cli_data, "new", "--technology", "drones", "--title", "T", "--force", "F"]) == 0
    capsys.readouterr()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(f"could not store note {SECRET!r}")

    monkeypatch.setattr(ScrutinyService, "answer", broken)
    argv = [*cli_data, "answer", "1", "LB-01", "--status", "met", "--note", SECRET, "--sensitive"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: The command stopped on an unexpected RuntimeError in ")
    assert err.count("\n") == 1 and SECRET not in err and "Traceback" not in err
