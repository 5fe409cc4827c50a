"""Advice for `templates check`: fields the format has no feature for, and files of other kinds."""

from __future__ import annotations

import re
from typing import Any

_CODE = re.compile(r"^[a-z]{2,3}$")

_TYPED = "typed answers go under answer: {type: single, options: [{value, label, points}]}"
_POINTS = (
    "points belong to each answer option (answer › options › points), and totals and bands "
    "to scoring: at the top level"
)
_SHOW_IF = (
    "a question asked only after a given answer uses show_if: {key: OTHER-KEY, any_of: [values]}"
)
_PROVENANCE = (
    "where the content comes from goes under provenance: {source, licence, upstream_version, "
    "upstream_url}"
)
_QUESTIONS = "questions go in a theme's questions: list, inside themes:"

# Field names other formats use, by the level they appear at, and where the content could go
# in this format instead. A name not here gets the ordinary "check its spelling" fix.
_QUESTION_ADVICE = {
    **dict.fromkeys(("choices", "options", "answers", "answer_options", "items"), _TYPED),
    **dict.fromkeys(("type", "input_type", "inputtype"), _TYPED),
    **dict.fromkeys(("points", "score", "scores", "weight", "weighting", "value"), _POINTS),
    **dict.fromkeys(
        ("visibleif", "visible_if", "condition", "depends_on", "enableif", "show_when", "when"),
        _SHOW_IF,
    ),
    **dict.fromkeys(
        ("level", "min_level", "minimum_level", "impact_level"),
        "a question asked only at or above an impact level uses from_level: 1 to 4",
    ),
    **dict.fromkeys(
        ("id", "name", "ref", "upstream", "number", "original_id"),
        "the question's id in the questionnaire it comes from goes in upstream_id",
    ),
    **dict.fromkeys(
        ("notes", "note", "comment", "comments", "help", "hint", "explanation", "description"),
        "explanatory text goes in guidance",
    ),
    **dict.fromkeys(
        ("reference", "references", "citation", "citations", "source", "law"),
        "what the question rests on goes in sources: (a list)",
    ),
    **dict.fromkeys(
        ("tags", "category", "categories", "principle", "principles", "section"),
        "framework elements go in frameworks: {framework-key: [elements]}, declaring any new "
        "framework under frameworks: at the top of the template",
    ),
    **dict.fromkeys(
        ("required", "mandatory", "priority", "isrequired"),
        "how firmly a question binds goes in obligation: must, should or could",
    ),
    **dict.fromkeys(("title", "text", "question"), "the question itself goes in prompt"),
    **dict.fromkeys(
        ("red_flags", "redflag", "risk"), "what a bad answer looks like goes in red_flag"
    ),
}
_TEMPLATE_ADVICE = {
    **dict.fromkeys(
        ("author", "authors", "licence", "license", "copyright", "source", "url", "upstream"),
        _PROVENANCE,
    ),
    **dict.fromkeys(
        ("language", "languages", "locale", "locales"),
        "the languages a template offers are those its texts are given in (cy: or "
        "translations: {code: {...}} beside each text)",
    ),
    **dict.fromkeys(("pages", "elements", "sections", "questions", "items"), _QUESTIONS),
    **dict.fromkeys(
        ("score", "scores", "levels", "bands", "thresholds", "rules", "triggers", "totals"),
        "scoring goes under scoring: {totals, adjustments, bands, triggers, proposes}",
    ),
    **dict.fromkeys(("name", "id"), "the template's permanent name goes in slug"),
}


# Names for features the format does not have at all (rather than writes another way): notes,
# tags, weights, authors and the like. Their content can still go somewhere near.
_NO_SUCH_FEATURE = frozenset(
    {
        *("notes", "note", "comment", "comments", "help", "hint", "explanation"),
        *("tags", "category", "categories", "principle", "principles", "section"),
        *("weight", "weighting", "required", "mandatory", "priority", "isrequired"),
        *("author", "authors", "copyright", "language", "languages", "locale", "locales"),
        *("id", "name", "number", "original_id", "red_flags", "redflag", "risk"),
    }
)


def feature_advice(name: str, level: str) -> str | None:
    """For an unknown field ``name`` at ``level`` ("template", "theme" or "question"): that the
    format has no such feature (or writes it another way) and where the content could go.

    None when the name is probably just misspelt.
    """
    lowered = name.lower()
    table = _TEMPLATE_ADVICE if level == "template" else _QUESTION_ADVICE
    if level == "theme":
        table = {**_QUESTION_ADVICE, **dict.fromkeys(("elements", "items", "pages"), _QUESTIONS)}
    if lowered in table:
        advice = table[lowered]
    elif lowered == "en":
        advice = "the template's own text is the English; leave out en:"
    elif _CODE.match(lowered):
        advice = (
            f"text in another language goes under translations: {{{lowered}: {{...}}}} "
            "(Welsh may also go under cy:)"
        )
    else:
        return None
    if lowered in _NO_SUCH_FEATURE:
        return f"the template format has no field {name!r}, as it has no such feature; {advice}"
    return f"the template format has no field {name!r}: it writes this another way; {advice}"


def not_a_template(data: Any, name: str) -> str | None:
    """A plain message when the file's data is clearly something other than a template."""
    if not isinstance(data, dict):
        return None
    if data.get("format") == "ethics-scrutiny-bundle":
        return (
            f"{name} is not a template: it is a scrutiny bundle. Import it with "
            "'ethics-scrutiny import FILE' (in the app: File ▸ Import bundle…)."
        )
    if "themes" not in data and ("pages" in data or "elements" in data):
        return (
            f"{name} is not a template: it looks like a SurveyJS questionnaire (pages of "
            "elements). Convert it into a template first: see docs/authoring-templates.md."
        )
    if "$schema" in data and "themes" not in data and "properties" in data:
        return f"{name} is not a template: it is a JSON Schema. Check you chose the right file."
    if not {"slug", "themes", "kind", "version", "title"} & set(map(str, data)):
        return (
            f"{name} is not a template: it has none of a template's fields (slug, version, "
            "title, kind, themes). Check you chose the right file, or see "
            "docs/authoring-templates.md."
        )
    return None
