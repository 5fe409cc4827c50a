"""Map a scrutiny and its assessment onto the plain ReportModel the renderers print."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ethics_scrutiny.domain.changes import ResponseChange, compare_responses
from ethics_scrutiny.domain.consistency import Inconsistency, counted_responses
from ethics_scrutiny.domain.coverage import framework_coverage
from ethics_scrutiny.domain.enums import ActionKind, DecisionCapacity, Language, Marking
from ethics_scrutiny.domain.localize import (
    inconsistencies_text,
    question_text,
    template_title,
    theme_title,
)
from ethics_scrutiny.domain.scoring import (
    Assessment,
    blocking_reason,
    blocking_red_flags,
    doubted_why,
    is_red_flag,
    question_rating,
)
from ethics_scrutiny.domain.scrutiny import (
    ActionData,
    EvidenceData,
    RecordHead,
    ResponseData,
    ScrutinyDetail,
)
from ethics_scrutiny.domain.templates import Question, Template, Theme
from ethics_scrutiny.reporting.model import (
    ReportAction,
    ReportChange,
    ReportDecision,
    ReportEvidence,
    ReportFlag,
    ReportFramework,
    ReportInconsistency,
    ReportModel,
    ReportNotAsked,
    ReportQuestion,
    ReportTheme,
)
from ethics_scrutiny.reporting.text import DOUBTED, doubt_text
from ethics_scrutiny.reporting.words import words_in

from .report_answers import screening_report, template_bands, typed_answer_text

_LANGUAGE_TAGS = {Language.ENGLISH: "en-GB", Language.WELSH: "cy-GB"}


@dataclass(frozen=True)
class ReportContext:
    """What a report needs besides the scrutiny itself, read in the same unit of work."""

    head: RecordHead
    generated_at: datetime
    version: str
    prepared_by: str = ""
    previous: ScrutinyDetail | None = None
    scrutiny_entries: int = 0
    # Withdrawn decisions: record sequence -> the reason given.
    withdrawn: dict[int, str] = field(default_factory=dict)
    appendix: bool = False  # add the guidance appendix
    office: str = ""  # the office publishing the paper, when known
    # The screening template the scrutiny was screened with (its questions, bands, triggers).
    screening_template: Template | None = None


def build_report_model(
    detail: ScrutinyDetail, result: Assessment, context: ReportContext, *, public: bool
) -> ReportModel:
    """The whole report as plain data; a public summary leaves sensitive material out."""
    summary = detail.summary
    lang = summary.language
    evidence = _evidence(detail.evidence)
    refs = _evidence_refs(evidence)
    found = inconsistencies_text(result.inconsistencies, detail.checklist, lang)
    answers = _Answers(counted_responses(detail.responses, found), {} if public else _doubts(found))
    themes = tuple(
        _theme(theme, module, detail, result, answers, refs, lang, public)
        for module, theme in _themes_by_module(detail)
    )
    screening = (
        None
        if detail.screening is None
        else screening_report(detail.screening, context.screening_template, lang, public=public)
    )
    return ReportModel(
        scrutiny_id=summary.id,
        title=summary.title,
        force=summary.force,
        technology=summary.technology.label,
        technology_slug=summary.technology.value,
        stage=summary.stage.label,
        # The public summary holds nothing sensitive and is written for publication.
        marking=Marking.OFFICIAL.value if public else summary.marking.value,
        supplier=detail.supplier,
        purpose=detail.purpose,
        templates=tuple((template_title(t, lang), t.version) for t in detail.checklist.templates),
        generated_at=context.generated_at,
        public=public,
        answered=result.answered,
        total=result.total,
        ready=result.readiness.ready,
        missing_critical=result.readiness.missing_critical,
        red_flags=_flags(detail, result, lang),
        themes=themes,
        decisions=_decisions(detail, context.withdrawn),
        record_head_hash=context.head.head_hash,
        record_entries=context.head.entries,
        app_version=context.version,
        language=_LANGUAGE_TAGS.get(lang, lang.value),  # fr, ga: the code as given
        report_id=report_id(summary.id, context.generated_at, public),
        prepared_by=context.prepared_by,
        round_number=summary.round_number,
        previous_id=summary.previous_id,
        evidence=() if public else evidence,
        actions=_actions(detail.actions, context.generated_at.date(), public),
        changes=() if public else _changes(detail, context.previous, lang),
        scrutiny_entries=context.scrutiny_entries,
        frameworks=_frameworks(detail),
        inconsistencies=() if public else _inconsistencies(detail, found, lang),
        appendix=context.appendix,
        office=context.office,
        screening=screening,
        not_asked=_not_asked(detail, lang, public),
        bands=template_bands(
            detail.checklist.templates, detail.responses, detail.checklist.asks, lang
        ),
    )


@dataclass(frozen=True)
class _Answers:
    """The answers as flags and ratings count them, and the doubts on "met" answers by key."""

    counted: dict[str, ResponseData]
    doubts: dict[str, tuple[Inconsistency, ...]]


def report_id(scrutiny_id: int, generated_at: datetime, public: bool) -> str:
    """A short identifier printed on every page, e.g. ``ES-42-20250702T1000Z-P``."""
    suffix = "S" if public else "P"
    return f"ES-{scrutiny_id}-{generated_at:%Y%m%dT%H%M%S}Z-{suffix}"


def _themes_by_module(detail: ScrutinyDetail) -> list[tuple[str, Theme]]:
    """The themes asked (only their questions in scope), each with its template's title."""
    lang = detail.summary.language
    module_of = {
        theme.key: template_title(t, lang) for t in detail.checklist.templates for theme in t.themes
    }
    return [(module_of.get(theme.key, ""), theme) for theme in detail.checklist.themes]


