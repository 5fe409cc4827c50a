"""``list --json`` answered from the file alone prints exactly what the full path prints.

Each record is listed twice, once by the quick path (which must answer) and once the full
way (the quick path switched off), on the same "today", and the two texts compared byte for
byte, so the two can never drift apart. Records the quick path cannot answer exactly must
send it the full way, and it must never import SQLAlchemy or pydantic.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from bench.generate import Spec, generate
from ethics_scrutiny import cli_commands, cli_quick_list
from ethics_scrutiny.cli import build_parser, main
from ethics_scrutiny.config import DATABASE_FILENAME, resolve_settings
from ethics_scrutiny.domain.enums import (
    ActionKind,
    Language,
    Marking,
    Outcome,
    Stage,
    Status,
    Technology,
)
from ethics_scrutiny.domain.scrutiny import ActionInput, DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services, demo_record

ROOT = Path(__file__).resolve().parents[2]
Lister = Callable[[Path, date], tuple[int | None, str, str]]


def _on(day: date) -> type[date]:
    class Today(date):
        @classmethod
        def today(cls) -> Today:
            return cls(day.year, day.month, day.day)

    return Today


@pytest.fixture
def list_both(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[[Path, date], tuple[str, str]]:
    """Lists a record on ``day`` the quick way (which must answer) and the full way."""

    def quick(folder: Path, day: date) -> tuple[int | None, str, str]:
        monkeypatch.setattr(cli_quick_list, "date", _on(day))
        code = cli_quick_list.run(build_parser().parse_args(_args(folder)))
        out, err = capsys.readouterr()
        return code, out, err

    def full(folder: Path, day: date) -> str:
        monkeypatch.setattr(cli_commands, "date", _on(day))
        with monkeypatch.context() as patch:
            patch.setattr(cli_quick_list, "run", lambda _args: None)
            code = main(_args(folder))
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    def both(folder: Path, day: date) -> tuple[str, str]:
        code, out, err = quick(folder, day)
        assert code == 0, f"the quick path did not answer ({err})"
        return out, full(folder, day)

    return both


def _args(folder: Path) -> list[str]:
    return ["--data-dir", str(folder), "list", "--json"]


def _settled(folder: Path) -> Path:
    """Open and close the record the full way: made, migrated, today's backups taken."""
    for _ in range(2):  # a record's first open takes no backup; its second one does
        Services.open(resolve_settings(str(folder))).close()
    return folder


def _days_around(today: date) -> list[date]:
    return [today, today + timedelta(days=20), today + timedelta(days=400), today + timedelta(1200)]


def test_an_empty_record_lists_the_same(
    tmp_path: Path, list_both: Callable[..., tuple[str, str]]
) -> None:
    quick, full = list_both(_settled(tmp_path / "data"), date.today())
    assert quick == full == "[]\n"


def test_the_demonstration_lists_the_same(
    tmp_path: Path, list_both: Callable[..., tuple[str, str]]
) -> None:
    folder = tmp_path / "data"
    services = Services.open(resolve_settings(str(folder)))
    try:
        demo_record.fill(services)
    finally:
        services.close()
    _settled(folder)
    for day in _days_around(date.today()):
        quick, full = list_both(folder, day)
        assert quick == full and json.loads(quick)


