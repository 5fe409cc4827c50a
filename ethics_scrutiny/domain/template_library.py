"""The templates available to new scrutinies: the shipped ones plus an office's own."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .enums import Technology, TemplateKind
from .errors import NotFoundError, TemplateError
from .template_loader import load_template
from .templates import Template

TEMPLATE_SUFFIXES = (".yaml", ".yml", ".json")


class TemplateLibrary:
    """Templates by slug: the shipped ones, then an office's own under slugs of their own."""

    def __init__(
        self,
        templates: Iterable[Template],
        problems: Iterable[str] = (),
        shipped_slugs: Iterable[str] | None = None,
    ) -> None:
        self._by_slug: dict[str, Template] = {}
        for template in templates:
            self._by_slug[template.slug] = template
        self.problems: tuple[str, ...] = tuple(problems)
        # Slugs that came with the app: an office may not import a template under one of them.
        self.shipped_slugs: frozenset[str] = frozenset(
            self._by_slug if shipped_slugs is None else shipped_slugs
        )

    @classmethod
    def load(cls, shipped: Path, office: Path | None = None) -> TemplateLibrary:
        """Load the shipped templates (which must all be valid) and an office's own.

        An office template that fails to load is left out and its problem kept in
        ``problems``, so one bad file never stops the app; a shipped one failing means a
        broken installation and raises.
        """
        templates = [load_template(path) for path in _template_files(shipped)]
        shipped_slugs = {t.slug for t in templates}
        problems: list[str] = []
        for path in _template_files(office):
            try:
                template = load_template(path)
            except TemplateError as exc:
                problems.append(f"{path.name} was not loaded: {exc}")
                continue
            if template.slug in shipped_slugs:
                # A copy in the office folder must not silently replace the app's own checklist.
                problems.append(
                    f"{path.name} was not loaded: its slug {template.slug!r} belongs to a "
                    "template that comes with the app; give it a slug of your own and import it "
                    "again."
                )
                continue
            templates.append(template)
        return cls(templates, problems, shipped_slugs)

    def add(self, template: Template) -> None:
        """Make a newly imported office template available, replacing an older version."""
        self._by_slug[template.slug] = template

    def has(self, slug: str) -> bool:
        return slug in self._by_slug

    def all(self) -> list[Template]:
        """Core first, then modules, each by title."""
        return sorted(self._by_slug.values(), key=lambda t: (t.kind != TemplateKind.CORE, t.title))

    def get(self, slug: str) -> Template:
        try:
            return self._by_slug[slug]
        except KeyError:
            known = ", ".join(sorted(self._by_slug)) or "none"
            raise NotFoundError(f"There is no template called {slug!r}. Known: {known}.") from None

    def core(self) -> Template:
        cores = [t for t in self.all() if t.kind == TemplateKind.CORE]
        if not cores:
            raise TemplateError("No core checklist template is installed; reinstall the app.")
        return self._by_slug["core"] if "core" in self._by_slug else cores[0]

    def cores(self) -> list[Template]:
        """Every core checklist a scrutiny may start from: the app's own first, then an
        office's by title."""
        cores = [t for t in self.all() if t.kind == TemplateKind.CORE]
        return sorted(cores, key=lambda t: (t.slug != "core", t.title))

    def modules_for(self, technology: Technology) -> list[Template]:
        return [
            t for t in self.all() if t.kind == TemplateKind.MODULE and technology in t.technologies
        ]

    def modules(self) -> list[Template]:
        return [t for t in self.all() if t.kind == TemplateKind.MODULE]


def _template_files(folder: Path | None) -> list[Path]:
    if folder is None or not folder.is_dir():
        return []
    return [p for p in sorted(folder.iterdir()) if p.suffix.lower() in TEMPLATE_SUFFIXES]
