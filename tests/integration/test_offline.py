"""No code path opens a network connection: a whole scrutiny runs with sockets forbidden."""

from __future__ import annotations

import json
import socket
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from ethics_scrutiny.cli import main


class NetworkUsed(AssertionError):
    pass


def _refuse(*_args: Any, **_kwargs: Any) -> None:
    raise NetworkUsed("the app tried to open a network connection")


def test_whole_scrutiny_and_every_export_without_network(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    data = ["--data-dir", str(tmp_path / "d")]
    exports = [
        ["export", "1", "--format", fmt, "--out", str(tmp_path / f"r.{fmt}")]
        for fmt in ("pdf", "html", "json", "csv")
    ]
    start = [
        [*data, "new", "--technology", "live-facial-recognition", "--title", "T", "--force", "F"],
        [*data, "answer", "1", "FR-01", "--status", "met"],
    ]
    for step in start:
        assert main(step) == 0, step
    capsys.readouterr()
    assert main([*data, "show", "1", "--json"]) == 0
    # Flags on legal requirements stand (one answer only): support with a condition naming them.
    flags = [f["key"] for f in json.loads(capsys.readouterr().out)["must_flags"]]
    review = (date.today() + timedelta(days=60)).isoformat()
    condition = f"{', '.join(flags)}: Settle every legal point before any use"
    decide = ["decide", "1", "--outcome", "support_with_conditions", "--rationale", "R"]
    steps = [
        [*data, *decide, "--by", "B", "--review-date", review, "--condition", condition],
        *([*data, *export] for export in exports),
        [*data, "verify"],
        [*data, "backup", "--out", str(tmp_path / "b.db")],
        [
            "--data-dir",
            str(tmp_path / "other"),
            "import",
            str(tmp_path / "r.json"),
            "--accept-unsigned",
        ],
    ]
    for step in steps:
        code = main(step)
        _, err = capsys.readouterr()
        assert code == 0, (step, err)
