"""Shared helpers for the converters: clean text, key parts, and writing a checked template."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import yaml

from ethics_scrutiny.domain.template_loader import parse_template
from ethics_scrutiny.domain.templates import Template

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM = Path(__file__).resolve().parent / "upstream"
EXAMPLES = ROOT / "docs" / "examples"

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
# Template texts are at most 4,000 characters, list entries and labels at most 300.
TEXT_LIMIT = 4000
SHORT_LIMIT = 300


def plain(text: str, limit: int = TEXT_LIMIT) -> str:
    """Text without HTML tags or entities, on one line, cut to ``limit`` at a word."""
    text = html.unescape(_TAG.sub(" ", text.replace("<br/>", " ").replace("<br>", " ")))
    text = _SPACE.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def slug(name: str) -> str:
    """A camelCase or spaced name as a slug: ``dataQualityDesign`` -> ``data-quality-design``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name)
    return re.sub(r"[^a-z0-9]+", "-", spaced.lower()).strip("-")


def check(data: dict[str, Any], source: str) -> Template:
    """Validate the converted data as a template; a converter bug fails here, not on import."""
    return parse_template(data, source=source)


class _Dumper(yaml.SafeDumper):
    """Block style, and long text folded so a person can read the generated file."""

    def ignore_aliases(self, data: Any) -> bool:
        # Shared option lists are written out in full: a reader sees each question whole.
        return True


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = ">" if len(value) > 90 and "\n" not in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def render(data: dict[str, Any], header: str) -> str:
    """The template as YAML text under a comment ``header`` (one or more lines)."""
    comment = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2)
    return comment + "\n" + body


def write(data: dict[str, Any], header: str, out: Path) -> Template:
    """Check the converted template, then write it as YAML to ``out``; returns the template."""
    template = check(data, out.name)
    text = render(data, header)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return template
