"""An office's own template files (check, import) and moving a scrutiny to newer templates."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ethics_scrutiny.domain import languages
from ethics_scrutiny.domain.band_scoring import order_advice
from ethics_scrutiny.domain.enums import Status, Technology, TemplateKind
from ethics_scrutiny.domain.errors import TemplateError
from ethics_scrutiny.domain.placeholders import fill_diff
from ethics_scrutiny.domain.record import RecordKind, canonical_json
from ethics_scrutiny.domain.template_diff import (
    TemplateDiff,
    diff_templates,
    upgraded_templates,
    version_key,
)
from ethics_scrutiny.domain.template_library import TEMPLATE_SUFFIXES, TemplateLibrary
from ethics_scrutiny.domain.template_lines import with_line_numbers
from ethics_scrutiny.domain.template_loader import (
    check_template_file,
    lines_of,
    load_template,
    read_template_data,
)
from ethics_scrutiny.domain.templates import Checklist, Template
from ethics_scrutiny.domain.typed_answers import TypedAnswer, typed_answer_problems
from ethics_scrutiny.i18n import _
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.models import Response, Scrutiny, ScrutinyTemplate, utc_now
from ethics_scrutiny.storage.record_state import text_sha256
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import edit_versions, screening_record
from .report_office import office_for


@dataclass(frozen=True)
class TemplateCheck:
    """The result of checking one file: the template if it loaded, and every problem found."""

    path: Path
    template: Template | None
    problems: tuple[str, ...]
    # Plain sentences about how the template will be used (e.g. how an office core is chosen).
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportResult:
    """An imported template and where it now lives; ``replaced`` is an older version's file."""

    template: Template
    path: Path
    replaced: Path | None = None
    # How the template will be used, as check gives it (e.g. how an office core is chosen).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class UpgradeResult:
    """What an upgrade did; ``sequence`` is its record entry (None when nothing was newer)."""

    diff: TemplateDiff
    sequence: int | None
    question_total: int


@dataclass(frozen=True)
class RetiredAnswer:
    """An answer to a question a newer template removed, as kept in the record."""

    key: str
    prompt: str
    status: Status
    note: str
    sensitive: bool
    sequence: int


