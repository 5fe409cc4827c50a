"""The external frameworks a question can be tagged with, and the elements of each."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class Framework:
    """An external framework whose coverage a scrutiny reports, element by element."""

    id: str
    title: str
    elements: tuple[str, ...]
    source: str


# Element names follow each framework's own text (its ``source``). ATRS is tagged by section,
# not field number: most of its v3.0 field numbers could not be checked against the standard.
FRAMEWORKS: tuple[Framework, ...] = (
    Framework(
        id="algocare",
        title="ALGOCARE",
        elements=(
            "Advisory",
            "Lawful",
            "Granularity",
            "Ownership",
            "Challengeable",
            "Accuracy",
            "Responsible",
            "Explainable",
        ),
        source="Oswald, Grace, Urwin and Barnes (2018) 27(2) ICT Law 223",
    ),
    Framework(
        id="surveillance-camera-code",
        title="Surveillance Camera Code of Practice",
        elements=tuple(f"Principle {n}" for n in range(1, 13)),
        source="Surveillance Camera Code of Practice (amended 2021), guiding principles",
    ),
    Framework(
        id="npcc-ai-covenant",
        title="NPCC Covenant for Using AI in Policing",
        elements=("Lawful", "Transparent", "Explainable", "Responsible", "Accountable", "Robust"),
        source="NPCC Covenant for Using AI in Policing (2023)",
    ),
    Framework(
        id="atrs",
        title="Algorithmic Transparency Recording Standard",
        elements=(
            "Tier 1 overview",
            "Owner and responsibility",
            "Description and rationale",
            "Decision-making process",
            "Tool specification and data",
            "Risks, mitigations and impact assessments",
        ),
        source="Algorithmic Transparency Recording Standard v3.0",
    ),
)

_BY_ID = {framework.id: framework for framework in FRAMEWORKS}


def framework(framework_id: str) -> Framework:
    return _BY_ID[framework_id]


# The frameworks the template being validated declares itself, by id; a question's tags are
# checked while the template is validated, before the template's own fields are at hand.
_DECLARED: ContextVar[Mapping[str, Framework]] = ContextVar(
    "declared_frameworks", default=MappingProxyType({})
)


@contextmanager
def declared_frameworks(data: Any) -> Iterator[None]:
    """While validating template ``data``, accept tags with the frameworks it declares."""
    token = _DECLARED.set(_declarations(data))
    try:
        yield
    finally:
        _DECLARED.reset(token)


def _declarations(data: Any) -> Mapping[str, Framework]:
    """The well-formed framework definitions in raw template data (others fail elsewhere)."""
    found: dict[str, Framework] = {}
    items = data.get("frameworks") if isinstance(data, dict) else None
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        key, title, elements = item.get("key"), item.get("title"), item.get("elements")
        if isinstance(key, str) and isinstance(elements, list):
            names = tuple(str(e).strip() for e in elements)
            found[key] = Framework(key, str(title or key), names, str(item.get("source") or ""))
    return found


def framework_problems(tags: Mapping[str, Sequence[str]]) -> list[str]:
    """Plain messages for any framework id or element a template names that we do not know.

    Known are the app's catalogue and the frameworks the template itself declares.
    """
    problems: list[str] = []
    declared = _DECLARED.get()
    for framework_id, elements in tags.items():
        known = _BY_ID.get(framework_id) or declared.get(framework_id)
        if known is None:
            problems.append(
                f"unknown framework {framework_id!r}; use one of: "
                + ", ".join([*_BY_ID, *declared])
                + " (or declare it under frameworks: at the top of the template)"
            )
            continue
        for element in elements:
            if element not in known.elements:
                problems.append(
                    f"{known.title} has no element {element!r}; use one of: "
                    + ", ".join(known.elements)
                )
    return problems
