"""A small screening template for tests that must not depend on the shipped screening."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SLUG = "screening"


def _option(value: str, points: float) -> dict[str, Any]:
    return {"value": value, "label": value.replace("-", " ").capitalize(), "points": points}


def _question(key: str, prompt: str, options: list[dict[str, Any]], kind: str = "single") -> Any:
    return {
        "key": key,
        "prompt": prompt,
        "guidance": f"Why {key} matters.",
        "sources": ["Data Protection Act 2018 s64"],
        "answer": {"type": kind, "options": options},
    }


def screening_data(slug: str = SLUG) -> dict[str, Any]:
    """Three questions, least to most intrusive, banded 1-4 with one trigger and a proposal."""
    return {
        "slug": slug,
        "version": "1.0.0",
        "title": "Test screening",
        "kind": "screening",
        "themes": [
            {
                "key": "screening",
                "title": "Screening",
                "questions": [
                    _question(
                        "SCR-01",
                        "Does it identify people?",
                        [_option("no", 0), _option("single-out", 2), _option("identify", 4)],
                    ),
                    _question(
                        "SCR-02",
                        "What data does it use?",
                        [_option("none", 0), _option("special", 2), _option("biometric", 4)],
                    ),
                    _question(
                        "SCR-03",
                        "Where is it used?",
                        [_option("office", 0), _option("public", 2), _option("protest", 4)],
                        kind="multiple",
                    ),
                ],
            }
        ],
        "scoring": {
            "totals": [
                {"key": "impact", "label": "Impact", "questions": ["SCR-01", "SCR-02", "SCR-03"]}
            ],
            "bands": {
                "total": "impact",
                "levels": [
                    {"band": 1, "label": "Level 1"},
                    {"band": 2, "label": "Level 2", "at_least": 3},
                    {"band": 3, "label": "Level 3", "at_least": 6},
                    {"band": 4, "label": "Level 4", "at_least": 9},
                ],
            },
            "triggers": [
                {
                    "when": [
                        {"key": "SCR-02", "any_of": ["biometric"]},
                        {"key": "SCR-03", "any_of": ["public", "protest"]},
                    ],
                    "at_least": 4,
                    "reason": "Biometric identification in public space is always level 4.",
                }
            ],
            "proposes": [
                {
                    "when": [{"key": "SCR-02", "any_of": ["biometric"]}],
                    "modules": ["facial-recognition"],
                    "reason": "A face is matched.",
                }
            ],
        },
    }


def install(templates_dir: Path, slug: str = SLUG) -> Path:
    """Write the screening into an office templates folder (JSON is a template file too)."""
    templates_dir.mkdir(parents=True, exist_ok=True)
    path = templates_dir / f"{slug}.json"
    path.write_text(json.dumps(screening_data(slug)), encoding="utf-8")
    return path


LEAST = {"SCR-01": ["no"], "SCR-02": ["none"], "SCR-03": ["office"]}
MOST = {"SCR-01": ["identify"], "SCR-02": ["biometric"], "SCR-03": ["public", "protest"]}
