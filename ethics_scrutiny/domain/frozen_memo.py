"""Values worked out from a frozen object, kept by that object's identity.

A template is frozen, but its fields hold lists, so it cannot be a dictionary key. Opening,
showing or starting a scrutiny works the same things out from the same template objects again
and again (its filled text, its canonical JSON, the languages it offers): this keeps the last
few, each entry holding the object itself so its identity cannot pass to another while kept.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class IdentityMemo(Generic[T, R]):
    """At most ``size`` results, each of one object (by identity) and one hashable argument."""

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._kept: dict[tuple[int, Hashable], tuple[T, R]] = {}
        # The app works out values on its database worker and on the interface thread.
        self._lock = threading.Lock()

    def get(self, obj: T, argument: Hashable, make: Callable[[], R]) -> R:
        """The value kept for ``(obj, argument)``, or ``make()`` kept from now on."""
        key = (id(obj), argument)
        with self._lock:
            kept = self._kept.get(key)
        if kept is not None and kept[0] is obj:
            return kept[1]
        value = make()
        with self._lock:
            if len(self._kept) >= self._size:
                self._kept.pop(next(iter(self._kept)))
            self._kept[key] = (obj, value)
        return value

    def __len__(self) -> int:
        return len(self._kept)
