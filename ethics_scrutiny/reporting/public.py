"""The public summary's wording: plain sentences for a member of the public, nothing sensitive."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .findings import plain_finding
from .model import ReportDecision, ReportModel
from .screening_text import not_asked_public, public_band_lines, public_level_text
from .text import condition_line, count, date_or, in_sentence, local_time_text

# A question's code, e.g. "LB-03": meaningless to the public, so never printed in the summary.
QUESTION_CODE = re.compile(r"\b[A-Z]{2}-\d{2}\b")

PRINT_COPY = (
    "This PDF is a print copy. PDF files made by this app are not tagged for screen readers; "
    "the accessible version of this {kind} is the HTML file of the same name, which the "
    "office can supply."
)


def print_copy_note(model: ReportModel) -> str:
    """What the PDF's first page says about its accessibility."""
    kind = "summary" if model.public else "report"
    return PRINT_COPY.format(kind=kind)


def plain(text: str, prompts: Mapping[str, str]) -> str:
    """Free text with every question code replaced by the question's own words."""

    def words(match: re.Match[str]) -> str:
        prompt = prompts.get(match.group(0))
        return f"the question “{prompt.strip()}”" if prompt else "a checklist question"

    return QUESTION_CODE.sub(words, text)


def technology_text(model: ReportModel) -> str:
    """What the technology is and what the force wants it for."""
    stage = model.stage.lower()
    first = f"{model.force} asked for scrutiny of its use of {in_sentence(model.technology)}"
    first += f" (stage: {stage})." if stage else "."
    if model.supplier:
        first += f" The system is supplied by {model.supplier}."
    if model.purpose:
        first += f" The force wants it for this purpose: {model.purpose.strip()}"
        first += "" if model.purpose.strip().endswith((".", "!", "?")) else "."
    return first


def themes_text(model: ReportModel) -> str:
    """What the office looked at, the themes named in words."""
    titles = list(dict.fromkeys(theme.title for theme in model.themes))
    if not titles:
        return "The office has not yet chosen what to look at."
    listed = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
    return (
        f"The office looked at {len(titles)} themes: {listed}. It asked {model.total} questions "
        f"and has answered {model.answered} of them so far."
    )


def public_findings(model: ReportModel) -> tuple[list[str], int]:
    """Plain sentences for each finding not marked sensitive, and how many were left out."""
    lines: list[str] = []
    left_out = 0
    prompts = model.prompts
    for group in model.finding_groups:
        for finding in group.findings:
            if finding.question.sensitive:
                left_out += 1
                continue
            lines.append(plain(plain_finding(finding), prompts))
    return lines, left_out


def left_out_text(count: int) -> str:
    if not count:
        return ""
    what, them = ("finding is", "it") if count == 1 else ("findings are", "them")
    return f"{count} further {what} not published because the office marked {them} sensitive."


def decision_rows(decision: ReportDecision, prompts: Mapping[str, str]) -> list[tuple[str, str]]:
    """A standing advice or decision as the public reads it: who, when, what, until when."""
    who = f"{decision.capacity}: {decision.decided_by}".lstrip(": ")
    conditions = [plain(condition_line(c, None), prompts) for c in decision.conditions]
    return [
        ("Outcome", decision.outcome),
        ("Made by", who),
        ("Date", local_time_text(decision.decided_at)),
        ("Reasons", plain(decision.rationale, prompts) or "None recorded."),
        ("Conditions", "\n".join(conditions) or "None."),
        ("Review date", date_or(decision.review_date, "None set")),
    ]


def override_sentence(decision: ReportDecision, prompts: Mapping[str, str]) -> str:
    """A decision made despite red flags, said plainly; empty when there was none."""
    if not (decision.overridden_flags or decision.override_reason):
        return ""
    flags = "; ".join(plain(key, prompts) for key in decision.overridden_flags)
    found = f" ({flags})" if flags else ""
    reason = plain(decision.override_reason, prompts) or "none recorded"
    return (
        f"{decision.capacity or 'The decision'} was made although questions the office found "
        f"not met would normally stand in its way{found}. The reason given: {reason}"
    )


def comment_text(model: ReportModel) -> str:
    """How to comment on the scrutiny or complain."""
    if model.contact:
        return model.contact
    office = model.office or "the office that published this summary"
    return (
        f"To comment on this scrutiny, or to complain about how it was done, contact {office}. "
        f"A complaint about how {model.force} itself has acted goes to the force first; the "
        "Independent Office for Police Conduct can review how the force dealt with it."
    )


def impact_lines(model: ReportModel) -> list[str]:
    """The impact level (or "not screened") and what was left out, in plain words."""
    lines = [public_level_text(model), *public_band_lines(model)]
    left_out = not_asked_public(model)
    return [*lines, left_out] if left_out else lines


def not_answered_text(not_answered: int, total: int) -> str:
    """How many questions await an answer, in words that agree with the number."""
    if not_answered == 0:
        return "Every question has been answered."
    have, them = ("has", "it") if not_answered == 1 else ("have", "them")
    return (
        f"{not_answered} of the {count(total, 'question')} {have} not been answered yet; "
        f"nothing is reported about {them}."
    )