class TemplateFiles:
    """Checks and imports an office's template files; needs no database."""

    def __init__(self, library: TemplateLibrary, office_dir: Path, shipped_dir: Path) -> None:
        self._library = library
        self._office_dir = office_dir
        self._shipped_dir = shipped_dir

    def check_file(self, path: Path) -> TemplateCheck:
        """Every problem with the file, each with its place and a plain fix.

        Beyond the file's own content this checks it against the installed templates: a slug
        the app ships, an import already at the same or a newer version, and question keys
        that clash with a template it could be combined with. A file that is itself one of the
        installed templates is not compared with itself.
        """
        return self._check(path, installed=self._is_installed(path))

    def import_file(self, path: Path) -> ImportResult:
        """Check the file, then copy it atomically into the office templates folder."""
        check = self._check(path, installed=False)
        if check.template is None or check.problems:
            noun = "problem" if len(check.problems) == 1 else "problems"
            raise TemplateError(
                f"{path.name} was not imported ({len(check.problems)} {noun}): "
                + "; ".join(check.problems),
                list(check.problems),
            )
        template = check.template
        older = self._office_file(template.slug)
        target = self._office_dir / f"{template.slug}{path.suffix.lower()}"
        _copy_atomically(path, target)
        if older is not None and older.resolve() != target.resolve():
            older.unlink(missing_ok=True)
        self._library.add(template)
        return ImportResult(template, target, older, check.notes)

    def _check(self, path: Path, *, installed: bool) -> TemplateCheck:
        template, problems = check_template_file(path)
        if template is not None:
            found = self._clash_problems(template, installed=installed)
        else:
            found = [] if installed else self._raw_slug_problems(path)
        if found:
            problems = problems + with_line_numbers(found, read_template_data(path), lines_of(path))
        notes = () if template is None else (*usage_notes(template), *order_advice(template))
        return TemplateCheck(path, template, tuple(problems), notes)

    def _raw_slug_problems(self, path: Path) -> list[str]:
        """A shipped slug is worth naming even in a file too broken to load as a template."""
        try:
            data = read_template_data(path)
        except TemplateError:
            return []
        slug = data.get("slug") if isinstance(data, dict) else None
        if isinstance(slug, str) and slug in self._library.shipped_slugs:
            return [_shipped_slug_problem(slug)]
        return []

    def _clash_problems(self, template: Template, *, installed: bool) -> list[str]:
        problems: list[str] = []
        if not installed:
            problems.extend(self._slug_problems(template))
        for other in self._library.all():
            if other.slug == template.slug:
                continue
            if other.kind is TemplateKind.CORE and template.kind is TemplateKind.CORE:
                continue  # two cores are never used together
            if other.kind is TemplateKind.SCREENING and template.kind is TemplateKind.SCREENING:
                # A scrutiny is screened with one screening, never two: an office's own may
                # reuse the shipped one's keys. Checklist keys must still differ from every
                # screening's, since a question's show_if may name a screening answer.
                continue
            problems.extend(_key_clashes(template, other))
        return problems

    def _slug_problems(self, template: Template) -> list[str]:
        slug, version = template.slug, template.version
        if slug in self._library.shipped_slugs:
            return [_shipped_slug_problem(slug)]
        older = self._office_file(slug)
        if older is None:
            return []
        current = load_template(older).version
        if version_key(current) >= version_key(version):
            return [
                f"version: {slug!r} is already imported at version {current} (raise the version "
                f"above {current} to replace it, e.g. {_next_minor(current)})"
            ]
        return []

    def _office_file(self, slug: str) -> Path | None:
        """The office folder's file holding ``slug``, if any (broken files are skipped)."""
        folder = self._office_dir
        if not folder.is_dir():
            return None
        for candidate in sorted(folder.iterdir()):
            if candidate.suffix.lower() not in TEMPLATE_SUFFIXES:
                continue
            try:
                if load_template(candidate).slug == slug:
                    return candidate
            except TemplateError:
                continue
        return None

    def _is_installed(self, path: Path) -> bool:
        folder = path.resolve().parent
        return folder in (self._shipped_dir.resolve(), self._office_dir.resolve())


