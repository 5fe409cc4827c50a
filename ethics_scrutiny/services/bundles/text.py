"""A bundle's text passes the checks typed text does, and its file names are plain names."""

from __future__ import annotations

from collections.abc import Iterator

from ethics_scrutiny.domain.errors import InvalidInputError

from ..actions import MAX_OWNER_LENGTH, MAX_REPLY_LENGTH, MAX_TEXT_LENGTH
from ..scrutinies import MAX_NOTE_LENGTH
from ..validation import clean_text
from .schema import Bundle, BundleEvidence

# File systems allow 255 bytes in one name; a longer one cannot be kept or opened here.
MAX_FILE_NAME_BYTES = 255
# (label, value, longest allowed as typed, whether typing may leave it empty)
_Text = tuple[str, str, int, bool]


def text_problem(bundle: Bundle) -> str | None:
    """The first text a typist could not have entered, or a file name that is not plain."""
    for label, value, longest, required in _texts(bundle):
        try:
            clean_text(value, label, max_length=longest, required=required)
        except InvalidInputError as exc:
            return _as_clause(str(exc))
    for item in bundle.evidence:
        problem = _file_name_problem(item)
        if problem is not None:
            return problem
    return None


def _texts(bundle: Bundle) -> Iterator[_Text]:
    facts = bundle.scrutiny
    yield "scrutiny's title", facts.title, 300, True
    yield "scrutiny's force", facts.force, 200, True
    yield "scrutiny's supplier", facts.supplier, 200, False
    yield "scrutiny's purpose", facts.purpose, 10_000, False
    for response in bundle.responses:
        yield f"note on {response.key}", response.note, MAX_NOTE_LENGTH, False
    for item in bundle.evidence:
        yield "title of an evidence item", item.title, 300, True
        yield f"reference of evidence '{item.title}'", item.reference, 200, False
        yield f"description of evidence '{item.title}'", item.description, 10_000, False
    for n, action in enumerate(bundle.actions, start=1):
        yield f"text of action {n}", action.text, MAX_TEXT_LENGTH, True
        yield f"owner of action {n}", action.owner, MAX_OWNER_LENGTH, False
        yield f"reply to action {n}", action.reply, MAX_REPLY_LENGTH, False
    for n, decision in enumerate(bundle.decisions, start=1):
        if decision.withdrawn_reason is not None:
            yield f"reason decision {n} was withdrawn", decision.withdrawn_reason, 20_000, True
    if bundle.sync is not None:
        yield "name of who exported it", bundle.sync.exported_by, 200, False


def _as_clause(message: str) -> str:
    """ "The note on X contains control characters; remove them ..." -> "the note on X ..."."""
    clause = message.split("; remove")[0].rstrip(".")
    return clause[:1].lower() + clause[1:]


def _file_name_problem(item: BundleEvidence) -> str | None:
    """A kept file's name must be one plain name: it names the copy opened for viewing."""
    name = item.file_name
    if not name:
        return None
    plain = (
        name not in (".", "..")
        and "/" not in name
        and "\\" not in name
        and name == name.strip()
        and all(ord(c) >= 32 and c != "\x7f" for c in name)
    )
    if not plain:
        return f"evidence '{item.title}' has a file name that is not a plain file name"
    if len(name.encode("utf-8")) > MAX_FILE_NAME_BYTES:
        return f"evidence '{item.title}' has a file name too long for a file system"
    return None
