"""Saving a typed answer (options chosen, or a text, number or date) to one question."""

from __future__ import annotations

from collections.abc import Sequence

from ethics_scrutiny.domain.enums import Status
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import canonical_json
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.template_answers import AnswerSpec
from ethics_scrutiny.domain.typed_answers import (
    TypedAnswer,
    option_mapping,
    typed_answer_problems,
)
from ethics_scrutiny.i18n import N_, _
from ethics_scrutiny.storage import repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.models import Response, utc_now
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import edit_versions, mapping
from .scrutinies import MAX_NOTE_LENGTH, record_changed_answer, require_question
from .validation import clean_text


def save(
    database: Database,
    scrutiny_id: int,
    key: str,
    *,
    choices: Sequence[str] | None = None,
    value: str | None = None,
) -> ResponseData:
    """Save the typed answer in its own unit of work, with a record entry if it changed."""
    if (choices is None) == (value is None):
        raise InvalidInputError(
            _("Give either the options chosen or a value for {key}, not both or neither.").format(
                key=key
            )
        )
    text = None
    if value is not None:
        text = clean_text(value, N_("value"), max_length=MAX_NOTE_LENGTH, required=False)
    typed = TypedAnswer(choices=tuple(choices or ()), value=text)
    # Two officers giving the question its first answer at once: the second is refused.
    overtaken = edit_versions.refused_if_overtaken(lambda: (f"the answer to {key}", None))
    with overtaken, unit_of_work(database) as session:
        scrutiny = require_question(session, scrutiny_id, key)
        shas = repositories.snapshot_shas(session, scrutiny_id)
        spec = repositories.checklist_for(session, shas).question(key).answer
        _require_fits(key, spec, typed)
        assert spec is not None  # _require_fits refuses a question without a typed answer
        row = repositories.find_response(session, scrutiny_id, key)
        if row is None:
            if typed.is_empty:
                raise InvalidInputError(
                    _("Nothing to save for {key}: choose an option or give a value.").format(
                        key=key
                    )
                )
            row = Response(scrutiny_id=scrutiny_id, question_key=key, status=Status.UNKNOWN.value)
            session.add(row)
        before = (row.status, row.rating, row.sensitive, row.choice, row.value)
        _set_typed(row, spec, typed)
        session.flush()
        if before != (row.status, row.rating, row.sensitive, row.choice, row.value):
            record_changed_answer(session, scrutiny, row, before[:3])
        edit_versions.touch(session, scrutiny_id)
        return mapping.response(row)


def _set_typed(row: Response, spec: AnswerSpec, typed: TypedAnswer) -> None:
    """The answer's options or value, and the finding a chosen option maps to.

    Nothing chosen (or an empty value) clears the typed answer; the finding stays as it was.
    """
    status, rating = option_mapping(spec, typed)
    if status is not None:
        row.status = status.value
    if rating is not None:
        row.rating = rating.value
    chosen = list(typed.choices)
    row.choice = canonical_json(chosen) if spec.is_choice and chosen else None
    row.value = None if spec.is_choice else (typed.value or None)
    row.updated_at = utc_now()


def _require_fits(key: str, spec: AnswerSpec | None, typed: TypedAnswer) -> None:
    if spec is None:
        raise InvalidInputError(
            _("{key} takes no typed answer: give it a status (and a note) instead.").format(key=key)
        )
    if spec.is_choice and typed.value is not None:
        options = ", ".join(o.value for o in spec.options)
        raise InvalidInputError(
            _("{key} is answered by choosing from: {options}.").format(key=key, options=options)
        )
    if not spec.is_choice and typed.value is None:
        raise InvalidInputError(
            _("{key} is answered with a value ({kind}), not options.").format(
                key=key, kind=_(spec.type.label)
            )
        )
    problems = typed_answer_problems(spec, typed)
    if problems:
        raise InvalidInputError(f"{key}: " + " ".join(problems))
