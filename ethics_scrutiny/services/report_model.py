"""Map a scrutiny and its assessment onto the plain ReportModel the renderers print."""

from __future__ import annotations

from datetime import datetime

from ethics_scrutiny.domain.scoring import Assessment, is_red_flag, question_rating
from ethics_scrutiny.domain.scrutiny import DecisionData, RecordHead, ScrutinyDetail
from ethics_scrutiny.domain.templates import Question, Theme
from ethics_scrutiny.reporting.model import (
    ReportDecision,
    ReportModel,
    ReportQuestion,
    ReportTheme,
)


def build_report_model(
    detail: ScrutinyDetail,
    result: Assessment,
    head: RecordHead,
    *,
    public: bool,
    generated_at: datetime,
    version: str,
) -> ReportModel:
    summary = detail.summary
    scores = {score.key: score for score in result.themes}
    themes = tuple(
        _theme(theme, detail, public, scores[theme.key].rating) for theme in detail.checklist.themes
    )
    return ReportModel(
        scrutiny_id=summary.id,
        title=summary.title,
        force=summary.force,
        technology=summary.technology.label,
        technology_slug=summary.technology.value,
        stage=summary.stage.label,
        marking=summary.marking.value,
        supplier=detail.supplier,
        purpose=detail.purpose,
        templates=tuple((t.title, t.version) for t in detail.checklist.templates),
        generated_at=generated_at,
        public=public,
        answered=result.answered,
        total=result.total,
        ready=result.readiness.ready,
        missing_critical=result.readiness.missing_critical,
        red_flags=tuple((flag.key, flag.prompt) for flag in result.red_flags),
        themes=themes,
        decisions=tuple(_decision(n, d) for n, d in enumerate(detail.decisions, start=1)),
        record_head_hash=head.head_hash,
        record_entries=head.entries,
        app_version=version,
    )


def _theme(theme: Theme, detail: ScrutinyDetail, public: bool, rating: object) -> ReportTheme:
    questions = tuple(_question(q, detail, public) for q in theme.questions)
    answered = sum(1 for q in theme.questions if q.key in detail.responses)
    label = getattr(rating, "label", None)
    return ReportTheme(theme.key, theme.title, label, answered, len(questions), questions)


def _question(question: Question, detail: ScrutinyDetail, public: bool) -> ReportQuestion:
    response = detail.responses.get(question.key)
    withheld = bool(public and response and response.sensitive and response.note)
    rating = question_rating(question, response)
    return ReportQuestion(
        key=question.key,
        prompt=question.prompt,
        guidance=question.guidance,
        sources=tuple(question.sources),
        evidence=tuple(question.evidence),
        red_flag=question.red_flag,
        critical=question.critical,
        status=response.status.label if response else "Not answered",
        rating=rating.label if rating else None,
        note="" if withheld or response is None else response.note,
        note_withheld=withheld,
        is_red_flag=is_red_flag(question, response),
    )


def _decision(ordinal: int, decision: DecisionData) -> ReportDecision:
    return ReportDecision(
        sequence=ordinal,
        record_entry=decision.sequence,
        outcome=decision.outcome.label,
        rationale=decision.rationale,
        decided_by=decision.decided_by,
        decided_at=decision.decided_at,
        conditions=decision.conditions,
        review_date=decision.review_date,
    )
