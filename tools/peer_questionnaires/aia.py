"""Canada's Algorithmic Impact Assessment (SurveyJS definition) as an office template.

Run from the project folder (offline; reads the saved copy in ``upstream/``)::

    python -m tools.peer_questionnaires.aia [SURVEY_JSON] [--out FILE]

The AIA encodes its scoring in its data: a choice value ``item<n>-<w>`` is worth ``w``
points, and a question (or the panel holding it) named ``...-RS`` counts towards the raw
impact score, ``...-MS`` towards the mitigation score, ``...-NS`` towards nothing. Its code
(``src/store.ts``, ``calculateFinalScore``) then lowers the raw score by 15% when the
mitigation score reaches 80% of half its maximum (half, because design and implementation
questions are both counted), rounds it, and gives level I to IV at 25%, 50% and 75% of the
raw maximum. This converter writes the same rules in the template's ``scoring``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.peer_questionnaires.common import EXAMPLES, SHORT_LIMIT, UPSTREAM, plain, slug, write

SOURCE = UPSTREAM / "aia-survey-enfr.json"
OUT = EXAMPLES / "canada-aia.yaml"
UPSTREAM_VERSION = "1.0.1 (commit b900dc7d, 2025-10-03)"
UPSTREAM_URL = "https://github.com/canada-ca/aia-eia-js"

# Page name -> the code in question keys (AIA-<code>-<suffix>).
PAGE_CODES = {
    "projectDetails": "PD",
    "businessDrivers": "BD",
    "riskProfile": "RP",
    "projectAuthority": "PA",
    "aboutSystem": "SY",
    "aboutAlgorithm": "AL",
    "decisionSector": "DS",
    "impact": "IM",
    "aboutData": "DA",
    "consultationDesign": "CD",
    "consultationImplementation": "CI",
    "dataQualityDesign": "QD",
    "dataQualityImplementation": "QI",
    "fairnessDesign": "FD",
    "fairnessImplementation": "FI",
    "privacyDesign": "VD",
    "privacyImplementation": "VI",
}
# Name prefixes taken off to leave a short key suffix (aboutDataSourceType2 -> T2).
NAME_PREFIXES = (("aboutDataSourceType", "T"), ("aboutDataSource", ""))
# The list of Government of Canada departments means nothing to a UK office.
SKIPPED = {"projectDetailsDepartment-NS": "the list of Government of Canada departments"}
ANSWER_TYPES = {
    "radiogroup": "single",
    "dropdown": "single",
    "checkbox": "multiple",
    "comment": "text",
    "text": "text",
}
_ATOM = re.compile(r'^\{(\w+(?:-\w+)?)\}\s*(=|contains)\s*\[?\s*"([^"]+)"\s*\]?$')
_WEIGHT = re.compile(r"-(\d+(?:\.\d+)?)$")
RAW, MITIGATION = "raw-impact", "mitigation"
LEVEL_PERCENTS = (25, 50, 75)


@dataclass
class Report:
    """What the conversion could not carry exactly, for the documentation."""

    skipped: list[str] = field(default_factory=list)
    approximated: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Element:
    """One SurveyJS question with the page and panel it sits in."""

    data: dict[str, Any]
    page: dict[str, Any]
    panel: dict[str, Any] | None

    @property
    def name(self) -> str:
        return str(self.data["name"])

    @property
    def score_type(self) -> str:
        """RS, MS or NS, from the question's name or else its panel's, as the AIA reads it."""
        for name in (self.name, (self.panel or {}).get("name", "")):
            for kind in ("RS", "MS", "NS"):
                if str(name).endswith(f"-{kind}"):
                    return kind
        return "NS"


def weight(value: Any) -> float:
    """The points a choice value carries: the number after its last hyphen, else 0."""
    found = _WEIGHT.search(str(value))
    return float(found.group(1)) if found else 0.0


def text(node: Any, lang: str = "default") -> str:
    """A SurveyJS localisable string in ``lang`` ('default' is English)."""
    if isinstance(node, dict):
        return str(node.get(lang) or "")
    return str(node or "") if lang == "default" else ""


def elements(survey: dict[str, Any]) -> Iterator[Element]:
    """Every question of every page, in order, with its page and panel."""
    for page in survey["pages"]:
        if page["name"] not in PAGE_CODES:
            continue
        yield from _walk(page, page, None)


def _walk(
    node: dict[str, Any], page: dict[str, Any], panel: dict[str, Any] | None
) -> Iterator[Element]:
    for child in node.get("elements") or []:
        if child.get("type") == "panel":
            yield from _walk(child, page, child)
        else:
            yield Element(child, page, panel)


def convert(survey: dict[str, Any], report: Report | None = None) -> dict[str, Any]:
    """The AIA survey as template data (check it with ``common.check``)."""
    report = report if report is not None else Report()
    found = [e for e in elements(survey) if _carried(e, report)]
    keys = _keys(found)
    options = {e.name: {_value(c) for c in e.data.get("choices") or []} for e in found}
    themes: dict[str, dict[str, Any]] = {}
    for element in found:
        theme = themes.get(element.page["name"])
        if theme is None:
            theme = themes[element.page["name"]] = _theme(element)
        theme["questions"].append(_question(element, keys, options, report))
    scored = {kind: [keys[e.name] for e in found if _scored(e, kind)] for kind in ("RS", "MS")}
    maxima = {kind: sum(_maximum(e) for e in found if _scored(e, kind)) for kind in ("RS", "MS")}
    return {
        "format_version": 1,
        "slug": "canada-algorithmic-impact-assessment",
        "version": "1.0.0",
        "title": "Canada: Algorithmic Impact Assessment (converted)",
        "kind": "module",
        "description": _description(maxima),
        "provenance": {
            "source": (
                "Government of Canada, Algorithmic Impact Assessment tool, src/survey-enfr.json"
            ),
            "licence": "MIT (Crown Copyright, Government of Canada)",
            "upstream_version": UPSTREAM_VERSION,
            "upstream_url": UPSTREAM_URL,
        },
        "themes": list(themes.values()),
        "scoring": _scoring(scored, maxima["RS"]),
        "translations": {
            "fr": {"title": "Canada : Évaluation de l'incidence algorithmique (convertie)"}
        },
    }


def _carried(element: Element, report: Report) -> bool:
    kind = element.data.get("type")
    if element.name in SKIPPED:
        report.skipped.append(f"{element.name}: {SKIPPED[element.name]}")
        return False
    if kind not in ANSWER_TYPES:
        report.skipped.append(f"{element.name}: a SurveyJS {kind!r} element (display text only)")
        return False
    return True


def _keys(found: list[Element]) -> dict[str, str]:
    keys: dict[str, str] = {}
    counters: dict[str, int] = {}
    for element in found:
        page = element.page["name"]
        code = PAGE_CODES[page]
        counters[page] = counters.get(page, 0) + 1
        suffix = _suffix(element.name, page)
        keys[element.name] = f"AIA-{code}-{suffix or 'N' + str(counters[page])}"
    return keys


def _suffix(name: str, page: str) -> str:
    """The short part of a name after its page prefix (riskProfile10 -> 10), or ''."""
    for prefix, short in (*NAME_PREFIXES, (page, "")):
        if name.startswith(prefix):
            rest = short + name[len(prefix) :]
            return rest.upper() if re.fullmatch(r"[0-9][0-9A-Za-z]{0,3}|T[0-9]{1,3}", rest) else ""
    return ""


def _value(choice: Any) -> str:
    return str(choice["value"] if isinstance(choice, dict) else choice)


def _scored(element: Element, kind: str) -> bool:
    return element.score_type == kind and ANSWER_TYPES[element.data["type"]] != "text"


def _maximum(element: Element) -> float:
    """The AIA's own maximum: every weight for a checkbox, the best weight otherwise."""
    weights = [weight(_value(c)) for c in element.data.get("choices") or []]
    if element.data["type"] == "checkbox":
        return sum(weights)
    return max(weights, default=0.0)


