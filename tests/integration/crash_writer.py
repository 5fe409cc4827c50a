"""Child process for the crash test: forks one writer per trial; each writes until killed.

Run as ``python crash_writer.py DB_URL BACKUPS_DIR SCRUTINY_ID KEY [KEY ...]``. The modules are
imported once here, then every ``trial N`` line on stdin forks a fresh writer process, which
opens the record and loops: answer a question (status always changes, so each answer is also
a ``response_changed`` entry) or record a decision, printing an ``ack`` line only after the
service call has returned (that is, after COMMIT). The test kills the writer with SIGKILL at
a random moment; this process reports ``dead N`` once the writer is gone, so every ack the
writer printed is already in the pipe ahead of it. A line ``trial N restore A B`` instead forks
a writer that restores backups A and B in turn, so kills land in the middle of restores.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from ethics_scrutiny.domain.enums import Outcome, Rating, Status
from ethics_scrutiny.domain.scrutiny import DecisionInput
from ethics_scrutiny.services.decisions import DecisionService
from ethics_scrutiny.services.scrutinies import ScrutinyService
from ethics_scrutiny.storage.database import Database

STATUSES = [Status.MET, Status.PARTLY_MET, Status.NOT_MET, Status.UNKNOWN]
RATINGS = {Status.MET: Rating.GREEN, Status.PARTLY_MET: Rating.AMBER, Status.NOT_MET: Rating.RED}


def say(text: str) -> None:
    os.write(1, (text + "\n").encode("utf-8"))  # one unbuffered write per line


def writer(url: str, backups: Path, scrutiny_id: int, keys: list[str], trial: int) -> None:
    database = Database.open(url, backups, purpose="the crash-test writer", daily_backup=False)
    scrutinies = ScrutinyService(database, library=None)  # type: ignore[arg-type]
    decisions = DecisionService(database)
    current = {k: r.status for k, r in scrutinies.get(scrutiny_id).responses.items()}
    say("ready")
    step = 0
    while True:
        step += 1
        if step % 5 == 0:
            decision = decisions.decide(
                scrutiny_id,
                DecisionInput(
                    outcome=Outcome.DEFER,
                    rationale=f"Trial {trial} step {step}: awaiting the force's reply.",
                    decided_by="Crash test panel",
                ),
            )
            say(f"ack decision {decision.sequence} {decision.entry_hash}")
            continue
        key = keys[step % len(keys)]
        before = current.get(key)
        status = STATUSES[(STATUSES.index(before) + 1) % len(STATUSES)] if before else STATUSES[0]
        note = f"trial {trial} step {step}"
        scrutinies.answer(scrutiny_id, key, status, RATINGS.get(status), note=note)
        current[key] = status
        digest = hashlib.sha256(note.encode("utf-8")).hexdigest()
        say(f"ack answer {key} {status.value} {digest}")


def restorer(url: str, backups: Path, sources: list[str]) -> None:
    """Restore two backups in turn, forever: a kill must leave one state or the other."""
    from ethics_scrutiny.services.maintenance import MaintenanceService

    database = Database.open(url, backups, purpose="the crash-test restorer", daily_backup=False)
    maintenance = MaintenanceService(database)
    say("ready")
    step = 0
    while True:
        source = sources[step % len(sources)]
        maintenance.restore(Path(source))
        step += 1
        say(f"ack restore {source}")


def main() -> None:
    url, backups, scrutiny_id, *keys = sys.argv[1:]
    for line in sys.stdin:
        words = line.split()
        trial = int(words[1])
        pid = os.fork()
        if pid == 0:
            try:
                if words[2:3] == ["restore"]:
                    restorer(url, Path(backups), words[3:])
                writer(url, Path(backups), int(scrutiny_id), keys, trial)
            except BaseException as exc:  # the test reads this line and fails with it
                say(f"error {type(exc).__name__}: {exc}".replace("\n", " "))
            os._exit(3)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"dead {trial} {status}")


if __name__ == "__main__":
    main()
