"""Run every benchmark against its bare baseline and print the table (``--json`` for figures).

Usage: ``python -m bench.run [--quick] [--json PATH] [--regenerate]``. See bench/README.md.
Exit status is 0 even when a target is missed: this is a report; missed targets say MISSED.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import cli_startup, startup
from bench.generate import DATA_ROOT, Manifest, Spec, cached, exclusive

SCHEMA = 1


@dataclass(frozen=True)
class Profile:
    """Data sizes and repeats: the full run, or ``--quick``."""

    main: Spec
    verify: Spec
    startup: int
    pdf: int
    open: int
    filter: int
    save: int
    verify_repeat: int
    warmup: int
    cli: int = 10


FULL = Profile(Spec(10_000), Spec(0, 100_000, largest=False), 5, 5, 20, 24, 300, 5, 2)
QUICK = Profile(Spec(1_000), Spec(0, 20_000, largest=False), 3, 2, 8, 8, 200, 3, 1, cli=5)
# The command line is timed on the 1,000-scrutiny record in both runs.
CLI_SPEC = Spec(1_000)


@dataclass
class Figure:
    """One reported figure: the app's value, the bare baseline's, and the target."""

    name: str
    label: str
    unit: str
    value: float
    baseline: float | None
    target: float
    target_kind: str  # "ratio": ratio <= target; "absolute": value < target; "info": none
    samples: int
    extra: dict[str, Any]

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    @property
    def passed(self) -> bool:
        if "error" in self.extra:
            return False
        if self.target_kind == "info":
            return True
        if self.target_kind == "ratio":
            return self.ratio is not None and self.ratio <= self.target
        return self.value < self.target

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(ratio=self.ratio, passed=self.passed)
        if math.isnan(self.value):
            data["value"] = None
        return data


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def p99(values: Sequence[float]) -> float:
    """Nearest-rank 99th percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]


def measure_startup(data_dir: Path, profile: Profile) -> list[Figure]:
    """Fresh processes, app and bare alternating after one warm-up each (bench/startup.py)."""
    failures: list[str] = []

    def once(run: Callable[[], list[startup.Sample]]) -> list[startup.Sample]:
        # A child that crashes is retried (and counted), so one crash does not end the report.
        for _ in range(3):
            try:
                return run()
            except (startup.StartupProbeError, subprocess.TimeoutExpired) as exc:
                failures.append(str(exc).splitlines()[0])
                print(f"start-up run failed, retrying: {failures[-1]}", file=sys.stderr)
        raise RuntimeError("start-up failed three times running: " + "; ".join(failures))

    once(lambda: startup.measure_bare_window(0, warmup=1))
    once(lambda: startup.measure_app_startup(data_dir, 0, warmup=1))
    bare: list[startup.Sample] = []
    app: list[startup.Sample] = []
    for _ in range(profile.startup):
        bare += once(lambda: startup.measure_bare_window(1, warmup=0))
        app += once(lambda: startup.measure_app_startup(data_dir, 1, warmup=0))
    rows = {
        "rows": app[-1].rows,
        "failed_runs": failures,
        "app_seconds": [s.seconds for s in app],
        "bare_seconds": [s.seconds for s in bare],
    }
    return [
        Figure(
            "startup_seconds", "Start-up to usable window", "s",
            median([s.seconds for s in app]), median([s.seconds for s in bare]),
            2.0, "ratio", len(app), rows,
        ),
        Figure(
            "peak_memory_mb", "Peak memory at start-up", "MB",
            median([s.peak_rss_mb for s in app]), median([s.peak_rss_mb for s in bare]),
            2.0, "ratio", len(app), rows,
        ),
    ]  # fmt: skip


def measure_cli(profile: Profile) -> list[Figure]:
    """Whole-process ``--version`` and ``list --json`` against ``python -c pass``."""
    manifest, _cached = cached(CLI_SPEC)
    version, listing = cli_startup.measure(Path(manifest.data_dir), profile.cli, 1)
    return [
        _figure("cli_version_seconds", "Command line --version", "s", version, 1.0, 3.0, "ratio"),
        _figure("cli_list_json_seconds", "Command line list --json, 1,000", "s", listing, 1.0,
                10.0, "ratio"),
    ]  # fmt: skip


