"""deon's data science ethics checklist (checklist.yml) as an office template.

Run from the project folder (offline; reads the saved copies in ``upstream/``)::

    python -m tools.peer_questionnaires.deon [CHECKLIST_YML] [--out FILE]

Each deon item becomes a question keyed ``DEON-<section><n>`` (A.1 -> DEON-A1) with a yes / no
/ not applicable answer mapped to met / not met / not applicable; deon's real-world examples
of the issue become the guidance; its five sections become themes and an office framework,
so the coverage table shows which sections are covered.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from tools.peer_questionnaires.common import EXAMPLES, UPSTREAM, plain, slug, write

SOURCE = UPSTREAM / "deon-checklist.yml"
EXAMPLES_SOURCE = UPSTREAM / "deon-examples_of_ethical_issues.yml"
OUT = EXAMPLES / "deon-checklist.yaml"
UPSTREAM_VERSION = "0.3.1 (commit 457aa982, 2026-02-18)"
FRAMEWORK = "deon"
# deon marks each example as good practice or harm; the template's text says it in words.
_MARKS = {"✅": "Good practice", "⛔": "Harm"}


def _read(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def convert(checklist: dict[str, Any], examples: list[dict[str, Any]]) -> dict[str, Any]:
    """The checklist as template data (check it with ``common.check``)."""
    links = {entry["line_id"]: entry.get("links") or [] for entry in examples}
    sections = [str(section["title"]) for section in checklist["sections"]]
    themes = []
    for section in checklist["sections"]:
        theme: dict[str, Any] = {
            "key": slug(section["title"]),
            "title": section["title"],
            "questions": [
                _question(line, section["title"], links.get(line["line_id"], []))
                for line in section["lines"]
            ],
        }
        themes.append(theme)
    return {
        "format_version": 1,
        "slug": "deon-data-science-ethics-checklist",
        "version": "1.0.0",
        "title": "deon: Data Science Ethics Checklist (converted)",
        "kind": "module",
        "description": (
            "DrivenData's deon checklist for data science projects, converted for comparison "
            "with the office's own scrutiny. Each item is answered yes, no or not applicable "
            "(met, not met, not applicable); the guidance gives deon's published examples of "
            "the issue, good practice and harm. deon is written for the team building a model; "
            "read 'we' as the force and its supplier."
        ),
        "provenance": {
            "source": (
                "DrivenData, deon (deon/assets/checklist.yml and examples_of_ethical_issues.yml)"
            ),
            "licence": "MIT (Copyright 2018 DrivenData Inc.)",
            "upstream_version": UPSTREAM_VERSION,
            "upstream_url": "https://github.com/drivendataorg/deon",
        },
        "frameworks": [
            {
                "key": FRAMEWORK,
                "title": "deon checklist sections",
                "elements": sections,
                "source": "deon Data Science Ethics Checklist",
            }
        ],
        "themes": themes,
    }


def _question(line: dict[str, Any], section: str, links: list[dict[str, Any]]) -> dict[str, Any]:
    line_id = str(line["line_id"])
    question: dict[str, Any] = {
        "key": "DEON-" + line_id.replace(".", ""),
        "prompt": plain(str(line["line"])),
        "guidance": _guidance(str(line["line_summary"]), links),
        "sources": [
            f"deon Data Science Ethics Checklist v0.3.1, item {line_id} ({line['line_summary']})"
        ],
        "frameworks": {FRAMEWORK: [section]},
        "answer": {
            "type": "single",
            "options": [
                {"value": "yes", "label": "Yes", "status": "met", "rating": "green"},
                {"value": "no", "label": "No", "status": "not_met", "rating": "red"},
                {"value": "not-applicable", "label": "Not applicable", "status": "not_applicable"},
            ],
        },
        "upstream_id": line_id,
    }
    return question


def _guidance(summary: str, links: list[dict[str, Any]]) -> str:
    parts = [f"deon item: {summary}. The checklist is meant to start a discussion, not end it."]
    for link in links:
        words = str(link.get("text", "")).strip()
        mark = next((m for m in _MARKS if words.startswith(m)), None)
        label = _MARKS[mark] if mark else "Example"
        words = words.removeprefix(mark or "").strip()
        parts.append(f"{label}: {words} ({link.get('url', '')})")
    return plain(" ".join(parts))


def main(argv: list[str] | None = None) -> int:
    """Convert the saved checklist (or CHECKLIST_YML) into the office template."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checklist", nargs="?", type=Path, default=SOURCE)
    parser.add_argument("--examples", type=Path, default=EXAMPLES_SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = convert(_read(args.checklist), _read(args.examples))
    template = write(data, HEADER, args.out)
    print(f"{args.out}: {len(list(template.questions()))} questions")
    return 0


HEADER = """\
Generated by tools/peer_questionnaires/deon.py from deon's checklist (drivendataorg/deon,
deon/assets/checklist.yml and examples_of_ethical_issues.yml; MIT licence, Copyright 2018
DrivenData Inc.). Do not edit by hand: change the converter and run it again
(docs/peer-questionnaires.md)."""


if __name__ == "__main__":
    raise SystemExit(main())
