"""TaskRunner: one worker for database jobs, one for rendering; results return by signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ethics_scrutiny.domain.errors import EthicsScrutinyError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
ResultHandler = Callable[[Any], None]
ErrorHandler = Callable[[BaseException], None]
ProgressHandler = Callable[[int, int], None]


class Task(QObject):
    """One submitted job. Lives in the GUI thread, so its slots (and callbacks) run there.

    The worker thread only emits the private ``_*_ready`` signals; Qt queues them to this
    object's thread, which is what makes the callbacks safe to touch widgets.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    done = Signal()

    _result_ready = Signal(object)
    _error_ready = Signal(object)
    _progress_ready = Signal(int, int)

    def __init__(
        self,
        on_result: ResultHandler | None,
        on_error: ErrorHandler | None,
        on_progress: ProgressHandler | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_result = on_result
        self._on_error = on_error
        self._on_progress = on_progress
        self._result_ready.connect(self._deliver_result)
        self._error_ready.connect(self._deliver_error)
        self._progress_ready.connect(self._deliver_progress)

    def report_progress(self, done: int, total: int) -> None:
        """Called from the worker thread by the job's progress callback."""
        self._progress_ready.emit(done, total)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        try:
            if self._on_result is not None:
                self._on_result(result)
            self.succeeded.emit(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        try:
            if self._on_error is not None:
                self._on_error(error)  # type: ignore[arg-type]
            self.failed.emit(error)
        finally:
            self._finish()

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)
        self.progressed.emit(done, total)

    def _finish(self) -> None:
        self.done.emit()
        runner = self.parent()
        if isinstance(runner, TaskRunner):
            runner._forget(self)


class TaskRunner(QObject):
    """Runs jobs off the GUI thread: one database worker (so writes keep their order) and
    one rendering worker (so a long PDF never delays an autosave)."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="es-db")
        self._render = ThreadPoolExecutor(max_workers=1, thread_name_prefix="es-render")
        self._tasks: set[Task] = set()
        self._closed = False

    @property
    def pending(self) -> int:
        """Jobs submitted whose result has not yet been delivered to the GUI thread."""
        return len(self._tasks)

    def run_db(
        self,
        job: Callable[[], Any],
        on_result: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
    ) -> Task:
        """Queue a database job; ``on_result``/``on_error`` run later in the GUI thread."""
        task = self._new_task(on_result, on_error, None)
        self._submit(self._db, task, job)
        return task

    def run_render(
        self,
        job: Callable[[Progress], Any],
        on_result: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
        on_progress: ProgressHandler | None = None,
    ) -> Task:
        """Queue a rendering job that receives a thread-safe ``progress(done, total)``."""
        task = self._new_task(on_result, on_error, on_progress)
        self._submit(self._render, task, lambda: job(task.report_progress))
        return task

    def shutdown(self) -> None:
        """Finish queued jobs (an autosave must not be lost) and stop both workers."""
        if self._closed:
            return
        self._closed = True
        self._db.shutdown(wait=True)
        self._render.shutdown(wait=True)

    def _new_task(
        self,
        on_result: ResultHandler | None,
        on_error: ErrorHandler | None,
        on_progress: ProgressHandler | None,
    ) -> Task:
        task = Task(on_result, on_error, on_progress, parent=self)
        self._tasks.add(task)
        return task

    def _submit(self, pool: ThreadPoolExecutor, task: Task, call: Callable[[], Any]) -> None:
        if self._closed:
            # Only follow-ups of jobs finishing during shutdown get here; nothing needs them.
            log.info("Job ignored: the task runner is shut down")
            self._tasks.discard(task)
            return
        pool.submit(_run_job, task, call)

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)
        task.deleteLater()
        if not self._tasks:
            self.idle.emit()


def _run_job(task: Task, call: Callable[[], Any]) -> None:
    """Worker-thread body: never lets an exception vanish inside the executor."""
    try:
        result = call()
    except Exception as exc:
        if not isinstance(exc, EthicsScrutinyError):
            log.exception("Background job failed")
        task._error_ready.emit(exc)
    else:
        task._result_ready.emit(result)
