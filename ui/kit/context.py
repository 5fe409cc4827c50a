"""AppContext (what every controller is given) and AppEvents (app-wide change signals)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ethics_scrutiny.services import Services

from .tasks import TaskRunner


class AppEvents(QObject):
    """The one place that says "something changed", so views refresh without knowing each other."""

    scrutinies_changed = Signal()
    scrutiny_changed = Signal(int)
    record_changed = Signal()
    status_message = Signal(str)


@dataclass(frozen=True)
class AppContext:
    """Passed explicitly to views and controllers instead of globals or singletons."""

    services: Services
    events: AppEvents
    tasks: TaskRunner
