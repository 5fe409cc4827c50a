"""Entry point ``ethics-scrutiny``: a command runs the command line, none opens the app.

Qt is imported only when the app is opened, so scripts using the command line start fast and
work on machines without a display. ``--smoke-test`` checks the installation (``ui/smoke.py``).
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
    options.add_argument("--smoke-test", action="store_true")
    known, rest = options.parse_known_args(args)
    if known.smoke_test:
        return _smoke_test()
    if rest:
        from ethics_scrutiny.cli import main as cli_main

        return cli_main(args)
    import ui.app  # looked up at call time so tests can replace ui.app.run
    from ethics_scrutiny.config import resolve_settings

    return ui.app.run(resolve_settings(known.data_dir, known.db))


def _smoke_test() -> int:
    """Check the installation on a throwaway record (``--data-dir`` and ``--db`` are ignored)."""
    try:
        from ui.smoke import main as smoke_main
    except Exception as exc:  # a frozen build missing a module fails here: still one line
        if sys.stderr is not None:  # None in a windowed Windows executable
            problem = f"{exc.__class__.__name__}: {exc}"
            print(
                f"Ethics Scrutiny smoke test FAILED: while loading the app: {problem}",
                file=sys.stderr,
            )
        return 1
    return smoke_main()


if __name__ == "__main__":
    sys.exit(main())
