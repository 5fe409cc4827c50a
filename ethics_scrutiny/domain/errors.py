"""Typed errors whose messages are plain sentences a scrutiny officer can act on."""

from __future__ import annotations

from datetime import UTC, datetime


class EthicsScrutinyError(Exception):
    """Base for every expected failure; ``str(error)`` is shown to the user as it is."""


class TemplateError(EthicsScrutinyError):
    """A checklist template file could not be read or is not valid."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems: list[str] = problems or []


class NotFoundError(EthicsScrutinyError):
    """Something the user named (scrutiny, question, template) does not exist."""


class InvalidInputError(EthicsScrutinyError):
    """A value the user gave is not acceptable."""


class DatabaseError(EthicsScrutinyError):
    """The database cannot be opened or used safely."""


class AlreadyRecordedError(DatabaseError):
    """A retried action was already saved (its request key is in the record); nothing added.

    ``sequence`` is the record entry the first attempt wrote.
    """

    def __init__(self, message: str, sequence: int) -> None:
        super().__init__(message)
        self.sequence = sequence


class ExportError(EthicsScrutinyError):
    """A report or bundle could not be written."""


class ConcurrentEditError(EthicsScrutinyError):
    """Someone else changed what the user was editing since they loaded it; nothing was saved.

    ``changed_at`` is UTC; ``subject`` (e.g. "the answer to LB-03") and ``verb`` let the UI
    say the same sentence with the time in the officer's own zone (:meth:`sentence`).
    """

    def __init__(
        self,
        message: str,
        changed_at: datetime | None = None,
        *,
        subject: str = "",
        verb: str = "changed",
    ) -> None:
        super().__init__(message)
        self.changed_at = changed_at
        self.subject = subject
        self.verb = verb

    @classmethod
    def stale(
        cls, subject: str, changed_at: datetime | None, verb: str = "changed"
    ) -> ConcurrentEditError:
        """The refusal of a stale edit of ``subject``, timed in UTC."""
        when = f"{changed_at.astimezone(UTC):%d %b %Y %H:%M:%S} UTC" if changed_at else None
        return cls(stale_sentence(subject, verb, when), changed_at, subject=subject, verb=verb)

    def sentence(self, when: str | None) -> str:
        """The message again with ``when`` (already formatted, e.g. local time) as the time."""
        if not self.subject:
            return str(self)
        return stale_sentence(self.subject, self.verb, when)


def stale_sentence(subject: str, verb: str, when: str | None) -> str:
    """E.g. "Someone else changed the answer to LB-03 since you opened it (at …). Nothing …"."""
    at = f" (at {when})" if when else ""
    return (
        f"Someone else {verb} {subject} since you opened it{at}. "
        "Nothing was saved: reload to see their version."
    )


class DiskFullError(DatabaseError):
    """The disk a file was being written to is full; nothing half-written was kept."""


class ReadOnlyRecordError(DatabaseError):
    """The record file may be read but not changed, so a save was refused."""