def _theme(element: Element) -> dict[str, Any]:
    page = element.page
    title, title_fr = text(page.get("title")) or page["name"], text(page.get("title"), "fr")
    panel_title = text((element.panel or {}).get("title"))
    panel_fr = text((element.panel or {}).get("title"), "fr")
    phase_en, phase_fr = "", ""
    if page.get("visibleIf"):
        design = page["name"].endswith("Design")
        phase_en = " (design phase)" if design else " (implementation phase)"
        phase_fr = " (phase de conception)" if design else " (phase de mise en œuvre)"
    theme: dict[str, Any] = {
        "key": slug(page["name"]),
        "title": f"{title}: {panel_title}{phase_en}" if panel_title else title + phase_en,
        "description": f"Questions of the AIA page {page['name']!r}.",
        "questions": [],
    }
    if title_fr:
        theme["translations"] = {
            "fr": {
                "title": f"{title_fr} : {panel_fr}{phase_fr}" if panel_fr else title_fr + phase_fr
            }
        }
    return theme


def _question(
    element: Element, keys: dict[str, str], options: dict[str, set[str]], report: Report
) -> dict[str, Any]:
    data = element.data
    prompt = plain(text(data.get("title"))) or element.name
    question: dict[str, Any] = {
        "key": keys[element.name],
        "prompt": prompt,
        "guidance": _guidance(element),
        "sources": [
            f"Government of Canada, Algorithmic Impact Assessment v1.0.1, question {element.name}"
        ],
        "answer": _answer(element),
    }
    show_if = _show_if(element, keys, options, report)
    if show_if is not None:
        question["show_if"] = show_if
    question["upstream_id"] = element.name
    french = {"prompt": plain(text(data.get("title"), "fr"))}
    help_fr = plain(text(data.get("help"), "fr") or text(data.get("description"), "fr"))
    if help_fr:
        french["guidance"] = help_fr
    if french["prompt"]:
        question["translations"] = {"fr": {k: v for k, v in french.items() if v}}
    return question


