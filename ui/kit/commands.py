"""The window's actions and the handlers the feature controllers bring for them.

Each controller lists its own commands as ``{action id: callable}``; the composition root
registers every list here, so no handler is looked up by name and no controller forwards
another's commands.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QAction

Handler = Callable[[], None]
Commands = Mapping[str, Handler]


class CommandTable:
    """Every action gets exactly one handler; a second, or none at all, is a wiring mistake."""

    def __init__(self, actions: Mapping[str, QAction]) -> None:
        self._actions = actions
        self._handled: set[str] = set()

    def register(self, commands: Commands, when: Callable[[], bool] | None = None) -> None:
        """Connect each handler to its action; with ``when``, it runs only while that is true."""
        for action_id, handler in commands.items():
            if action_id not in self._actions:
                raise KeyError(f"There is no action {action_id!r} to handle.")
            if action_id in self._handled:
                raise ValueError(f"The action {action_id!r} already has a handler.")
            self._handled.add(action_id)
            self._actions[action_id].triggered.connect(_runner(handler, when))

    def check_complete(self) -> None:
        """Raise if any action was left without a handler (it would do nothing when chosen)."""
        missing = sorted(set(self._actions) - self._handled)
        if missing:
            raise LookupError(f"These actions have no handler: {', '.join(missing)}.")


def _runner(handler: Handler, when: Callable[[], bool] | None) -> Callable[[bool], None]:
    def run(_checked: bool = False) -> None:
        if when is None or when():
            handler()

    return run
