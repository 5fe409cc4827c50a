"""Readiness for panel in words, as the checklist header, the summary and meeting mode say it."""

from __future__ import annotations

from ethics_scrutiny.domain.scoring import Assessment

from .i18n import arg, translate


def readiness_text(assessment: Assessment) -> str:
    """Readiness in words, with progress and red flags, for the header."""
    readiness = assessment.readiness
    missing = len(readiness.missing_critical)
    if readiness.ready:
        state = translate("checklist_view", "<b>Ready for panel</b>")
    elif missing:
        # "Unknown" is an answer, but it never settles a critical question.
        state = translate(
            "checklist_view",
            "<b>Not ready:</b> %n critical question(s) unanswered or unknown",
            n=missing,
        )
    else:
        state = translate(
            "checklist_view", "<b>Not ready:</b> critical questions not met (red flags)"
        )
    flags = len(assessment.red_flags)
    return arg(
        translate("checklist_view", "%1  ·  Red flags: %2  ·  Answered %3 of %4"),
        state,
        flags,
        assessment.answered,
        assessment.total,
    )