def _guidance(element: Element) -> str:
    data = element.data
    base = plain(text(data.get("help")) or text(data.get("description")), 3800)
    kind = element.score_type
    if ANSWER_TYPES[data["type"]] == "text" or kind == "NS":
        note = "The AIA does not score this question."
    else:
        total = "raw impact score" if kind == "RS" else "mitigation score"
        most = f"at most {_maximum(element):g} points"
        note = f"The AIA counts this answer towards its {total} ({most})."
    return f"{base} {note}".strip()


def _answer(element: Element) -> dict[str, Any]:
    data = element.data
    kind = ANSWER_TYPES[data["type"]]
    if kind == "text":
        return {"type": "text"}
    scored = element.score_type in ("RS", "MS")
    answer_options = []
    for choice in data.get("choices") or []:
        value = _value(choice)
        label = text(choice.get("text") if isinstance(choice, dict) else choice) or value
        option: dict[str, Any] = {"value": value, "label": plain(label, SHORT_LIMIT)}
        points = weight(value) if scored else 0.0
        if points:
            option["points"] = int(points) if points.is_integer() else points
        label_fr = text(choice.get("text"), "fr") if isinstance(choice, dict) else ""
        if label_fr:
            option["translations"] = {"fr": {"label": plain(label_fr, SHORT_LIMIT)}}
        answer_options.append(option)
    return {"type": kind, "options": answer_options}