def _not_asked(detail: ScrutinyDetail, lang: Language, public: bool) -> tuple[ReportNotAsked, ...]:
    """The questions out of scope, in checklist order, with why and any answer kept."""
    checklist = detail.checklist
    why = checklist.out_of_scope()
    module_of = {q.key: template_title(t, lang) for t in checklist.templates for q in t.questions()}
    # Why a question is not asked is the report's own word: in the scrutiny's language.
    words = words_in(lang)
    return tuple(
        _not_asked_one(
            q, words.gettext(why[q.key].label), module_of.get(q.key, ""), detail, lang, public
        )
        for q in checklist.all_questions()
        if q.key in why
    )


def _not_asked_one(
    q: Question, why: str, module: str, detail: ScrutinyDetail, lang: Language, public: bool
) -> ReportNotAsked:
    # A public summary names what was not asked, never an answer kept from earlier work.
    response = None if public else detail.responses.get(q.key)
    return ReportNotAsked(
        key=q.key,
        prompt=question_text(q, lang).prompt,
        why=why,
        module=module,
        theme=theme_title(detail.checklist.theme_of(q.key), lang),
        status=response.status.label if response else "",
        rating=response.rating.label if response and response.rating else None,
        answer=typed_answer_text(q.answer, response, lang),
    )


def _theme(
    theme: Theme,
    module: str,
    detail: ScrutinyDetail,
    result: Assessment,
    answers: _Answers,
    refs: dict[str, tuple[str, ...]],
    lang: Language,
    public: bool,
) -> ReportTheme:
    score = next(s for s in result.themes if s.key == theme.key)
    questions = tuple(
        _question(q, detail, answers.counted, refs, lang, public, answers.doubts.get(q.key, ()))
        for q in theme.questions
    )
    label = score.rating.label if score.rating else None
    return ReportTheme(
        key=theme.key,
        title=theme_title(theme, lang),
        rating=label,
        answered=score.answered,
        total=score.total,
        questions=questions,
        module=module,
    )


def _question(
    question: Question,
    detail: ScrutinyDetail,
    counted: dict[str, ResponseData],
    refs: dict[str, tuple[str, ...]],
    lang: Language,
    public: bool,
    doubts: tuple[Inconsistency, ...],
) -> ReportQuestion:
    """The officer's finding as given; its flag and rating as a doubted "met" counts."""
    response = detail.responses.get(question.key)
    counts_as = counted.get(question.key)
    text = question_text(question, lang)
    # A public summary carries no notes at all: they are the officer's working material.
    withheld = bool(public and response and response.note)
    rating = question_rating(question, counts_as)
    blocks = blocking_reason(question, counts_as) or ""
    if blocks and doubts:
        blocks = doubted_why(doubts[0])
    return ReportQuestion(
        key=question.key,
        prompt=text.prompt,
        guidance=text.guidance,
        sources=tuple(question.sources),
        evidence=text.evidence,
        red_flag=text.red_flag,
        critical=question.critical,
        status=response.status.label if response else "Not answered",
        rating=rating.label if rating else None,
        note="" if withheld or response is None else response.note,
        note_withheld=withheld,
        is_red_flag=is_red_flag(question, counts_as),
        blocking=question.blocking,
        evidence_refs=() if public else refs.get(question.key, ()),
        updated_at=response.updated_at if response else None,
        blocks=blocks,
        obligation=question.obligation.value.capitalize(),
        doubted="\n".join(doubt_line(item) for item in doubts),
        sensitive=bool(response and response.sensitive),
        # A typed answer is the finding itself, not the officer's notes: public too.
        answer=typed_answer_text(question.answer, response, lang, public=public),
    )


def doubt_line(item: Inconsistency) -> str:
    """Why a "met" answer counts as not met, as the report and the question panel say it."""
    return f"{DOUBTED}: {doubt_text(item.message, item.because)}"


def _doubts(found: tuple[Inconsistency, ...]) -> dict[str, tuple[Inconsistency, ...]]:
    by_key: dict[str, list[Inconsistency]] = {}
    for item in found:
        by_key.setdefault(item.key, []).append(item)
    return {key: tuple(items) for key, items in by_key.items()}


def _inconsistencies(
    detail: ScrutinyDetail, found: tuple[Inconsistency, ...], lang: Language
) -> tuple[ReportInconsistency, ...]:
    return tuple(
        ReportInconsistency(
            key=item.key,
            prompt=question_text(detail.checklist.question(item.key), lang).prompt,
            because=item.because,
            message=item.message,
        )
        for item in found
    )


