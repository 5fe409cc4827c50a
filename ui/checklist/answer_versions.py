"""Which version of each answer this window last saw, so a save never overwrites a stranger's."""

from __future__ import annotations

import threading

from ethics_scrutiny.domain.errors import ConcurrentEditError
from ethics_scrutiny.domain.scrutiny import UNANSWERED, ResponseData, ScrutinyDetail
from ethics_scrutiny.services.scrutinies import ScrutinyService


class AnswerVersions:
    """The stored version of each answer of one scrutiny, as loaded or as last saved here.

    Used only by jobs on the database worker, which runs them one at a time in the order they
    were queued: each save passes the version the previous save (or the load) left, so an
    officer's own quick edits never clash, while anyone else's change in between does. After
    a refusal further saves of that question are skipped until the officer has chosen (reload
    or cancel), so one clash shows one message, not one per queued keystroke.
    """

    def __init__(self, scrutiny_id: int) -> None:
        self.scrutiny_id = scrutiny_id
        self._versions: dict[str, int] = {}
        self._refused: set[str] = set()
        self._loaded = False
        self._lock = threading.Lock()

    def load(self, scrutinies: ScrutinyService) -> tuple[ScrutinyDetail, frozenset[str]]:
        """Read the scrutiny; also say which answers someone else changed since we last knew."""
        detail = scrutinies.get(self.scrutiny_id)
        fresh = {key: r.version or UNANSWERED for key, r in detail.responses.items()}
        with self._lock:
            known = set(self._versions) | set(fresh)
            changed = frozenset(
                key
                for key in known
                if self._loaded
                and self._versions.get(key, UNANSWERED) != fresh.get(key, UNANSWERED)
            )
            self._versions = fresh
            self._refused.clear()
            self._loaded = True
        return detail, changed

    def save(self, scrutinies: ScrutinyService, key: str, response: ResponseData | None) -> bool:
        """Save (or clear) one answer against the version last seen; False if skipped."""
        with self._lock:
            if key in self._refused:
                return False
            expected = self._versions.get(key, UNANSWERED)
        try:
            version = self._write(scrutinies, key, response, expected)
        except ConcurrentEditError:
            with self._lock:
                self._refused.add(key)
            raise
        with self._lock:
            self._versions[key] = version
        return True

    def saw(self, key: str, version: int | None) -> None:
        """A save of ``key`` made here by another route (a typed answer) left ``version``."""
        with self._lock:
            self._versions[key] = version or UNANSWERED

    def allow(self, key: str) -> None:
        """The officer has seen the clash: later edits of ``key`` are tried (and checked) again."""
        with self._lock:
            self._refused.discard(key)

    def _write(
        self, scrutinies: ScrutinyService, key: str, response: ResponseData | None, expected: int
    ) -> int:
        if response is None:
            scrutinies.clear_answer(self.scrutiny_id, key, expected_version=expected)
            return UNANSWERED
        saved = scrutinies.answer(
            self.scrutiny_id,
            key,
            response.status,
            response.rating,
            response.note,
            response.sensitive,
            expected_version=expected,
        )
        return saved.version or UNANSWERED
