"""Retries cannot duplicate a record entry, stale command-line answers are refused, and no
error repeats a database password."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from ethics_scrutiny.cli import main
from ethics_scrutiny.domain.enums import ActionKind, Outcome, Rating, Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scrutiny import ActionInput, DecisionInput, EvidenceInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.scrutinies import ScrutinyService

NEW = NewScrutiny("ANPR on the M4", "South Wales Police", Technology.ANPR)
DEFER = DecisionInput(Outcome.DEFER, "The DPIA is missing", "Panel")


def _kinds(services: Services, scrutiny_id: int) -> list[str]:
    return [entry.kind for entry in services.maintenance.entries(scrutiny_id)]


def test_a_retried_decision_is_recorded_once(services: Services) -> None:
    sid = services.scrutinies.create(NEW)
    first = services.decisions.decide(sid, DEFER, request_key="decide-7f3a")
    again = services.decisions.decide(sid, DEFER, request_key="decide-7f3a")
    assert again.sequence == first.sequence and again.entry_hash == first.entry_hash
    assert _kinds(services, sid).count("decision") == 1
    # A retried replacement is found too, though the decision it replaced no longer stands.
    replace = DecisionInput(Outcome.DEFER, "Still missing", "Panel", supersedes=first.sequence)
    second = services.decisions.decide(sid, replace, request_key="decide-8b21")
    assert services.decisions.decide(sid, replace, request_key="decide-8b21") == second
    # Without a key (or with another) the same words are a second decision, as before.
    services.decisions.decide(sid, DEFER, request_key="decide-other")
    assert _kinds(services, sid).count("decision") == 3
    assert services.maintenance.verify().ok


def test_a_retried_withdrawal_is_recorded_once(services: Services) -> None:
    sid = services.scrutinies.create(NEW)
    decision = services.decisions.decide(sid, DEFER)
    first = services.decisions.withdraw(sid, decision.sequence, "Wrong panel", request_key="w-1")
    again = services.decisions.withdraw(sid, decision.sequence, "Wrong panel", request_key="w-1")
    assert first == again and _kinds(services, sid).count("decision_withdrawn") == 1


def test_a_retried_evidence_item_is_registered_once(services: Services) -> None:
    sid = services.scrutinies.create(NEW)
    item = EvidenceInput("Data protection impact assessment")
    first = services.evidence.add(sid, item, request_key="evidence-1")
    again = services.evidence.add(sid, item, request_key="evidence-1")
    assert again.id == first.id and len(services.evidence.list(sid)) == 1
    assert _kinds(services, sid).count("evidence_added") == 1
    assert services.maintenance.verify().ok


def test_a_retried_action_is_recorded_once(services: Services) -> None:
    sid = services.scrutinies.create(NEW)
    action = ActionInput(ActionKind.QUESTION, "Publish the watchlist criteria")
    first = services.actions.add(sid, action, request_key="action-1")
    again = services.actions.add(sid, action, request_key="action-1")
    assert again.id == first.id and len(services.actions.list(sid)) == 1
    assert _kinds(services, sid).count("action_recorded") == 1


def test_an_overlong_request_key_is_refused_plainly(services: Services) -> None:
    sid = services.scrutinies.create(NEW)
    with pytest.raises(InvalidInputError, match="1 to 64 characters"):
        services.decisions.decide(sid, DEFER, request_key="k" * 65)
    assert "decision" not in _kinds(services, sid)


def test_the_command_line_decide_takes_a_request_key(
    services: Services, cli_data: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    sid = services.scrutinies.create(NEW)
    argv = [*cli_data, "decide", str(sid), "--outcome", "defer", "--rationale", "More",
            "--by", "Panel", "--request-key", "meeting-2026-12-07-item-4"]  # fmt: skip
    assert main(argv) == 0 and main(argv) == 0
    assert _kinds(services, sid).count("decision") == 1


def _show_version(
    cli_data: list[str], sid: int, key: str, capsys: pytest.CaptureFixture[str]
) -> int:
    capsys.readouterr()
    assert main([*cli_data, "show", str(sid), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    return next(r["version"] for r in shown["responses"] if r["key"] == key)


def test_a_stale_command_line_answer_is_refused(
    services: Services, cli_data: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    sid = services.scrutinies.create(NEW)
    base = [*cli_data, "answer", str(sid), "LB-01", "--status", "met", "--rating", "green"]
    assert main([*base, "--note", "First", "--expected-version", "0"]) == 0
    version = _show_version(cli_data, sid, "LB-01", capsys)
    services.scrutinies.answer(sid, "LB-01", Status.PARTLY_MET, Rating.AMBER, "Colleague's")
    assert main([*base, "--note", "Mine", "--expected-version", str(version)]) == 1
    assert "changed" in capsys.readouterr().err
    assert services.scrutinies.get(sid).responses["LB-01"].note == "Colleague's"
    fresh = _show_version(cli_data, sid, "LB-01", capsys)
    assert main([*base, "--note", "Mine", "--expected-version", str(fresh)]) == 0


def test_an_answer_changed_after_the_command_read_it_is_refused(
    services: Services,
    cli_data: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sid = services.scrutinies.create(NEW)
    services.scrutinies.answer(sid, "LB-01", Status.MET, Rating.GREEN, "Original")
    read = ScrutinyService.get

    def read_then_colleague_saves(self: ScrutinyService, scrutiny_id: int) -> object:
        detail = read(self, scrutiny_id)
        services.scrutinies.answer(sid, "LB-01", Status.NOT_MET, Rating.RED, "Colleague's")
        return detail

    monkeypatch.setattr(ScrutinyService, "get", read_then_colleague_saves)
    argv = [*cli_data, "answer", str(sid), "LB-01", "--status", "met", "--note", "Mine"]
    assert main(argv) == 1
    assert "changed" in capsys.readouterr().err
    monkeypatch.setattr(ScrutinyService, "get", read)
    assert services.scrutinies.get(sid).responses["LB-01"].note == "Colleague's"


SECRET = "s3cret-Pw"


@pytest.mark.parametrize(
    "address",
    [
        f"postgresql+psycopg3://officer:{SECRET}@db.example/ethics",
        f"postgresql+psycopg2://officer:{SECRET}@db.example/ethics",
        f"postgresql+psycopg://officer:{SECRET}@tail@db.example/ethics",
        f"postgresql+psycopg://officer:{SECRET}@db.example:port/ethics",
        f"postgresql+psycopg://officer:{SECRET}@db.example:99999/ethics",
        f"nonsense://officer:{SECRET}@db.example/ethics",
    ],
)
def test_no_address_error_repeats_the_password(
    address: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "--db", address, "list"]) == 1
    err = capsys.readouterr().err
    assert SECRET not in err and "tail" not in err and "Traceback" not in err
    assert err.count("Error:") == 1, err


@pytest.mark.postgresql_only
def test_server_errors_never_repeat_the_password(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = make_url(database_url).set(password=SECRET).render_as_string(False)
    assert main(["--data-dir", str(tmp_path), "--db", wrong, "list"]) == 1
    err = capsys.readouterr().err
    assert SECRET not in err and "refused the login" in err
    assert "holds a password" in err  # the note that ps shows it, with what to use instead


@pytest.mark.postgresql_only
def test_a_password_file_opens_the_record_without_a_password_in_the_address(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = make_url(database_url)
    password_file = tmp_path / "pw"
    password_file.write_text(f"{url.password}\n", encoding="utf-8")
    bare = url._replace(password=None).render_as_string(False)
    argv = ["--data-dir", str(tmp_path), "--db", bare, "--db-password-file", str(password_file)]
    assert main([*argv, "list"]) == 0
    assert "holds a password" not in capsys.readouterr().err
    assert main([*argv[:4], "--db-password-file", str(tmp_path / "missing"), "list"]) == 1
    assert "cannot be read" in capsys.readouterr().err


@pytest.mark.postgresql_only
def test_pgpassword_opens_the_record_with_no_password_anywhere_in_the_app(
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = make_url(database_url)
    monkeypatch.setenv("PGPASSWORD", str(url.password))
    bare = url._replace(password=None).render_as_string(False)
    assert main(["--data-dir", str(tmp_path), "--db", bare, "list"]) == 0
    assert "holds a password" not in capsys.readouterr().err
