"""A bundle's checklist snapshot that names a template this app knows must be that template."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.templates import Template
from ethics_scrutiny.storage.models import TemplateSnapshot

from .schema import Bundle
from .sync import snapshot_sha256

Known = dict[tuple[str, str], set[str]]  # (slug, version) -> digests of that template


def known_digests(templates: Iterable[Template]) -> Known:
    """The digest of each template the app ships or the office installed, by slug and version."""
    known: Known = {}
    for template in templates:
        known.setdefault((template.slug, template.version), set()).add(snapshot_sha256(template))
    return known


def require_known_snapshots(session: Session, bundle: Bundle, known: Known, name: str) -> None:
    """Refuse a snapshot claiming a known slug and version whose content differs in any byte.

    Known means shipped, installed by the office, or already used by a scrutiny in this
    record: a bundle cannot bring its own "core 2.0.0" with blocking marks taken out.
    """
    claimed = {(t.slug, t.version) for t in bundle.template.snapshots}
    held = _held_digests(session, claimed)
    for template in bundle.template.snapshots:
        allowed = known.get((template.slug, template.version), set())
        allowed = allowed | held.get((template.slug, template.version), set())
        if allowed and snapshot_sha256(template) not in allowed:
            raise InvalidInputError(
                f"{name} was not imported: its checklist claims to be the template "
                f"'{template.title}' ({template.slug} {template.version}) but differs from "
                "that template as this app holds it, so its questions, critical or blocking "
                "marks may have been changed; ask the sending office to export it again."
            )


def _held_digests(session: Session, claimed: set[tuple[str, str]]) -> Known:
    slugs = {slug for slug, _ in claimed}
    rows = session.execute(
        select(TemplateSnapshot.slug, TemplateSnapshot.version, TemplateSnapshot.sha256).where(
            TemplateSnapshot.slug.in_(slugs)
        )
    ).all()
    held: Known = {}
    for slug, version, sha in rows:
        if (slug, version) in claimed:
            held.setdefault((slug, version), set()).add(sha)
    return held
