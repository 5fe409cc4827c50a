"""Queries over the models. Repositories never commit: the unit of work does."""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, selectinload

from ethics_scrutiny.domain.enums import Stage
from ethics_scrutiny.domain.errors import DatabaseError, NotFoundError
from ethics_scrutiny.domain.frozen_memo import IdentityMemo
from ethics_scrutiny.domain.record import canonical_json
from ethics_scrutiny.domain.scope import compute_scope
from ethics_scrutiny.domain.templates import Checklist, Template
from ethics_scrutiny.domain.typed_answers import TypedAnswer

from .models import Evidence, Response, Scrutiny, ScrutinyTemplate, TemplateSnapshot

SNAPSHOTS = "snapshots"  # the key of the open record's SnapshotCache in ``Session.info``


class SnapshotCache:
    """Templates and checklists parsed from an open record's snapshots, each once.

    Snapshots are immutable and named by the SHA-256 of their body, so each is parsed once per
    open record (pydantic validation of a core template takes tens of milliseconds). The
    ``Database`` owns one and hands it to every session it makes; it lives and dies with it.
    """

    def __init__(self) -> None:
        self.templates: dict[str, Template] = {}
        self.checklists: dict[tuple[str, ...], Checklist] = {}
        self._lock = threading.Lock()

    def template(self, snapshot: TemplateSnapshot) -> Template:
        template = self.templates.get(snapshot.sha256)
        if template is None:
            template = _parse(snapshot)
            with self._lock:
                template = self.templates.setdefault(snapshot.sha256, template)
        return template

    def checklist(self, session: Session, key: tuple[str, ...]) -> Checklist:
        checklist = self.checklists.get(key)
        if checklist is not None:
            return checklist
        missing = [sha for sha in key if sha not in self.templates]
        if missing:
            for snapshot in session.scalars(
                select(TemplateSnapshot).where(TemplateSnapshot.sha256.in_(missing))
            ):
                self.template(snapshot)
        try:
            checklist = Checklist([self.templates[sha] for sha in key])
        except KeyError as exc:
            raise NotFoundError(f"The template snapshot {exc.args[0]} is missing.") from None
        with self._lock:
            return self.checklists.setdefault(key, checklist)


def _parse(snapshot: TemplateSnapshot) -> Template:
    _check_digest(snapshot)
    return _template_of_body(snapshot.sha256, snapshot.body)


# A snapshot's body is fixed by its hash, checked above before it is parsed: records opened one
# after another in one process (the app after a restore, an import, the tests) share the parse.
@functools.lru_cache(maxsize=64)
def _template_of_body(sha256: str, body: str) -> Template:
    return Template.model_validate(json.loads(body))


def _check_digest(snapshot: TemplateSnapshot) -> None:
    # A snapshot is named by the SHA-256 of its text: one whose text no longer matches was
    # rewritten outside the app (a refused "support" could be turned into an allowed one).
    digest = hashlib.sha256(snapshot.body.encode("utf-8", "surrogatepass")).hexdigest()
    if digest != snapshot.sha256:
        raise SnapshotAlteredError(
            f"The checklist snapshot {snapshot.sha256[:12]}… ({snapshot.slug} "
            f"{snapshot.version}) has been altered: its text no longer matches its hash, so "
            "the scrutinies using it cannot be trusted; restore a backup or ask whoever looks "
            "after the record."
        )


def altered_snapshots(session: Session) -> list[str]:
    """A sentence for each checklist snapshot whose text no longer matches its hash."""
    found = []
    for snapshot in session.scalars(select(TemplateSnapshot).order_by(TemplateSnapshot.sha256)):
        try:
            _check_digest(snapshot)
        except SnapshotAlteredError as exc:
            found.append(str(exc))
    return found


class SnapshotAlteredError(DatabaseError):
    """A checklist snapshot's text does not match the hash it is stored under."""


def cache_of(session: Session | None) -> SnapshotCache:
    """The open record's cache; a session not made by a ``Database`` gets a fresh, empty one."""
    cache = session.info.get(SNAPSHOTS) if session is not None else None
    return cache if isinstance(cache, SnapshotCache) else SnapshotCache()


def store_snapshot(session: Session, template: Template) -> str:
    """Keep the template's canonical JSON once, by content hash, and return the hash."""
    sha, body = _SNAPSHOT_BODIES.get(template, None, lambda: _snapshot_body(template))
    if session.get(TemplateSnapshot, sha) is None:
        session.add(
            TemplateSnapshot(sha256=sha, slug=template.slug, version=template.version, body=body)
        )
    return sha