def measure_in_process(
    main: Manifest, verify: Manifest, profile: Profile, phases: dict[str, float]
) -> list[Figure]:
    """PDF, open, filter and save on the main record; verify on the verify record.

    A phase that fails is reported (ERROR in the table, ``error`` in the JSON) and the others
    still run.
    """
    from bench import measure
    from ethics_scrutiny.config import resolve_settings
    from ethics_scrutiny.services import Services

    measure.application()
    scratch = DATA_ROOT / "scratch"
    figures: list[Figure] = []
    largest = main.largest_id
    assert largest is not None
    typical = largest + 1  # the first ordinary scrutiny
    warm = profile.warmup
    services = Services.open(resolve_settings(main.data_dir), purpose="bench/run.py")
    try:
        figures += _phase(
            phases,
            "pdf",
            lambda: measure.pdf_export(services, largest, scratch, profile.pdf, 1),
            [("pdf_export_seconds", "PDF export, largest scrutiny", "s", 1.0, 1.5, "ratio")],
        )
        figures += _phase(
            phases,
            "open",
            lambda: measure.open_scrutiny(services, largest, profile.open, warm),
            [("open_scrutiny_ms", "Open the largest scrutiny", "ms", 1000.0, 100.0, "absolute")],
        )
        figures += _phase(
            phases,
            "filter",
            lambda: measure.filter_dashboard(services, profile.filter, warm),
            [("filter_dashboard_ms", "Filter the dashboard", "ms", 1000.0, 100.0, "absolute")],
        )
        figures += _phase(
            phases,
            "save",
            lambda: measure.save_answer(services, typical, scratch, profile.save, 5),
            [
                ("save_answer_p99_ms", "Save one answer (p99)", "ms", 1000.0, 20.0, "absolute"),
                ("save_answer_median_ms", "Save one answer (median)", "ms", 1000.0, 0.0, "info"),
            ],
        )
    finally:
        services.close()
    target = 2.0 * verify.entries / 100_000  # 2 s per 100,000 entries
    label = f"Verify {verify.entries:,} entries"
    figures += _phase(
        phases,
        "verify",
        lambda: _verify(verify, profile),
        [("verify_record_seconds", label, "s", 1.0, target, "absolute")],
    )
    return figures  # fmt: skip


def _verify(verify: Manifest, profile: Profile) -> Any:
    from bench import measure
    from ethics_scrutiny.config import resolve_settings
    from ethics_scrutiny.services import Services

    services = Services.open(resolve_settings(verify.data_dir), purpose="bench/run.py")
    try:
        return measure.verify_record(services, profile.verify_repeat, 1)
    finally:
        services.close()


FigureSpec = tuple[str, str, str, float, float, str]


def _phase(
    phases: dict[str, float], name: str, run: Callable[[], Any], specs: list[FigureSpec]
) -> list[Figure]:
    """Run one measurement and make its figures; a failure becomes ERROR figures."""
    began = time.perf_counter()
    try:
        samples = run()
    except Exception as exc:  # reported, and the other phases still run
        traceback.print_exc()
        phases[name] = time.perf_counter() - began
        error = f"{type(exc).__name__}: {exc}"
        return [
            Figure(n, label, unit, math.nan, None, target, kind, 0, {"error": error})
            for n, label, unit, _scale, target, kind in specs
        ]
    phases[name] = time.perf_counter() - began
    print(f"{name} measured ({phases[name]:.1f} s)", flush=True)
    if isinstance(samples, list):  # already figures (start-up)
        return samples
    return [
        _figure(n, label, unit, samples, scale, target, kind,
                statistic=p99 if n.endswith("_p99_ms") else median)
        for n, label, unit, scale, target, kind in specs
    ]  # fmt: skip


def _figure(
    name: str,
    label: str,
    unit: str,
    samples: Any,
    scale: float,
    target: float,
    kind: str,
    statistic: Callable[[Sequence[float]], float] = median,
) -> Figure:
    return Figure(
        name,
        label,
        unit,
        statistic(samples.app) * scale,
        statistic(samples.bare) * scale,
        target,
        kind,
        len(samples.app),
        dict(
            samples.notes,
            app_min=min(samples.app) * scale,
            app_max=max(samples.app) * scale,
            bare_min=min(samples.bare) * scale,
            bare_max=max(samples.bare) * scale,
        ),
    )


