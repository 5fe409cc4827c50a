"""Forging a bundle as anyone could: edit it, then recompute its sync hashes and checksum.

Nothing in a bundle is signed, so only the import's own checks can refuse what this makes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from ethics_scrutiny.services.bundles.check import content_digest
from ethics_scrutiny.services.bundles.schema import Bundle
from ethics_scrutiny.services.bundles.sync import bundle_contents, hashes

Edit = Callable[[dict[str, Any]], None]


def forged(raw: bytes, edit: Edit) -> bytes:
    """``raw`` with ``edit`` applied, its sync section and checksum made to match again."""
    data = json.loads(raw)
    edit(data)
    reseal_sync(data)
    data["record"]["content_sha256"] = content_digest(data)
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def reseal_sync(data: dict[str, Any]) -> None:
    """Each sync item's content hash recomputed (when the edited bundle still parses)."""
    if not data.get("sync"):
        return
    try:
        bundle = Bundle.model_validate(data)
    except ValidationError:
        return  # the schema refuses it anyway: nothing to recompute from
    items = data["sync"]["items"]
    current = hashes(bundle_contents(bundle))
    for stale in set(items) - set(current):  # e.g. an evidence item given another UUID
        del items[stale]
    for item, sha in current.items():
        entry = items.setdefault(item, {"revision": sha, "known": [sha]})
        entry["content_sha256"] = sha
