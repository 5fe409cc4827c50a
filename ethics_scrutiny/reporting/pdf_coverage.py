"""What the PDF cannot show as typed: characters the bundled font lacks; right-to-left text."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

from reportlab.pdfbase import pdfmetrics

from .fonts import REGULAR, register_fonts
from .model import ReportModel

_SHOWN_SAMPLE = 8


def pdf_text_warnings(model: ReportModel) -> list[str]:
    """Plain warnings for the officer; empty when the PDF shows every character as typed."""
    text = "".join(user_texts(model))
    warnings = []
    missing = missing_characters(text)
    if missing:
        warnings.append(
            f"The PDF font has no shapes for {len(missing)} character(s) in this scrutiny "
            f"({' '.join(missing[:_SHOWN_SAMPLE])}); they print as empty boxes. "
            "Export the accessible HTML report as well, which shows them."
        )
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        warnings.append(
            "This scrutiny contains right-to-left text (such as Arabic, Urdu or Hebrew), which "
            "the PDF prints letter by letter from left to right. Export the accessible HTML "
            "report as well, which shows it correctly."
        )
    return warnings


def missing_characters(text: str) -> list[str]:
    """Characters (sorted, once each) that the regular face of the bundled font cannot draw."""
    register_fonts()
    covered = pdfmetrics.getFont(REGULAR).face.charToGlyph
    return sorted(
        {c for c in text if ord(c) not in covered and unicodedata.category(c)[0] not in "CZ"}
    )


def user_texts(model: ReportModel) -> Iterator[str]:
    """Every piece of text that came from a user or a template, as the PDF would print it."""
    yield from (model.title, model.force, model.supplier, model.purpose)
    for theme in model.themes:
        yield theme.title
        for question in theme.questions:
            yield from (question.prompt, question.note, question.red_flag)
            yield from question.sources
    for decision in model.decisions:
        yield from (decision.rationale, decision.decided_by, decision.override_reason)
        yield from decision.conditions
    yield from _flatten(model.templates)
    yield model.prepared_by
    for item in model.evidence:
        yield from (item.title, item.reference, item.file_name)
    for action in model.actions:
        yield from (action.text, action.owner, action.reply)
    for change in model.changes:
        yield change.prompt


def _flatten(pairs: Iterable[tuple[str, str]]) -> Iterator[str]:
    for first, second in pairs:
        yield first
        yield second
