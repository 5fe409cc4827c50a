"""Entry point ``ethics-scrutiny``: a command runs the command line, none opens the app.

Qt is imported only when the app is opened, so scripts using the command line start fast and
work on machines without a display.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command-line command if one is given, otherwise the desktop app."""
    args = list(sys.argv[1:] if argv is None else argv)
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--data-dir")
    options.add_argument("--db")
    known, rest = options.parse_known_args(args)
    if rest:
        from ethics_scrutiny.cli import main as cli_main

        return cli_main(args)
    import ui.app  # looked up at call time so tests can replace ui.app.run
    from ethics_scrutiny.config import resolve_settings

    return ui.app.run(resolve_settings(known.data_dir, known.db))


if __name__ == "__main__":
    sys.exit(main())
