"""The impact level, the screening answers and the questions not asked, in HTML.

Their frame words (labels, headings, table heads) are in the scrutiny's language where the
core's catalogue gives it; in another language than the document's English they are marked
with their own ``lang`` so a screen reader speaks them in the right voice.
"""

from __future__ import annotations

from html import escape

from ..i18n import N_
from . import html_sections as sections
from .html_sections import Cell
from .model import ReportModel
from .screening_text import (
    band_reasons,
    band_text,
    dropped_lines,
    kept_text,
    level_text,
    meaning_text,
    not_asked_intro,
    summary_reasons,
    words_of,
)
from .words import Words

Lines = list[str]


def _items(lines: list[str]) -> Lines:
    return ["<ul>", *(f"<li{sections.lang(x)}>{escape(x)}</li>" for x in lines), "</ul>"]


def _lang(words: Words) -> str:
    """The ``lang`` attribute of the frame words, when they are not in English."""
    return f' lang="{words.code}"' if words.foreign else ""


def _label(words: Words, label: str, value: str) -> str:
    """A paragraph led by a bold label, each part marked with its own language."""
    return (
        f"<p><strong{_lang(words)}>{escape(words.gettext(label))}:</strong> "
        f"<span{sections.lang(value) or _lang(words)}>{escape(value)}</span></p>"
    )


def _framed(words: Words, text: str) -> str:
    """Frame words (already in the scrutiny's language) marked with their language."""
    return f"<span{_lang(words)}>{escape(text)}</span>" if words.foreign else escape(text)


def _para(words: Words, text: str) -> str:
    return f"<p{sections.lang(text) or _lang(words)}>{escape(text)}</p>"


def impact_summary(model: ReportModel) -> Lines:
    """The level, what it means, and the answers that set it, for the summary."""
    screening, words = model.screening, words_of(model)
    body = [
        _label(words, N_("Impact level"), level_text(screening, words)),
        _para(words, meaning_text(screening, words)),
    ]
    for band in model.bands:
        body.append(f"<p><strong>{escape(band.template)}:</strong> {escape(band_text(band))}</p>")
        body += [sections.paragraphs(band.meaning)] if band.meaning else []
        body += _items(band_reasons(band, words)) if band.reasons else []
    if screening is None:
        return body
    if screening.score:
        body.append(_label(words, N_("Score"), f"{screening.score}."))
    if screening.reasons:
        body += [_para(words, words.gettext("Set by:")), *_items(summary_reasons(screening, words))]
    if screening.level_reason:
        body.append(_label(words, N_("Level lowered because"), screening.level_reason))
    return body


def screening_section(model: ReportModel) -> Lines:
    """Every screening question with the answer given, and any proposed module dropped."""
    screening, words = model.screening, words_of(model)
    if screening is None:
        return []
    body = [_label(words, N_("Impact level"), level_text(screening, words))]
    body.append(sections.paragraphs(screening.meaning))
    if screening.reasons:
        body += [
            f"<h3{_lang(words)}>{escape(words.gettext('What set the level'))}</h3>",
            *_items(list(screening.reasons)),
        ]
    if screening.answers:
        rows: list[list[Cell]] = [
            [escape(a.key), sections.phrase(a.prompt), sections.phrase(a.answer)]
            for a in screening.answers
        ]
        head = [words.gettext("Key"), words.gettext("Question"), words.gettext("Answer")]
        caption = words.gettext("The screening answers")
        body += sections.table(caption, head, rows, lang=words.code if words.foreign else "")
    if screening.dropped_modules:
        body += [
            f"<h3{_lang(words)}>{escape(words.gettext('Proposed modules dropped'))}</h3>",
            *_items(dropped_lines(screening)),
        ]
    title = words.gettext("Screening")
    return sections.section("screening", title, body, lang=words.code if words.foreign else "")


def not_asked_section(model: ReportModel) -> Lines:
    """The questions out of scope, listed as such: not scored, any kept answer shown."""
    if not model.not_asked:
        return []
    words = words_of(model)
    head = [words.gettext("Key"), words.gettext("Question"), words.gettext("Why not asked")]
    if not model.public:
        head.append(words.gettext("Answer kept"))
    rows: list[list[Cell]] = []
    for q in model.not_asked:
        row: list[Cell] = [escape(q.key), sections.phrase(q.prompt), _framed(words, q.why)]
        rows.append(row if model.public else [*row, sections.phrase(kept_text(q, words))])
    lang = words.code if words.foreign else ""
    title = words.gettext("Questions not asked")
    body = [
        _para(words, not_asked_intro(model)),
        *sections.table(title, head, rows, lang=lang),
    ]
    return sections.section("not-asked", title, body, lang=lang)
