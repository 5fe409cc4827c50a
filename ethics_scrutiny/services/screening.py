"""Screening: the short questionnaire whose answers set a scrutiny's impact level (1-4).

The level shapes the checklist (level 1 asks ``must`` questions only, level 2 adds ``should``,
levels 3 and 4 ask everything), and the answers propose modules (a face: facial recognition).
A scrutiny never screened is "not screened" and asks everything. Each change of screening is
a ``screening_changed`` record entry; a lower level needs a reason, because fewer questions are
then asked. Typed answers (options, text, number, date) to any question are saved here too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.templates import Question, Template
from ethics_scrutiny.i18n import N_, _
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import edit_versions, screening_record, typed_answering
from .screening_rules import (
    Answers,
    ScreeningResult,
    clean_answers,
    evaluate,
    screening_template,
)
from .validation import clean_text

__all__ = ["Answers", "ScreeningResult", "ScreeningService"]

MAX_REASON_LENGTH = 4000
# What a screening overtaken by someone else's change is called in the refusal.
SCREENING_SUBJECT = "the screening of this scrutiny"


class ScreeningService:
    """The screening questions, what answers give, and screening or answering a scrutiny."""

    def __init__(self, database: Database, library: TemplateLibrary) -> None:
        self._database = database
        self._library = library

    def template(self) -> Template:
        """The screening template new scrutinies use (the shipped one unless the office's)."""
        return screening_template(self._library)

    def screening_questions(self) -> list[Question]:
        """The screening's questions in order; each one's options least to most intrusive."""
        return list(self.template().questions())

    def preview(self, answers: Answers, language: str = "en") -> ScreeningResult:
        """The impact level ``answers`` give, why, and the modules they propose; saves nothing.

        Unanswered questions count as their least intrusive option would (nothing chosen).
        The reasons are in ``language`` where the screening template gives its text in it.
        """
        template = self.template()
        return evaluate(template, clean_answers(template, answers), language)

    def rescreen(
        self,
        scrutiny_id: int,
        answers: Answers,
        reason: str | None = None,
        dropped_modules: Mapping[str, str] | None = None,
    ) -> ScreeningResult:
        """Screen a scrutiny again (or for the first time), re-scoping its checklist.

        ``answers`` replace the screening's answers whole. No answer to a question is ever
        deleted: one that falls out of scope is kept and counts again when back in scope. A
        level lower than before (a scrutiny never screened asks everything, as level 4 does)
        is refused without a ``reason``. Newly proposed modules are added unless dropped
        (``dropped_modules``: slug -> reason, each a module these answers propose). Given, it
        says which proposed modules are dropped now (one dropped before and not named is taken
        back); None keeps the drops as they were. A module already asked stays asked.
        """
        template = self.template()
        cleaned = clean_answers(template, answers)
        result = evaluate(template, cleaned)
        why = _reason(reason)
        dropped = None
        if dropped_modules is not None:
            dropped = screening_record.clean_drops(dropped_modules)
            screening_record.require_drops_proposed(dropped, set(result.proposed_modules))
        # Another officer changing the scrutiny meanwhile is refused, not a crash.
        overtaken = edit_versions.refused_if_overtaken(lambda: (SCREENING_SUBJECT, None))
        with overtaken, unit_of_work(self._database) as session:
            row = repositories.get_scrutiny(session, scrutiny_id)
            before = row.impact_level
            if result.level < (before or screening_record.LEVEL_OF_UNSCREENED) and not why:
                raise InvalidInputError(
                    _(
                        "The answers lower the impact level from {before} to {after}, so fewer "
                        "questions will be asked. Give the reason for the lower level "
                        "(for example with --reason) and try again."
                    ).format(before=_level_words(before), after=result.level)
                )
            record_chain.lock_for_append(session)
            change = screening_record.Change(template, cleaned, result, dropped, why)
            screening_record.apply(session, row, change, self._library)
            edit_versions.touch(session, scrutiny_id)
        return result

    def answer(
        self,
        scrutiny_id: int,
        key: str,
        *,
        choices: Sequence[str] | None = None,
        value: str | None = None,
    ) -> ResponseData:
        """Save a typed answer: the options chosen, or a value (text, number, date).

        A chosen option that maps to a status and rating sets the finding's; otherwise the
        status already saved is kept (a first answer is saved as Unknown).
        """
        return typed_answering.save(self._database, scrutiny_id, key, choices=choices, value=value)


def _reason(reason: str | None) -> str:
    if reason is None:
        return ""
    return clean_text(reason, N_("reason"), max_length=MAX_REASON_LENGTH, required=False)


def _level_words(level: int | None) -> str:
    return _("not screened (everything asked)") if level is None else str(level)
