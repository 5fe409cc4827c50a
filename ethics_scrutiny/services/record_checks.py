"""Checks of the record before something leaves it: one scrutiny before an export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from ethics_scrutiny.domain.errors import DatabaseError, ExportError
from ethics_scrutiny.domain.scrutiny import VerifyResult
from ethics_scrutiny.i18n import ngettext
from ethics_scrutiny.storage import backup_check, backups, migrate, record_chain, state_check
from ethics_scrutiny.storage.state_check import StateDifference


class RecordFailedVerificationError(ExportError):
    """An export refused because the scrutiny's record fails verification."""

    def __init__(self, check: ScrutinyCheck) -> None:
        self.check = check
        super().__init__(
            f"Scrutiny {check.scrutiny_id}'s record fails verification, so the report was not "
            f"written: {check.summary} Run verify for the details."
        )


class HasMessage(Protocol):
    @property
    def message(self) -> str: ...


@dataclass(frozen=True)
class ScrutinyCheck:
    """Whether one scrutiny's part of the chain and its current state verify."""

    scrutiny_id: int
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def summary(self) -> str:
        """One sentence for a refusal: the first problem and how many more there are."""
        if not self.problems:
            return f"Scrutiny {self.scrutiny_id}'s record verifies."
        more = len(self.problems) - 1
        extra = f" (and {more} more difference{'s' if more != 1 else ''})" if more else ""
        return f"{self.problems[0].rstrip('.')}{extra}."


def chain_and_state(session: Session, scrutiny_id: int) -> tuple[str | None, list[StateDifference]]:
    """The scrutiny's chain problem (if any), else how its tables differ from its entries."""
    problem = record_chain.verify_scrutiny(session, scrutiny_id)
    if problem is not None:
        return problem, []
    return None, state_check.differences(session, [scrutiny_id])


def refuse_unverified_backup(backup: Path) -> None:
    """A backup whose record fails verification never replaces the live record."""
    migrate.check_not_newer(backups.check_backup(backup))
    found = backup_check.problems(backup)
    if not found:
        return
    shown = " ".join(found[: backup_check.SHOWN_PROBLEMS])
    more = len(found) - backup_check.SHOWN_PROBLEMS
    extra = f" ({more} more not shown.)" if more > 0 else ""
    raise DatabaseError(
        f"{backup} fails verification, so it was not restored and the record is unchanged: "
        f"{shown}{extra} Restore another backup; verify on that file gives the details."
    )


def failed_message(
    result: VerifyResult,
    differences: list[StateDifference],
    file_problems: Sequence[HasMessage],
) -> str:
    parts = [f"The record's entries verify ({result.entries} entries, head {result.head_hash})"]
    if differences:
        lines = "\n".join(d.message for d in differences)
        parts.append(
            ngettext(
                ", but {n} item in the tables does not match what the record says it is:\n{lines}",
                ", but {n} items in the tables do not match what the record says they are:\n"
                "{lines}",
                len(differences),
            ).format(n=len(differences), lines=lines)
        )
    if file_problems:
        lines = "\n".join(p.message for p in file_problems)
        joiner = "\nAnd" if differences else ", but"
        count = len(file_problems)
        files = ngettext(
            "{n} attached file does not match:\n{lines}",
            "{n} attached files do not match:\n{lines}",
            count,
        ).format(n=count, lines=lines)
        parts.append(f"{joiner} {files}")
    return "".join(parts)
