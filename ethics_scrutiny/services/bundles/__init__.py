"""JSON bundles: a scrutiny with its template, answers, evidence, actions, decisions and record.

``export`` writes a bundle; ``service`` imports one (checked by ``check``, ``decisions``,
``identity``, ``templates`` and ``text``, then written by ``insert``, or by ``update`` with
``merge`` and ``sync`` for a scrutiny already here). The names below are the ones the rest of
the app uses.
"""

from __future__ import annotations

from .check import content_digest, parse_bundle
from .export import bundle_bytes
from .files import held_files
from .items import FileReader, withdrawals
from .service import BundleService, merge_in

__all__ = [
    "BundleService",
    "FileReader",
    "bundle_bytes",
    "content_digest",
    "held_files",
    "merge_in",
    "parse_bundle",
    "withdrawals",
]
