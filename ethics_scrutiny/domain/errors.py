"""Typed errors whose messages are plain sentences a scrutiny officer can act on."""

from __future__ import annotations

from datetime import datetime


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


class ExportError(EthicsScrutinyError):
    """A report or bundle could not be written."""


class ConcurrentEditError(EthicsScrutinyError):
    """Someone else changed what the user was editing since they loaded it; nothing was saved."""

    def __init__(self, message: str, changed_at: datetime | None = None) -> None:
        super().__init__(message)
        self.changed_at = changed_at
