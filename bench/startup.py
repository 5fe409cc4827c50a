"""Start-up time and peak memory: the app on a data folder against a bare PySide6 window.

Definition (the same for both, so their ratio is fair):

* Each run is a fresh process, ``sys.executable bench/startup_child.py ...``, with
  ``QT_QPA_PLATFORM=offscreen`` (no display needed) and the interpreter's normal start-up.
* Both sides start from compiled bytecode, as an installed or frozen app does (pip and
  PyInstaller ship ``.pyc``): before the first run the app's packages and the environment's
  site-packages are byte-compiled once (``compileall``, a no-op when up to date), and the
  children run without ``PYTHONDONTWRITEBYTECODE``, so neither side recompiles its source at
  every start (a development shell setting that variable made the app, with ~1,600 code objects
  of its own, pay 0.2-0.4 s the bare window, all of whose Python is precompiled, never did).
* **Seconds** run from just before the parent launches the process to the first event-loop
  turn after the window is shown and usable, as ``time.time()`` read in the child:
  - bare: a ``QApplication`` and one ``QLabel`` shown; ready at the first event-loop turn
    after ``show()`` (a zero-delay single-shot timer);
  - app: ``ui.launch.main(["--data-dir", DATA_DIR])``, the real entry point; ready at the first
    event-loop turn after the main window is visible *and* its dashboard model holds the
    scrutiny rows (the list is loaded off the UI thread, so the probe waits for the model's
    reset and then one more turn, when the table has taken the rows and input is accepted).
* **Peak memory** is the child's peak resident set size at that moment: ``VmHWM`` from
  ``/proc/self/status`` (Linux), else ``resource.getrusage`` ``ru_maxrss``.
* The child then quits normally (the app closes its record as a user closing it would).
  Nothing in the app is changed for the measurement: the probe is a timer in the child script.

Use from other code (``bench/run.py``)::

    from bench.startup import measure_bare_window, measure_app_startup, median
    bare = measure_bare_window(5)
    app = measure_app_startup(data_dir, 5)
    ratio = median(s.seconds for s in app) / median(s.seconds for s in bare)

Or run ``python bench/startup.py DATA_DIR [--repeat N]`` to print both and the ratios.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import sysconfig
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

CHILD = Path(__file__).resolve().with_name("startup_child.py")
PROBE_TAG = "STARTUP-PROBE "
ERROR_TAG = "STARTUP-ERROR "
TIMEOUT_SECONDS = 180


@dataclass(frozen=True)
class Sample:
    """One start-up: seconds from launch to shown-and-usable, and peak RSS at that point."""

    seconds: float
    peak_rss_bytes: int
    rows: int = 0

    @property
    def peak_rss_mb(self) -> float:
        return self.peak_rss_bytes / (1024 * 1024)


class StartupProbeError(RuntimeError):
    """The child process did not report being ready."""


def measure_bare_window(repeat: int = 5, *, warmup: int = 1) -> list[Sample]:
    """Start a bare PySide6 window showing one label ``repeat`` times (after ``warmup`` runs)."""
    return _measure(["bare"], repeat, warmup)


def measure_app_startup(data_dir: Path, repeat: int = 5, *, warmup: int = 1) -> list[Sample]:
    """Start the app on ``data_dir`` ``repeat`` times (after ``warmup`` unmeasured runs).

    The warm-up runs let the operating system cache the files, as on a laptop used daily,
    and take the day's backup, so the measured runs are the everyday start-up.
    """
    return _measure(["app", str(Path(data_dir).resolve())], repeat, warmup)


def median(values: Iterable[float]) -> float:
    return float(statistics.median(list(values)))


_compiled: list[bool] = []


def ensure_bytecode() -> None:
    """Byte-compile the app's packages and site-packages once per process (fast when done)."""
    if _compiled:
        return
    root = CHILD.parent.parent
    for folder in (root / "ethics_scrutiny", root / "ui", Path(sysconfig.get_paths()["purelib"])):
        compileall.compile_dir(folder, quiet=2, workers=1)
    _compiled.append(True)


def _measure(args: list[str], repeat: int, warmup: int) -> list[Sample]:
    ensure_bytecode()
    for _ in range(warmup):
        _run_child(args)
    return [_run_child(args) for _ in range(repeat)]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Start from the compiled bytecode, as an installed app does (see ensure_bytecode).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # The built-in SQLite record in the data folder, never a server named in the environment.
    env.pop("ETHICS_SCRUTINY_DB", None)
    env.pop("ETHICS_SCRUTINY_DATA_DIR", None)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(CHILD.parent.parent), env.get("PYTHONPATH", "")) if p
    )
    return env


def _run_child(args: list[str]) -> Sample:
    started = time.time()
    done = subprocess.run(
        [sys.executable, str(CHILD), *args],
        env=_child_env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith(PROBE_TAG):
            report = json.loads(line[len(PROBE_TAG) :])
            return Sample(
                seconds=float(report["ready"]) - started,
                peak_rss_bytes=int(report["peak_rss_bytes"]),
                rows=int(report["rows"]),
            )
    shown = [line for line in done.stdout.splitlines() if line.startswith(ERROR_TAG)]
    if shown:
        raise StartupProbeError(f"{' '.join(args)}: a dialog came up: {shown[0][len(ERROR_TAG) :]}")
    raise StartupProbeError(
        f"{' '.join(args)}: no ready report (exit {done.returncode}).\n{done.stderr[-4000:]}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="a data folder (e.g. from bench/generate.py)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    options = parser.parse_args(argv)
    bare = measure_bare_window(options.repeat)
    app = measure_app_startup(options.data_dir, options.repeat)
    figures = {
        "bare_seconds": median(s.seconds for s in bare),
        "app_seconds": median(s.seconds for s in app),
        "bare_peak_mb": median(s.peak_rss_mb for s in bare),
        "app_peak_mb": median(s.peak_rss_mb for s in app),
        "app_rows": app[-1].rows,
    }
    figures["startup_ratio"] = figures["app_seconds"] / figures["bare_seconds"]
    figures["memory_ratio"] = figures["app_peak_mb"] / figures["bare_peak_mb"]
    if options.json:
        print(json.dumps(figures, indent=2))
    else:
        for name, value in figures.items():
            print(f"{name:>14}: {value:.3f}" if isinstance(value, float) else f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
