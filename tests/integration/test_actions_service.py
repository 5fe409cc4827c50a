"""Actions and conditions, and clearing an answer, on a real record (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import ActionKind, ActionStatus, Rating, Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError, NotFoundError
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scrutiny import ActionInput, NewScrutiny
from ethics_scrutiny.services import Services
from tests import record_access

NEW = NewScrutiny(
    title="Drones over Bangor pier",
    force="Heddlu Gogledd Cymru / North Wales Police",
    technology=Technology.DRONES,
)
ASK = ActionInput(
    kind=ActionKind.QUESTION,
    text="Send the drone DPIA, version and sign-off date.",
    owner="Chief constable's staff officer",
    due_date=date(2026, 3, 1),
)


def record_entries(database_url: str, kind: str) -> list[dict[str, object]]:
    with record_access.connection(database_url) as db:
        rows = db.execute(
            text("SELECT payload FROM record_entries WHERE kind = :kind ORDER BY sequence"),
            {"kind": kind},
        ).all()
    return [json.loads(payload) for (payload,) in rows]


def test_add_update_and_list_with_record_entries(
    services: Services, data_dir: Path, database_url: str
) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    key = services.scrutinies.get(scrutiny_id).checklist.questions()[0].key
    added = services.actions.add(scrutiny_id, ActionInput(**{**ASK.__dict__, "question_key": key}))
    assert (added.kind, added.status, added.question_key) == (ActionKind.QUESTION, "open", key)
    assert added.owner == "Chief constable's staff officer"

    answered = services.actions.update(
        added.id,
        ActionInput(
            **{
                **ASK.__dict__,
                "question_key": key,
                "status": ActionStatus.ANSWERED,
                "reply": "DPIA v2.1 sent, signed 3 Feb 2026 — ŵ ŷ",
            }
        ),
    )
    assert answered.status is ActionStatus.ANSWERED
    assert answered.reply.endswith("ŵ ŷ")
    assert [a.id for a in services.actions.list(scrutiny_id)] == [added.id]
    assert services.scrutinies.get(scrutiny_id).actions == (answered,)

    services.close()
    entries = record_entries(database_url, RecordKind.ACTION_RECORDED)
    assert [e["change"] for e in entries] == ["added", "updated"]
    assert entries[0]["text"] == ASK.text and entries[0]["due_date"] == "2026-03-01"
    # The update lists only what changed.
    assert entries[1]["changed"] == {"status": "answered", "reply": answered.reply}
    reopened = Services.open(resolve_settings(str(data_dir)))
    try:
        assert reopened.actions.get(added.id) == answered
        assert reopened.maintenance.verify().ok
    finally:
        reopened.close()


def test_an_update_that_changes_nothing_adds_no_entry(
    services: Services, database_url: str
) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    added = services.actions.add(scrutiny_id, ASK)
    services.actions.update(added.id, ASK)
    services.close()
    assert len(record_entries(database_url, RecordKind.ACTION_RECORDED)) == 1


def test_sensitive_text_is_kept_by_digest_in_the_record(
    services: Services, database_url: str
) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    secret = ActionInput(
        kind=ActionKind.CONDITION, text="Covert deployment site list", sensitive=True
    )
    added = services.actions.add(scrutiny_id, secret)
    assert added.text == "Covert deployment site list"
    services.close()
    (entry,) = record_entries(database_url, RecordKind.ACTION_RECORDED)
    assert "text" not in entry and len(str(entry["text_sha256"])) == 64
    assert entry["kind"] == "condition" and entry["sensitive"] is True


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"text": "   "}, "action text cannot be empty"),
        ({"text": "x" * 4001}, "action text is too long"),
        ({"owner": "o" * 201}, "owner is too long"),
        ({"owner": "bad\x07owner"}, "control characters"),
        ({"due_date": date(1926, 3, 1)}, "not a likely date"),
        ({"question_key": "ZZ-99"}, "has no question 'ZZ-99'"),
    ],
)
def test_bad_input_is_refused_plainly(
    services: Services, change: dict[str, object], message: str
) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    with pytest.raises(InvalidInputError, match=message):
        services.actions.add(scrutiny_id, ActionInput(**{**ASK.__dict__, **change}))
    assert services.actions.list(scrutiny_id) == []
    added = services.actions.add(scrutiny_id, ASK)
    with pytest.raises(InvalidInputError, match=message):
        services.actions.update(added.id, ActionInput(**{**ASK.__dict__, **change}))
    assert services.actions.get(added.id) == added


def test_unknown_scrutiny_or_action_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.actions.add(999, ASK)
    with pytest.raises(NotFoundError):
        services.actions.update(999, ASK)
    with pytest.raises(NotFoundError):
        services.actions.list(999)


def test_overdue_lists_open_actions_due_before_today(services: Services) -> None:
    first = services.scrutinies.create(NEW)
    second = services.scrutinies.create(NEW)
    today = date(2026, 3, 10)

    def add(scrutiny_id: int, due: date | None, status: ActionStatus) -> int:
        given = ActionInput(**{**ASK.__dict__, "due_date": due, "status": status})
        return services.actions.add(scrutiny_id, given).id

    late = add(second, date(2026, 3, 1), ActionStatus.OPEN)
    later = add(first, date(2026, 3, 9), ActionStatus.OPEN)
    add(first, date(2026, 3, 10), ActionStatus.OPEN)  # due today: not yet overdue
    add(first, date(2026, 2, 1), ActionStatus.ANSWERED)
    add(first, None, ActionStatus.OPEN)
    overdue = services.actions.overdue(today)
    assert [a.id for a in overdue] == [late, later]
    assert all(a.is_overdue(today) for a in overdue)


def test_clear_answer_makes_the_question_unanswered_again(
    services: Services, database_url: str
) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    key = services.scrutinies.get(scrutiny_id).checklist.questions()[0].key
    services.scrutinies.answer(scrutiny_id, key, Status.NOT_MET, Rating.RED, "No DPIA")
    services.scrutinies.clear_answer(scrutiny_id, key)
    services.scrutinies.clear_answer(scrutiny_id, key)  # already clear: nothing to do
    assert key not in services.scrutinies.get(scrutiny_id).responses
    with pytest.raises(NotFoundError):
        services.scrutinies.clear_answer(scrutiny_id, "ZZ-99")
    services.close()
    cleared = [
        e for e in record_entries(database_url, RecordKind.RESPONSE_CHANGED) if e["status"] is None
    ]
    assert len(cleared) == 1
    assert cleared[0]["question_key"] == key
    assert (cleared[0]["previous_status"], cleared[0]["previous_rating"]) == ("not_met", "red")