def _show_if(
    element: Element, keys: dict[str, str], options: dict[str, set[str]], report: Report
) -> dict[str, Any] | None:
    """The question's (or else its page's) visibleIf as show_if, where it can be carried."""
    expression = element.data.get("visibleIf") or element.page.get("visibleIf")
    if not expression:
        return None
    conjuncts = [c.strip().strip("()") for c in re.split(r"\)?\s+and\s+\(?", expression.strip())]
    # The template tests one question; the last conjunct names the nearest (most specific).
    atoms = [_ATOM.match(a.strip()) for a in conjuncts[-1].split(" or ")]
    names = {m.group(1) for m in atoms if m}
    if not atoms or None in atoms or len(names) != 1 or names.pop() not in keys:
        report.approximated.append(f"{element.name}: shown always (visibleIf {expression!r})")
        return None
    target = atoms[0].group(1) if atoms[0] else ""
    values = [m.group(3) for m in atoms if m and m.group(3) in options[target]]
    if not values:
        report.approximated.append(
            f"{element.name}: shown always (its visibleIf names an option {target} lacks)"
        )
        return None
    if len(conjuncts) > 1:
        report.approximated.append(f"{element.name}: only the last part of {expression!r}")
    return {"key": keys[target], "any_of": list(dict.fromkeys(values))}


def thresholds(maximum: float) -> list[float]:
    """Points at which levels II, III and IV begin, matching the AIA's rounding.

    The AIA gives a higher level when the rounded score is above a share of the maximum.
    Scores are whole numbers (``Math.round`` of the reduced score), so "above T" is "at least
    floor(T) + 1", which an unrounded score reaches exactly when it is at least floor(T) + 0.5.
    """
    return [math.floor(maximum * p / 100) + 0.5 for p in LEVEL_PERCENTS]


def _scoring(scored: dict[str, list[str]], raw_maximum: float) -> dict[str, Any]:
    labels = [("I", 1), ("II", 2), ("III", 3), ("IV", 4)]
    starts = [None, *thresholds(raw_maximum)]
    levels = []
    for (numeral, band), start in zip(labels, starts, strict=True):
        level: dict[str, Any] = {"band": band, "label": f"Impact level {numeral}"}
        if start is not None:
            level["at_least"] = start
        level["translations"] = {"fr": {"label": f"Niveau d'incidence {numeral}"}}
        levels.append(level)
    return {
        "totals": [
            {
                "key": RAW,
                "label": "Raw impact score",
                "questions": scored["RS"],
                "translations": {"fr": {"label": "Cote d'incidence brute"}},
            },
            {
                "key": MITIGATION,
                "label": "Mitigation score",
                "questions": scored["MS"],
                "translations": {"fr": {"label": "Cote d'atténuation"}},
            },
        ],
        # 80% of half the mitigation maximum is 40% of the whole.
        "adjustments": [
            {"target": RAW, "condition": MITIGATION, "at_least_percent": 40, "multiply_by": 0.85}
        ],
        "bands": {"total": RAW, "levels": levels},
    }


def _description(maxima: dict[str, float]) -> str:
    starts = ", ".join(f"{t:g}" for t in thresholds(maxima["RS"]))
    return (
        "Canada's Algorithmic Impact Assessment, converted from its public SurveyJS definition "
        "for comparison with the office's own scrutiny. Answers carry the AIA's weights: the "
        f"raw impact score (at most {maxima['RS']:g}) is lowered by 15% when the mitigation "
        f"score reaches 80% of half its maximum of {maxima['MS']:g}, and the impact level is I "
        f"to IV, beginning at {starts} points (the AIA's 25%, 50% and 75% of the maximum, as "
        "its rounding gives them). Design and implementation questions appear by project "
        "phase. Canadian law and bodies named in the questions are Canada's, not the UK's."
    )


def main(argv: list[str] | None = None) -> int:
    """Convert the saved survey (or SURVEY_JSON) into the office template."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("survey", nargs="?", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    survey = json.loads(args.survey.read_text(encoding="utf-8"))
    report = Report()
    template = write(convert(survey, report), HEADER, args.out)
    print(f"{args.out}: {len(list(template.questions()))} questions")
    for line in report.skipped + report.approximated:
        print(f"  not carried exactly: {line}")
    return 0


HEADER = """\
Generated by tools/peer_questionnaires/aia.py from Canada's Algorithmic Impact Assessment
(canada-ca/aia-eia-js, src/survey-enfr.json, MIT licence, Crown Copyright Government of
Canada). Do not edit by hand: change the converter and run it again
(docs/peer-questionnaires.md)."""


if __name__ == "__main__":
    raise SystemExit(main())
