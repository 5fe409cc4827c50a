"""No code path opens a network connection: a whole scrutiny runs with sockets forbidden."""

from __future__ import annotations

import socket
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
    # Blocking red flags stand (one answer only), so support needs a recorded override.
    override = ["--override-reason", "Blocking questions stay open for a short, watched pilot"]
    steps = [
        [*data, "new", "--technology", "live-facial-recognition", "--title", "T", "--force", "F"],
        [*data, "answer", "1", "FR-01", "--status", "met"],
        [*data, "decide", "1", "--outcome", "support", "--rationale", "R", "--by", "B", *override],
        *([*data, *export] for export in exports),
        [*data, "verify"],
        [*data, "backup", "--out", str(tmp_path / "b.db")],
        ["--data-dir", str(tmp_path / "other"), "import", str(tmp_path / "r.json")],
    ]
    for step in steps:
        code = main(step)
        _, err = capsys.readouterr()
        assert code == 0, (step, err)
