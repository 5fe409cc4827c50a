"""What the PDF cannot show as typed: characters the bundled fonts lack; right-to-left text."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable, Iterator

from ..model import ReportModel
from ..text import count
from .font_fallback import unprintable

_SHOWN_SAMPLE = 8
_SHOWN_FIELDS = 6


def pdf_text_warnings(model: ReportModel) -> list[str]:
    """Plain warnings for the officer, naming the fields; empty when the PDF shows all as typed."""
    texts = list(labelled_texts(model))
    warnings = []
    everything = "".join(text for _field, text in texts)
    missing = missing_characters(everything)
    if missing:
        lacking = set(missing)
        fields = _fields(texts, lambda text: any(c in lacking for c in text))
        # The sample in reading order, so the first characters named are the first ones seen.
        sample = [c for c in dict.fromkeys(everything) if c in lacking][:_SHOWN_SAMPLE]
        warnings.append(
            f"The PDF's fonts have no shapes for {count(len(missing), 'character')} in this "
            f"scrutiny ({' '.join(sample)}), in {fields}; they print as empty boxes. "
            "Export the accessible HTML report as well, which shows them."
        )
    rtl = _fields(texts, _has_right_to_left)
    if rtl:
        warnings.append(
            f"This scrutiny contains right-to-left text (such as Arabic, Urdu or Hebrew), in "
            f"{rtl}, which the PDF prints letter by letter from left to right. Export the "
            "accessible HTML report as well, which shows it correctly."
        )
    return warnings


def _has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def _fields(texts: list[tuple[str, str]], affected: Callable[[str], bool]) -> str:
    """The affected fields as a phrase: ``the title, question LB-01 note and 3 other fields``."""
    names = list(dict.fromkeys(field for field, text in texts if affected(text)))
    if not names:
        return ""
    shown = names[:_SHOWN_FIELDS]
    if len(names) > len(shown):
        rest = len(names) - len(shown)
        return ", ".join(shown) + f" and {rest} other field{'s' if rest > 1 else ''}"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def missing_characters(text: str) -> list[str]:
    """Characters (sorted, once each) that neither bundled font (DejaVu, Noto CJK) can draw."""
    return sorted(c for c in unprintable(text) if unicodedata.category(c)[0] not in "CZ")


def labelled_texts(model: ReportModel) -> Iterator[tuple[str, str]]:
    """Every piece of text in the report model, each with the field it sits in.

    Walks the model's fields rather than listing them, so that text added to the report later
    is checked too; each item is named as an officer knows it (``question LB-01 note``,
    ``evidence E2 description``, ``action A1 reply``, ``decision 2 rationale``).
    """
    yield from _walk(model, "")


def _walk(value: object, owner: str) -> Iterator[tuple[str, str]]:
    for field in dataclasses.fields(value):  # type: ignore[arg-type]
        if (type(value).__name__, field.name) in _NOT_PRINTED:
            continue
        content = getattr(value, field.name)
        name = field.name.replace("_", " ")
        label = f"{owner} {name}" if owner else f"the {name}"
        yield from _texts_in(content, label)


def _texts_in(content: object, label: str) -> Iterator[tuple[str, str]]:
    if isinstance(content, str):
        yield label, content
    elif isinstance(content, tuple):
        for item in content:
            yield from _texts_in(item, label)
    elif dataclasses.is_dataclass(content) and not isinstance(content, type):
        yield from _walk(content, _item_name(content))


def _item_name(item: object) -> str:
    """How a report shows an item: by its reference, question key, number or title."""
    kind, attribute = _ITEM_KINDS.get(type(item).__name__, ("item", "title"))
    value = getattr(item, attribute, "")
    return f"{kind} {value}" if value not in ("", None) else kind


# Text the model carries that the PDF does not print: no warning about it.
_NOT_PRINTED = frozenset({("ReportEvidence", "description")})

# What a reader calls each kind of item in the report, and what the report names it by.
_ITEM_KINDS = {
    "ReportQuestion": ("question", "key"),
    "ReportTheme": ("theme", "title"),
    "ReportFlag": ("red flag", "key"),
    "ReportDecision": ("decision", "sequence"),
    "ReportEvidence": ("evidence", "ref"),
    "ReportAction": ("action", "ref"),
    "ReportChange": ("change to", "key"),
    "ReportFramework": ("framework", "title"),
    "ReportInconsistency": ("inconsistency on", "key"),
}