def _snapshot_body(template: Template) -> tuple[str, str]:
    body = canonical_json(template.model_dump(mode="json"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest(), body


# Each new scrutiny stores its templates' canonical JSON: the same few templates every time.
_SNAPSHOT_BODIES: IdentityMemo[Template, tuple[str, str]] = IdentityMemo()


def linked_template(link: ScrutinyTemplate) -> Template:
    """The template a scrutiny's link names; its snapshot is read only if not yet parsed.

    A snapshot is 100 to 300 KB of text: reading it again for every scrutiny shown, answered
    or decided cost more than the rest of the read once the template was parsed.
    """
    cache = cache_of(object_session(link))
    template = cache.templates.get(link.snapshot_sha256)
    return template if template is not None else cache.template(link.snapshot)


def snapshot_template(snapshot: TemplateSnapshot) -> Template:
    """The template a snapshot holds, parsed once per open record (snapshots never change)."""
    return cache_of(object_session(snapshot)).template(snapshot)


def checklist_for(session: Session, shas: Iterable[str]) -> Checklist:
    """The checklist of these snapshots in this order, built once per record per combination."""
    return cache_of(session).checklist(session, tuple(shas))


def snapshot_shas(session: Session, scrutiny_id: int) -> tuple[str, ...]:
    """The snapshots a scrutiny uses, in order; empty when there is no such scrutiny."""
    return tuple(
        session.scalars(
            select(ScrutinyTemplate.snapshot_sha256)
            .where(ScrutinyTemplate.scrutiny_id == scrutiny_id)
            .order_by(ScrutinyTemplate.position)
        )
    )


def scoped_checklist_of(row: Scrutiny, templates: list[Template]) -> Checklist:
    """The scrutiny's checklist with only the questions in scope asked.

    The scope comes from the impact level (None: not screened, everything asked), the stage,
    and the typed answers (the screening's too) that conditional questions depend on.
    Out-of-scope answers stay in the table; they count again when back in scope.
    """
    answers = {**screening_answers(row.screening_answers), **typed_choices(row.responses)}
    return scoped(templates, row.impact_level, row.stage, answers)


def scoped_checklist(session: Session, row: Scrutiny) -> Checklist:
    """As :func:`scoped_checklist_of`, reading the templates from the row's snapshots."""
    session.flush()
    templates = [linked_template(link) for link in row.templates]
    return scoped_checklist_of(row, templates)


def typed_choices(responses: Iterable[Response]) -> dict[str, TypedAnswer]:
    """The options chosen on each typed answer, by question key (what conditions test)."""
    return {
        r.question_key: TypedAnswer(choices=tuple(json.loads(r.choice)))
        for r in responses
        if r.choice
    }


def screening_answers(stored: str | None) -> dict[str, TypedAnswer]:
    """The screening's answers as stored (canonical JSON), as typed answers."""
    loaded = json.loads(stored) if stored else {}
    return {
        str(key): TypedAnswer(choices=tuple(value))
        if isinstance(value, list)
        else TypedAnswer(value=str(value))
        for key, value in (loaded.items() if isinstance(loaded, dict) else ())
    }


def scoped(
    templates: list[Template],
    level: int | None,
    stage: str | None,
    answers: Mapping[str, TypedAnswer],
) -> Checklist:
    """The checklist of ``templates`` in the scope the level, stage and answers give."""
    scope = compute_scope(templates, Stage(stage) if stage else None, level, answers)
    return Checklist(templates, scope=scope)


def has_question(session: Session, scrutiny_id: int, key: str) -> bool:
    """Whether ``key`` is one of the scrutiny's questions, without loading the scrutiny."""
    shas = snapshot_shas(session, scrutiny_id)
    return bool(shas) and checklist_for(session, shas).has_question(key)


def get_scrutiny(session: Session, scrutiny_id: int) -> Scrutiny:
    scrutiny = session.get(
        Scrutiny,
        scrutiny_id,
        options=[
            selectinload(Scrutiny.templates),
            selectinload(Scrutiny.responses),
            selectinload(Scrutiny.evidence).selectinload(Evidence.links),
            selectinload(Scrutiny.actions),
        ],
    )
    if scrutiny is None:
        raise NotFoundError(f"There is no scrutiny with ID {scrutiny_id}.")
    return scrutiny


def list_scrutinies(session: Session) -> list[Scrutiny]:
    return list(session.scalars(select(Scrutiny).order_by(Scrutiny.updated_at.desc())))


def find_response(session: Session, scrutiny_id: int, key: str) -> Response | None:
    return session.scalars(
        select(Response).where(Response.scrutiny_id == scrutiny_id, Response.question_key == key)
    ).first()
