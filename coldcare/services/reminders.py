"""Reminders for the weekly plan: on time, exactly once, across DST, suspends and restarts.

The domain decides everything about time (``coldcare.domain.plan``): which occurrences a plan
has (local wall times to UTC, each exactly once on DST days), when each reminds (sleep hours
move it to the end of the window), what a late one becomes (``catch_up``: the latest within
``LATE_GRACE`` is sounded, older ones are reported once as missed). This service reads the plan
and the occurrence logs, acts on that, writes what it did, and arms one wake-up per profile for
the next thing to happen. It never keeps a schedule of its own: the database is the truth, so
a restart or a resume recomputes everything, and a reminder already shown is never repeated.

What happens when:

- :meth:`ReminderService.start`, and after a resume noticed by the suspend detector: catch up
  (the latest late reminder within grace is sounded, and the older late ones never are: they
  are reported once as missed when they turn missed; heads-ups whose time has passed are
  dropped), then arm.
- A wake-up, :meth:`~ReminderService.rearm` (plan, profile or settings changed) and every
  action (snooze, skip, done): the same, except that a heads-up still ahead of its reminder
  is shown.
- Each profile's wake-up is the earliest of: its next reminder, its next heads-up, the moment
  an unseen late occurrence turns "missed" (so it is reported then), and the end of the window
  looked at (so an item starting next month is found).

Heads-ups are kept in memory only: one is shown when its own wake-up comes while the app runs,
and never at start or after a resume, so a restart cannot repeat one.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import Enum

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from coldcare.domain.clock import Clock
from coldcare.domain.localtime import local_date
from coldcare.domain.plan import (
    HEADS_UP,
    MAX_SNOOZES,
    Occurrence,
    OccurrenceLog,
    PlanItem,
    SkipReason,
    SleepHours,
    Status,
    catch_up,
    day_bounds,
    due_until,
    next_reminder,
    occurrences,
    snoozed,
    status,
)
from coldcare.domain.ports import PlanRepository, ProfileRepository, SettingsStore
from coldcare.domain.records import Profile
from coldcare.domain.settings import DESKTOP_NOTIFICATIONS, REMINDER_SOUND, SLEEP_END, SLEEP_START
from coldcare.domain.vocabulary import BadInputError
from coldcare.services.i18n import tr
from coldcare.services.notify import Notification, NotificationKind, Urgency
from coldcare.services.suspend import SuspendDetector
from coldcare.services.wake import WakeScheduler

logger = logging.getLogger(__name__)

# How far back a start or a resume looks for missed occurrences (older ones are history).
CATCH_UP_LOOKBACK = timedelta(days=1)
# How far ahead occurrences are computed; with nothing in it, the service looks again then.
HORIZON = timedelta(days=8)
# How often the suspend detector is asked whether the computer slept. Qt timers stop during a
# suspend, so this bounds how late a reminder due during sleep can come after the resume.
WATCHDOG_MS = 15_000
# A profile whose check failed (storage busy or failing) is checked again this much later.
RETRY = timedelta(minutes=1)

# The wake-up that retries listing the profiles (per-profile ones are "reminders:<id>").
_ALL_JOB = "reminders:all"

_Key = tuple[int, date]
_Change = Callable[[OccurrenceLog], OccurrenceLog]


@dataclass(frozen=True)
class Reminder:
    """One reminder to show, with Start now / Snooze / Skip.

    ``due_at`` is the planned instant (UTC); ``snoozes_left`` is 0 for a heads-up (it cannot be
    snoozed: the item is not due yet).
    """

    profile_id: int
    person: str
    item_id: int
    day: date
    label: str
    due_at: datetime
    heads_up: bool
    snoozes_left: int


@dataclass(frozen=True)
class MissedItem:
    """One occurrence whose reminder passed unseen."""

    item_id: int
    day: date
    label: str
    due_at: datetime


@dataclass(frozen=True)
class LapsedReminder:
    """An occurrence whose reminder was shown and that was neither done nor skipped while it
    was due: it now counts as missed, and its reminder no longer asks to be answered."""

    profile_id: int
    item_id: int
    day: date


@dataclass(frozen=True)
class MissedReminders:
    """What one profile missed while the app was closed or the computer slept, oldest first."""

    profile_id: int
    person: str
    items: tuple[MissedItem, ...]


def _seen_missed(log: OccurrenceLog) -> OccurrenceLog:
    return dataclasses.replace(log, missed_shown=True)


def _pending_since(occurrence: Occurrence, log: OccurrenceLog | None) -> datetime | None:
    """When the occurrence reminds next, or ``None`` when there is nothing left to show.

    The domain's :func:`next_reminder`, except that a snoozed reminder already shown (notified
    at or after its snooze ended) counts as shown, so a restart does not repeat it.
    """
    when = next_reminder(occurrence, log)
    if when is not None and log is not None and log.notified_at and log.notified_at >= when:
        return None
    return when


@dataclass
class _Snapshot:
    """One profile's plan around "now", as read from the database; logs updated as written."""

    profile: Profile
    items: dict[int, PlanItem]
    found: list[Occurrence]
    logs: dict[_Key, OccurrenceLog]
    sleep: SleepHours

    @property
    def profile_id(self) -> int:
        assert self.profile.id is not None
        return self.profile.id

    def log(self, occurrence: Occurrence) -> OccurrenceLog:
        """The stored log, or an empty one."""
        return self.logs.get(occurrence.key) or OccurrenceLog(
            self.profile_id, occurrence.item_id, occurrence.day
        )

    def when(self, occurrence: Occurrence) -> datetime | None:
        """When the occurrence reminds next (see :func:`_pending_since`)."""
        return _pending_since(occurrence, self.logs.get(occurrence.key))

    def pending(self) -> list[Occurrence]:
        """The occurrences with a reminder still to show, in plan order."""
        return [o for o in self.found if self.when(o) is not None]

    def lapsed(self, occurrence: Occurrence, now: datetime) -> bool:
        """Whether its last reminder was shown and it has just turned missed (not recorded
        yet; one with a reminder still to show is a catch-up's to report)."""
        log = self.logs.get(occurrence.key)
        return (
            log is not None
            and log.notified_at is not None
            and not log.missed_shown
            and self.when(occurrence) is None
            and status(occurrence, log, now) is Status.MISSED
        )

    def still_open(self, occurrence: Occurrence) -> bool:
        """Neither done, skipped nor recorded as missed: it can still turn missed."""
        log = self.log(occurrence)
        return log.done_at is None and log.skip_reason is None and not log.missed_shown

    def news(self, occurrence: Occurrence, why: _Look) -> bool:
        """Whether a missed occurrence is worth saying: always, except right after a plan
        change for one never reminded (it was planned after its time had passed)."""
        return why is not _Look.PLAN_CHANGED or self.log(occurrence).notified_at is not None

    def passed_over(self, occurrence: Occurrence) -> bool:
        """Whether another reminder was shown at or after this one's time: a catch-up sounded
        a later one instead, so this one is never sounded, only reported once as missed
        (else a resume, a restart or an action right after would sound it: a burst)."""
        when = self.when(occurrence)
        return when is not None and any(
            log.notified_at is not None and log.notified_at >= when for log in self.logs.values()
        )

    def heads_up_at(self, occurrence: Occurrence, tz: tzinfo) -> datetime | None:
        """When the item asks for a heads-up before its (not snoozed) reminder; never in
        sleep hours."""
        if not self.items[occurrence.item_id].heads_up:
            return None
        if self.when(occurrence) != occurrence.remind_at:
            return None
        at = occurrence.remind_at - HEADS_UP
        return None if self.sleep.contains(at.astimezone(tz).time()) else at


