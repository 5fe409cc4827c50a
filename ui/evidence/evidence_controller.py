"""Drives the evidence register tab: add and edit items, attach and open their files."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.errors import ConcurrentEditError, EthicsScrutinyError
from ethics_scrutiny.domain.scrutiny import EvidenceData, EvidenceInput

from ..kit import messages
from ..kit.commands import Commands
from ..kit.context import AppContext
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from .evidence_dialog import EvidenceDialog
from .evidence_view import EvidencePage
from .withdraw_dialog import WithdrawEvidenceDialog

ADDING = QT_TRANSLATE_NOOP(
    "evidence_controller", "Adding the evidence (copying its file into the record)…"
)


def open_local_file(path: Path) -> bool:
    """Open a stored file in the system's viewer; a function so tests can stand in for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class EvidenceController(QObject):
    """Every service call runs on the database worker: copying a large file takes a while."""

    changed = Signal(object)  # tuple[EvidenceData, ...] after every change
    busy_changed = Signal(bool)
    saved = Signal(int)  # evidence id, once the register shows the change

    def __init__(self, context: AppContext, page: EvidencePage, parent: QObject | None = None):
        super().__init__(parent)
        self._ctx = context
        self._page = page
        self._scrutiny_id: int | None = None
        self._questions: list[tuple[str, str]] = []
        self._busy = 0
        # One key per item as typed, kept until it is saved: adding it again after a lost
        # connection finds the item already registered instead of adding a copy.
        self._request_keys: dict[tuple[int, EvidenceInput], str] = {}
        page.add_requested.connect(self.add)
        page.edit_requested.connect(self.edit)
        page.open_file_requested.connect(self.open_file)
        page.withdraw_requested.connect(self.withdraw)

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def show_scrutiny(
        self, scrutiny_id: int, questions: Sequence[tuple[str, str]], items: Sequence[EvidenceData]
    ) -> None:
        """Fill the tab from an already loaded scrutiny (no extra query)."""
        self._scrutiny_id = scrutiny_id
        self._questions = list(questions)
        self._page.model.set_items(items)
        self.changed.emit(tuple(items))

    def commands(self, reveal: Callable[[], None]) -> Commands:
        """The window's command to add evidence; ``reveal`` brings the register into view."""

        def add_evidence() -> None:
            reveal()
            self.add()

        return {"add_evidence": add_evidence}

    def add(self, initial: EvidenceInput | None = None, error: str = "") -> None:
        if self._scrutiny_id is None:
            return
        new = EvidenceDialog.ask(self._page, self._questions, initial=initial, error=error)
        if new is None:
            return
        scrutiny_id = self._scrutiny_id
        key = self._request_keys.setdefault((scrutiny_id, new), uuid.uuid4().hex)
        self._run(
            lambda: self._saved_once(
                (scrutiny_id, new),
                self._ctx.services.evidence.add(scrutiny_id, new, request_key=key),
            ),
            lambda exc: self.add(initial=new, error=str(exc)),
            translate("EvidenceController", "Evidence not added"),
            translate("evidence_controller", ADDING)
            if new.file_path
            else translate("EvidenceController", "Adding the evidence…"),
        )

    def _saved_once(self, typed: tuple[int, EvidenceInput], saved: EvidenceData) -> EvidenceData:
        self._request_keys.pop(typed, None)
        return saved

    def edit(self, evidence_id: int, initial: EvidenceInput | None = None, error: str = "") -> None:
        row = self._page.model.row_of(evidence_id)
        item = self._page.model.item_at(row) if row is not None else None
        if item is None:
            return
        changed = EvidenceDialog.ask(
            self._page, self._questions, initial=initial, editing=item, error=error
        )
        if changed is None:
            return
        # The version of the item as the officer saw it: a change by someone else since wins.
        seen = item.version
        self._run(
            lambda: self._ctx.services.evidence.update(evidence_id, changed, expected_version=seen),
            lambda exc: self._on_edit_refused(evidence_id, changed, exc),
            translate("EvidenceController", "Evidence not saved"),
            translate("EvidenceController", "Saving the evidence…"),
        )

    def withdraw(self, evidence_id: int) -> None:
        """Withdraw the item with a reason (evidence is never deleted)."""
        row = self._page.model.row_of(evidence_id)
        item = self._page.model.item_at(row) if row is not None else None
        if item is None:
            return
        reason = WithdrawEvidenceDialog.ask(self._page, title=item.title)
        if reason is None:
            return
        seen = item.version
        self._run(
            lambda: self._ctx.services.evidence.withdraw(
                evidence_id, reason, expected_version=seen
            ),
            lambda exc: messages.show_failure(
                self._page, translate("EvidenceController", "Evidence not withdrawn"), exc
            ),
            translate("EvidenceController", "Evidence not withdrawn"),
            translate("EvidenceController", "Withdrawing the evidence…"),
        )

    def _on_edit_refused(self, evidence_id: int, mine: EvidenceInput, exc: BaseException) -> None:
        if not isinstance(exc, ConcurrentEditError):
            self.edit(evidence_id, initial=mine, error=str(exc))  # ask again, saying why
            return
        text = describe_evidence(mine)
        if messages.refused_edit(self._page, exc, text, clipboard=text, sensitive=mine.sensitive):
            self._reload(self._scrutiny_id, select=evidence_id, announce=False)

    def open_file(self, evidence_id: int) -> None:
        def opened(path: Path) -> None:
            if not open_local_file(path):
                messages.warning(
                    self._page,
                    translate("EvidenceController", "File not opened"),
                    arg(translate("EvidenceController", "No program could open:\n%1"), path),
                )

        self._ctx.tasks.run_db(
            lambda: self._ctx.services.evidence.file_path(evidence_id),
            opened,
            lambda exc: messages.show_failure(
                self._page, translate("EvidenceController", "File not opened"), exc
            ),
        )

    def _run(
        self,
        job: Callable[[], EvidenceData],
        retry: Callable[[BaseException], None],
        title: str,
        doing: str,
    ) -> None:
        scrutiny_id = self._scrutiny_id
        self._set_busy(+1, doing)

        def done(saved: EvidenceData) -> None:
            self._set_busy(-1)
            self._ctx.events.status_message.emit(
                arg(translate("EvidenceController", "Evidence saved: %1"), saved.title)
            )
            self._reload(scrutiny_id, select=saved.id)

        def failed(exc: BaseException) -> None:
            self._set_busy(-1)
            if isinstance(exc, EthicsScrutinyError):
                retry(exc)  # ask again with what was typed
            else:
                messages.show_failure(self._page, title, exc)

        self._ctx.tasks.run_db(job, done, failed)

    def _reload(
        self, scrutiny_id: int | None, select: int | None = None, announce: bool = True
    ) -> None:
        """Read the register again; ``announce`` emits ``saved`` for ``select`` once shown."""
        if scrutiny_id is None:
            return

        def loaded(items: list[EvidenceData]) -> None:
            if scrutiny_id != self._scrutiny_id:
                return
            self._page.model.set_items(items)
            if select is not None:
                self._page.select_id(select)
            self.changed.emit(tuple(items))
            if select is not None and announce:
                self.saved.emit(select)
            self._ctx.events.scrutiny_changed.emit(scrutiny_id)

        self._ctx.tasks.run_db(
            lambda: self._ctx.services.evidence.list(scrutiny_id),
            loaded,
            lambda exc: messages.show_failure(
                self._page, translate("EvidenceController", "Evidence register not read"), exc
            ),
        )

    def _set_busy(self, step: int, doing: str = "") -> None:
        self._busy += step
        self._page.add_button.setEnabled(self._busy == 0)
        if doing:
            self._page.summary_label.setText(doing)
        elif self._busy == 0:
            self._page.refresh_summary()
        self.busy_changed.emit(self._busy > 0)


def describe_evidence(item: EvidenceInput) -> str:
    """The officer's unsaved evidence details as plain text (for the clipboard and details)."""
    lines = [
        arg(translate("evidence_controller", "Title: %1"), item.title),
        arg(translate("evidence_controller", "Kind: %1"), i18n.label(item.kind)),
    ]
    if item.reference:
        lines.append(arg(translate("evidence_controller", "Reference: %1"), item.reference))
    if item.question_keys:
        lines.append(
            arg(translate("evidence_controller", "Questions: %1"), ", ".join(item.question_keys))
        )
    if item.description:
        lines += ["", item.description]
    return "\n".join(lines)
