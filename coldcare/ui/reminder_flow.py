"""What happens between a plan reminder and the session or exercise it leads to.

The reminder service says what is due; the reminder bar (and Today) let the person start it,
put it off or skip it. This object carries those answers back to the service, opens the cold
session or the exercise player for a started item, and records the occurrence as done once
the cold session ends or the exercise is logged — so a reminder that was acted on never comes
back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from coldcare.domain.exercises import Exercise, ExerciseCompletion
from coldcare.domain.plan import ItemKind, PlanItem, SkipReason
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.records import SessionRecord
from coldcare.domain.session import Outcome
from coldcare.domain.vocabulary import BadInputError
from coldcare.services.reminders import (
    LapsedReminder,
    MissedReminders,
    Reminder,
    ReminderService,
)
from coldcare.ui.i18n import translate
from coldcare.ui.state import AppState
from coldcare.ui.widgets.reminder_bar import ReminderBar, ReminderView


@dataclass(frozen=True)
class PlannedStart:
    """One occurrence of a plan item the person started: done once it has been carried out."""

    profile_id: int
    item_id: int
    day: date


def _key(view: ReminderView) -> tuple[int, int, date, bool]:
    return (view.profile_id, view.item_id, view.day, view.heads_up)


class ReminderFlow(QObject):
    """Connects the reminder service, the reminder bar and the pages. GUI thread.

    Signals:
        open_cold(object): open the guided session pre-filled with this cold PlanItem.
        open_exercise(object, object): play this Exercise for this exercise PlanItem.
        plan_day_changed(): an occurrence was snoozed, skipped or done (refresh Today).
    """

    open_cold = Signal(object)
    open_exercise = Signal(object, object)
    plan_day_changed = Signal()

    def __init__(
        self,
        state: AppState,
        service: ReminderService,
        bar: ReminderBar,
        busy: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._service = service
        self._bar = bar
        self._busy = busy
        self._queue: list[ReminderView] = []
        self._pending: PlannedStart | None = None
        self._held = False  # reminders held back from the bar while a session runs
        service.reminder_due.connect(self.show_reminder)
        service.missed.connect(self.show_missed)
        service.lapsed.connect(self.drop_lapsed)
        bar.start_requested.connect(lambda view: self._answered(view, self._start_view))
        bar.snooze_requested.connect(
            lambda view, minutes: self._answered(view, lambda v: self._snooze(v, minutes))
        )
        bar.skip_requested.connect(
            lambda view, reason, note: self._answered(
                view, lambda v: self.skip(v.profile_id, v.item_id, v.day, reason, note)
            )
        )

    @property
    def pending(self) -> PlannedStart | None:
        """The planned occurrence started and not yet carried out, if any."""
        return self._pending

    # ------------------------------------------------------------------ showing

    def show_reminder(self, reminder: Reminder) -> None:
        """Put ``reminder`` first on the bar (one at a time: the one that just sounded is the
        one on show; a newer one of the same item replaces the older)."""
        view = ReminderView(
            reminder.profile_id,
            reminder.person,
            reminder.item_id,
            reminder.day,
            reminder.label,
            reminder.heads_up,
            reminder.snoozes_left,
            reminder.due_at,
        )
        self._queue = [view, *(q for q in self._queue if _key(q)[:3] != _key(view)[:3])]
        self._show_first()
        self.plan_day_changed.emit()

    def show_missed(self, batch: MissedReminders) -> None:
        """Say once what passed unseen."""
        several = len(self._state.repositories.profiles.list_profiles()) > 1
        entries = [
            (
                translate("Reminder", "{what} — {name}").format(what=item.label, name=batch.person)
                if several
                else item.label,
                item.due_at.astimezone(self._state.tz),
            )
            for item in batch.items
        ]
        self._bar.show_missed(entries)
        missed = {(batch.profile_id, item.item_id, item.day) for item in batch.items}
        if any(_key(view)[:3] in missed for view in self._queue):
            self._queue = [view for view in self._queue if _key(view)[:3] not in missed]
            self._show_first()
        self.plan_day_changed.emit()

    def drop_lapsed(self, lapsed: LapsedReminder) -> None:
        """Take a reminder left unanswered off the bar once its occurrence is missed (Today
        says so; the bar no longer offers to start it)."""
        self._drop_queued(lapsed.profile_id, lapsed.item_id, lapsed.day)
        self.plan_day_changed.emit()

    def _show_first(self) -> None:
        """The first queued reminder on the bar; none while a cold session runs (the session
        screen and its alarms come first: the queue waits for :meth:`session_changed`)."""
        self._held = self._busy()
        if self._queue and not self._held:
            self._bar.show_reminder(self._queue[0])
        else:
            self._bar.clear_reminder()

    def session_changed(self) -> None:
        """A session began or ended: hide the bar, or show what came due meanwhile."""
        if self._busy() != self._held:
            self._show_first()

    def _answered(self, view: ReminderView, act: Callable[[ReminderView], object]) -> None:
        self._queue = [queued for queued in self._queue if _key(queued) != _key(view)]
        act(view)
        self._show_first()

    # ------------------------------------------------------------------ answers

    def start(self, profile_id: int, item_id: int, day: date) -> None:
        """Open what the plan item asks for, for its person; done when carried out."""
        if self._busy():
            self._tell(
                translate("Reminder", "A cold session is running"),
                translate("Reminder", "Finish the session on screen first, then start this one."),
            )
            return
        item = self._state.repositories.plan.get_plan_item(item_id)
        profile = self._state.repositories.profiles.get_profile(profile_id)
        if item is None or profile is None or item.profile_id != profile_id:
            return
        if self._state.profile is None or self._state.profile.id != profile_id:
            self._state.set_profile(profile)
        self._drop_queued(profile_id, item_id, day)
        self._pending = PlannedStart(profile_id, item_id, day)
        if item.kind is ItemKind.COLD:
            self.open_cold.emit(item)
            return
        exercise = self._exercise(item)
        if exercise is None:
            self._pending = None
            return
        self.open_exercise.emit(exercise, item)

    def skip(self, profile_id: int, item_id: int, day: date, reason: str, note: str) -> None:
        """Skip one occurrence with a reason (from the bar or Today)."""
        self._drop_queued(profile_id, item_id, day)
        self._do(lambda: self._service.skip(profile_id, item_id, day, SkipReason(reason), note))

    def _start_view(self, view: ReminderView) -> None:
        self.start(view.profile_id, view.item_id, view.day)

    def _snooze(self, view: ReminderView, minutes: int) -> None:
        self._do(lambda: self._service.snooze(view.profile_id, view.item_id, view.day, minutes))

    # ------------------------------------------------------------------ carried out

    def session_ended(self, record: SessionRecord) -> None:
        """The cold of a session is over: the plan item it was started for is done, unless a
        warning sign stopped it (never counted as done, safety-rules.md §5)."""
        pending = self._pending
        if pending is None or record.plan_item_id != pending.item_id:
            return
        if record.outcome is Outcome.STOPPED_FOR_SIGN:
            self._pending = None
            stopped = SkipReason.STOPPED_FOR_SIGN
            self.skip(pending.profile_id, pending.item_id, pending.day, stopped, "")
            return
        self._finish(record.removed_at or record.started_at)

    def setup_left(self) -> None:
        """The set-up was left without starting: nothing was carried out."""
        if not self._busy():
            self._pending = None

    def exercise_finished(self, completion: ExerciseCompletion | None) -> None:
        """The player ended: a logged exercise from the plan is done."""
        if completion is None or completion.plan_item_id is None:
            self._pending = None
            return
        self._finish(completion.completed_at)

    def _finish(self, at: datetime) -> None:
        pending, self._pending = self._pending, None
        if pending is None:
            return
        self._do(
            lambda: self._service.mark_done(pending.profile_id, pending.item_id, pending.day, at)
        )

    # ------------------------------------------------------------------ helpers

    def _exercise(self, item: PlanItem) -> Exercise | None:
        if item.exercise_id is None:
            return None
        return self._state.repositories.exercises.get_exercise(item.exercise_id)

    def _drop_queued(self, profile_id: int, item_id: int, day: date) -> None:
        before = len(self._queue)
        self._queue = [view for view in self._queue if _key(view)[:3] != (profile_id, item_id, day)]
        if len(self._queue) != before:
            self._show_first()

    def _do(self, action: Callable[[], object]) -> None:
        try:
            action()
        except (BadInputError, StorageUnavailableError) as problem:
            self._tell(translate("Reminder", "That did not work"), str(problem))
        self.plan_day_changed.emit()

    def _tell(self, title: str, text: str) -> None:
        QMessageBox.information(self._bar.window(), title, text)
