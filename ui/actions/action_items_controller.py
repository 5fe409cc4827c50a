"""Drives the actions and conditions tab: add, edit and record the force's replies."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.errors import ConcurrentEditError, EthicsScrutinyError
from ethics_scrutiny.domain.scrutiny import ActionData, ActionInput

from ..kit import messages
from ..kit.commands import Commands
from ..kit.context import AppContext
from ..kit.i18n import arg, translate
from .action_items_dialog import ActionItemDialog, action_input
from .action_items_view import ActionItemsPage


class ActionItemsController(QObject):
    """Service calls run on the database worker; the table reloads after each change."""

    changed = Signal(object)  # tuple[ActionData, ...] after every change
    saved = Signal(int)

    def __init__(
        self, context: AppContext, page: ActionItemsPage, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = context
        self._page = page
        self._scrutiny_id: int | None = None
        self._questions: list[tuple[str, str]] = []
        # One key per action as typed, kept until it is saved: adding it again after a lost
        # connection finds the action already recorded instead of adding a copy.
        self._request_keys: dict[tuple[int, ActionInput], str] = {}
        page.add_requested.connect(self.add)
        page.edit_requested.connect(self.edit)

    def show_scrutiny(
        self, scrutiny_id: int, questions: Sequence[tuple[str, str]], items: Sequence[ActionData]
    ) -> None:
        """Fill the tab from an already loaded scrutiny (no extra query)."""
        self._scrutiny_id = scrutiny_id
        self._questions = list(questions)
        self._page.model.set_items(items)
        self.changed.emit(tuple(items))

    def commands(self, reveal: Callable[[], None]) -> Commands:
        """The window's command to add an action; ``reveal`` brings the list into view."""

        def add_action_item() -> None:
            reveal()
            self.add()

        return {"add_action": add_action_item}

    def add(self, initial: ActionInput | None = None, error: str = "") -> None:
        if self._scrutiny_id is None:
            return
        new = ActionItemDialog.ask(self._page, self._questions, initial=initial, error=error)
        if new is None:
            return
        scrutiny_id = self._scrutiny_id
        typed = (scrutiny_id, new)
        key = self._request_keys.setdefault(typed, uuid.uuid4().hex)

        def add_once() -> ActionData:
            saved = self._ctx.services.actions.add(scrutiny_id, new, request_key=key)
            self._request_keys.pop(typed, None)
            return saved

        self._run(
            add_once,
            lambda exc: self.add(initial=new, error=str(exc)),
            translate("ActionItemsController", "Action not added"),
        )

    def edit(self, action_id: int, initial: ActionInput | None = None, error: str = "") -> None:
        row = self._page.model.row_of(action_id)
        item = self._page.model.item_at(row) if row is not None else None
        if item is None:
            return
        start = initial or action_input(item)
        changed = ActionItemDialog.ask(
            self._page, self._questions, initial=start, editing=True, error=error
        )
        if changed is None:
            return
        # The version of the item as the officer saw it: a change by someone else since wins.
        seen = item.version
        self._run(
            lambda: self._ctx.services.actions.update(action_id, changed, expected_version=seen),
            lambda exc: self._on_edit_refused(action_id, changed, exc),
            translate("ActionItemsController", "Action not saved"),
        )

    def _on_edit_refused(self, action_id: int, mine: ActionInput, exc: BaseException) -> None:
        if not isinstance(exc, ConcurrentEditError):
            self.edit(action_id, initial=mine, error=str(exc))  # ask again, saying why
            return
        text = describe_action(mine)
        if messages.refused_edit(self._page, exc, text, clipboard=text, sensitive=mine.sensitive):
            self._reload(self._scrutiny_id, select=action_id, announce=False)

    def _run(
        self,
        job: Callable[[], ActionData],
        retry: Callable[[BaseException], None],
        title: str,
    ) -> None:
        scrutiny_id = self._scrutiny_id

        def done(saved: ActionData) -> None:
            self._ctx.events.status_message.emit(
                arg(translate("ActionItemsController", "%1 saved"), i18n.label(saved.kind))
            )
            self._reload(scrutiny_id, select=saved.id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, EthicsScrutinyError):
                retry(exc)  # ask again with what was typed and the reason
            else:
                messages.show_failure(self._page, title, exc)

        self._ctx.tasks.run_db(job, done, failed)

    def _reload(
        self, scrutiny_id: int | None, select: int | None = None, announce: bool = True
    ) -> None:
        """Read the actions again; ``announce`` emits ``saved`` for ``select`` once shown."""
        if scrutiny_id is None:
            return

        def loaded(items: list[ActionData]) -> None:
            if scrutiny_id != self._scrutiny_id:
                return
            self._page.model.set_items(items)
            if select is not None:
                self._page.select_id(select)
                if announce:
                    self.saved.emit(select)
            self.changed.emit(tuple(items))
            self._ctx.events.scrutiny_changed.emit(scrutiny_id)

        self._ctx.tasks.run_db(
            lambda: self._ctx.services.actions.list(scrutiny_id),
            loaded,
            lambda exc: messages.show_failure(
                self._page, translate("ActionItemsController", "Actions not read"), exc
            ),
        )


def describe_action(item: ActionInput) -> str:
    """The officer's unsaved action as plain text (for the clipboard and details)."""
    lines = [
        f"{i18n.label(item.kind)}: {item.text}",
        arg(translate("action_items_controller", "Status: %1"), i18n.label(item.status)),
    ]
    if item.owner:
        lines.append(arg(translate("action_items_controller", "Owner: %1"), item.owner))
    if item.due_date:
        lines.append(
            arg(translate("action_items_controller", "Due: %1"), format(item.due_date, "%d %b %Y"))
        )
    if item.reply:
        lines += ["", translate("action_items_controller", "Reply:"), item.reply]
    return "\n".join(lines)
