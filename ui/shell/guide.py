"""The built-in guide: how a scrutiny runs, from screening to review, readable offline.

Each step is a heading and a paragraph through Qt translation; the keys it names are read
from the action table (``%1``), so the guide never names a key the window does not have.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtGui import QAction, QKeySequence

from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from .actions import ACTIONS

# (heading, paragraph, the action whose key fills %1 in the paragraph, or "")
STEPS: tuple[tuple[str, str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("guide", "1. Once: tell the app who your office is"),
        QT_TRANSLATE_NOOP(
            "guide",
            "File ▸ Office settings holds the office's name, its decision-maker, the ethics "
            "panel and the logo printed on reports. A signing key (File ▸ Signing key) lets "
            "others check that a report or bundle came from your office unaltered.",
        ),
        "",
    ),
    (
        QT_TRANSLATE_NOOP("guide", "2. Start a scrutiny and screen it"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Start one scrutiny for each deployment (%1): its title, the force, the "
            "technology, its stage and the marking. The screening questions set how much "
            "scrutiny the deployment needs, and so which questions the checklist asks; "
            "Scrutiny ▸ Screening changes the answers later, and the change is recorded.",
        ),
        "new",
    ),
    (
        QT_TRANSLATE_NOOP("guide", "3. Work through the checklist"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Each question says why it matters, the evidence to ask the force for, and what "
            "counts as a red flag. Give each an answer (%1 to Ctrl+5), a rating and a note; "
            "notes save as you type and every change can be undone. A note marked Sensitive "
            "stays out of the public summary.",
        ),
        "status_met",
    ),
    (
        QT_TRANSLATE_NOOP("guide", "4. Keep the evidence and the actions"),
        QT_TRANSLATE_NOOP(
            "guide",
            "The evidence register (%1) lists every document or statement the force supplied, "
            "linked to the questions it answers; files are kept with a fingerprint so any "
            "later change shows. Actions and conditions hold the questions put to the chief "
            "constable and the conditions of approval, each with an owner and a due date.",
        ),
        "show_evidence",
    ),
    (
        QT_TRANSLATE_NOOP("guide", "5. Prepare for the panel"),
        QT_TRANSLATE_NOOP(
            "guide",
            "The summary (%1) shows readiness, red flags, theme ratings and open actions. "
            "Export the panel paper as a PDF (File menu) and, for publication, the public "
            "summary. Meeting mode walks the panel through the summary and each red flag in "
            "large type.",
        ),
        "summary",
    ),
    (
        QT_TRANSLATE_NOOP("guide", "6. Record the advice and the decision"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Record the panel's advice, then the decision-maker's decision, as separate "
            "entries (%1). A recorded decision is never edited: a later one replaces it, and "
            "both stay in the record. Support with conditions turns each condition into an "
            "open action.",
        ),
        "decide",
    ),
    (
        QT_TRANSLATE_NOOP("guide", "7. Review"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Every approval carries a review date. The list of scrutinies shows reviews due, "
            "overdue actions and lapsed approvals. Scrutinise again starts a new round that "
            "carries the answers forward, and shows what changed since the last one.",
        ),
        "",
    ),
    (
        QT_TRANSLATE_NOOP("guide", "The record, and working offline"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Everything is kept on this computer (or your office's own database server) and "
            "the app never needs the internet. Decisions, answers, evidence and exports are "
            "entries in a chained record: Verify record (%1) shows that nothing in it has "
            "been altered. Back up the record from the Record menu.",
        ),
        "verify",
    ),
)


def guide_html(actions: Mapping[str, QAction] | None = None) -> str:
    parts = [f"<h2>{escape(translate('guide', 'How a scrutiny runs'))}</h2>"]
    for heading, paragraph, action_id in STEPS:
        text = translate("guide", paragraph)
        if action_id:
            text = arg(text, key_of(action_id, actions))
        parts.append(f"<h3>{escape(translate('guide', heading))}</h3><p>{escape(text)}</p>")
    return "".join(parts)


def key_of(action_id: str, actions: Mapping[str, QAction] | None = None) -> str:
    """The first key of ``action_id`` as this computer shows it; its menu entry if none."""
    spec = next(s for s in ACTIONS if s.id == action_id)
    action = actions.get(action_id) if actions is not None else None
    sequences = (
        action.shortcuts() if action is not None else [QKeySequence(k) for k in spec.shortcuts]
    )
    for sequence in sequences:
        if not sequence.isEmpty():
            return sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return spec.translated(spec.text).replace("&", "").rstrip("…")
