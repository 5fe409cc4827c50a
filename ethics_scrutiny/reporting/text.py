"""Wording shared by every report format: labels, dates in local time, ratings as words."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ethics_scrutiny.domain.approval import keys_of_condition

from .model import (
    ReportDecision,
    ReportFlag,
    ReportFramework,
    ReportInconsistency,
    ReportModel,
)

NOT_RATED = "Not rated"
WITHHELD_NOTE = "Note withheld from the public summary"
NO_DECISION = "No decision has been recorded yet."
DOUBTED = "Counts as not met"
# Beside a sensitive note wherever the panel paper prints one.
NOT_FOR_PUBLICATION = "Not for publication"


def record_head_sentence(model: ReportModel) -> str:
    """What the record head printed on the summary page is for, in one plain sentence."""
    return (
        f"This head identifies the decision record ({model.record_entries} entries) as it stood "
        "when this paper was produced: keep it, and choose Verify the record in the app and "
        "give this head hash (or run ethics-scrutiny verify --head followed by it) to show "
        "that nothing recorded before then has been altered since."
    )


def _uk_time(moment: datetime) -> datetime:
    """The moment in UK time; in the computer's own zone where no zone database exists."""
    try:
        return moment.astimezone(ZoneInfo("Europe/London"))
    except ZoneInfoNotFoundError:  # Windows without the tzdata package
        return moment.astimezone()