class _Look(Enum):
    """Why the service looks at the plans: it decides what a passed reminder means."""

    CATCH_UP = "catch-up"
    """At start and after a resume: reminders that passed unseen are reported as missed."""
    WAKE = "wake"
    """A wake-up or the person's action."""
    PLAN_CHANGED = "plan-changed"
    """The plan changed: an item added for a time already past was not missed, only late."""


@dataclass
class _Outcome:
    """What one refresh of a profile found to show; emitted after the wake-up is armed."""

    missed: list[Occurrence] = dataclasses.field(default_factory=list)
    lapsed: list[Occurrence] = dataclasses.field(default_factory=list)
    heads_up: list[Occurrence] = dataclasses.field(default_factory=list)
    due: list[Occurrence] = dataclasses.field(default_factory=list)


class ReminderService(QObject):
    """Reminds every profile of its plan, on time and exactly once.

    Threading contract: create it, call every method and connect to its signals on the GUI
    thread. Wake-ups arrive through the :class:`~coldcare.services.wake.WakeScheduler` on the
    GUI thread; resumes through the shared :class:`SuspendDetector`, which the service's own
    watchdog timer checks every 15 s (Qt timers stop while the computer sleeps). Every change
    is saved (``PlanRepository.save_log``) before its signal is emitted, and signals are emitted
    after the next wake-up is armed, so a slot may call back into the service (snooze, skip).
    A failed write of an action (snooze, skip, done) raises to its caller; a failed look at
    the plan (at start, on a wake-up, after a resume) is logged and tried again a minute
    later, so it never escapes into the event loop or into the suspend detector's caller.

    Args:
        clock: the source of "now".
        tz: the person's time zone (plan times are local wall times in it).
        plans: the plan items and occurrence logs.
        profiles: whose plans to remind of, and their names.
        settings: sleep hours, desktop notifications, reminder sound.
        wake: calls back at an instant; the service owns it and shuts it down.
        detector: the suspend detector shared with the session clock.
        notify: shows a notification (``NotifierChain.notify``), when desktop notifications
            are on.
        on_sound: plays the reminder sound, unless it is turned off.
    """

    reminder_due = Signal(object)
    """A :class:`Reminder` to show (a heads-up, or the item is due)."""
    missed = Signal(object)
    """A :class:`MissedReminders` batch, once per profile per catch-up."""
    lapsed = Signal(object)
    """A :class:`LapsedReminder`: a reminder shown an hour ago (or after its last snooze) was
    not answered; the occurrence is missed now."""
    plan_changed = Signal()
    """Re-emitted by :meth:`rearm`, after the new wake-ups are armed."""

    def __init__(
        self,
        clock: Clock,
        tz: tzinfo,
        plans: PlanRepository,
        profiles: ProfileRepository,
        settings: SettingsStore,
        wake: WakeScheduler,
        detector: SuspendDetector,
        *,
        notify: Callable[[Notification], object],
        on_sound: Callable[[], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tz = tz
        self._plans = plans
        self._profiles = profiles
        self._settings = settings
        self._wake = wake
        self._detector = detector
        self._notify = notify
        self._on_sound = on_sound
        self._running = False
        self._closed = False
        self._armed: set[int] = set()
        # Heads-ups already shown or dropped, by (profile, item, day), with their reminder time.
        self._heads_up_done: dict[tuple[int, int, date], datetime] = {}

        self._watchdog = QTimer(self)
        self._watchdog.setObjectName("reminder-watchdog")
        self._watchdog.setTimerType(Qt.TimerType.CoarseTimer)
        self._watchdog.setInterval(WATCHDOG_MS)
        self._watchdog.timeout.connect(self._detector.check)

    @property
    def watchdog_timer(self) -> QTimer:
        """The timer that checks the suspend detector (exposed for tests; do not start it)."""
        return self._watchdog

    # ------------------------------------------------------------------ control

    def start(self) -> None:
        """Catch up on what passed while the app was closed, then arm. GUI thread; once (not
        again after :meth:`shutdown`)."""
        if self._running or self._closed:
            return
        self._running = True
        self._detector.resumed.connect(self._on_resumed)
        self._detector.clock_changed.connect(self._on_clock_changed)
        self._watchdog.start()
        self._refresh_all(why=_Look.CATCH_UP)

    def rearm(self) -> None:
        """Look again after a change of plan, profiles or settings; emit :attr:`plan_changed`.

        Reminders of items taken out of the plan, and of profiles removed, are dropped. GUI
        thread; does nothing after :meth:`shutdown`.
        """
        if self._closed:
            return
        self._refresh_all(why=_Look.PLAN_CHANGED)
        self.plan_changed.emit()

    def shutdown(self) -> None:
        """Stop for good: no signal is emitted and no wake-up is handled after this. GUI
        thread; idempotent."""
        if self._running:
            self._detector.resumed.disconnect(self._on_resumed)
            self._detector.clock_changed.disconnect(self._on_clock_changed)
        self._running = False
        self._closed = True
        self._watchdog.stop()
        self._wake.shutdown()

    # ------------------------------------------------------------------ actions

    def snooze(self, profile_id: int, item_id: int, day: date, minutes: int) -> OccurrenceLog:
        """Remind again in ``minutes`` (5, 10 or 15; at most three times). GUI thread.

        Raises ``BadInputError`` for another choice, a fourth snooze, an item not planned for
        this profile on ``day``, or one not due yet.
        """
        now = self._clock.now()
        occurrence = self._occurrence(profile_id, item_id, day)
        if now < occurrence.remind_at:
            raise BadInputError("a reminder can be snoozed once it is due")
        return self._update(profile_id, item_id, day, lambda log: snoozed(log, minutes, now))

    def skip(
        self, profile_id: int, item_id: int, day: date, reason: SkipReason, note: str = ""
    ) -> OccurrenceLog:
        """Skip the occurrence with a reason (it reminds no more). GUI thread."""
        self._item(profile_id, item_id)
        return self._update(
            profile_id,
            item_id,
            day,
            lambda log: dataclasses.replace(log, skip_reason=reason, skip_note=note),
        )

    def mark_done(self, profile_id: int, item_id: int, day: date, at: datetime) -> OccurrenceLog:
        """Record the occurrence as done at ``at`` (it reminds no more). GUI thread."""
        self._item(profile_id, item_id)
        return self._update(
            profile_id, item_id, day, lambda log: dataclasses.replace(log, done_at=at)
        )

    def mark_missed_shown(self, profile_id: int, keys: Iterable[_Key]) -> None:
        """Record that the person saw these (item id, day) occurrences as missed elsewhere
        (the Today page), so no later catch-up reports them. GUI thread."""
        for item_id, day in keys:
            self._item(profile_id, item_id)
            self._write(profile_id, item_id, day, _seen_missed)

    # ------------------------------------------------------------------ internals

    def _on_resumed(self, _gap_seconds: float) -> None:
        self._refresh_all(why=_Look.CATCH_UP)

    def _on_clock_changed(self, _jump_seconds: float) -> None:
        self._refresh_all(why=_Look.WAKE)

    def _refresh_all(self, *, why: _Look) -> None:
        """Look at every profile now; if they cannot be listed, try again a minute later."""
        if not self._running:
            return
        try:
            listed = {p.id for p in self._profiles.list_profiles() if p.id is not None}
        except Exception:
            logger.exception("Could not list the profiles to remind")
            self._wake.arm(
                _ALL_JOB,
                self._clock.now() + RETRY,
                lambda: self._refresh_all(why=why),
            )
            return
        self._wake.cancel(_ALL_JOB)
        for gone in self._armed - listed:
            self._wake.cancel(self._job_id(gone))
        self._armed &= listed
        for profile_id in sorted(listed):
            self._refresh(profile_id, why=why)

    def _refresh(self, profile_id: int, *, why: _Look) -> None:
        """Look at one profile now; a failure is logged and retried a minute later (it must
        not escape into the event loop and leave the profile without a wake-up)."""
        if not self._running:
            return
        try:
            self._look(profile_id, why=why)
        except Exception:
            logger.exception("Could not check the reminders of profile %s", profile_id)
            self._arm(profile_id, self._clock.now() + RETRY)

    def _look(self, profile_id: int, *, why: _Look) -> None:
        """Read, decide and write, arm, then emit: the one path every event takes."""
        now = self._clock.now()
        profile = self._profiles.get_profile(profile_id)
        if profile is None:
            self._wake.cancel(self._job_id(profile_id))
            self._armed.discard(profile_id)
            return
        snap = self._read(profile, now)
        outcome = self._decide(snap, now, why=why)
        self._arm(profile_id, self._next_wake(snap, now))
        self._emit(snap, outcome)

    def _arm(self, profile_id: int, when: datetime) -> None:
        self._armed.add(profile_id)
        self._wake.arm(
            self._job_id(profile_id), when, lambda: self._refresh(profile_id, why=_Look.WAKE)
        )

    def _read(self, profile: Profile, now: datetime) -> _Snapshot:
        assert profile.id is not None
        items = {i.id: i for i in self._plans.plan_items(profile.id) if i.id is not None}
        sleep = SleepHours(self._settings.get(SLEEP_START), self._settings.get(SLEEP_END))
        found = occurrences(items.values(), now - CATCH_UP_LOOKBACK, now + HORIZON, self._tz, sleep)
        first, last = (
            local_date(now - CATCH_UP_LOOKBACK, self._tz),
            local_date(now + HORIZON, self._tz),
        )
        logs = self._plans.logs_between(
            profile.id, first - timedelta(days=1), last + timedelta(days=1)
        )
        return _Snapshot(profile, items, found, dict(logs), sleep)

    def _decide(self, snap: _Snapshot, now: datetime, *, why: _Look) -> _Outcome:
        """Write down what is shown now: missed ones, then the latest due reminders."""
        pending = snap.pending()
        missed = catch_up(pending, snap.logs, now).missed
        outcome = _Outcome(missed=[o for o in missed if snap.news(o, why)])
        outcome.lapsed = [o for o in snap.found if snap.lapsed(o, now)]
        for occurrence in [*missed, *outcome.lapsed]:
            self._write_in(snap, occurrence, _seen_missed)
        outcome.heads_up = self._heads_ups(snap, now, show=why is not _Look.CATCH_UP)
        fresh = [o for o in pending if not snap.passed_over(o)]
        sounded = catch_up(fresh, snap.logs, now).remind_now
        if sounded:
            # Items planned for the same moment are reminded together, not just the last one.
            latest = snap.when(sounded[0])
            outcome.due = [o for o in fresh if snap.when(o) == latest]
        for occurrence in outcome.due:
            self._write_in(snap, occurrence, lambda log: dataclasses.replace(log, notified_at=now))
        return outcome

    def _heads_ups(self, snap: _Snapshot, now: datetime, *, show: bool) -> list[Occurrence]:
        """Heads-ups whose time has come and whose reminder has not; each is done once."""
        done = self._heads_up_done
        for key in [k for k, remind_at in done.items() if remind_at <= now]:
            del done[key]
        found = []
        for occurrence in snap.found:
            at = snap.heads_up_at(occurrence, self._tz)
            key = (snap.profile_id, *occurrence.key)
            if at is None or not at <= now < occurrence.remind_at or key in done:
                continue
            done[key] = occurrence.remind_at
            if show:
                found.append(occurrence)
        return found

    def _next_wake(self, snap: _Snapshot, now: datetime) -> datetime:
        """The earliest future reminder, heads-up or turn to "missed"; else the window's end."""
        times = [now + HORIZON]
        for occurrence in snap.found:
            if snap.still_open(occurrence):
                times.append(due_until(occurrence, snap.logs.get(occurrence.key)))
            when = snap.when(occurrence)
            if when is None:
                continue
            times.append(when)
            heads_up = snap.heads_up_at(occurrence, self._tz)
            if heads_up is not None:
                times.append(heads_up)
        return min(t for t in times if t > now)

    def _emit(self, snap: _Snapshot, outcome: _Outcome) -> None:
        if outcome.missed:
            items = tuple(
                MissedItem(o.item_id, o.day, snap.items[o.item_id].label, o.due_at)
                for o in outcome.missed
            )
            self.missed.emit(MissedReminders(snap.profile_id, snap.profile.name, items))
        for occurrence in outcome.lapsed:
            self.lapsed.emit(LapsedReminder(snap.profile_id, *occurrence.key))
        shown = [self._reminder(snap, o, heads_up=True) for o in outcome.heads_up]
        shown += [self._reminder(snap, o, heads_up=False) for o in outcome.due]
        for reminder in shown:
            self.reminder_due.emit(reminder)
        if shown:
            self._announce(shown)

    def _reminder(self, snap: _Snapshot, occurrence: Occurrence, *, heads_up: bool) -> Reminder:
        return Reminder(
            profile_id=snap.profile_id,
            person=snap.profile.name,
            item_id=occurrence.item_id,
            day=occurrence.day,
            label=snap.items[occurrence.item_id].label,
            due_at=occurrence.due_at,
            heads_up=heads_up,
            snoozes_left=0 if heads_up else MAX_SNOOZES - snap.log(occurrence).snoozes,
        )

    def _announce(self, shown: Sequence[Reminder]) -> None:
        """One notification per kind (heads-up, due) and one sound, for what was just shown."""
        if self._settings.get(DESKTOP_NOTIFICATIONS):
            for heads_up in (True, False):
                group = [r for r in shown if r.heads_up is heads_up]
                if group:
                    self._notify(self._notification(group))
        if self._settings.get(REMINDER_SOUND):
            self._on_sound()

    def _notification(self, group: Sequence[Reminder]) -> Notification:
        person = group[0].person
        if group[0].heads_up:
            minutes = int(HEADS_UP / timedelta(minutes=1))
            title = tr("Reminders", "In {minutes} minutes, for {person}").format(
                minutes=minutes, person=person
            )
        else:
            title = tr("Reminders", "Reminder for {person}").format(person=person)
        body = "\n".join(
            f"{r.due_at.astimezone(self._tz).strftime('%H:%M')} – {r.label}" for r in group
        )
        return Notification(title, body, NotificationKind.REMINDER, Urgency.NORMAL)

    # ------------------------------------------------------------------ storage

    def _item(self, profile_id: int, item_id: int) -> PlanItem:
        item = self._plans.get_plan_item(item_id)
        if item is None or item.profile_id != profile_id:
            raise BadInputError(f"there is no plan item {item_id} for this person")
        return item

    def _occurrence(self, profile_id: int, item_id: int, day: date) -> Occurrence:
        item = self._item(profile_id, item_id)
        sleep = SleepHours(self._settings.get(SLEEP_START), self._settings.get(SLEEP_END))
        for occurrence in occurrences([item], *day_bounds(day, self._tz), self._tz, sleep):
            if occurrence.day == day:
                return occurrence
        raise BadInputError(f"“{item.label}” is not planned on {day.isoformat()}")

    def _update(self, profile_id: int, item_id: int, day: date, change: _Change) -> OccurrenceLog:
        """Change one stored log, then look at the profile again (re-arm)."""
        saved = self._write(profile_id, item_id, day, change)
        self._refresh(profile_id, why=_Look.WAKE)
        return saved

    def _write(self, profile_id: int, item_id: int, day: date, change: _Change) -> OccurrenceLog:
        logs = self._plans.logs_between(profile_id, day, day)
        log = logs.get((item_id, day)) or OccurrenceLog(profile_id, item_id, day)
        return self._plans.save_log(change(log))

    def _write_in(self, snap: _Snapshot, occurrence: Occurrence, change: _Change) -> None:
        snap.logs[occurrence.key] = self._plans.save_log(change(snap.log(occurrence)))

    @staticmethod
    def _job_id(profile_id: int) -> str:
        return f"reminders:{profile_id}"
