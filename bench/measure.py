"""In-process measurements for bench/run.py: each returns app samples and bare-baseline samples.

Every function takes an open ``Services`` (or a data folder), runs warm-up rounds that are not
counted, then alternates app and bare rounds so both see the same machine load.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench import bare_pdf
from ethics_scrutiny.domain.enums import Rating, Status
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportFormat

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QEventLoop,
    QMessageLogContext,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QTableView,
    QTreeView,
)

OPEN_TIMEOUT_MS = 120_000
_NONE_GUARD: list[None] = []
WINDOW_SIZE = (1366, 768)  # a modest laptop screen
SEARCH_TERMS = ("gwent", "drones", "wynebau", "support", "thames valley", "anpr", "2024", "live")


@dataclass
class Samples:
    """Seconds per round of the app and of the bare baseline."""

    app: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)
    notes: dict[str, object] = field(default_factory=dict)


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    qInstallMessageHandler(_quiet_offscreen)
    # PySide6 6.12 on Python 3.11 drops a reference to None each time C++ hands Python an
    # empty QVariant (e.g. ``QModelIndex.data(role)`` answered None); the app's checklist
    # filter does so on every re-filter. Thousands of rounds in one process would then abort
    # with "none_dealloc", so the harness holds extra references. No timing is affected.
    _NONE_GUARD.extend([None] * 5_000_000)
    return QApplication([])


def _quiet_offscreen(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # The offscreen platform says this on every top-level window; anything else is shown.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _alternate(
    app: Callable[[], object], bare: Callable[[], object], repeat: int, warmup: int
) -> Samples:
    for _ in range(warmup):
        app()
        bare()
    samples = Samples()
    for _ in range(repeat):
        samples.app.append(_timed(app))
        samples.bare.append(_timed(bare))
    return samples


def pdf_export(
    services: Services, scrutiny_id: int, out_dir: Path, repeat: int, warmup: int
) -> Samples:
    """The app's export (build model, render, write atomically, record) against a bare doc."""
    out_dir.mkdir(parents=True, exist_ok=True)
    model = services.reports.build_model(scrutiny_id)
    content = bare_pdf.content_of(model)
    samples = _alternate(
        lambda: services.reports.export(scrutiny_id, ExportFormat.PDF, out_dir / "app.pdf"),
        lambda: bare_pdf.render(content, out_dir / "bare.pdf"),
        repeat,
        warmup,
    )
    samples.notes.update(
        app_bytes=(out_dir / "app.pdf").stat().st_size,
        bare_bytes=(out_dir / "bare.pdf").stat().st_size,
        paragraphs=content.paragraph_count,
        table_cells=content.cell_count,
    )
    return samples


def open_scrutiny(services: Services, scrutiny_id: int, repeat: int, warmup: int) -> Samples:
    """ChecklistController.open as the app runs it (worker thread, then the page filled)."""
    from ui.actions.action_items_controller import ActionItemsController
    from ui.actions.action_items_view import ActionItemsPage
    from ui.app import show_in_tabs
    from ui.checklist.checklist_controller import ChecklistController
    from ui.checklist.checklist_view import ChecklistPage
    from ui.evidence.evidence_controller import EvidenceController
    from ui.evidence.evidence_view import EvidencePage
    from ui.kit.context import AppContext, AppEvents
    from ui.kit.tasks import TaskRunner

    qt = application()
    actions: defaultdict[str, QAction] = defaultdict(lambda: QAction(qt))
    evidence_page, action_items_page = EvidencePage(), ActionItemsPage()
    page = ChecklistPage(actions, evidence_page, action_items_page)
    page.resize(*WINDOW_SIZE)
    page.show()
    tasks = TaskRunner()
    context = AppContext(services, AppEvents(), tasks)
    controller = ChecklistController(context, page, actions["previous"], actions["next"])
    # The evidence and actions tabs are filled on opening, as in the app.
    evidence = EvidenceController(context, evidence_page)
    action_items = ActionItemsController(context, action_items_page)
    controller.opened.connect(lambda detail: show_in_tabs(evidence, action_items, detail))
    evidence.changed.connect(controller.set_evidence)
    action_items.changed.connect(controller.set_action_items)
    loop = QEventLoop()
    loaded: list[int] = []

    def on_loaded(sid: int) -> None:
        loaded.append(sid)
        loop.quit()

    controller.loaded.connect(on_loaded)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(loop.quit)

    def app() -> None:
        loaded.clear()
        watchdog.start(OPEN_TIMEOUT_MS)
        controller.open(scrutiny_id)
        loop.exec()  # until the detail has come back and the page shows it
        if not loaded:
            raise RuntimeError(f"Scrutiny {scrutiny_id} did not open within the time allowed.")
        qt.processEvents()  # the layout and paint that follow

    path = services.database.sqlite_path
    assert path is not None
    tree = QTreeView()
    tree.resize(*WINDOW_SIZE)
    tree.show()

    def bare() -> None:
        rows = _bare_rows(path, scrutiny_id)
        model = QStandardItemModel()
        parent = QStandardItem("Questions")
        for key, status, rating, note in rows:
            parent.appendRow(
                [
                    QStandardItem(key),
                    QStandardItem(status),
                    QStandardItem(rating or ""),
                    QStandardItem(note[:80]),
                ]
            )
        model.appendRow(parent)
        tree.setModel(model)
        tree.expandAll()
        qt.processEvents()

    samples = _alternate(app, bare, repeat, warmup)
    samples.notes["questions"] = len(controller.detail.responses) if controller.detail else 0
    tasks.shutdown()
    page.close()
    tree.close()
    return samples


