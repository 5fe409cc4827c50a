"""Generate a realistic benchmark record fast, in bulk, exactly as the services would write it.

What a data folder holds (``python -m bench.generate --scrutinies 10000``):

* ``N`` scrutinies across every technology, every question answered (mixed-script notes from
  ``bench/corpus.py``, about 5% sensitive), evidence items (some with kept files, some
  sensitive), actions (questions and conditions; some answered, some overdue), decisions (some
  superseded, some withdrawn, overrides where blocking flags stand), stage changes, later rounds
  (about one in twelve is a second round carrying the first's answers) and Welsh-language ones
  (about one in eight, with the records-and-Welsh-language module);
* with ``--largest`` (the default) first a round 1 and round 2 of one deployment with **every
  module selected** (as ``new --module`` for each), every question answered with long notes,
  24 evidence items, 12 actions and a superseded, an overriding and a withdrawn decision: the
  largest scrutiny, whose ID the manifest gives as ``largest_id``;
* with ``--entries M`` more ordinary scrutinies until the record holds at least ``M`` entries.

How: the record is opened with ``Services.open`` (so it is migrated and stamped like the app's),
template snapshots are stored with ``repositories.store_snapshot``, then rows are inserted with
SQLAlchemy Core, ``BATCH`` scrutinies per transaction. Every record entry is made with
``record_chain.make_entry`` after the previous one, so ``verify`` passes. ``scrutiny_facts`` rows
are computed per batch by the app's own ``storage.facts`` (left missing, "not computed yet", on
an app version without it; the manifest's ``facts`` says which).

A folder is complete when its ``bench-data.json`` manifest exists (written last); ``cached()``
reuses a complete folder under ``bench/.data/<spec name>`` and regenerates anything else.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from bench import corpus
from bench.gen_rows import Builder, Built, Counters, Plan, Tables
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Language, Marking, Stage, Technology
from ethics_scrutiny.domain.office import OfficeProfile, OfficeType
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.domain.templates import Checklist, Template
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.evidence_files import StoredFile
from ethics_scrutiny.storage.models import Base, RecordEntry, Response, Scrutiny
from ethics_scrutiny.storage.unit_of_work import unit_of_work

GENERATOR_VERSION = 7  # bump whenever the generated rows change
BENCH_OFFICE = OfficeProfile(
    name="Office of the Police and Crime Commissioner for Benchshire",
    office_type=OfficeType.PCC,
    decision_maker="Police and Crime Commissioner",
    panel="Benchshire Ethics Panel",
)
DATA_ROOT = Path(__file__).resolve().parent / ".data"
MANIFEST = "bench-data.json"
BATCH = 500  # scrutinies per transaction
# scrutiny_facts rows: computed and stored with the app's own storage.facts when it has them
# (as every service's unit of work does), else left missing, which means "not computed yet".
try:
    from ethics_scrutiny.storage import facts as _facts

    FACTS = "computed"
except ImportError:  # an app version before the facts cache
    _facts = None  # type: ignore[assignment]
    FACTS = "missing"
# Each scrutiny's state attested in the record (see _attest), when the app proves state.
try:
    from ethics_scrutiny.storage import record_state as _record_state
except ImportError:  # an app version whose verify checks the chain only
    _record_state = None  # type: ignore[assignment]
WELSH_MODULE = "records-and-welsh-language"
SEED = 20261204
YEARS = 5


@dataclass(frozen=True)
class Spec:
    """What to generate; its ``name`` keys the cache folder."""

    scrutinies: int
    min_entries: int = 0
    largest: bool = True
    seed: int = SEED

    @property
    def name(self) -> str:
        largest = "L" if self.largest else "n"
        return f"s{self.scrutinies}-e{self.min_entries}-{largest}-{self.seed}-v{GENERATOR_VERSION}"


@dataclass(frozen=True)
class Manifest:
    """What a generated folder holds (stored as ``bench-data.json``)."""

    generator_version: int
    name: str
    data_dir: str
    scrutinies: int
    responses: int
    entries: int
    decisions: int
    welsh: int
    later_rounds: int
    largest_id: int | None
    largest_questions: int
    head_hash: str
    facts: str
    seconds: float

    @classmethod
    def read(cls, data_dir: Path) -> Manifest:
        data = json.loads((data_dir / MANIFEST).read_text(encoding="utf-8"))
        return cls(**data)


def cached(
    spec: Spec, root: Path = DATA_ROOT, *, regenerate: bool = False
) -> tuple[Manifest, bool]:
    """The data folder for ``spec`` under ``root``, generated if missing; (manifest, was cached).

    Safe when several processes ask at once: generation holds ``<name>.lock`` (a second asker
    waits, then finds the folder made) and builds in ``<name>.building``, renamed into place
    only when complete.
    """
    root.mkdir(parents=True, exist_ok=True)
    folder = root / spec.name
    with exclusive(root / f"{spec.name}.lock", f"generating {spec.name}"):
        if not regenerate and (folder / MANIFEST).is_file():
            manifest = Manifest.read(folder)
            if manifest.generator_version == GENERATOR_VERSION:
                return manifest, True
        building = root / f"{spec.name}.building"
        for stale in (building, folder):
            if stale.exists():
                shutil.rmtree(stale)
        built = generate(building, spec)
        building.rename(folder)
        manifest = replace(built, data_dir=str(folder))
        _write_manifest(folder, manifest)
        return manifest, False


@contextmanager
def exclusive(path: Path, doing: str) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (waiting, and saying so, while another holds it)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no locking
        yield
        return
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting for another process {doing} ({path})", file=sys.stderr, flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_manifest(folder: Path, manifest: Manifest) -> None:
    (folder / MANIFEST).write_text(json.dumps(asdict(manifest), indent=2), encoding="utf-8")


def generate(data_dir: Path, spec: Spec) -> Manifest:
    """Generate ``spec`` into the empty (or missing) folder ``data_dir``."""
    started = time.perf_counter()
    data_dir.mkdir(parents=True, exist_ok=True)
    if any(data_dir.iterdir()):
        raise FileExistsError(f"{data_dir} is not empty; generate into a new folder.")
    services = Services.open(resolve_settings(str(data_dir)), purpose="bench/generate.py")
    try:
        # An office's working record has its profile set (the welcome step asks for it first).
        services.office.set(BENCH_OFFICE)
        counters, largest_id, largest_questions = _fill(services, spec)
        with unit_of_work(services.database) as session:
            totals = {
                "scrutinies": session.scalar(select(func.count()).select_from(Scrutiny)) or 0,
                "responses": session.scalar(select(func.count()).select_from(Response)) or 0,
                "entries": session.scalar(select(func.count()).select_from(RecordEntry)) or 0,
            }
            head = record_chain.head(session)
    finally:
        services.close()
    manifest = Manifest(
        generator_version=GENERATOR_VERSION,
        name=spec.name,
        data_dir=str(data_dir),
        decisions=counters.decisions,
        welsh=counters.welsh,
        later_rounds=counters.later_rounds,
        largest_id=largest_id,
        largest_questions=largest_questions,
        head_hash=head.head_hash,
        facts=FACTS,
        seconds=round(time.perf_counter() - started, 2),
        **totals,
    )
    _write_manifest(data_dir, manifest)
    return manifest


def _fill(services: Services, spec: Spec) -> tuple[Counters, int | None, int]:
    files = _evidence_files(services)
    today = date.today()
    # Spread the scrutinies over the last YEARS years, so older actions fall overdue.
    count = max(spec.scrutinies, spec.min_entries // 100) + 2
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=365 * YEARS)
    with unit_of_work(services.database) as session:
        shas = {t.slug: repositories.store_snapshot(session, t) for t in services.library.all()}
        counters = Counters(record_chain.head(session), start, start, today)
        counters.slot = (timedelta(days=365 * YEARS) - timedelta(days=30)) / count
        first_id = 1 + (session.scalar(select(func.max(Scrutiny.id))) or 0)
    counters.scrutiny_id = first_id
    planner = _Planner(services, spec.seed)
    largest_id: int | None = None
    largest_questions = 0
    made = 0
    while True:
        tables = Tables()
        builder = Builder(tables, counters, shas, files)
        in_batch = 0
        if spec.largest and largest_id is None:
            plan = planner.largest()
            first = builder.scrutiny(plan, planner.rng(-1))
            largest_id = builder.scrutiny(plan, planner.rng(-2), previous=first).scrutiny_id
            counters.later_rounds += 1
            largest_questions = plan.checklist.question_count
            made += 2
        while in_batch < BATCH and not _enough(spec, made, counters):
            rng = planner.rng(made)
            built = builder.scrutiny(planner.ordinary(rng), rng)
            made += 1
            in_batch += 1
            if rng.random() < 1 / 12 and not _enough(spec, made, counters):
                _later_round(builder, built, rng)
                counters.later_rounds += 1
                made += 1
                in_batch += 1
        _insert(services, tables, counters)
        if _enough(spec, made, counters):
            return counters, largest_id, largest_questions


def _enough(spec: Spec, made: int, counters: Counters) -> bool:
    return made >= spec.scrutinies and counters.head.entries >= spec.min_entries


def _later_round(builder: Builder, first: Built, rng: random.Random) -> Built:
    """RoundService.start_round: the same deployment, answers carried, some changed."""
    plan = first.plan
    second = Plan(
        **{
            **plan.__dict__,
            "decisions": rng.choice((0, 1, 1, 2)),
            "withdraw_last": rng.random() < 0.1,
            "evidence_items": rng.randint(0, 2),
            "actions": rng.randint(0, 2),
        }
    )
    return builder.scrutiny(second, rng, previous=Built(**{**first.__dict__, "plan": second}))


def _insert(services: Services, tables: Tables, counters: Counters) -> None:
    """One transaction: every table's rows by Core executemany, parents before children.

    Then, in the same transaction, the batch's dashboard facts by the app's own functions
    (when this version of the app has them; see ``FACTS``).
    """
    with unit_of_work(services.database) as session:
        connection = session.connection()
        for name in tables.names():
            rows: list[dict[str, Any]] = getattr(tables, name)
            if rows:
                connection.execute(insert(Base.metadata.tables[name]), rows)
        if _facts is not None:
            ids = [row["id"] for row in tables.scrutinies]
            _facts.store(session, _facts.compute(session, ids))
        if _record_state is not None:
            _attest(session, tables, counters)


def _attest(session: Session, tables: Tables, counters: Counters) -> None:
    """Each scrutiny's whole state in a ``state_attested`` entry after its own entries.

    The rows go in directly, not through the services (whose flushes put each change's new
    state in the record), so the batch ends as migration 0005 leaves a record made before
    entries carried state: attested, so that verify proves the tables against the record.
    """
    states = _record_state.current_states(session, [row["id"] for row in tables.scrutinies])
    attested = Tables()
    builder = Builder(attested, counters, {}, [])
    for row in tables.scrutinies:
        payload = {"scrutiny_uuid": row["uuid"], "state": states.get(row["id"], {})}
        builder.entry(RecordKind.STATE_ATTESTED, payload, row["id"])
    table = Base.metadata.tables["record_entries"]
    session.connection().execute(insert(table), attested.record_entries)


def _evidence_files(services: Services) -> list[StoredFile]:
    """A pool of small documents kept in the evidence store, shared by many evidence items."""
    stored = []
    with tempfile.TemporaryDirectory() as folder:
        for n, (title, ref) in enumerate(corpus.EVIDENCE_TITLES * 3):
            path = Path(folder) / f"{ref.format(n=n, m=n % 10).replace('/', '-')}.txt"
            text = f"{title}\n{corpus.PURPOSES[n % len(corpus.PURPOSES)]}\n" * (20 + n)
            path.write_text(text, encoding="utf-8")
            stored.append(services.evidence.store.add(path))
    return stored


class _Planner:
    """Chooses each scrutiny's facts and templates (as ScrutinyService.create would)."""

    def __init__(self, services: Services, seed: int) -> None:
        self._services = services
        self._seed = seed
        self._checklists: dict[tuple[str, ...], tuple[tuple[Template, ...], Checklist]] = {}

    def rng(self, index: int) -> random.Random:
        return random.Random(self._seed * 1_000_003 + index)

    def templates(self, new: NewScrutiny) -> tuple[tuple[Template, ...], Checklist]:
        key = (new.technology.value, *new.modules)
        if key not in self._checklists:
            # The service's own choice of core and modules, as `new --module` makes it.
            chosen = tuple(self._services.scrutinies._choose_templates(new))
            self._checklists[key] = (chosen, Checklist(list(chosen)))
        return self._checklists[key]

    def ordinary(self, rng: random.Random) -> Plan:
        welsh = rng.random() < 0.125
        technology = rng.choice(list(Technology))
        stem = rng.choice(corpus.TITLE_STEMS)
        force = rng.choice(corpus.FORCES)
        new = NewScrutiny(
            title=f"{stem[welsh]} ({force.split(' / ')[0]}, {rng.randint(2019, 2026)})",
            force=force,
            technology=technology,
            modules=(WELSH_MODULE,) if welsh else (),
            language=Language.WELSH if welsh else Language.ENGLISH,
        )
        decisions = rng.choice((0, 0, 1, 1, 1, 2))
        return self._plan(
            new,
            rng,
            final_stage=rng.choice(list(Stage)),
            evidence_items=rng.randint(1, 4),
            actions=rng.randint(0, 4),
            decisions=decisions,
            withdraw_last=decisions > 0 and rng.random() < 0.05,
            extra_scripts=True,
        )

    def largest(self) -> Plan:
        rng = self.rng(-3)
        modules = tuple(t.slug for t in self._services.library.modules())
        new = NewScrutiny(
            title="Live facial recognition at the Eisteddfod Genedlaethol — ŵ ŷ Ŵ Ŷ (all modules)",
            force="Heddlu Gogledd Cymru / North Wales Police",
            technology=Technology.LIVE_FACIAL_RECOGNITION,
            modules=modules,
            language=Language.ENGLISH,
        )
        return self._plan(
            new,
            rng,
            final_stage=Stage.PILOT,
            evidence_items=24,
            actions=12,
            decisions=2,
            withdraw_last=False,
            long_notes=True,
            marking=Marking.OFFICIAL_SENSITIVE,
        )

    def _plan(
        self, new: NewScrutiny, rng: random.Random, *, marking: Marking | None = None, **rest: Any
    ) -> Plan:
        templates, _ = self.templates(new)
        # What the services ask at the plan's final stage: questions for later stages are
        # out of scope (kept if answered, not counted), as the record's facts count them.
        final: Stage = rest["final_stage"]
        checklist = repositories.scoped(list(templates), None, final.value, {})
        return Plan(
            new_title=new.title,
            force=new.force,
            technology=new.technology.value,
            marking=marking
            or (Marking.OFFICIAL_SENSITIVE if rng.random() < 0.3 else Marking.OFFICIAL),
            supplier=rng.choice(corpus.SUPPLIERS),
            purpose=rng.choice(corpus.PURPOSES),
            language=new.language,
            templates=templates,
            checklist=checklist,
            **rest,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scrutinies", type=int, default=10_000)
    parser.add_argument("--entries", type=int, default=0, help="at least this many entries")
    parser.add_argument("--no-largest", action="store_true", help="leave out the largest one")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, help="generate into this new folder (no cache)")
    parser.add_argument("--regenerate", action="store_true", help="ignore a cached folder")
    options = parser.parse_args(argv)
    spec = Spec(options.scrutinies, options.entries, not options.no_largest, options.seed)
    if options.out:
        manifest, was_cached = generate(options.out, spec), False
    else:
        manifest, was_cached = cached(spec, regenerate=options.regenerate)
    print(json.dumps({**asdict(manifest), "cached": was_cached}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
