"""The ``ethics-scrutiny`` entry point: the app with no command, the command line with one."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from ethics_scrutiny.cli import UsageError, build_parser
    from ethics_scrutiny.cli import main as cli_main
    from ethics_scrutiny.config import resolve_settings

    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(args_list)
    except UsageError:
        return cli_main(args_list)
    if args.command is not None:
        return cli_main(args_list)
    # Qt is imported only when the window is wanted, so the command line starts fast.
    from ui.app import run

    return run(resolve_settings(args.data_dir, args.db))


if __name__ == "__main__":
    sys.exit(main())