class TemplateService(TemplateFiles):
    """Template files plus moving a scrutiny to newer template versions."""

    def languages_offered(
        self, slugs: Iterable[str], core: str | None = None
    ) -> list[tuple[str, str]]:
        """The languages a new scrutiny on these modules may be in: ``(code, name)`` pairs.

        English first, then every code the core (the shipped one, or the office core
        ``core``) or any module in ``slugs`` gives text in, each named in itself
        (``("fr", "Français")``, the code alone when the name is not known). A slug the
        library lacks is passed over: a picker lists what it can while choices change.
        """
        chosen = [self._library.get(core) if core else self._library.core()]
        chosen += [self._library.get(slug) for slug in slugs if self._library.has(slug)]
        return languages.named(languages.offered(chosen))

    def __init__(
        self, database: Database, library: TemplateLibrary, office_dir: Path, shipped_dir: Path
    ) -> None:
        super().__init__(library, office_dir, shipped_dir)
        self._database = database

    def upgrade_plan(self, scrutiny_id: int) -> TemplateDiff:
        """What moving the scrutiny to the newest templates would add, change and remove."""
        with unit_of_work(self._database) as session:
            row = repositories.get_scrutiny(session, scrutiny_id)
            current, new = self._versions(row)
            diff = diff_templates(current, new, {r.question_key for r in row.responses})
            return fill_diff(diff, _decision_maker(session, scrutiny_id))

    def upgrade(self, scrutiny_id: int) -> UpgradeResult:
        """Move the scrutiny to the newest templates, carrying answers across by key.

        Answers to questions that remain are kept as they are. An answer to a question the
        newer version removes is taken out of the live checklist (it has no question left to
        belong to) and kept in full in the ``template_upgraded`` record entry, so it is never
        lost: :meth:`retired_answers` reads it back.
        """
        # Another officer changing the scrutiny's details meanwhile is refused, not a crash.
        overtaken = edit_versions.refused_if_overtaken(lambda: ("the scrutiny's details", None))
        with overtaken, unit_of_work(self._database) as session:
            row = repositories.get_scrutiny(session, scrutiny_id)
            current, new = self._versions(row)
            diff = diff_templates(current, new, {r.question_key for r in row.responses})
            if not diff.has_changes:
                return UpgradeResult(diff, None, row.question_total)
            retired = _retire_answers(row, {c.key for c in diff.removed})
            row.templates.clear()
            session.flush()  # the old links go before new ones reuse their positions
            for position, template in enumerate(new):
                sha = repositories.store_snapshot(session, template)
                row.templates.append(ScrutinyTemplate(position=position, snapshot_sha256=sha))
            row.updated_at = utc_now()
            dropped = _carry_typed_answers(row, Checklist(new))
            # The questions asked under the scrutiny's screening, stage and conditions.
            row.question_total = repositories.scoped_checklist(session, row).question_count
            payload = _upgrade_payload(row, current, new, diff, retired)
            if dropped:
                payload["typed_answers_dropped"] = dropped
            payload["snapshots"] = [link.snapshot_sha256 for link in row.templates]
            entry = record_chain.append(session, RecordKind.TEMPLATE_UPGRADED, payload, row.id)
            # The entry keeps the templates' own words; the officer reads the office's.
            shown = fill_diff(diff, _decision_maker(session, scrutiny_id))
            return UpgradeResult(shown, entry.sequence, row.question_total)

    def retired_answers(self, scrutiny_id: int) -> tuple[RetiredAnswer, ...]:
        """Answers set aside by upgrades because their questions were removed, oldest first."""
        with unit_of_work(self._database) as session:
            entries = record_chain.entries_for(session, scrutiny_id, RecordKind.TEMPLATE_UPGRADED)
            return tuple(
                RetiredAnswer(
                    key=item["key"],
                    prompt=item.get("prompt", ""),
                    status=Status(item["status"]),
                    note=item.get("note", ""),
                    sensitive=bool(item.get("sensitive", False)),
                    sequence=entry.sequence,
                )
                for entry in entries
                for item in json.loads(entry.payload).get("retired_answers", [])
            )

    def _versions(self, row: Scrutiny) -> tuple[list[Template], list[Template]]:
        current = [repositories.linked_template(link) for link in row.templates]
        # Modules dropped at screening stay dropped, though the technology would bring them.
        dropped = screening_record.stored_drops(row)
        new = upgraded_templates(current, self._library, Technology(row.technology), dropped)
        try:
            Checklist(new)
        except ValueError as exc:
            raise TemplateError(
                _(
                    "The newer templates cannot be used together ({exc}); ask whoever maintains "
                    "your office's own templates to give their questions different keys."
                ).format(exc=exc)
            ) from None
        return current, new


def _carry_typed_answers(row: Scrutiny, new: Checklist) -> list[dict[str, object]]:
    """Keep each typed answer the newer question still takes; the rest, as the entry keeps.

    An option the new version no longer offers is dropped from the answer (the status and
    note stay); a value the new answer type cannot take is dropped too. What was dropped is
    returned for the ``template_upgraded`` entry (a value by digest only).
    """
    dropped: list[dict[str, object]] = []
    for answer in row.responses:
        if answer.choice is None and answer.value is None:
            continue
        key = answer.question_key
        spec = new.question(key).answer if new.has_question(key) else None
        before: dict[str, object] = {"key": key}
        if answer.choice is not None:
            chosen = json.loads(answer.choice)
            offered = {o.value for o in spec.options} if spec is not None else set()
            kept = [value for value in chosen if value in offered]
            if kept != chosen:
                before["choice"] = [value for value in chosen if value not in offered]
                answer.choice = canonical_json(kept) if kept else None
        if answer.value is not None:
            fits = spec is not None and not spec.is_choice
            if (
                spec is None
                or not fits
                or typed_answer_problems(spec, TypedAnswer(value=answer.value))
            ):
                before["value_sha256"] = text_sha256(answer.value)
                answer.value = None
        if len(before) > 1:
            dropped.append(before)
    return dropped


