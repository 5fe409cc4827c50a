"""The command line's output, with direction controls that could reorder it made visible.

A title or note holding U+202E would otherwise be drawn reversed by the terminal. Text output
shows each control by its code ("[U+202E]"); JSON output writes it as its escape (``\\u202e``),
so the values a script reads are the values stored.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from .domain.bidi import json_escaped, visible_controls


class _Readable(io.TextIOBase):
    """A text stream passing everything written through ``show`` to the stream it wraps."""

    def __init__(self, inner: TextIO, show: Callable[[str], str]) -> None:
        super().__init__()
        self._inner = inner
        self._show = show

    def write(self, text: str) -> int:
        self._inner.write(self._show(text))
        return len(text)

    def flush(self) -> None:
        self._inner.flush()

    def isatty(self) -> bool:
        return self._inner.isatty()

    def fileno(self) -> int:
        return self._inner.fileno()

    # input() asks the stream it prompts on for its encoding.
    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._inner.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return self._inner.errors


@contextmanager
def readable_output(json_output: bool) -> Iterator[None]:
    """Within the block, what is printed shows direction controls instead of obeying them."""
    out, err = sys.stdout, sys.stderr
    if out is not None:
        sys.stdout = _Readable(out, json_escaped if json_output else visible_controls)
    if err is not None:
        sys.stderr = _Readable(err, visible_controls)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
