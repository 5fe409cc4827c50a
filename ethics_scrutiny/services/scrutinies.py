"""Use cases for scrutinies: start one, list them, read one, record answers."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import date, datetime

from sqlalchemy.orm import Session

from ethics_scrutiny.domain import languages
from ethics_scrutiny.domain.answers import status_to_save
from ethics_scrutiny.domain.enums import Rating, Stage, Status, TemplateKind
from ethics_scrutiny.domain.errors import ConcurrentEditError, InvalidInputError, NotFoundError
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scoring import Assessment, assess
from ethics_scrutiny.domain.scrutiny import (
    UNANSWERED,
    NewScrutiny,
    ResponseData,
    ScrutinyDetail,
    ScrutinySummary,
)
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.templates import Checklist, Template
from ethics_scrutiny.i18n import N_, _
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.models import Response, Scrutiny, ScrutinyTemplate, utc_now
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import dashboard, edit_versions, mapping, screening_record
from .report_office import as_shown
from .screening_rules import clean_answers, evaluate, screening_template
from .validation import clean_text

MAX_NOTE_LENGTH = 20_000
# What a conflicting stage change is called in the "changed by someone else" message.
STAGE_SUBJECT = "the stage of this scrutiny"


class ScrutinyService:
    """Starting, reading and answering scrutinies; each method is one unit of work."""

    def __init__(self, database: Database, library: TemplateLibrary) -> None:
        self._database = database
        self._library = library

    def create(self, new: NewScrutiny) -> int:
        """Start a scrutiny with the core checklist and the modules for its technology.

        With screening answers, the screening sets its impact level (which shapes the
        checklist) and adds the modules it proposes, less those dropped with a reason. Its
        language is English or any its templates give text in; another is refused.
        """
        change = self._screening(new)
        templates = self._choose_templates(new, change)
        languages.require_offered(new.language, templates)
        title = clean_text(new.title, N_("title"), max_length=300)
        force = clean_text(new.force, N_("force"), max_length=200)
        with unit_of_work(self._database) as session:
            row = Scrutiny(
                uuid=str(uuid.uuid4()),
                title=title,
                force=force,
                technology=new.technology.value,
                stage=new.stage.value,
                marking=new.marking.value,
                supplier=clean_text(new.supplier, N_("supplier"), max_length=200, required=False),
                purpose=clean_text(new.purpose, N_("purpose"), max_length=10_000, required=False),
                question_total=Checklist(templates).question_count,
                language=new.language.value,
            )
            for position, template in enumerate(templates):
                sha = repositories.store_snapshot(session, template)
                row.templates.append(ScrutinyTemplate(position=position, snapshot_sha256=sha))
            session.add(row)
            session.flush()
            record_chain.append(
                session, "scrutiny_created", _created_payload(row, templates), row.id
            )
            if change is not None:
                screening_record.apply(session, row, change, self._library)
            return row.id

    def _screening(self, new: NewScrutiny) -> screening_record.Change | None:
        """The screening given with a new scrutiny, checked; None when not screened."""
        if not new.screening:
            if new.dropped_modules:
                raise InvalidInputError(
                    _("Modules are dropped only from what a screening proposes: screen it too.")
                )
            return None
        template = screening_template(self._library)
        answers = clean_answers(template, new.screening)
        result = evaluate(template, answers)
        dropped = screening_record.clean_drops(new.dropped_modules)
        defaults = {m.slug for m in self._library.modules_for(new.technology)}
        screening_record.require_drops_proposed(dropped, defaults | set(result.proposed_modules))
        return screening_record.Change(template, answers, result, dropped)

    def _core(self, slug: str | None) -> Template:
        """The shipped core, or an office template of kind core chosen instead."""
        if slug is None:
            return self._library.core()
        core = self._library.get(slug)
        if core.kind != TemplateKind.CORE:
            raise InvalidInputError(
                _("{slug!r} is not a core checklist (it is a {kind}).").format(
                    slug=slug, kind=core.kind.value
                )
            )
        return core

    def _choose_templates(
        self, new: NewScrutiny, change: screening_record.Change | None = None
    ) -> list[Template]:
        dropped = (change.dropped or {}) if change is not None else {}
        proposed = change.result.proposed_modules if change is not None else ()
        chosen = [self._core(new.core)]
        chosen += [m for m in self._library.modules_for(new.technology) if m.slug not in dropped]
        for slug in proposed:
            if slug not in dropped and self._library.has(slug):
                module = self._library.get(slug)
                if module.kind == TemplateKind.MODULE and module not in chosen:
                    chosen.append(module)
        for slug in new.modules:
            module = self._library.get(slug)
            if module.kind != "module":
                raise InvalidInputError(_not_a_module(module))
            if module not in chosen:
                chosen.append(module)
        try:
            Checklist(chosen)
        except ValueError as exc:
            raise InvalidInputError(
                _("Those modules cannot be combined: {exc}.").format(exc=exc)
            ) from None
        return chosen

    def list(self, today: date | None = None) -> list[ScrutinySummary]:
        """Every scrutiny, newest first, with its dashboard facts (a fixed number of queries).

        ``latest_outcome`` is the newest decision still standing (not superseded or withdrawn);
        an action is overdue when it is open and was due before ``today`` (default: today).
        """
        with unit_of_work(self._database) as session:
            return dashboard.summaries(session, today or date.today())

    def set_stage(
        self, scrutiny_id: int, stage: Stage, *, expected_version: int | None = None
    ) -> None:
        """Move the deployment to another stage, with a ``stage_changed`` record entry.

        ``expected_version`` is the scrutiny's ``version`` the officer saw; when someone else
        changed the stage since, ConcurrentEditError is raised and nothing is saved.
        """
        with (
            edit_versions.refused_if_overtaken(lambda: self._stage_changed_at(scrutiny_id)),
            unit_of_work(self._database) as session,
        ):
            row = repositories.get_scrutiny(session, scrutiny_id)
            edit_versions.require_version(
                expected_version, row.version, STAGE_SUBJECT, row.updated_at
            )
            before = row.stage
            if before == stage.value:
                return
            # The record lock first, the scrutiny's row lock after: the order every writer uses.
            # The row changes before the entry is added, so the entry carries its new state.
            record_chain.lock_for_append(session)
            row.stage = stage.value
            row.version += 1
            row.updated_at = utc_now()
            record_chain.append(
                session,
                RecordKind.STAGE_CHANGED,
                {"scrutiny_uuid": row.uuid, "from": before, "to": stage.value},
                row.id,
            )

    def _stage_changed_at(self, scrutiny_id: int) -> tuple[str, datetime | None]:
        with unit_of_work(self._database) as session:
            row = session.get(Scrutiny, scrutiny_id)
            return STAGE_SUBJECT, row.updated_at if row else None

    def get(self, scrutiny_id: int) -> ScrutinyDetail:
        with unit_of_work(self._database) as session:
            row = repositories.get_scrutiny(session, scrutiny_id)
            decisions = record_chain.entries_for(session, scrutiny_id, "decision")
            # Question text as the office reads it: placeholders filled from its profile.
            return as_shown(session, mapping.detail(row, decisions))

    def assessment(self, scrutiny_id: int) -> tuple[ScrutinyDetail, Assessment]:
        detail = self.get(scrutiny_id)
        return detail, assess(detail.checklist, detail.responses)

    def answer(
        self,
        scrutiny_id: int,
        key: str,
        status: Status | None,
        rating: Rating | None = None,
        note: str = "",
        sensitive: bool = False,
        *,
        expected_version: int | None = None,
    ) -> ResponseData:
        """Save one finding (insert or replace) in its own unit of work.

        ``status`` None keeps the saved status; on an unanswered question, a note (or rating,
        or sensitive mark) alone is saved as Unknown (``domain.answers.status_to_save``).

        ``expected_version`` is the answer's ``version`` as the officer loaded it, or
        ``UNANSWERED`` if the question had no answer then; if someone else has changed (or
        first answered) it since, ConcurrentEditError is raised and nothing is saved.
        None skips the check (the command line).
        """
        note = clean_text(note, N_("note"), max_length=MAX_NOTE_LENGTH, required=False)
        with (
            edit_versions.refused_if_overtaken(lambda: self._answer_changed_at(scrutiny_id, key)),
            unit_of_work(self._database) as session,
        ):
            scrutiny = require_question(session, scrutiny_id, key)
            row = repositories.find_response(session, scrutiny_id, key)
            _require_answer_version(row, expected_version, key)
            saving = _status_to_save(status, row, key, note, rating, sensitive)
            if row is None:
                row = Response(scrutiny_id=scrutiny_id, question_key=key)
                session.add(row)
            before = (row.status, row.rating, row.sensitive)
            row.status = saving.value
            row.rating = rating.value if rating else None
            row.note = note
            row.sensitive = sensitive
            row.updated_at = utc_now()
            session.flush()
            if before != (row.status, row.rating, row.sensitive):
                record_changed_answer(session, scrutiny, row, before)
            edit_versions.touch(session, scrutiny_id)
            return mapping.response(row)

    def clear_answer(
        self, scrutiny_id: int, key: str, *, expected_version: int | None = None
    ) -> None:
        """Remove a finding so the question is unanswered again (undoing a first answer).

        ``expected_version`` as for :meth:`answer`; an answer someone else already removed is
        left removed (the question ends unanswered either way, nothing of theirs is lost).
        """
        with (
            edit_versions.refused_if_overtaken(lambda: self._answer_changed_at(scrutiny_id, key)),
            unit_of_work(self._database) as session,
        ):
            scrutiny = require_question(session, scrutiny_id, key)
            row = repositories.find_response(session, scrutiny_id, key)
            if row is None:
                return
            _require_answer_version(row, expected_version, key)
            before = {"status": row.status, "rating": row.rating}
            session.delete(row)
            session.flush()
            _record_cleared_answer(session, scrutiny, key, before)
            edit_versions.touch(session, scrutiny_id)

    def _answer_changed_at(self, scrutiny_id: int, key: str) -> tuple[str, datetime | None]:
        with unit_of_work(self._database) as session:
            row = repositories.find_response(session, scrutiny_id, key)
            return _answer_subject(key), row.updated_at if row else None


def _status_to_save(
    chosen: Status | None,
    row: Response | None,
    key: str,
    note: str,
    rating: Rating | None,
    sensitive: bool,
) -> Status:
    saved = Status(row.status) if row is not None else None
    status = status_to_save(chosen, saved, note=note, rating=rating, sensitive=sensitive)
    if status is None:
        raise InvalidInputError(
            f"Nothing to save for {key}: give it a status, or a note to save it as Unknown."
        )
    return status


def _answer_subject(key: str) -> str:
    return f"the answer to {key}"


def _require_answer_version(row: Response | None, expected: int | None, key: str) -> None:
    """Refuse an answer saved over one the officer did not see (or over a removal)."""
    if expected is None or (row.version if row else UNANSWERED) == expected:
        return
    if row is None:
        verb = "removed"
    elif expected == UNANSWERED:
        verb = "answered"
    else:
        verb = "changed"
    subject = f"the question {key}" if verb == "answered" else _answer_subject(key)
    raise ConcurrentEditError.stale(subject, row.updated_at if row else None, verb)


def _record_cleared_answer(
    session: Session, scrutiny: Scrutiny, key: str, before: dict[str, str | None]
) -> None:
    """A ``response_changed`` entry whose status is null: the question is unanswered again."""
    record_chain.append(
        session,
        RecordKind.RESPONSE_CHANGED,
        {
            "scrutiny_uuid": scrutiny.uuid,
            "question_key": key,
            "status": None,
            "rating": None,
            "previous_status": before["status"],
            "previous_rating": before["rating"],
        },
        scrutiny.id,
    )


def record_changed_answer(
    session: Session,
    scrutiny: Scrutiny,
    row: Response,
    before: tuple[str | None, str | None, bool | None],
) -> None:
    """A ``response_changed`` entry when status, rating or sensitivity changes.

    Notes are autosaved as they are typed, so a note edit alone adds no entry (the record
    would fill with keystrokes); each entry keeps the note's SHA-256 as it stood, and a
    decision's ``responses_sha256`` covers notes too, so a later note edit still shows.
    """
    payload: dict[str, object] = {
        "scrutiny_uuid": scrutiny.uuid,
        "question_key": row.question_key,
        "status": row.status,
        "rating": row.rating,
        "note_sha256": hashlib.sha256(row.note.encode("utf-8")).hexdigest(),
        "sensitive": row.sensitive,
        "previous_status": before[0],
        "previous_rating": before[1],
    }
    # A typed answer: the options are the template's words; a free value only by digest.
    if row.choice is not None:
        payload["choice"] = json.loads(row.choice)
    if row.value is not None:
        payload["value_sha256"] = hashlib.sha256(row.value.encode("utf-8")).hexdigest()
    record_chain.append(session, RecordKind.RESPONSE_CHANGED, payload, scrutiny.id)


def require_question(session: Session, scrutiny_id: int, key: str) -> Scrutiny:
    """The scrutiny (its row alone), refusing a key that is not one of its questions.

    Saving an answer loads nothing else: the key is checked against the question keys of the
    scrutiny's template snapshots, parsed once per process.
    """
    scrutiny = session.get(Scrutiny, scrutiny_id)
    if scrutiny is None:
        raise NotFoundError(
            _("There is no scrutiny with ID {scrutiny_id}.").format(scrutiny_id=scrutiny_id)
        )
    if not repositories.has_question(session, scrutiny_id, key):
        raise NotFoundError(
            _("Scrutiny {scrutiny_id} has no question {key!r}.").format(
                scrutiny_id=scrutiny_id, key=key
            )
        )
    return scrutiny


def _created_payload(row: Scrutiny, templates: list[Template]) -> dict[str, object]:
    return {
        "scrutiny_uuid": row.uuid,
        "title": row.title,
        "force": row.force,
        "technology": row.technology,
        "marking": row.marking,
        "templates": [{"slug": t.slug, "version": t.version} for t in templates],
        # The checklist snapshots relied on, by digest: what was asked cannot be swapped later.
        "snapshots": [link.snapshot_sha256 for link in row.templates],
    }


def _not_a_module(template: Template) -> str:
    """Why a template cannot be added as a module, and how what it is is given instead."""
    if template.kind == TemplateKind.SCREENING:
        return _(
            "{slug!r} is the screening, not a technology module: give its answers instead, "
            "one --screen KEY=VALUE for each ('screening list' names the questions and their "
            "values)."
        ).format(slug=template.slug)
    if template.kind == TemplateKind.CORE:
        return _(
            "{slug!r} is a core checklist, not a technology module: a scrutiny has one core; "
            "choose it with --core {slug}."
        ).format(slug=template.slug)
    return _("{slug!r} is not a technology module.").format(slug=template.slug)
