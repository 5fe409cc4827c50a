"""Start the demonstration as a program of its own, with its own throwaway record."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess

DEMO_FLAG = "--demo"


def demo_command() -> tuple[str, list[str]]:
    """The program and arguments that open the demonstration, frozen build or not."""
    if getattr(sys, "frozen", False):
        return sys.executable, [DEMO_FLAG]
    return sys.executable, ["-m", "ui", DEMO_FLAG]


def start() -> bool:
    """Start the demonstration beside this window; ``False`` if it could not be started."""
    program, arguments = demo_command()
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)
