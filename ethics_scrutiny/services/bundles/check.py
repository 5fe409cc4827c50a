"""Check a bundle completely before anything is imported: schema, checksum, record, references."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from ethics_scrutiny.domain import record
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import RecordKind, canonical_json, file_sha256
from ethics_scrutiny.domain.template_loader import describe_validation_errors
from ethics_scrutiny.domain.templates import Checklist

from ..file_words import not_a_bundle, not_json, not_text
from .schema import (
    BUNDLE_FORMAT,
    FORMAT_VERSION,
    OLDEST_FORMAT_VERSION,
    Bundle,
    BundleEntry,
)
from .sync import bundle_contents, content_sha256, hashes
from .text import text_problem


def content_digest(bundle: dict[str, Any]) -> str:
    """SHA-256 over everything in the bundle except the digest itself."""
    body = dict(bundle)
    rec = dict(body.get("record") or {})
    rec.pop("content_sha256", None)
    body["record"] = rec
    return file_sha256(canonical_json(body).encode("utf-8"))


def parse_bundle(raw: bytes, name: str) -> Bundle:
    """Validate a bundle completely; every problem is named so the sender can fix it."""
    data = _json(raw, name)
    _check_version(data, name)
    # The office's signature covers the rest; it is checked before the import (check-file).
    data.pop("signature", None)
    try:
        bundle = Bundle.model_validate(data)
        checklist = Checklist(list(bundle.template.snapshots))
    except ValidationError as exc:
        problems = "; ".join(describe_validation_errors(exc, data)[:10])
        raise InvalidInputError(f"{name} is not a valid bundle: {problems}.") from None
    except ValueError as exc:
        raise InvalidInputError(f"{name} is not a valid bundle: {exc}.") from None
    if content_digest(data) != bundle.record.content_sha256:
        raise InvalidInputError(
            f"{name} has been altered since it was exported: its content no longer matches its "
            "checksum. Ask the sender to export it again."
        )
    problem = (
        text_problem(bundle)
        or _record_problem(bundle)
        or _reference_problem(bundle, checklist)
        or _identity_problem(bundle)
        or _sync_problem(bundle)
    )
    if problem:
        raise InvalidInputError(f"{name} is not a valid bundle: {problem}.")
    return bundle


def _json(raw: bytes, name: str) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
        data = json.loads(text)
    except UnicodeDecodeError as exc:
        raise InvalidInputError(not_text(name, raw, exc)) from None
    except json.JSONDecodeError as exc:
        raise InvalidInputError(not_json(name, text, exc)) from None
    except RecursionError:
        raise InvalidInputError(f"{name} is nested too deeply to be a scrutiny bundle.") from None
    except ValueError:  # a number of thousands of digits (Python's int conversion limit)
        raise InvalidInputError(
            f"{name} holds a number far too long to be a scrutiny bundle's; ask the sender to "
            "export it again."
        ) from None
    if not isinstance(data, dict) or data.get("format") != BUNDLE_FORMAT:
        raise InvalidInputError(not_a_bundle(name))
    return data


def _check_version(data: dict[str, Any], name: str) -> None:
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise InvalidInputError(
            f"{name} was made by a newer version of Ethics Scrutiny (bundle format {version}; "
            f"this app reads format {FORMAT_VERSION}). Update the app, then import it again."
        )
    if (
        isinstance(version, int)
        and not isinstance(version, bool)
        and version < OLDEST_FORMAT_VERSION
    ):
        raise InvalidInputError(
            f"{name} is not a valid bundle for this version: it uses the older bundle format "
            f"{version}. Export it again from an up-to-date Ethics Scrutiny."
        )


def _record_problem(bundle: Bundle) -> str | None:
    """Each record entry must still match its own hashes, and each decision its entry."""
    by_hash: dict[str, dict[str, Any]] = {}
    sequence_of: dict[str, int] = {}
    withdrawn: dict[int, str] = {}
    for entry in bundle.record.entries:
        problem = _entry_problem(entry)
        if problem is not None:
            return problem
        payload = _payload(entry.payload)
        if payload is None:
            return f"record entry {entry.sequence} is not readable"
        if entry.kind == RecordKind.DECISION:
            # A decision made here is timed by its entry; an imported one keeps its own time.
            payload.setdefault("decided_at", entry.created_at)
            payload["origin"] = (
                payload.get("origin_entry")
                or payload.get("imported_from_entry")
                or entry.entry_hash
            )
            by_hash[entry.entry_hash] = payload
            sequence_of[entry.entry_hash] = entry.sequence
        elif entry.kind == RecordKind.DECISION_WITHDRAWN:
            cited = payload.get("withdraws")
            if isinstance(cited, int):
                withdrawn[cited] = str(payload.get("reason", ""))
    for n, decision in enumerate(bundle.decisions, start=1):
        payload = by_hash.get(decision.entry_hash)
        if payload is None:
            return f"decision {n} has no matching entry in the bundle's record"
        if _decision_fields(payload) != _decision_fields(decision.model_dump(mode="json")):
            return f"decision {n} differs from its record entry"
        if decision.origin is not None and decision.origin != payload["origin"]:
            return f"decision {n}'s origin differs from its record entry"
        if withdrawn.get(sequence_of[decision.entry_hash]) != decision.withdrawn_reason:
            return f"decision {n}'s withdrawal differs from the bundle's record"
    return None


def _entry_problem(entry: BundleEntry) -> str | None:
    if record.payload_hash(entry.payload) != entry.payload_sha256:
        return f"record entry {entry.sequence} has been altered (its content hash differs)"
    expected = record.entry_hash(
        sequence=entry.sequence,
        kind=entry.kind,
        created_at=entry.created_at,
        payload_sha256=entry.payload_sha256,
        previous_hash=entry.previous_hash,
    )
    if expected != entry.entry_hash:
        return f"record entry {entry.sequence} has been altered (its hash differs)"
    return None


def _payload(text: str) -> dict[str, Any] | None:
    """An entry's payload as an object, or None for anything else (a resealed forgery)."""
    try:
        payload = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return payload if isinstance(payload, dict) else None


