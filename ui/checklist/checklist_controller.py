"""Drives the checklist page: loads a scrutiny, moves between questions, autosaves answers."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QUndoGroup, QUndoStack

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.answers import status_to_save
from ethics_scrutiny.domain.bidi import visible_controls
from ethics_scrutiny.domain.enums import ActionStatus, Status
from ethics_scrutiny.domain.errors import ConcurrentEditError
from ethics_scrutiny.domain.localize import inconsistencies_text, question_text, theme_title
from ethics_scrutiny.domain.scoring import Assessment, assess, is_red_flag, question_rating
from ethics_scrutiny.domain.scrutiny import (
    ActionData,
    DecisionData,
    EvidenceData,
    ResponseData,
    ScrutinyDetail,
)

from ..kit import drafts, messages, rag
from ..kit.commands import Commands
from ..kit.context import AppContext
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from .answer_versions import AnswerVersions
from .checklist_model import ShowOnly, inconsistency_text
from .checklist_undo import AnswerCommand
from .checklist_view import ACTIONS_TAB, CHECKLIST_TAB, EVIDENCE_TAB, ChecklistPage
from .go_to_question import GoToQuestionDialog
from .typed_answer import Target, TypedAnswerSaving, keep_typed

NOTE_DEBOUNCE_MS = 800
# The draft of a note being typed is on disk this soon after a keystroke (see kit.drafts).
DRAFT_DELAY_MS = 50
_log = logging.getLogger(__name__)
# The states in English: compared here, translated only where shown (_show_save_state).
SAVED = QT_TRANSLATE_NOOP("checklist_controller", "Saved")
SAVING = QT_TRANSLATE_NOOP("checklist_controller", "Saving…")
NOT_SAVED = QT_TRANSLATE_NOOP("checklist_controller", "Not saved")


class ChecklistController(QObject):
    """Keeps a local copy of the answers so the page never waits for the database.

    Every change is written through ``services.scrutinies.answer`` on the database worker,
    which runs jobs in order, so the last edit always lands last.
    """

    loaded = Signal(int)
    opened = Signal(object)  # ScrutinyDetail, for the evidence and actions tabs to show
    saved = Signal(str)
    save_failed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        page: ChecklistPage,
        previous: QAction,
        next_: QAction,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = context
        self._page = page
        self._view = page.question
        self._previous = previous
        self._next = next_
        self._detail: ScrutinyDetail | None = None
        self._assessment: Assessment | None = None
        self._keys: list[str] = []
        self._drafts: dict[str, ResponseData] = {}
        self._unsaved: set[str] = set()
        # The answers as the record holds them, and those whose last save failed: the tree
        # and counts show the record's answer for those, never the officer's unsaved one.
        self._saved: dict[str, ResponseData] = {}
        self._failed: set[str] = set()
        self._failure_told = False  # one message per run of failures, not one per keystroke
        # Typed note text not yet in the record, by (scrutiny, question), as kept on disk.
        self._kept: dict[tuple[int, str], drafts.Draft] = {}
        self._restoring: list[drafts.Draft] = []
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._current = 0
        self._pending = 0
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DEBOUNCE_MS)
        self._evidence: tuple[EvidenceData, ...] = ()
        self._actions: tuple[ActionData, ...] = ()
        self._save_state = ""  # what the page says about saving, kept here to decide on
        # One undo stack per scrutiny opened in this session; the group follows the open one.
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        # Per scrutiny, the stored answer versions this window last saw (checked on save).
        self._versions: dict[int, AnswerVersions] = {}
        self._focus_after_load: str | None = None
        self._connect()
        # Typed answers (options, number, date, text) are saved by their own route.
        self._typed = TypedAnswerSaving(
            context,
            self._view.typed_answer,
            self._start_typed_save,
            self._on_typed_saved,
            self._on_save_failed,
            self,
        )

    @property
    def detail(self) -> ScrutinyDetail | None:
        return self._detail

    @property
    def pending_saves(self) -> int:
        return self._pending

    @property
    def current_key(self) -> str | None:
        return self._keys[self._current] if self._keys else None

    def open(self, scrutiny_id: int, focus: str | None = None) -> None:
        """Load on the database worker; the page is filled when the answer comes back.

        ``focus`` names a question to show once loaded (after a reload), instead of the
        first unanswered one.
        """
        self.flush()
        versions = self._versions.setdefault(scrutiny_id, AnswerVersions(scrutiny_id))
        self._focus_after_load = focus
        self._ctx.tasks.run_db(
            lambda: versions.load(self._ctx.services.scrutinies),
            self._on_loaded,
            lambda exc: messages.show_failure(
                self._page, translate("ChecklistController", "Cannot open the scrutiny"), exc
            ),
        )

    def flush(self) -> None:
        """Save a note still waiting for its debounce (before leaving or closing)."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self._keep_draft()
        if self._note_timer.isActive():
            self._note_timer.stop()
            self._save_current()

    def go_to(self, index: int) -> None:
        if not self._keys or not 0 <= index < len(self._keys):
            return
        self.flush()
        self._save_current()
        self._current = index
        self._show_current()

    def go_to_key(self, key: str) -> None:
        if key in self._keys and key != self.current_key:
            self.go_to(self._keys.index(key))

    def go_to_question(self) -> None:
        """Ask for a key or words and show the question picked (Ctrl+G)."""
        if self._detail is None:
            return
        language = self._detail.summary.language
        choices = [
            (q.key, visible_controls(question_text(q, language).prompt))
            for q in self._detail.checklist.questions()
        ]
        key = GoToQuestionDialog.ask(self._page, choices)
        if key is None:
            return
        self._page.show_tab(CHECKLIST_TAB)
        self.go_to_key(key)
        self._view.focus_status()

    def restore_drafts(self, kept: Sequence[drafts.Draft]) -> None:
        """Put notes kept from a session that ended abnormally back, to be saved as usual.

        Called at start (see ``kit.drafts.offer``); one scrutiny at a time, the first's.
        """
        if not kept:
            return
        scrutiny_id = kept[0].scrutiny_id
        self._restoring = [d for d in kept if d.scrutiny_id == scrutiny_id]
        for draft in kept:
            self._kept[(draft.scrutiny_id, draft.question_key)] = draft
        self.open(scrutiny_id, focus=self._restoring[-1].question_key)

    def go_to_theme(self, row: int) -> None:
        """Jump to a theme's first unanswered question (or its first, if all are answered)."""
        if self._detail is None or not 0 <= row < len(self._detail.checklist.themes):
            return
        keys = [q.key for q in self._detail.checklist.themes[row].questions]
        target = next((k for k in keys if k not in self._drafts), keys[0])
        self.go_to(self._keys.index(target))

    def next(self) -> None:
        target = self._neighbour(+1)
        if target is not None:
            self.go_to(target)

    def previous(self) -> None:
        target = self._neighbour(-1)
        if target is not None:
            self.go_to(target)

    def set_status(self, status: Status) -> None:
        """Answer the shown question with ``status``, as clicking its button would."""
        if self._detail is not None:
            self._view.choose_status(status)

    def mark(self, status: Status) -> None:
        """The status keys: show the question, then answer it."""
        self._page.show_tab(CHECKLIST_TAB)
        self.set_status(status)

    def commands(self) -> Commands:
        """The window's commands on the open scrutiny's answers and tabs."""
        show = self._page.show_tab
        return {
            "previous": self.previous,
            "next": self.next,
            "undo": self.undo,
            "redo": self.redo,
            "status_met": lambda: self.mark(Status.MET),
            "status_partly_met": lambda: self.mark(Status.PARTLY_MET),
            "status_not_met": lambda: self.mark(Status.NOT_MET),
            "status_unknown": lambda: self.mark(Status.UNKNOWN),
            "status_not_applicable": lambda: self.mark(Status.NOT_APPLICABLE),
            "show_checklist": lambda: show(CHECKLIST_TAB),
            "show_evidence": lambda: show(EVIDENCE_TAB),
            "show_actions": lambda: show(ACTIONS_TAB),
            "go_to_question": self.go_to_question,
        }

    def undo(self) -> None:
        self.flush()  # a note still being typed becomes the step that is undone
        self.undo_group.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_group.redo()

    def set_evidence(self, items: Sequence[EvidenceData]) -> None:
        """The scrutiny's evidence register, so the question shows what is linked to it."""
        self._evidence = tuple(items)
        self._update_tab_counts()
        if 0 <= self._current < len(self._keys):
            self._show_linked_evidence(self._keys[self._current])

    def set_action_items(self, items: Sequence[ActionData]) -> None:
        """The scrutiny's actions and conditions, for the counts in the tab titles."""
        self._actions = tuple(items)
        self._update_tab_counts()

    def _update_tab_counts(self) -> None:
        today = date.today()
        open_count = sum(1 for a in self._actions if a.status is ActionStatus.OPEN)
        overdue = sum(1 for a in self._actions if a.is_overdue(today))
        self._page.set_tab_counts(len(self._evidence), open_count, overdue)

    def _neighbour(self, step: int) -> int | None:
        """The next (or previous) question the "Show only" filter lets through."""
        index = self._current + step
        while 0 <= index < len(self._keys):
            if self._page.shows(self._keys[index]):
                return index
            index += step
        return None

    def _on_show_only_changed(self, _show_only: ShowOnly) -> None:
        if self._keys:
            self._page.select_question(self._keys[self._current])
            self._update_navigation()

    def show_decision(self, decision: DecisionData) -> None:
        self._page.show_decision(decision)

    def _connect(self) -> None:
        self._view.status_changed.connect(self._on_answer_changed)
        self._view.rating_changed.connect(self._on_answer_changed)
        self._view.sensitive_changed.connect(self._on_answer_changed)
        self._view.note_changed.connect(self._on_note_changed)
        self._note_timer.timeout.connect(self._save_current)
        self._draft_timer.timeout.connect(self._keep_draft)
        self._page.question_chosen.connect(self.go_to_key)
        self._page.theme_chosen.connect(self.go_to_theme)
        self._page.show_only_changed.connect(self._on_show_only_changed)

    def _on_loaded(self, loaded: tuple[ScrutinyDetail, frozenset[str]]) -> None:
        detail, changed_elsewhere = loaded
        stack = self._stacks.get(detail.id)
        if changed_elsewhere and stack is not None:
            # Someone else changed answers since: the old steps no longer describe the record,
            # and undoing one would quietly put back an answer over theirs.
            stack.clear()
        self._on_detail_loaded(detail)

    def _on_detail_loaded(self, detail: ScrutinyDetail) -> None:
        self._detail = detail
        self._keys = [q.key for q in detail.checklist.questions()]
        self._drafts = dict(detail.responses)
        self._saved = dict(detail.responses)
        self._unsaved.clear()
        self._failed.clear()
        self._failure_told = False
        if detail.id not in self._stacks:
            self._stacks[detail.id] = QUndoStack(self.undo_group)
        self.undo_group.setActiveStack(self._stacks[detail.id])
        self.opened.emit(detail)
        self._assessment = assess(detail.checklist, self._drafts)
        self._page.show_detail(detail, self._assessment)
        unanswered = [i for i, key in enumerate(self._keys) if key not in self._drafts]
        self._current = unanswered[0] if unanswered else 0
        focus, self._focus_after_load = self._focus_after_load, None
        if focus in self._keys:
            self._current = self._keys.index(focus)
        self._show_save_state("")
        self._show_current()
        self._put_back_restored(detail.id)
        self.loaded.emit(detail.id)

    def _put_back_restored(self, scrutiny_id: int) -> None:
        """Type each restored note back into its question, from where it saves as usual."""
        restoring = [d for d in self._restoring if d.scrutiny_id == scrutiny_id]
        self._restoring = [d for d in self._restoring if d.scrutiny_id != scrutiny_id]
        for draft in restoring:
            if draft.question_key not in self._keys:
                continue  # no longer in this checklist; the draft stays on disk
            self.go_to_key(draft.question_key)
            self._view.restore_note(draft.note, draft.sensitive)
            self.flush()

    def _show_current(self) -> None:
        assert self._detail is not None
        key = self._keys[self._current]
        question = self._detail.checklist.question(key)
        theme = self._detail.checklist.theme_of(key)
        in_theme = [q.key for q in theme.questions].index(key) + 1
        title = theme_title(theme, self._detail.summary.language)
        self._page.show_theme(title, in_theme, len(theme.questions))
        position = arg(
            translate("ChecklistController", "%1 of %2 overall"), self._current + 1, len(self._keys)
        )
        self._view.show_question(question, position, self._drafts.get(key))
        self._page.select_question(key)
        self._update_implied_rating()
        self._show_inconsistency()
        self._show_linked_evidence(key)
        self._update_navigation()

    def _update_navigation(self) -> None:
        self._previous.setEnabled(self._neighbour(-1) is not None)
        self._next.setEnabled(self._neighbour(+1) is not None)

    def _show_linked_evidence(self, key: str) -> None:
        linked = [e for e in self._evidence if key in e.question_keys]
        self._view.set_linked_evidence([_evidence_line(e) for e in linked])

    def _on_answer_changed(self, *_args: object) -> None:
        # A status, rating or sensitivity change is saved at once, with the note as it stands.
        self._note_timer.stop()
        self._save_current()

    def _on_note_changed(self) -> None:
        self._show_save_state(SAVING)
        self._note_timer.start()
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def _keep_draft(self) -> None:
        """Keep the note as typed on disk until the record holds it (see kit.drafts)."""
        if self._detail is None or not self._keys:
            return
        _status, _rating, note, sensitive = self._view.values()
        key = self._keys[self._current]
        self._kept[(self._detail.id, key)] = drafts.draft_now(self._detail.id, key, note, sensitive)
        self._write_drafts()

    def _write_drafts(self) -> None:
        try:
            drafts.write(self._ctx.services.settings.data_dir, list(self._kept.values()))
        except OSError as exc:
            # A draft is a second copy; the record save goes on. No note text in the log.
            _log.warning("Could not keep the note draft: %s", type(exc).__name__)

    def _forget_draft(self, scrutiny_id: int, key: str, saved: ResponseData | None) -> None:
        kept = self._kept.get((scrutiny_id, key))
        saved_note = saved.note if saved is not None else ""
        if kept is not None and kept.note.strip() == saved_note.strip():
            del self._kept[(scrutiny_id, key)]
            self._write_drafts()

    def _save_current(self) -> None:
        if self._detail is None or not self._keys:
            return
        key = self._keys[self._current]
        chosen, rating, note, sensitive = self._view.values()
        # The page shows no status only on an unanswered question; the core decides the rest.
        status = status_to_save(chosen, None, note=note, rating=rating, sensitive=sensitive)
        if status is None:
            self._settle_save_state()
            return
        if chosen is None:
            self._view.set_status(status)
        response = keep_typed(
            ResponseData(key, status, rating, note, sensitive), self._drafts.get(key)
        )
        if not self._changed(response):
            self._settle_save_state()
            return
        stack = self.undo_group.activeStack()
        assert stack is not None
        stack.push(AnswerCommand(self._apply, self._detail.id, self._drafts.get(key), response))

    def _apply(self, scrutiny_id: int, key: str, response: ResponseData | None, show: bool) -> None:
        """Make ``response`` (or no answer) the saved answer; called by the undo commands."""
        if self._detail is None or self._detail.id != scrutiny_id:
            return  # only the open scrutiny's stack is ever active
        if response is None:
            self._drafts.pop(key, None)
        else:
            self._drafts[key] = response
        self._failed.discard(key)  # shown as the officer's until this save says otherwise
        self._rescore()
        self._submit(scrutiny_id, key, response)
        if show:
            # An undo from the evidence or actions tab still shows the answer it changed.
            self._page.reveal_checklist()
            self._note_timer.stop()
            self._current = self._keys.index(key)
            self._show_current()

    def _show_save_state(self, text: str) -> None:
        self._save_state = text
        state, _colon, key = text.partition(": ")
        shown = translate("checklist_controller", state)
        self._view.set_save_state(
            arg(translate("checklist_controller", "%1: %2"), shown, key) if key else shown
        )

    def _settle_save_state(self) -> None:
        # Nothing new to write: a "Saving…" shown while typing is over once no job is queued.
        if self._pending == 0 and self._save_state == SAVING:
            self._show_save_state(SAVED)

    def _changed(self, response: ResponseData) -> bool:
        old = self._drafts.get(response.key)
        if old is None or response.key in self._unsaved:
            return True
        fields = ("status", "rating", "note", "sensitive")
        return any(getattr(old, f) != getattr(response, f) for f in fields)

    def _submit(self, scrutiny_id: int, key: str, r: ResponseData | None) -> None:
        self._pending += 1
        self._show_save_state(SAVING)
        scrutinies = self._ctx.services.scrutinies
        versions = self._versions[scrutiny_id]
        self._ctx.tasks.run_db(
            lambda: versions.save(scrutinies, key, r),
            lambda saved: self._on_saved(scrutiny_id, key, saved, r),
            lambda exc: self._on_save_failed(scrutiny_id, key, exc),
        )

    def _on_saved(
        self, scrutiny_id: int, key: str, saved: bool, response: ResponseData | None = None
    ) -> None:
        self._pending -= 1
        if not saved:
            # Skipped after a clash on this question, which the officer is being asked about.
            self._unsaved.add(key)
            self._show_save_state(f"{NOT_SAVED}: {key}")
            return
        self._unsaved.discard(key)
        self._forget_draft(scrutiny_id, key, response)
        if self._detail is not None and self._detail.id == scrutiny_id:
            self._record_saved(key, response)
        if self._pending == 0 and not self._note_timer.isActive():
            self._show_save_state(SAVED)
        self._ctx.events.scrutiny_changed.emit(scrutiny_id)
        self.saved.emit(key)

    def _record_saved(self, key: str, response: ResponseData | None) -> None:
        """The record now holds ``response``: it is what the tree and counts may show."""
        if response is None:
            self._saved.pop(key, None)
        else:
            self._saved[key] = response
        if not self._failed - {key}:
            self._failure_told = False  # saving works again: a new failure is news
        if key in self._failed:
            self._failed.discard(key)
            self._rescore()

    def _start_typed_save(self) -> Target | None:
        """The open scrutiny, for a typed answer: counted as a save under way."""
        if self._detail is None:
            return None
        self._pending += 1
        self._show_save_state(SAVING)
        return self._detail.id, self._versions[self._detail.id]

    def _on_typed_saved(self, scrutiny_id: int, saved: ResponseData) -> None:
        """A chosen option may set the status and rating: show and score what was saved."""
        open_here = self._detail is not None and self._detail.id == scrutiny_id
        if open_here:
            self._drafts[saved.key] = saved
        self._on_saved(scrutiny_id, saved.key, True, saved)
        if open_here:
            self._rescore()
            if saved.key == self.current_key:
                self._view.set_status(saved.status)
                self._view.set_rating(saved.rating)
                self._update_implied_rating()

    def _on_save_failed(self, scrutiny_id: int, key: str, exc: BaseException) -> None:
        self._pending -= 1
        self._unsaved.add(key)
        self._show_save_state(f"{NOT_SAVED}: {key}")
        self.save_failed.emit(key)
        _log.warning("An answer was not saved: %s", type(exc).__name__)
        if isinstance(exc, ConcurrentEditError):
            self._on_changed_elsewhere(scrutiny_id, key, exc)
            return
        if self._detail is not None and self._detail.id == scrutiny_id:
            # The officer's text stays in the box; the tree and counts go back to the record.
            self._failed.add(key)
            self._rescore()
        if not self._failure_told:
            self._failure_told = True
            messages.show_failure(
                self._page, translate("ChecklistController", "Answer not saved"), exc
            )

    def _on_changed_elsewhere(self, scrutiny_id: int, key: str, exc: ConcurrentEditError) -> None:
        """Someone else saved this answer first: keep the officer's text, offer to reload."""
        mine = self._drafts.get(key)
        note, sensitive = (mine.note, mine.sensitive) if mine is not None else ("", False)
        yours = _describe_answer(key, mine)
        if messages.refused_edit(self._page, exc, yours, clipboard=note, sensitive=sensitive):
            if self._detail is not None and self._detail.id == scrutiny_id:
                self.open(scrutiny_id, focus=key)
            return
        versions = self._versions[scrutiny_id]
        # Queued behind any saves still waiting, so only edits made from now on are retried.
        self._ctx.tasks.run_db(lambda: versions.allow(key))

    def _shown_answers(self) -> dict[str, ResponseData]:
        """The officer's answers, except where a save failed: there the record's answer."""
        shown = dict(self._drafts)
        for key in self._failed:
            if key in self._saved:
                shown[key] = self._saved[key]
            else:
                shown.pop(key, None)
        return shown

    def _rescore(self) -> None:
        assert self._detail is not None
        shown = self._shown_answers()
        self._assessment = assess(self._detail.checklist, shown)
        self._page.rescore(self._assessment, shown)
        self._page.select_question(self._keys[self._current])  # its row may have left the tree
        self._update_implied_rating()
        self._show_inconsistency()

    def _show_inconsistency(self) -> None:
        """An answer of "met" that a consistency rule doubts says so beside the question."""
        assert self._assessment is not None and self._detail is not None
        key = self._keys[self._current]
        language = self._detail.summary.language
        found = inconsistencies_text(
            self._assessment.inconsistencies, self._detail.checklist, language
        )
        self._view.set_inconsistency(inconsistency_text([i for i in found if i.key == key]))

    def _update_implied_rating(self) -> None:
        """Say what a status alone counts as, so an unrated answer is not a surprise later."""
        assert self._detail is not None
        key = self._keys[self._current]
        response = self._drafts.get(key)
        if response is None or response.rating is not None:
            self._view.set_implied_rating("")
            return
        question = self._detail.checklist.question(key)
        implied = question_rating(question, response)
        if is_red_flag(question, response):
            text = translate(
                "ChecklistController", "Red flag: a critical question that is not met counts as Red"
            )
        elif implied is None:
            text = arg(
                translate("ChecklistController", "“%1” is left out of the theme's rating"),
                i18n.label(response.status),
            )
        else:
            text = arg(
                translate("ChecklistController", "“%1” counts as %2"),
                i18n.label(response.status),
                rag.rating_word(implied),
            )
        self._view.set_implied_rating(text)


def _describe_answer(key: str, answer: ResponseData | None) -> str:
    """The officer's unsaved answer in words, for the message's details."""
    if answer is None:
        return arg(translate("checklist_controller", "Your change: %1 unanswered."), key)
    rating = (
        i18n.label(answer.rating)
        if answer.rating
        else translate("checklist_controller", "no rating")
    )
    sensitive = translate("checklist_controller", " (sensitive)") if answer.sensitive else ""
    note = (
        arg(
            translate("checklist_controller", "\n\nYour note%1:\n%2"),
            sensitive,
            visible_controls(answer.note),
        )
        if answer.note
        else ""
    )
    return arg(
        translate("checklist_controller", "Your answer to %1: %2, %3.%4"),
        key,
        i18n.label(answer.status),
        rating,
        note,
    )


def _evidence_line(item: EvidenceData) -> str:
    reference = f", {item.reference}" if item.reference else ""
    return visible_controls(f"{item.title} ({i18n.label(item.kind)}{reference})")
