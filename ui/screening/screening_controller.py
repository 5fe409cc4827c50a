"""Scrutiny ▸ Screening…: change the open scrutiny's screening, then show it re-scoped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ethics_scrutiny.domain.scrutiny import ScrutinyDetail
from ethics_scrutiny.services.screening import ScreeningResult

from ..kit import messages
from ..kit.commands import Commands
from ..kit.context import AppContext
from ..kit.i18n import arg, translate
from .screening_dialog import Rescreening, ScreeningDialog
from .screening_source import source_for


class ScreeningController(QObject):
    """Opens the screening over the open scrutiny and saves a change on the database worker."""

    rescreened = Signal(int)  # scrutiny id, once saved

    def __init__(
        self,
        context: AppContext,
        parent: QWidget,
        open_detail: Callable[[], ScrutinyDetail | None],
        flush: Callable[[], None],
        reopen: Callable[[int], None],
    ) -> None:
        """``open_detail``: the scrutiny on the checklist page; ``reopen`` shows it again."""
        super().__init__(parent)
        self._ctx = context
        self._parent = parent
        self._open_detail = open_detail
        self._flush = flush
        self._reopen = reopen

    def commands(self) -> Commands:
        return {"screening": self.open_screening}

    def open_screening(self) -> None:
        detail = self._open_detail()
        if detail is None:
            return
        self._flush()  # a note still waiting is saved before the checklist is re-scoped
        services = self._ctx.services
        source = source_for(services.screening)
        if source is None:
            messages.info(
                self._parent,
                translate("ScreeningController", "Screening"),
                translate(
                    "ScreeningController",
                    "No screening is available in this installation, so every question is "
                    "asked. Reinstall the app to restore its screening template.",
                ),
            )
            return
        asked = [slug for slug, _version in detail.template_versions]
        change = ScreeningDialog.ask(
            self._parent, source, detail.screening, services.library.modules(), asked
        )
        if change is not None:
            self._save(detail.id, change)

    def _save(self, scrutiny_id: int, change: Rescreening) -> None:
        answers = {key: list(values) for key, values in change.answers.items()}
        self._ctx.tasks.run_db(
            lambda: self._ctx.services.screening.rescreen(
                scrutiny_id, answers, change.reason, change.dropped_modules
            ),
            lambda result: self._on_saved(scrutiny_id, result),
            lambda exc: messages.show_failure(
                self._parent, translate("ScreeningController", "Screening not saved"), exc
            ),
        )

    def _on_saved(self, scrutiny_id: int, result: ScreeningResult) -> None:
        events = self._ctx.events
        events.status_message.emit(
            arg(
                translate("ScreeningController", "Screening saved: impact level %1"),
                result.level,
            )
        )
        events.record_changed.emit()
        events.scrutinies_changed.emit()
        self.rescreened.emit(scrutiny_id)
        self._reopen(scrutiny_id)
