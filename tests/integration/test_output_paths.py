"""No export, backup or bundle can be written onto the record or a file it manages."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scrutiny import EvidenceInput, NewScrutiny
from ethics_scrutiny.services import Services, output_paths

FORMATS = ("pdf", "html", "json", "csv", "actions-csv")
# Each managed target, as a path in the data folder (or made from it).
TARGETS: dict[str, Callable[[Path], Path]] = {
    "record": lambda d: d / "ethics-scrutiny.db",
    "journal": lambda d: d / "ethics-scrutiny.db-journal",
    "lock": lambda d: d / "ethics-scrutiny.db.lock",
    "daily backup": lambda d: next((d / "backups").glob("daily-*.db")),
    "evidence file": lambda d: next(p for p in (d / "evidence").rglob("*") if p.is_file()),
    "log": lambda d: d / "logs" / "ethics-scrutiny.log",
    "office template": lambda d: d / "templates" / "office.yaml",
    "symlink to the record": lambda d: d.parent / "looks-like-a-report.pdf",
    "new file in backups": lambda d: d / "backups" / "mine.pdf",
}


def _digests(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (not following links) and its SHA-256.

    The lock file is named, not hashed: each command writes its own details into it.
    """
    return {
        str(p.relative_to(folder)): hashlib.sha256(
            b"" if p.suffix == ".lock" else p.read_bytes()
        ).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture
def record(data_dir: Path, database_url: str, tmp_path: Path) -> Iterator[int]:
    """A scrutiny with a kept evidence file, a log, an office template and a daily backup."""
    settings = resolve_settings(str(data_dir), database_url)
    services = Services.open(settings)
    try:
        created = services.scrutinies.create(
            NewScrutiny(
                title="LFR pilot",
                force="Example Police",
                technology=Technology.LIVE_FACIAL_RECOGNITION,
            )
        )
        attached = tmp_path / "dpia.pdf"
        attached.write_bytes(b"%PDF-1.4 the force's DPIA")
        services.evidence.add(created, EvidenceInput("DPIA", file_path=str(attached)))
    finally:
        services.close()
    # A second opening of an existing record takes the day's backup.
    Services.open(settings).close()
    if not (data_dir / "evidence").is_dir():  # a server keeps files in the record itself
        (data_dir / "evidence" / "ab").mkdir(parents=True)
        (data_dir / "evidence" / "ab" / "abcdef").write_bytes(b"kept")
    (data_dir / "logs").mkdir(exist_ok=True)
    (data_dir / "logs" / "ethics-scrutiny.log").write_text("started\n", encoding="utf-8")
    (data_dir / "templates").mkdir(exist_ok=True)
    (data_dir / "templates" / "office.yaml").write_text("slug: office\n", encoding="utf-8")
    (tmp_path / "looks-like-a-report.pdf").symlink_to(data_dir / "ethics-scrutiny.db")
    yield created


@pytest.mark.sqlite_only
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_refuses_every_managed_target(
    capsys: pytest.CaptureFixture[str], record: int, data_dir: Path, cli_data: list[str], fmt: str
) -> None:
    assert next((data_dir / "backups").glob("daily-*.db"))
    before = _digests(data_dir)
    for name, make in TARGETS.items():
        target = make(data_dir)
        code = main([*cli_data, "export", str(record), "--format", fmt, "--out", str(target)])
        _, err = capsys.readouterr()
        assert code == 1, f"{fmt} onto the {name} was not refused"
        # The office template here is not a valid one, so a warning about it comes first.
        errors = [line for line in err.splitlines() if not line.startswith("Warning: ")]
        assert len(errors) == 1 and errors[0].startswith("Error: Cannot write to "), name
        assert "nothing was written" in errors[0], name
        assert _digests(data_dir) == before, f"{fmt} onto the {name} changed the data folder"
    assert main([*cli_data, "verify"]) == 0


@pytest.mark.sqlite_only
def test_upper_case_record_name_is_refused_where_case_is_ignored(
    capsys: pytest.CaptureFixture[str],
    record: int,
    data_dir: Path,
    cli_data: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(output_paths, "CASE_INSENSITIVE_DEFAULT", True)
    before = _digests(data_dir)
    for target in (data_dir / "ETHICS-SCRUTINY.DB", data_dir / "Logs" / "ethics-scrutiny.log"):
        for fmt in FORMATS:
            argv = [*cli_data, "export", str(record), "--format", fmt, "--out", str(target)]
            assert main(argv) == 1
            assert "nothing was written" in capsys.readouterr().err
    assert _digests(data_dir) == before


def test_backup_refuses_managed_targets_and_folders_are_protected_on_both_engines(
    capsys: pytest.CaptureFixture[str],
    record: int,
    data_dir: Path,
    cli_data: list[str],
    is_postgresql: bool,
) -> None:
    before = _digests(data_dir)
    names = ["evidence file", "log", "office template", "new file in backups"]
    if not is_postgresql:
        names += ["record", "journal", "lock", "daily backup", "symlink to the record"]
    for name in names:
        target = TARGETS[name](data_dir)
        for argv in (
            ["backup", "--out", str(target)],
            ["export", str(record), "--format", "json", "--out", str(target)],
        ):
            code = main([*cli_data, *argv])
            err = capsys.readouterr().err
            if is_postgresql and argv[0] == "backup":
                assert code == 1 and "Cannot write" not in err  # the server's tools are advised
                continue
            assert code == 1 and "nothing was written" in err, (name, argv[0])
    assert _digests(data_dir) == before


def test_services_refuse_before_rendering(
    record: int, data_dir: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services.open(resolve_settings(str(data_dir), database_url))
    try:
        head = services.maintenance.head()

        def no_render(*_args: object, **_kwargs: object) -> object:
            raise AssertionError("rendered for a refused path")

        monkeypatch.setattr(services.reports, "build_model", no_render)
        from ethics_scrutiny.services.reports import ExportFormat

        with pytest.raises(InvalidInputError, match="logs folder"):
            services.reports.export(record, ExportFormat.PDF, data_dir / "logs" / "x.pdf")
        assert services.maintenance.head() == head
    finally:
        services.close()


def test_an_ordinary_path_beside_the_record_is_still_allowed(
    capsys: pytest.CaptureFixture[str], record: int, data_dir: Path, cli_data: list[str]
) -> None:
    out = data_dir / "panel.html"
    assert main([*cli_data, "export", str(record), "--format", "html", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"<!DOCTYPE html>")