def table(figures: list[Figure]) -> str:
    header = f"{'Figure':<34} {'App':>10} {'Bare':>10} {'Ratio':>7} {'Target':>12}  Result"
    lines = [header, "-" * len(header)]
    for f in figures:
        bare = f"{f.baseline:.1f}" if f.baseline is not None else "-"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        target = {
            "ratio": f"<= {f.target:g}x",
            "absolute": f"< {f.target:.3g} {f.unit}",
            "info": "-",
        }[f.target_kind]
        result = "-" if f.target_kind == "info" else "pass" if f.passed else "MISSED"
        if "error" in f.extra:
            result = f"ERROR ({f.extra['error'][:60]})"
        label = f"{f.label} ({f.unit})"
        lines.append(f"{label:<34} {f.value:>10.1f} {bare:>10} {ratio:>7} {target:>12}  {result}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller data, fewer repeats")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write all figures as JSON")
    parser.add_argument("--regenerate", action="store_true", help="ignore cached data folders")
    options = parser.parse_args(argv)
    profile = QUICK if options.quick else FULL
    DATA_ROOT.mkdir(parents=True, exist_ok=True)
    # One benchmark run at a time on this machine: two would share the cached records (the
    # app refuses a record another process holds) and disturb each other's timings.
    with exclusive(DATA_ROOT / "run.lock", "running bench/run.py"):
        return _run(options, profile)


def _run(options: argparse.Namespace, profile: Profile) -> int:
    started, wall = datetime.now(UTC), time.perf_counter()
    load_before = os.getloadavg()
    data: dict[str, Any] = {}
    manifests = []
    for role, spec in (("main", profile.main), ("verify", profile.verify)):
        began = time.perf_counter()
        manifest, was_cached = cached(spec, regenerate=options.regenerate)
        seconds = time.perf_counter() - began
        print(f"data {role}: {manifest.data_dir} ({'cached' if was_cached else 'generated'}, "
              f"{seconds:.1f} s): {manifest.scrutinies:,} scrutinies, "
              f"{manifest.entries:,} entries", flush=True)  # fmt: skip
        data[role] = {**asdict(manifest), "cached": was_cached, "ready_seconds": seconds}
        manifests.append(manifest)
    phases: dict[str, float] = {}
    figures = _phase(
        phases, "startup", lambda: measure_startup(Path(manifests[0].data_dir), profile),
        [("startup_seconds", "Start-up to usable window", "s", 1.0, 2.0, "ratio"),
         ("peak_memory_mb", "Peak memory at start-up", "MB", 1.0, 2.0, "ratio")],
    )  # fmt: skip
    figures += _phase(
        phases, "cli", lambda: measure_cli(profile),
        [("cli_version_seconds", "Command line --version", "s", 1.0, 3.0, "ratio"),
         ("cli_list_json_seconds", "Command line list --json, 1,000", "s", 1.0, 10.0, "ratio")],
    )  # fmt: skip
    figures += measure_in_process(manifests[0], manifests[1], profile, phases)
    figures.sort(key=lambda f: ORDER.index(f.name))
    elapsed = time.perf_counter() - wall
    load_after = os.getloadavg()
    print()
    print(table(figures))
    missed = [f.name for f in figures if not f.passed]
    print()
    print(f"{'MISSED: ' + ', '.join(missed) if missed else 'All targets met.'}")
    kind = "quick" if options.quick else "full"
    print(
        f"Wall time {elapsed:.1f} s ({kind} run); load average {load_before[0]:.1f} before, "
        f"{load_after[0]:.1f} after; {os.cpu_count()} CPUs."
    )
    if options.json:
        report = {
            "schema": SCHEMA,
            "quick": options.quick,
            "started_at": started.isoformat(timespec="seconds"),
            "wall_seconds": elapsed,
            "machine": {
                "cpus": os.cpu_count(),
                "load_average_before": load_before,
                "load_average_after": load_after,
                "python": platform.python_version(),
                "platform": platform.platform(),
            },
            "data": data,
            "phase_seconds": phases,
            "figures": {f.name: f.as_json() for f in figures},
            "missed": missed,
        }
        options.json.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    return 0


ORDER = (
    "startup_seconds",
    "cli_version_seconds",
    "cli_list_json_seconds",
    "pdf_export_seconds",
    "open_scrutiny_ms",
    "filter_dashboard_ms",
    "save_answer_p99_ms",
    "save_answer_median_ms",
    "verify_record_seconds",
    "peak_memory_mb",
)

if __name__ == "__main__":
    sys.exit(main())
