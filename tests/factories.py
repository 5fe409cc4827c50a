"""Small, explicit templates for tests that must not depend on the shipped content."""

from __future__ import annotations

from typing import Any

from ethics_scrutiny.domain.templates import Template


def question(key: str, *, critical: bool = False, **extra: Any) -> dict[str, Any]:
    return {
        "key": key,
        "prompt": f"Prompt for {key}?",
        "guidance": f"Why {key} matters.",
        "sources": ["Data Protection Act 2018 s64"],
        "evidence": [f"Evidence for {key}"],
        "red_flag": f"{key} has no evidence.",
        "critical": critical,
        **extra,
    }


def template_data(slug: str = "core", **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "slug": slug,
        "version": "1.0.0",
        "title": "Test core",
        "kind": "core",
        "themes": [
            {
                "key": "fairness",
                "title": "Fairness",
                "questions": [question("FE-01", critical=True), question("FE-02")],
            },
            {
                "key": "privacy",
                "title": "Privacy",
                "questions": [
                    question("PD-01", critical=True),
                    question("PD-02"),
                    question("PD-03"),
                ],
            },
        ],
    }
    data.update(extra)
    return data


def make_template(**extra: Any) -> Template:
    return Template.model_validate(template_data(**extra))
