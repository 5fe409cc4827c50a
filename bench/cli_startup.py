"""Command-line start-up for bench/run.py: whole-process time against ``python -c pass``.

Scripts and office automation call the command line hundreds of times, so what counts is the
whole process, from exec to exit, as the installed ``ethics-scrutiny`` script runs it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What the console script ``ethics-scrutiny`` runs (pyproject: ui.launch:main).
ENTRY = "import sys; from ui.launch import main; sys.exit(main())"
BARE = ("-c", "pass")
TIMEOUT_S = 120


@dataclass
class Samples:
    """Seconds per process of the command and of the bare interpreter."""

    app: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)
    notes: dict[str, object] = field(default_factory=dict)


def timed(args: tuple[str, ...]) -> tuple[float, str]:
    """Seconds from start to exit of ``python <args>``, and what it printed."""
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT_S
    )
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(f"python {' '.join(args)} failed: {done.stderr.strip()[-300:]}")
    return seconds, done.stdout


def command(*args: str) -> tuple[str, ...]:
    return ("-c", ENTRY, *args)


def measure(data_dir: Path, rounds: int, warmup: int) -> tuple[Samples, Samples]:
    """``--version`` and ``list --json`` on the record in ``data_dir``, each beside a bare run.

    Warm-up rounds (not counted) fill the file cache and take the record's daily backup; then
    bare, ``--version`` and ``list`` processes alternate so all three see the same load.
    """
    version_args = command("--version")
    list_args = command("--data-dir", str(data_dir), "list", "--json")
    for _ in range(warmup):
        timed(BARE)
        timed(version_args)
        timed(list_args)
    version, listing = Samples(), Samples()
    for _ in range(rounds):
        bare, _out = timed(BARE)
        seconds, shown = timed(version_args)
        version.app.append(seconds)
        version.bare.append(bare)
        bare, _out = timed(BARE)
        seconds, out = timed(list_args)
        listing.app.append(seconds)
        listing.bare.append(bare)
    listing.notes["rows"] = len(json.loads(out))
    version.notes["printed"] = shown.strip()
    return version, listing


if __name__ == "__main__":
    found_version, found_list = measure(Path(sys.argv[1]), rounds=5, warmup=1)
    for name, samples in (("--version", found_version), ("list --json", found_list)):
        app, bare = sorted(samples.app)[2], sorted(samples.bare)[2]
        print(f"{name:<12} {app:.3f} s, bare {bare:.3f} s, {app / bare:.1f}x")