def _flags(detail: ScrutinyDetail, result: Assessment, lang: Language) -> tuple[ReportFlag, ...]:
    """Blocking flags that stand in the way of support first, then the other red flags."""
    flags: list[ReportFlag] = []
    blocking = blocking_red_flags(detail.checklist, detail.responses)
    for flag in [*blocking, *result.red_flags]:
        if any(f.key == flag.key for f in flags):
            continue
        text = question_text(detail.checklist.question(flag.key), lang)
        is_blocking = flag in blocking
        flags.append(ReportFlag(flag.key, text.prompt, text.red_flag, is_blocking, flag.why))
    return tuple(flags)


def _frameworks(detail: ScrutinyDetail) -> tuple[ReportFramework, ...]:
    return tuple(
        ReportFramework(f.title, f.covered, f.total, f.unanswered, met=f.met)
        for f in framework_coverage(detail.checklist, detail.responses)
    )


def _decisions(detail: ScrutinyDetail, withdrawn: dict[int, str]) -> tuple[ReportDecision, ...]:
    decisions = detail.decisions
    # Supersession cites record entries; the report numbers decisions 1, 2, ... per scrutiny.
    ordinal = {d.sequence: n for n, d in enumerate(decisions, start=1)}
    blocking = {q.key for q in detail.checklist.questions() if q.blocking}
    return tuple(
        ReportDecision(
            sequence=ordinal[d.sequence],
            record_entry=d.sequence,
            outcome=d.outcome.label,
            rationale=d.rationale,
            decided_by=d.decided_by_shown,
            decided_at=d.decided_at,
            conditions=d.conditions,
            review_date=d.review_date,
            capacity=d.capacity.label,
            advice=d.capacity is DecisionCapacity.PANEL_ADVICE,
            supersedes=ordinal.get(d.supersedes) if d.supersedes is not None else None,
            superseded_by=ordinal.get(d.superseded_by) if d.superseded_by is not None else None,
            override_reason=d.override_reason,
            overridden_flags=d.overridden_flags,
            overrode_blocking=bool(blocking.intersection(d.overridden_flags)),
            withdrawn=d.sequence in withdrawn,
            withdrawn_reason=withdrawn.get(d.sequence, ""),
        )
        for d in decisions
    )


def _evidence(items: tuple[EvidenceData, ...]) -> tuple[ReportEvidence, ...]:
    return tuple(
        ReportEvidence(
            ref=f"E{n}",
            # Withdrawn evidence stays listed (a decision may have relied on it), marked so.
            title=f"{e.title} (withdrawn: {e.withdrawn_reason})" if e.withdrawn_reason else e.title,
            kind=e.kind.label,
            reference=e.reference,
            description=e.description,
            document_date=e.document_date,
            received_on=e.received_on,
            sha256=e.file_sha256,
            file_name=e.file_name,
            sensitive=e.sensitive,
            question_keys=e.question_keys,
            file_not_supplied=e.file_not_supplied,
        )
        for n, e in enumerate(items, start=1)
    )


def _evidence_refs(evidence: tuple[ReportEvidence, ...]) -> dict[str, tuple[str, ...]]:
    refs: dict[str, list[str]] = {}
    for item in evidence:
        label = f"{item.ref} {item.title}" + (f" ({item.reference})" if item.reference else "")
        for key in item.question_keys:
            refs.setdefault(key, []).append(label)
    return {key: tuple(labels) for key, labels in refs.items()}


def _actions(items: tuple[ActionData, ...], today: date, public: bool) -> tuple[ReportAction, ...]:
    if public:
        return ()
    return tuple(
        ReportAction(
            ref=f"A{n}",
            kind=a.kind.label,
            text=a.text,
            owner=a.owner,
            due_date=a.due_date,
            status=a.status.label,
            overdue=a.is_overdue(today),
            reply=a.reply,
            question_key=a.question_key,
            sensitive=a.sensitive,
            is_condition=a.kind is ActionKind.CONDITION,
        )
        for n, a in enumerate(items, start=1)
    )


def _changes(
    detail: ScrutinyDetail, previous: ScrutinyDetail | None, lang: Language
) -> tuple[ReportChange, ...]:
    if previous is None:
        return ()
    return tuple(
        _change(change, detail, lang)
        for change in compare_responses(previous.responses, detail.responses)
    )


def _change(change: ResponseChange, detail: ScrutinyDetail, lang: Language) -> ReportChange:
    checklist = detail.checklist
    prompt = (
        question_text(checklist.question(change.key), lang).prompt
        if checklist.has_question(change.key)
        else "(question not in this round's checklist)"
    )
    return ReportChange(
        key=change.key,
        prompt=prompt,
        kind=change.kind.value,
        before=_finding(change.before),
        after=_finding(change.after),
        fields=change.fields,
    )


def _finding(response: ResponseData | None) -> str:
    if response is None:
        return "Not answered"
    rating = f", {response.rating.label}" if response.rating else ""
    return response.status.label + rating