def _decision_fields(values: dict[str, Any]) -> tuple[Any, ...]:
    when = values.get("decided_at")
    return (
        values.get("outcome"),
        values.get("rationale"),
        values.get("decided_by"),
        list(values.get("conditions") or []),
        values.get("review_date"),
        _moment(when),
    )


def _moment(value: object) -> datetime | str | None:
    """A time to compare; text that is no time stays text (and so differs from any time)."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return value


def _reference_problem(bundle: Bundle, checklist: Checklist) -> str | None:
    keys = [r.key for r in bundle.responses]
    keys += [k for e in bundle.evidence for k in e.question_keys]
    keys += [a.question_key for a in bundle.actions if a.question_key]
    unknown = sorted({k for k in keys if not checklist.has_question(k)})
    if unknown:
        return f"it refers to questions its checklist lacks ({', '.join(unknown[:5])})"
    if len(set(k for k in (r.key for r in bundle.responses))) != len(bundle.responses):
        return "it answers a question more than once"
    for n, decision in enumerate(bundle.decisions, start=1):
        if decision.supersedes is not None and decision.supersedes >= n:
            return f"decision {n} replaces a decision that does not come before it"
    if any(a.decision and a.decision > len(bundle.decisions) for a in bundle.actions):
        return "an action cites a decision the bundle does not hold"
    return _file_problem(bundle)


def _file_problem(bundle: Bundle) -> str | None:
    for item in bundle.evidence:
        if item.file_base64 is None:
            continue
        try:
            data = base64.b64decode(item.file_base64, validate=True)
        except (binascii.Error, ValueError):
            return f"the file of evidence '{item.title}' is damaged"
        if file_sha256(data) != item.file_sha256:
            return f"the file of evidence '{item.title}' does not match its SHA-256"
    return None


def _identity_problem(bundle: Bundle) -> str | None:
    """Format 3 names every evidence item, action and decision as every record knows it."""
    if bundle.format_version < 3:
        return None
    for label, items in (("evidence item", bundle.evidence), ("action", bundle.actions)):
        uuids = [item.uuid for item in items]
        if None in uuids:
            return f"an {label} has no UUID"
        if len(set(uuids)) != len(uuids):
            return f"two {label}s share a UUID"
    if any(d.origin is None for d in bundle.decisions):
        return "a decision does not name its origin"
    if bundle.public != (bundle.sync is None):
        return (
            "its sync section does not fit a public summary"
            if bundle.public
            else ("it has no sync section")
        )
    return None


def _sync_problem(bundle: Bundle) -> str | None:
    """Each item's revision must describe exactly the content the bundle holds."""
    if bundle.sync is None:
        return None
    current = hashes(bundle_contents(bundle))
    items = bundle.sync.items
    missing = sorted(set(current) - set(items))
    if missing:
        return f"its sync section lacks {missing[0]}"
    for item, given in items.items():
        expected = current.get(item) or content_sha256(item, None)
        if given.content_sha256 != expected:
            return f"its sync section does not match its content ({item})"
        if given.revision not in given.known:
            return f"its sync section is inconsistent ({item})"
    return None
