"""Where a template's content comes from, and the frameworks an office declares for coverage."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field, model_validator

from .frameworks import FRAMEWORKS
from .template_base import Omitting, ShortText, Slug


class Provenance(Omitting):
    """The published questionnaire a template was converted from, and on what terms."""

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset(
        {"licence", "upstream_version", "upstream_url"}
    )

    source: ShortText
    licence: ShortText | None = None
    upstream_version: ShortText | None = None
    upstream_url: Annotated[str, Field(pattern=r"^https?://\S+$", max_length=300)] | None = None


class FrameworkDefinition(Omitting):
    """A framework an office tracks in the coverage table: its key, title and elements."""

    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset({"source"})

    key: Slug
    title: ShortText
    elements: Annotated[list[ShortText], Field(min_length=1)]
    source: ShortText | None = None

    @model_validator(mode="after")
    def _new_and_distinct(self) -> FrameworkDefinition:
        if any(f.id == self.key for f in FRAMEWORKS):
            raise ValueError(
                f"{self.key!r} is a framework the app already knows; tag questions with it "
                "directly and leave it out of frameworks:"
            )
        if len(set(self.elements)) != len(self.elements):
            raise ValueError(f"an element of {self.key!r} is listed more than once")
        return self
