"""A realistic ``ReportModel`` for the report renderer tests, with hostile and Welsh text."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from ethics_scrutiny.reporting.model import (
    ReportAction,
    ReportBand,
    ReportChange,
    ReportDecision,
    ReportEvidence,
    ReportFlag,
    ReportModel,
    ReportNotAsked,
    ReportQuestion,
    ReportScreening,
    ReportScreeningAnswer,
    ReportTheme,
)

HOSTILE_TITLE = "<b>Bold</b> & <script>alert('x')</script>"
WELSH_NOTE = "Heddlu Gogledd Cymru — ŵ ŷ Ŵ Ŷ: asesiad effaith ar gydraddoldeb wedi'i gwblhau."
SENSITIVE_NOTE = "Covert deployment at Wrexham custody suite; source handler is DS Example."
EVIDENCE_TITLE = "Sentinel evidence: custody suite camera plan"
ACTION_TEXT = "Sentinel action: supply the watchlist audit for Bangor"
OVERRIDE_REASON = "Sentinel override: the match threshold was raised after the panel met."
EVIDENCE_SHA = "ab" * 32
GOOD_PRACTICE_NOTE = "Sentinel good practice: deployments are announced only on the day."
HEAD_HASH = "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d0f"

_SOURCES = ("Equality Act 2010, s.149", "ICO Audit Framework")


def _question(key: str, prompt: str, **overrides: Any) -> ReportQuestion:
    values: dict[str, Any] = {
        "key": key,
        "prompt": prompt,
        "guidance": "Look for a written assessment signed off by a named officer.",
        "sources": _SOURCES,
        "evidence": ("Assessment document", "Sign-off record"),
        "red_flag": "No assessment exists for the deployment.",
        "critical": False,
        "status": "Met",
        "rating": "Green",
        "note": f"The force supplied evidence for {key}.",
        "obligation": "Must",
    }
    values.update(overrides)
    return ReportQuestion(**values)


def _fairness() -> ReportTheme:
    questions = (
        _question(
            "FE-01",
            "Has an equality impact assessment been completed?",
            critical=True,
            note=WELSH_NOTE,
        ),
        _question(
            "FE-02",
            "Has the algorithm been tested for demographic differentials?",
            critical=True,
            status="Not met",
            rating="Red",
            is_red_flag=True,
            red_flag="No independent testing of false match rates by ethnicity and sex.",
            blocking=True,
            evidence_refs=("E1 Differential test report (v2)",),
            note="The supplier's test used a threshold of 0.6; the force deploys at 0.55.\n"
            "Second paragraph: NPL testing was at a different setting.",
        ),
        _question(
            "FE-03", "Are watchlist criteria published?", status="Partly met", rating="Amber"
        ),
        _question(
            "FE-04",
            "Is there a route for complaints <and> appeals?",
            rating=None,
            status="Not answered",
            note="",
        ),
    )
    return ReportTheme(
        "fairness", "Fairness & equality", "Red", 3, 4, questions, "Core ethics checklist"
    )


def _privacy() -> ReportTheme:
    questions = (
        _question("PR-01", "Has a DPIA been completed and reviewed by the DPO?", critical=True),
        _question(
            "PR-02",
            "Are images of people not on a watchlist deleted immediately?",
            status="Partly met",
            rating="Amber",
            note=SENSITIVE_NOTE,
            sensitive=True,
        ),
        _question("PR-03", "Is the retention period for match alerts set out?"),
    )
    return ReportTheme(
        "privacy", "Privacy and data protection", "Amber", 3, 3, questions, "Core ethics checklist"
    )


def _oversight() -> ReportTheme:
    questions = (
        _question(
            "OV-01",
            "Is there a senior responsible officer?",
            critical=True,
            blocking=True,
            blocks="not answered yet",
            status="Not answered",
            rating=None,
            note="",
        ),
        _question("OV-02", "Will deployments be reported to the PCC?", status="Met"),
        _question(
            "OV-03",
            "Is there an independent ethics panel review date?",
            rating="Amber",
            status="Unknown",
            obligation="Should",
        ),
        _question(
            "OV-04",
            "Is the public told where each deployment will be?",
            rating="Red",
            status="Not met",
            obligation="Should",
            note=GOOD_PRACTICE_NOTE,
        ),
    )
    return ReportTheme(
        "oversight",
        "Oversight and accountability",
        None,
        3,
        4,
        questions,
        "Live facial recognition module",
    )


def _decisions() -> tuple[ReportDecision, ...]:
    first = ReportDecision(
        sequence=1,
        outcome="Defer",
        rationale="The panel needs the differential testing results before it can advise.",
        decided_by="Ethics panel chair",
        decided_at=datetime(2025, 3, 4, 18, 30, tzinfo=UTC),
        capacity="Ethics panel advice",
        superseded_by=2,
        record_entry=12,
    )
    second = ReportDecision(
        sequence=2,
        outcome="Support with conditions",
        rationale="Testing supplied; the PCC supports a six-month pilot.",
        decided_by="Police and Crime Commissioner",
        decided_at=datetime(2025, 7, 1, 9, 15, tzinfo=UTC),
        conditions=(
            "Deploy only at a threshold of 0.6 or above.",
            "Publish each deployment's location & results within 7 days.",
        ),
        review_date=date(2026, 1, 31),
        capacity="PCC decision",
        supersedes=1,
        record_entry=30,
        override_reason=OVERRIDE_REASON,
        overridden_flags=("FE-02",),
    )
    return (first, second)


def _evidence() -> tuple[ReportEvidence, ...]:
    return (
        ReportEvidence(
            ref="E1",
            title=EVIDENCE_TITLE,
            kind="Document",
            reference="DPIA v5.4",
            description="The force's plan.",
            document_date=date(2025, 2, 1),
            received_on=date(2025, 2, 3),
            sha256=EVIDENCE_SHA,
            file_name="plan <v2>.pdf",
            sensitive=True,
            question_keys=("FE-02", "PR-02"),
        ),
    )


def _actions() -> tuple[ReportAction, ...]:
    return (
        ReportAction(
            ref="A1",
            kind="Question to the force",
            text=ACTION_TEXT,
            owner="Chief Superintendent Ŵyn",
            due_date=date(2025, 6, 1),
            status="Open",
            overdue=True,
            reply="",
            question_key="FE-02",
            sensitive=False,
        ),
        ReportAction(
            ref="A2",
            kind="Condition",
            text="Deploy only at a threshold of 0.6 or above.",
            owner="Head of Operations",
            due_date=None,
            status="Closed",
            overdue=False,
            reply="Confirmed in the deployment order.",
            question_key=None,
            sensitive=False,
            is_condition=True,
        ),
    )


def _changes() -> tuple[ReportChange, ...]:
    return (
        ReportChange("FE-02", "Tested for differentials?", "changed", "Unknown", "Not met, Red"),
        ReportChange("PR-03", "Is the retention period set out?", "added", "Not answered", "Met"),
    )


def make_report_model(**overrides: Any) -> ReportModel:
    """Build the sample report; keyword arguments replace fields of ``ReportModel``."""
    themes = (_fairness(), _privacy(), _oversight())
    model = ReportModel(
        scrutiny_id=42,
        title=HOSTILE_TITLE,
        force="Heddlu Gogledd Cymru / North Wales Police",
        technology="Live facial recognition",
        technology_slug="live-facial-recognition",
        stage="Pre-deployment",
        marking="OFFICIAL-SENSITIVE",
        supplier="Example Vision Ltd",
        purpose="Locate wanted offenders at major events in Bangor and Wrexham.",
        templates=(("Core ethics checklist", "1.2.0"), ("Live facial recognition module", "1.0.1")),
        generated_at=datetime(2025, 7, 2, 10, 0, tzinfo=UTC),
        public=False,
        answered=9,
        total=11,
        ready=False,
        missing_critical=("OV-01",),
        red_flags=(
            ReportFlag(
                "FE-02",
                "Has the algorithm been tested for demographic differentials?",
                "No independent testing of false match rates by ethnicity and sex.",
                blocking=True,
            ),
        ),
        themes=themes,
        decisions=_decisions(),
        record_head_hash=HEAD_HASH,
        record_entries=37,
        app_version="0.1.0",
        report_id="ES-42-20250702T100000Z-P",
        prepared_by="Scrutiny officer Ŷsgol",
        round_number=2,
        previous_id=41,
        evidence=_evidence(),
        actions=_actions(),
        changes=_changes(),
        scrutiny_entries=9,
    )
    return replace(model, **overrides)


def make_public_model(**overrides: Any) -> ReportModel:
    """The public summary of the sample, stripped as the service strips it."""
    model = make_report_model(
        public=True,
        marking="OFFICIAL",
        evidence=(),
        actions=(),
        changes=(),
        report_id="ES-42-20250702T100000Z-S",
        **overrides,
    )
    themes = tuple(
        replace(t, questions=tuple(_withhold(q) for q in t.questions)) for t in model.themes
    )
    return replace(model, themes=themes)


def _withhold(q: ReportQuestion) -> ReportQuestion:
    return replace(q, note="", note_withheld=bool(q.note), evidence_refs=())


SCREENING = ReportScreening(
    level=4,
    label="Impact level 4 (very high)",
    meaning="Most features at their most intrusive. The checklist asks every question.",
    reasons=(
        "Biometric identification in a public place is always level 4.",
        "Does the technology identify people: It identifies people by name (3 points)",
    ),
    answers=(
        ReportScreeningAnswer("SC-01", "Does the technology identify people?", "It identifies"),
        ReportScreeningAnswer("SC-02", "What data does it use?", "Biometric data"),
    ),
    dropped_modules=(("Drones", "The cameras are fixed, not flown."),),
    score="11 of 41 intrusion points, level 2 by points alone; a rule raises it",
    plain_reasons=("Biometric identification in a public place is always level 4.",),
)


def make_screened_model(*, public: bool = False) -> ReportModel:
    """The sample screened at level 4, with a typed answer, a band and a question not asked."""
    model = make_public_model() if public else make_report_model()
    theme = model.themes[0]
    typed = replace(theme.questions[0], answer="Yes, published; 20 March 2026")
    not_asked = ReportNotAsked(
        "FE-09", "Is the watchlist reviewed weekly?", "Not asked at this stage", "Core", "Fairness"
    )
    band = ReportBand("Impact assessment", "Level II", "Moderate impact.", "34 of 107 points")
    return replace(
        model,
        screening=SCREENING,
        themes=(replace(theme, questions=(typed, *theme.questions[1:])), *model.themes[1:]),
        not_asked=(not_asked,),
        bands=(band,),
    )