def _bare_rows(path: Path, scrutiny_id: int) -> list[tuple[str, str, str | None, str]]:
    """The rows an open needs, by plain sqlite3: scrutiny, answers, evidence, actions, decisions."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("SELECT * FROM scrutinies WHERE id = ?", (scrutiny_id,)).fetchall()
        connection.execute(
            "SELECT b.body FROM scrutiny_templates t JOIN template_snapshots b "
            "ON b.sha256 = t.snapshot_sha256 WHERE t.scrutiny_id = ?",
            (scrutiny_id,),
        ).fetchall()
        rows = connection.execute(
            "SELECT question_key, status, rating, note FROM responses WHERE scrutiny_id = ? "
            "ORDER BY question_key",
            (scrutiny_id,),
        ).fetchall()
        connection.execute(
            "SELECT * FROM evidence WHERE scrutiny_id = ?", (scrutiny_id,)
        ).fetchall()
        connection.execute("SELECT * FROM actions WHERE scrutiny_id = ?", (scrutiny_id,)).fetchall()
        connection.execute(
            "SELECT * FROM record_entries WHERE scrutiny_id = ? AND kind = 'decision'",
            (scrutiny_id,),
        ).fetchall()
        return rows
    finally:
        connection.close()


def filter_dashboard(services: Services, repeat: int, warmup: int) -> Samples:
    """Typing a search into the real dashboard page until its proxy and table have updated."""
    from ui.dashboard.scrutiny_list_model import Column, display
    from ui.dashboard.scrutiny_list_view import ScrutinyListPage

    qt = application()
    page = ScrutinyListPage([])
    page.resize(*WINDOW_SIZE)
    page.show()
    summaries = services.scrutinies.list()
    page.set_rows(summaries)
    qt.processEvents()
    # The bare baseline: the same display text in a QStandardItemModel, a plain proxy, a table.
    today = page.model.today
    bare_model = QStandardItemModel(len(summaries), len(Column))
    for row, summary in enumerate(summaries):
        for column in Column:
            bare_model.setItem(row, column, QStandardItem(display(summary, column, today)))
    bare_proxy = QSortFilterProxyModel()
    bare_proxy.setSourceModel(bare_model)
    bare_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    bare_proxy.setFilterKeyColumn(-1)
    table = QTableView()
    table.setModel(bare_proxy)
    table.resize(*WINDOW_SIZE)
    table.show()
    qt.processEvents()
    matched: list[int] = []

    def app() -> None:
        page.search.setText(SEARCH_TERMS[len(matched) % len(SEARCH_TERMS)])
        qt.processEvents()
        matched.append(page.proxy.rowCount())

    def bare() -> None:  # the same term the app has just been given
        bare_proxy.setFilterFixedString(SEARCH_TERMS[(len(matched) - 1) % len(SEARCH_TERMS)])
        qt.processEvents()

    samples = Samples()
    for index in range(warmup + repeat):
        page.search.setText("")
        bare_proxy.setFilterFixedString("")
        qt.processEvents()
        app_seconds, bare_seconds = _timed(app), _timed(bare)
        if index >= warmup:
            samples.app.append(app_seconds)
            samples.bare.append(bare_seconds)
    samples.notes.update(rows=len(summaries), matched_median=sorted(matched)[len(matched) // 2])
    page.close()
    table.close()
    return samples


def save_answer(
    services: Services, scrutiny_id: int, scratch: Path, repeat: int, warmup: int
) -> Samples:
    """ScrutinyService.answer (one durable unit of work) against sqlite3 INSERT + COMMIT."""
    keys = [q.key for q in services.scrutinies.get(scrutiny_id).checklist.questions()]
    cycle = [
        (Status.MET, Rating.GREEN),
        (Status.PARTLY_MET, Rating.AMBER),
        (Status.NOT_MET, Rating.RED),
    ]
    count = [0]

    def app() -> None:
        n = count[0]
        count[0] += 1
        status, rating = cycle[n % len(cycle)]
        note = f"Bench save {n}: checked against the force's DPIA v5.{n % 10}; Wedi'i wirio."
        services.scrutinies.answer(scrutiny_id, keys[n % len(keys)], status, rating, note)

    scratch.mkdir(parents=True, exist_ok=True)
    bare_path = scratch / "bare-save.sqlite3"
    bare_path.unlink(missing_ok=True)
    connection = sqlite3.connect(bare_path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, k TEXT, note TEXT)")

    def bare() -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO answers (k, note) VALUES (?, ?)", ("LB-03", "checked"))
        connection.execute("COMMIT")

    try:
        return _alternate(app, bare, repeat, warmup)
    finally:
        connection.close()
        bare_path.unlink(missing_ok=True)


def verify_record(services: Services, repeat: int, warmup: int) -> Samples:
    """MaintenanceService.verify (chain and evidence files) against sha256 over the same bytes."""
    path = services.database.sqlite_path
    assert path is not None
    results = []

    def app() -> None:
        results.append(services.maintenance.verify())

    def bare() -> None:
        connection = sqlite3.connect(path)
        try:
            rows = connection.execute(
                "SELECT sequence, kind, created_at, payload, previous_hash FROM record_entries "
                "ORDER BY sequence"
            )
            for sequence, kind, created_at, payload, previous in rows:
                payload_sha = hashlib.sha256(payload.encode("utf-8")).hexdigest()
                header = f"{sequence}|{kind}|{created_at}|{payload_sha}|{previous}"
                hashlib.sha256(header.encode("utf-8")).hexdigest()
        finally:
            connection.close()

    samples = _alternate(app, bare, repeat, warmup)
    last = results[-1]
    samples.notes.update(entries=last.entries, ok=last.ok)
    if not last.ok:
        raise RuntimeError(f"The benchmark record does not verify: {last.message}")
    return samples