def local_time_text(moment: datetime) -> str:
    """Show a UTC ``datetime`` in UK local time with its zone, e.g. ``3 June 2025, 14:05 BST``.

    Naive values are taken to be UTC, as the report model stores UTC. Reports are read in
    England and Wales, so the time is the UK's wherever the computer's clock is set.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = _uk_time(moment)
    zone = local.strftime("%Z")
    if not zone or len(zone) > 5:  # Windows gives long names such as "GMT Summer Time"
        zone = "UTC" + local.strftime("%z")[:3] + ":" + local.strftime("%z")[3:]
    return f"{local.day} {local:%B %Y, %H:%M} {zone}"


def date_text(day: date) -> str:
    """Show a date as ``3 June 2025``."""
    return f"{day.day} {day:%B %Y}"


def rating_text(rating: str | None) -> str:
    """The rating word shown to readers; never leave a rating to colour alone."""
    return rating or NOT_RATED


def count(n: int, noun: str, plural: str = "") -> str:
    """The number with the noun in the form it takes: "1 question", "2 questions".

    Reports are worded in English whatever the interface language, so English's two forms
    are all they need.
    """
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"


def in_sentence(name: str) -> str:
    """A name as written, for the middle of a sentence.

    Only an ordinary first word loses its capital ("Live facial recognition" reads "live
    facial recognition"); an acronym or a name keeps every letter ("AI and algorithmic
    decision support", "ANPR", "NEC NeoFace").
    """
    first = name.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:] == first[1:].lower():
        return first[0].lower() + name[1:]
    return name


def report_kind(model: ReportModel) -> str:
    """The report's heading: the full panel report or the public summary."""
    return "Public summary" if model.public else "Ethics scrutiny report"


def readiness_text(model: ReportModel) -> str:
    """Whether the scrutiny is ready for the panel, naming the critical questions still open."""
    if model.ready:
        return "Ready for the panel: every critical question has been answered."
    missing = ", ".join(model.missing_critical)
    if missing:
        return f"Not ready for the panel. Critical questions still to answer: {missing}."
    return "Not ready for the panel: a critical question is a red flag."


def outcome_text(model: ReportModel) -> str:
    """The standing decision, or the decision the panel is asked for when there is none."""
    current = model.current_decision
    if current is None:
        use = _USE_AT_STAGE.get(model.stage.lower(), "use")
        return (
            f"Decision sought: the panel's advice on whether to support the {use} of "
            f"{in_sentence(model.technology)} by {model.force}. {_no_standing(model)}"
        )
    when = local_time_text(current.decided_at)
    who = f"{current.capacity}, " if current.capacity else ""
    return f"{current.outcome} ({who}{current.decided_by}, {when})."


def _no_standing(model: ReportModel) -> str:
    if not model.decisions:
        return NO_DECISION
    return "No decision stands now: the decision history shows those withdrawn."


# What is being decided at each stage, as a noun phrase ("support the proposed use of ...").
_USE_AT_STAGE = {
    "proposal": "proposed use",
    "pilot": "pilot",
    "live": "continued live use",
    "review": "continued use",
}


def override_text(decision: ReportDecision) -> str:
    """A plain warning that a decision supported the deployment despite red flags."""
    flags = ", ".join(decision.overridden_flags)
    which = "blocking red flags" if decision.overrode_blocking else "red flags"
    return (
        f"Decision {decision.sequence} overrode {which} ({flags}). "
        f"Reason given: {decision.override_reason or 'none recorded'}"
    )


def override_title(decisions: Iterable[ReportDecision]) -> str:
    """The heading over overrides: "blocking" only when one of them overrode a blocking flag."""
    blocking = any(d.overrode_blocking for d in decisions)
    return "BLOCKING RED FLAGS OVERRIDDEN" if blocking else "RED FLAGS OVERRIDDEN"


def round_text(model: ReportModel) -> str:
    if model.previous_id is None:
        return f"Round {model.round_number}"
    return f"Round {model.round_number} (follows scrutiny {model.previous_id})"


def verify_steps(model: ReportModel) -> list[str]:
    """How a reader checks that the record has not been altered since this report."""
    return [
        f"When this report was produced the decision record held {model.record_entries} "
        f"entries ({model.scrutiny_entries} about this scrutiny) and its head hash was "
        f"{model.record_head_hash}.",
        "Each entry holds the SHA-256 of its content and of the entry before it, so changing or "
        "removing any earlier entry changes every later hash.",
        f"To check it, run: ethics-scrutiny verify --head {model.record_head_hash} (or choose "
        "Verify the record in the app and give this head hash). The check passes only if "
        "every hash recomputes and the record still contains this head, so the record has "
        "only been added to since this report was produced.",
        "Exporting this report added one more entry holding this file's SHA-256, which "
        "identifies the exact file issued.",
    ]


def date_or(day: date | None, missing: str = "Not set") -> str:
    return date_text(day) if day else missing


def iso_or_blank(day: date | None) -> str:
    return day.isoformat() if day else ""


def flag_line(flag: ReportFlag) -> str:
    """One line per red flag: its key, whether (and why) it blocks support, what it means."""
    tag = ""
    if flag.blocking:
        tag = f" (blocking: {flag.why})" if flag.why else " (blocking)"
    return f"{flag.key}{tag}: {flag.line or flag.prompt}"


def framework_line(framework: ReportFramework) -> str:
    missing = "; ".join(framework.unanswered) or "none"
    return (
        f"{framework.met} of {framework.total} elements met, {framework.not_met} not met, "
        f"{framework.not_answered} not answered. Not answered: {missing}."
    )


FRAMEWORK_NOTE = (
    "An element is met when every question tagged with it is met (or not applicable), not met "
    "when one is answered otherwise, and not answered while none has an answer other than "
    "unknown. Frameworks this checklist asks nothing about are left out."
)


def doubt_text(message: str, because: tuple[str, ...]) -> str:
    """A rule's reason with the questions not met: "reason (because LB-03, LB-04 are not met)"."""
    verb = "is" if len(because) == 1 else "are"
    # The reason reads on into the bracket, so its own full stop goes.
    return f"{message.rstrip('. ')} (because {', '.join(because)} {verb} not met)"


def inconsistency_line(item: ReportInconsistency) -> str:
    """An answer of "met" that counts as not met, and why: one line for the summary."""
    return f"{item.key} counts as not met: {doubt_text(item.message, item.because)}"


def condition_parts(condition: str) -> tuple[tuple[str, ...], str]:
    """The keys a condition names ("LB-03, LB-04: text") and its text without them."""
    keys = keys_of_condition(condition)
    if not keys:
        return (), condition.strip()
    return keys, condition.split(":", 1)[1].strip()


def condition_line(condition: str, prompts: Mapping[str, str] | None) -> str:
    """A condition with the questions it resolves; with no ``prompts`` (public), its text only."""
    keys, text = condition_parts(condition)
    if not keys or prompts is None:
        return text
    named = "; ".join(f"{key}: {prompts[key]}" if key in prompts else key for key in keys)
    return f"{text} (resolves {named})"


def decision_title(decision: ReportDecision) -> str:
    title = f"Decision {decision.sequence}: {decision.outcome}"
    if decision.withdrawn:
        return title + " (withdrawn)"
    return title + (" (superseded)" if decision.superseded_by is not None else "")


def decision_status(decision: ReportDecision) -> str:
    """Whether a decision stands, was replaced, or was withdrawn (and why)."""
    if decision.withdrawn:
        return f"Withdrawn: {decision.withdrawn_reason or 'no reason recorded'}"
    if decision.superseded_by is not None:
        return f"Superseded by decision {decision.superseded_by}"
    return "Standing"