def test_a_generated_office_record_lists_the_same(
    tmp_path: Path, list_both: Callable[..., tuple[str, str]]
) -> None:
    """Decisions (some superseded or withdrawn), second rounds, Welsh scrutinies, actions."""
    folder = tmp_path / "data"
    generate(folder, Spec(40, min_entries=1_000))
    _settled(folder)
    seen: set[str] = set()
    first, _ = list_both(folder, date.today())
    reviews = sorted(
        row["next_review_date"] for row in json.loads(first) if row["next_review_date"]
    )
    # Ten days before a review falls due: "review soon" (and some approvals still standing).
    soon = date.fromisoformat(reviews[len(reviews) // 2]) - timedelta(days=10)
    for day in [*_days_around(date.today()), date.today() - timedelta(days=900), soon]:
        quick, full = list_both(folder, day)
        assert quick == full
        rows = json.loads(quick)
        seen.update(kind for row in rows for kind in row["needs_attention"])
        seen.update({"welsh"} if any(row["language"] == "cy" for row in rows) else set())
        seen.update({"decided"} if any(row["outcome"] for row in rows) else set())
    # The comparison covered every reason for attention, Welsh rows and decisions.
    assert seen >= {
        "red_flags", "overdue_actions", "review_overdue", "review_soon", "approval_lapsed",
        "welsh", "decided",
    }  # fmt: skip


def _hand_made(folder: Path) -> int:
    """Welsh and awkward text, a red flag, a support decision with a review date, an action."""
    services = Services.open(resolve_settings(str(folder)))
    try:
        sid = services.scrutinies.create(
            NewScrutiny(
                title='Camerâu "adnabod wynebau" byw\n– Heddlu Dyfed-Powys \u2028 ✓ 🚓 \\ /\t',
                force="Heddlu Dyfed-Powys",
                technology=Technology.LIVE_FACIAL_RECOGNITION,
                marking=Marking.OFFICIAL_SENSITIVE,
                stage=Stage.PILOT,
                language=Language.WELSH,
            )
        )
        plain = services.scrutinies.create(
            NewScrutiny(title="Drones", force="Gwent Police", technology=Technology.DRONES)
        )
        detail = services.scrutinies.get(plain)
        for question in detail.checklist.questions():
            services.scrutinies.answer(plain, question.key, Status.MET)
        services.decisions.decide(
            plain,
            DecisionInput(
                Outcome.SUPPORT, "Sound.", "Panel", review_date=date.today() + timedelta(days=40)
            ),
        )
        questions = services.scrutinies.get(sid).checklist.questions()
        critical = next(q.key for q in questions if q.critical)
        services.scrutinies.answer(sid, critical, Status.NOT_MET, note="Dim DPIA")
        services.actions.add(
            sid,
            ActionInput(ActionKind.QUESTION, "Anfon y DPIA", due_date=date.today() + timedelta(3)),
        )
    finally:
        services.close()
    _settled(folder)
    return sid


def test_welsh_text_decisions_and_attention_list_the_same(
    tmp_path: Path, list_both: Callable[..., tuple[str, str]]
) -> None:
    folder = tmp_path / "data"
    _hand_made(folder)
    for day in _days_around(date.today()):
        quick, full = list_both(folder, day)
        assert quick == full
    assert "🚓" in quick and "\\u2028" not in quick  # printed as itself, as json.dumps does


def test_missing_facts_send_it_the_full_way_which_keeps_them(
    tmp_path: Path,
    list_both: Callable[..., tuple[str, str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "data"
    sid = _hand_made(folder)
    with sqlite3.connect(folder / DATABASE_FILENAME) as connection:
        connection.execute("DELETE FROM scrutiny_facts WHERE scrutiny_id = ?", (sid,))
    connection.close()
    assert cli_quick_list.run(build_parser().parse_args(_args(folder))) is None
    # The full path works the facts out and keeps them; then both answer alike again.
    assert main(_args(folder)) == 0
    went_full = capsys.readouterr().out
    quick, full = list_both(folder, date.today())
    assert quick == full == went_full
    assert [row["red_flags"] for row in json.loads(quick) if row["id"] == sid] == [1]


_REVISION = "UPDATE alembic_version SET version_num = '{}'"


def _sql(folder: Path, statement: str) -> None:
    connection = sqlite3.connect(folder / DATABASE_FILENAME)
    connection.execute("PRAGMA ignore_check_constraints = ON")  # a value no build writes
    with connection:
        connection.execute(statement)
    connection.close()


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(
            lambda f: _sql(f, "UPDATE alembic_version SET version_num = '0009'"), id="old"
        ),
        pytest.param(
            lambda f: _sql(f, "UPDATE alembic_version SET version_num = '9999'"), id="new"
        ),
        pytest.param(lambda f: _sql(f, "PRAGMA application_id = 7"), id="foreign"),
        pytest.param(lambda f: _sql(f, "UPDATE scrutinies SET stage = 'x'"), id="unknown-stage"),
        pytest.param(
            lambda f: [p.unlink() for p in (f / "backups").glob("daily-*")], id="no-backup"
        ),
        pytest.param(
            lambda f: (f / f"{DATABASE_FILENAME}-journal").write_bytes(b"x"), id="journal"
        ),
        pytest.param(
            lambda f: (f / "templates").mkdir() or (f / "templates" / "a.yaml").write_text("x"),
            id="office-templates",
        ),
        pytest.param(lambda f: (f / DATABASE_FILENAME).unlink(), id="no-record"),
    ],
)
def test_records_it_cannot_answer_exactly_go_the_full_way(
    tmp_path: Path, spoil: Callable[[Path], object]
) -> None:
    folder = tmp_path / "data"
    services = Services.open(resolve_settings(str(folder)))
    try:
        services.scrutinies.create(NewScrutiny("Drones", "Gwent Police", Technology.DRONES))
    finally:
        services.close()
    args = build_parser().parse_args(_args(_settled(folder)))
    assert cli_quick_list.run(args) == 0  # answers before it is spoiled
    spoil(folder)
    assert cli_quick_list.run(args) is None


def test_a_server_record_goes_the_full_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _settled(tmp_path / "data")
    monkeypatch.setenv("ETHICS_SCRUTINY_DB", "postgresql://office@db.example/record")
    assert cli_quick_list.run(build_parser().parse_args(_args(folder))) is None
    monkeypatch.delenv("ETHICS_SCRUTINY_DB")
    given = ["--db", "sqlite:///" + str(folder / DATABASE_FILENAME), *_args(folder)[2:]]
    assert cli_quick_list.run(build_parser().parse_args(given)) is None


def test_a_record_another_program_holds_goes_the_full_way(tmp_path: Path) -> None:
    folder = _settled(tmp_path / "data")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from pathlib import Path\n"
         "from ethics_scrutiny.storage.writer_lock import WriterLock\n"
         f"WriterLock.acquire(Path({str(folder / DATABASE_FILENAME)!r}), 'a test')\n"
         "print('held', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert cli_quick_list.run(build_parser().parse_args(_args(folder))) is None
    finally:
        holder.communicate("")


def test_the_quick_list_imports_neither_sqlalchemy_nor_pydantic(tmp_path: Path) -> None:
    folder = _settled(tmp_path / "data")
    script = (
        "import sys\nfrom ethics_scrutiny.cli import main\n"
        f"code = main(['--data-dir', {str(folder)!r}, 'list', '--json'])\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'pydantic') if m in sys.modules)\n"
        "print(code, heavy, file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stderr.strip() == "0 []" and done.stdout == "[]\n"


def test_a_damaged_listed_table_goes_the_full_way_which_refuses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    services = Services.open(resolve_settings(str(folder)))
    try:
        services.scrutinies.create(NewScrutiny("Drones", "Gwent Police", Technology.DRONES))
    finally:
        services.close()
    record = _settled(folder) / DATABASE_FILENAME
    args = build_parser().parse_args(_args(folder))
    assert cli_quick_list.run(args) == 0
    capsys.readouterr()
    connection = sqlite3.connect(record)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'scrutinies'"
    ).fetchone()
    connection.close()
    with record.open("r+b") as handle:  # the table's first page no longer says what it is
        handle.seek(page_size * (root - 1))
        handle.write(b"\x00" * 8)
    assert cli_quick_list.run(args) is None
    assert capsys.readouterr().out == ""
    assert main(_args(folder)) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "restore your latest backup" in err