def usage_notes(template: Template) -> tuple[str, ...]:
    """How a valid template of each kind is used, in plain words."""
    slug = template.slug
    if template.kind is TemplateKind.CORE and slug != "core":
        return (
            f"This is a core checklist: once imported it can be used for a new scrutiny in "
            f"place of the app's own core ('ethics-scrutiny new ... --core {slug}'); the "
            "technology modules are added to it as usual.",
        )
    if template.kind is TemplateKind.SCREENING and slug != "screening":
        return (
            "This is a screening questionnaire. New scrutinies are screened with the app's own "
            "screening while it is installed, so this one is not used in its place.",
        )
    return ()


def _shipped_slug_problem(slug: str) -> str:
    return (
        f"slug: {slug!r} is the slug of a template that comes with the app (choose a slug of "
        f"your own, e.g. 'office-{slug}')"
    )


def _key_clashes(template: Template, other: Template) -> list[str]:
    theirs = {q.key for q in other.questions()}
    problems = []
    for t_index, theme in enumerate(template.themes):
        for q_index, question in enumerate(theme.questions):
            if question.key in theirs:
                problems.append(
                    f"themes[{t_index}] ({theme.key}) › questions[{q_index}] ({question.key}) "
                    f"› key: {question.key!r} is already used by the template {other.slug!r} "
                    f"({other.title}) it can be combined with (choose another key, e.g. with "
                    "your office's own two- to four-letter prefix)"
                )
    return problems


def _next_minor(version: str) -> str:
    major, minor, _patch = version_key(version)
    return f"{major}.{minor + 1}.0"


def _copy_atomically(source: Path, target: Path) -> None:
    """Write the file's exact bytes beside the target, flush to disk, then rename into place."""
    data = source.read_bytes()
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".import-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _retire_answers(row: Scrutiny, removed: set[str]) -> list[dict[str, Any]]:
    """Take answers to removed questions out of the checklist, returning them in full."""
    retired: list[Response] = [r for r in row.responses if r.question_key in removed]
    for response in retired:
        row.responses.remove(response)  # delete-orphan: the row goes when the session flushes
    return [
        {
            "key": r.question_key,
            "status": r.status,
            "rating": r.rating,
            "note": r.note,
            "sensitive": r.sensitive,
            "updated_at": r.updated_at.isoformat() if r.updated_at else None,
        }
        for r in sorted(retired, key=lambda r: r.question_key)
    ]


def _upgrade_payload(
    row: Scrutiny,
    current: list[Template],
    new: list[Template],
    diff: TemplateDiff,
    retired: list[dict[str, Any]],
) -> dict[str, Any]:
    prompts = {c.key: c.prompt for c in diff.removed}
    return {
        "scrutiny_uuid": row.uuid,
        "from": [{"slug": t.slug, "version": t.version} for t in current],
        "to": [{"slug": t.slug, "version": t.version} for t in new],
        "added": [c.key for c in diff.added],
        "changed": [{"key": c.key, "fields": list(c.fields)} for c in diff.changed],
        "removed": [c.key for c in diff.removed],
        "retired_answers": [{**item, "prompt": prompts.get(item["key"], "")} for item in retired],
    }


def _decision_maker(session: Session, scrutiny_id: int) -> str:
    office = office_for(session, scrutiny_id)
    return office.decision_maker if office else ""
