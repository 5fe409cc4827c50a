"""PySide6 reads the source of every module imported after it; ask its question more lightly.

PySide6's import hook (``shibokensupport.feature``, PYSIDE-2029) asks whether each newly
imported module's source contains "PySide6", through ``inspect.getsource``: that keeps every
line of SQLAlchemy, pydantic and the app in ``linecache`` for the life of the process (about
23 MB at start-up, a sixth of the app's memory). The same question is asked here of the
file's bytes, which are then let go. Modules without a ``.py`` file, and any file that cannot
be read, still get PySide6's own answer. ``ui.app`` imports this before the core's modules.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

UsesPySide = Callable[[ModuleType], bool]


def install() -> None:
    """Replace the hook's source search (once; a no-op on a PySide6 without it)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "reads_bytes", False):
        return
    feature._mod_uses_pyside = _reading_bytes(original)  # type: ignore[attr-defined]


def _reading_bytes(original: UsesPySide) -> UsesPySide:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as handle:
                return b"PySide6" in handle.read()
        except OSError:
            return original(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    return uses_pyside


install()
