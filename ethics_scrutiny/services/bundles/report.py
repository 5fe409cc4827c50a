"""What a bundle import did, or why it did nothing: plain data for the CLI and the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.i18n import ngettext


@dataclass(frozen=True)
class ItemReport:
    """One synchronised item: an answer, evidence, an action, a detail or the checklist."""

    item: str  # e.g. "response.FE-01", "scrutiny.stage", "evidence.<uuid>"
    label: str  # e.g. "Answer to FE-01", "Stage", "Evidence 'DPIA v5.4'"
    ours: str  # this record's value, in words ("" when the record lacks it)
    theirs: str  # the bundle's value, in words
    ours_changed_at: datetime | None = None
    theirs_changed_at: datetime | None = None
    # The same values in full: an officer choosing between two notes must be able to read both.
    ours_full: str = ""
    theirs_full: str = ""

    @property
    def key(self) -> str:
        """What to name in ``--keep-ours`` / ``--take-theirs``: a question key, or the item."""
        return self.item.removeprefix("response.")


@dataclass(frozen=True)
class ImportReport:
    """The outcome of importing one bundle (``imported`` false: nothing was changed)."""

    file_name: str
    scrutiny_uuid: str
    title: str
    scrutiny_id: int | None = None
    created: bool = False  # a new scrutiny (first import, or ``as_copy``)
    as_copy: bool = False
    updated: bool = False  # an existing scrutiny took changes from the bundle
    up_to_date: bool = False  # the record already held everything the bundle holds
    taken: tuple[ItemReport, ...] = ()  # changed only in the bundle: taken
    kept: tuple[ItemReport, ...] = ()  # changed only here: this record's value kept
    conflicts: tuple[ItemReport, ...] = ()  # changed on both sides and not resolved
    kept_by_choice: tuple[ItemReport, ...] = ()  # conflicts resolved "keep ours"
    taken_by_choice: tuple[ItemReport, ...] = ()  # conflicts resolved "take theirs"
    decisions_added: int = 0
    withdrawals_added: int = 0
    # Both records made decisions the other lacked; all stand, in record order.
    decided_on_both_sides: bool = False
    exported_at: datetime | None = None
    exported_by: str = ""
    notes: tuple[str, ...] = field(default=())
    # Evidence of the scrutiny whose file the sending office did not supply, after the
    # import; and files not supplied before that arrived with this bundle.
    files_not_supplied: int = 0
    files_supplied: int = 0

    @property
    def imported(self) -> bool:
        return self.created or self.updated

    def summary(self) -> str:
        """One sentence for a status bar or the first line of the command's output."""
        if self.conflicts:
            return ngettext(
                "{file} was not imported: {n} item was changed both here and in the bundle. "
                "Nothing was changed.",
                "{file} was not imported: {n} items were changed both here and in the bundle. "
                "Nothing was changed.",
                len(self.conflicts),
            ).format(file=self.file_name, n=len(self.conflicts))
        if self.created:
            copy = " as a separate copy" if self.as_copy else ""
            return f"Imported{copy} as scrutiny {self.scrutiny_id}."
        if self.up_to_date:
            return f"Scrutiny {self.scrutiny_id} is already up to date with {self.file_name}."
        taken = len(self.taken) + len(self.taken_by_choice)
        counts = ", ".join(
            (
                ngettext("{n} item taken", "{n} items taken", taken).format(n=taken),
                ngettext("{n} decision", "{n} decisions", self.decisions_added).format(
                    n=self.decisions_added
                ),
            )
        )
        added = ngettext(
            "{counts} and {n} withdrawal added.",
            "{counts} and {n} withdrawals added.",
            self.withdrawals_added,
        ).format(counts=counts, n=self.withdrawals_added)
        return f"Updated scrutiny {self.scrutiny_id} from {self.file_name}: {added}"


class BundleConflictError(InvalidInputError):
    """The bundle and this record both changed the same items; nothing was imported."""

    def __init__(self, report: ImportReport) -> None:
        keys = ", ".join(c.key for c in report.conflicts[:8])
        more = "…" if len(report.conflicts) > 8 else ""
        super().__init__(
            f"{report.summary()} Conflicting: {keys}{more}. Choose for each with "
            "--keep-ours or --take-theirs, or import it with --as-copy to keep both."
        )
        self.report = report
