"""The EU's Assessment List for Trustworthy AI (ALTAI), a paraphrased subset, as an office template.

Run from the project folder (offline)::

    python -m tools.peer_questionnaires.altai [SUBSET_YAML] [--out FILE]

No machine-readable ALTAI was found and the reuse terms of its PDF could not be confirmed, so
the source is ``upstream/altai-subset.yaml``: this project's paraphrase of a subset of the
list, in the ALTAI's order. Each item becomes a question keyed ``ALTAI-<requirement>-<section>-
<item>``; the seven requirements become themes and an office framework for the coverage
table. A "risk" item is answered so that yes reads as not met (red), a "measure" item so that
no does, which is how the ALTAI's own answers read.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from tools.peer_questionnaires.common import EXAMPLES, UPSTREAM, plain, slug, write

SOURCE = UPSTREAM / "altai-subset.yaml"
OUT = EXAMPLES / "eu-altai.yaml"
FRAMEWORK = "altai"
_DONT_KNOW = {"value": "dont-know", "label": "Do not know", "status": "unknown"}
OPTIONS = {
    "risk": [
        {"value": "no", "label": "No", "status": "met", "rating": "green"},
        {"value": "possibly", "label": "Possibly", "status": "partly_met", "rating": "amber"},
        {"value": "yes", "label": "Yes", "status": "not_met", "rating": "red"},
        _DONT_KNOW,
    ],
    "measure": [
        {"value": "yes", "label": "Yes", "status": "met", "rating": "green"},
        {"value": "partly", "label": "Partly", "status": "partly_met", "rating": "amber"},
        {"value": "no", "label": "No", "status": "not_met", "rating": "red"},
        _DONT_KNOW,
    ],
}
GUIDANCE = {
    "risk": "The ALTAI asks whether this harm could happen: a yes is the worrying answer.",
    "measure": "The ALTAI asks whether this safeguard is in place: a no is the worrying answer.",
}


def convert(subset: dict[str, Any]) -> dict[str, Any]:
    """The subset as template data (check it with ``common.check``)."""
    requirements = subset["requirements"]
    titles = [f"{r['id']}. {r['title']}" for r in requirements]
    themes = [
        {
            "key": slug(requirement["title"]),
            "title": title,
            "questions": [
                _question(requirement, section, number, item, title)
                for section in requirement["sections"]
                for number, item in enumerate(section["items"], start=1)
            ],
        }
        for requirement, title in zip(requirements, titles, strict=True)
    ]
    return {
        "format_version": 1,
        "slug": "eu-altai-subset",
        "version": "1.0.0",
        "title": "EU: Assessment List for Trustworthy AI, a subset (paraphrased)",
        "kind": "module",
        "description": (
            "A subset of the European Commission High-Level Expert Group's Assessment List "
            "for Trustworthy AI (ALTAI, July 2020), paraphrased, in its order, for comparison "
            "with the office's own scrutiny. It is not the ALTAI text: read the published "
            "list before relying on any item. Each item is answered so that a worrying answer "
            "reads as not met."
        ),
        "provenance": {
            "source": f"{subset['publisher']}, {subset['source']} (paraphrased subset)",
            "licence": (
                "Paraphrase in this project's words; the ALTAI's own reuse terms not confirmed"
            ),
            "upstream_version": str(subset["version"]),
            "upstream_url": str(subset["url"]),
        },
        "frameworks": [
            {
                "key": FRAMEWORK,
                "title": "ALTAI requirements for trustworthy AI",
                "elements": titles,
                "source": "Assessment List for Trustworthy AI (2020)",
            }
        ],
        "themes": themes,
    }


def _question(
    requirement: dict[str, Any],
    section: dict[str, Any],
    number: int,
    item: dict[str, Any],
    theme_title: str,
) -> dict[str, Any]:
    place = f"{requirement['id']}-{section['id']}-{number}"
    kind = str(item["kind"])
    return {
        "key": f"ALTAI-{place}",
        "prompt": plain(str(item["text"])),
        "guidance": f"ALTAI requirement {theme_title}, {section['title']}. {GUIDANCE[kind]}",
        "sources": [
            f"ALTAI (High-Level Expert Group on AI, July 2020), requirement {requirement['id']}, "
            f"{section['title']} (paraphrased)"
        ],
        "frameworks": {FRAMEWORK: [theme_title]},
        "answer": {"type": "single", "options": OPTIONS[kind]},
        "upstream_id": (
            f"Requirement {requirement['id']}, {section['title']}, item {number} of this subset"
        ),
    }


def main(argv: list[str] | None = None) -> int:
    """Convert the saved subset (or SUBSET_YAML) into the office template."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("subset", nargs="?", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    subset = yaml.safe_load(args.subset.read_text(encoding="utf-8"))
    template = write(convert(subset), HEADER, args.out)
    print(f"{args.out}: {len(list(template.questions()))} questions")
    return 0


HEADER = """\
Generated by tools/peer_questionnaires/altai.py from tools/peer_questionnaires/upstream/
altai-subset.yaml, a paraphrased subset of the EU's Assessment List for Trustworthy AI (2020),
not its text. Do not edit by hand: change the subset or the converter and run it again
(docs/peer-questionnaires.md)."""


if __name__ == "__main__":
    raise SystemExit(main())
