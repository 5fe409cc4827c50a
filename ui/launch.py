"""Entry point ``ethics-scrutiny``: a command runs the command line, none opens the app.

Qt is imported only when the app is opened, so scripts using the command line start fast and
work on machines without a display. ``--smoke-test`` checks the installation (``ui/smoke.py``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

# Qt's X11 (xcb) platform: each library it needs that a desktop may lack, with the package
# holding it on Debian/Ubuntu and on Fedora. Without them Qt names only xcb-cursor0, whichever
# one is missing, and aborts.
XCB_LIBRARIES = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command-line command if one is given, otherwise the desktop app."""
    args = list(sys.argv[1:] if argv is None else argv)
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--data-dir")
    options.add_argument("--db")
    options.add_argument("--db-password-file")
    options.add_argument("--smoke-test", action="store_true")
    options.add_argument("--demo", action="store_true")
    known, rest = options.parse_known_args(args)
    if known.smoke_test:
        return _smoke_test()
    if rest:
        from ethics_scrutiny.cli import main as cli_main

        return cli_main(args)
    problem = platform_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    import ui.app  # looked up at call time so tests can replace ui.app.run
    from ethics_scrutiny.config import resolve_settings

    if known.demo:
        return _demo()
    from ethics_scrutiny.domain.errors import EthicsScrutinyError

    try:
        settings = resolve_settings(known.data_dir, known.db, known.db_password_file)
    except EthicsScrutinyError as exc:  # an unreadable password file: a sentence, no window
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    return ui.app.run(settings)


def _demo() -> int:
    """The demonstration in a throwaway record of its own, removed when its window closes."""
    import ui.app
    from ethics_scrutiny.services import Services, demo_record

    settings = demo_record.demo_settings()
    try:
        services = Services.open(settings, purpose="the demonstration")
        try:
            demo_record.fill(services)
        finally:
            services.close()
        return ui.app.run(settings)
    finally:
        demo_record.discard(settings)


def platform_problem(
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    load: Callable[[str], object] | None = None,
) -> str | None:
    """One sentence naming the packages to install when Qt's X11 platform cannot load."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if not platform.startswith("linux") or chosen not in ("", "xcb"):
        return None
    if not chosen and environ.get("WAYLAND_DISPLAY"):
        return None  # Qt opens the window through Wayland
    if load is None:
        import ctypes  # here, not at the top: the command line never needs it

        load = ctypes.CDLL
    missing = [name for name in XCB_LIBRARIES if not _loads(load, name)]
    if not missing:
        qpa = _qt_xcb_library()
        failure = _load_failure(load, qpa) if qpa is not None else None
        if failure is None:
            return None
        missing = [failure]
    debian = sorted({XCB_LIBRARIES.get(name, (name, name))[0] for name in missing})
    fedora = sorted({XCB_LIBRARIES.get(name, (name, name))[1] for name in missing})
    return (
        "Ethics Scrutiny cannot open its window: Qt's X11 platform needs "
        f"{', '.join(missing)}, which this computer lacks; install them with "
        f"'sudo apt install {' '.join(debian)}' on Debian or Ubuntu, or "
        f"'sudo dnf install {' '.join(fedora)}' on Fedora, then start it again."
    )


def _loads(load: Callable[[str], object], name: str) -> bool:
    return _load_failure(load, name) is None


def _load_failure(load: Callable[[str], object], name: str) -> str | None:
    """None if ``name`` loads, else the library the system could not find."""
    try:
        load(name)
    except OSError as exc:
        # "libxcb-icccm.so.4: cannot open shared object file: ..." names the missing one.
        return str(exc).split(":", 1)[0].strip() or name
    return None


def _qt_xcb_library() -> str | None:
    """Qt's own xcb library in the installed PySide6, without importing PySide6."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    for folder in spec.submodule_search_locations or [] if spec else []:
        candidate = Path(folder) / "Qt" / "lib" / "libQt6XcbQpa.so.6"
        if candidate.is_file():
            return str(candidate)
    return None


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
