"""The daily pain check-in: whether it is done today, when the weekly PEG is due, and the
optional reminder once a day.

The check-in is a :class:`PainRating` with the context ``DAILY`` ("How is your pain right
now?"); ratings are only ever added, so the latest of the day counts. The PEG (three questions
about the past week) is due on the seventh day after the latest answer, and at once when none
was given in the last seven days (measures.md §1: each questionnaire at its own interval).

The reminder (off unless the person turns it on in the settings) is one wake-up, armed for the
next local reminder time (DST-correct through :func:`resolve_local`; a time in sleep hours
moves to their end). When it comes, every profile that has not checked in that day is
reminded, by name, in one notification (a newer notification of a kind replaces the older on
the desktop, so one per person would leave only the last one to be seen). It is re-armed
after it fires, when a setting it follows changes (:meth:`CheckInReminder.rearm`), when the
clock is set, and after a resume: a reminder that
came due while the computer slept is given at the resume if that is still the same day and
outside sleep hours, else dropped. A day is reminded at most once, even if the clock is set
back. The service owns no timer: the reminder service's watchdog checks the shared suspend
detector.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QObject

from coldcare.domain.clock import Clock
from coldcare.domain.localtime import local_date, resolve_local
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.plan import SleepHours, day_bounds
from coldcare.domain.ports import PainRepository, PegRepository, ProfileRepository, SettingsStore
from coldcare.domain.records import PainContext, PainRating, Profile
from coldcare.domain.settings import (
    CHECKIN_REMINDER,
    CHECKIN_TIME,
    SLEEP_END,
    SLEEP_START,
)
from coldcare.services.i18n import tr
from coldcare.services.notify import Notification, NotificationKind, Urgency
from coldcare.services.suspend import SuspendDetector
from coldcare.services.wake import WakeScheduler

logger = logging.getLogger(__name__)

PEG_EVERY_DAYS = 7
JOB_ID = "checkin"
# A reminder time that could not be worked out (storage failing) is tried again this much later.
RETRY = timedelta(minutes=1)
# The settings the reminder follows: a change of any re-arms it.
CHECKIN_SETTINGS = frozenset(
    {CHECKIN_REMINDER.name, CHECKIN_TIME.name, SLEEP_START.name, SLEEP_END.name}
)


# ----------------------------------------------------------------------------- what is done


def daily_rating(pain: PainRepository, profile_id: int, day: date, tz: tzinfo) -> PainRating | None:
    """The latest daily check-in of ``profile_id`` on the local ``day``, or ``None``."""
    ratings = pain.ratings_between(profile_id, *day_bounds(day, tz))
    daily = [r for r in ratings if r.context is PainContext.DAILY]
    return daily[-1] if daily else None


def recent_peg(pegs: PegRepository, profile_id: int, day: date, tz: tzinfo) -> PegResponse | None:
    """The latest PEG answered in the seven local days up to and including ``day``."""
    first = day - timedelta(days=PEG_EVERY_DAYS - 1)
    found = pegs.pegs_between(profile_id, day_bounds(first, tz)[0], day_bounds(day, tz)[1])
    return found[-1] if found else None


def peg_due_on(response: PegResponse, tz: tzinfo) -> date:
    """The local day the next PEG is due: a week after ``response``."""
    return local_date(response.answered_at, tz) + timedelta(days=PEG_EVERY_DAYS)


def reminder_times(at: time, sleep: SleepHours, days: Sequence[date], tz: tzinfo) -> list[datetime]:
    """When each of ``days`` reminds (UTC): at ``at``, or at the end of sleep hours."""
    if sleep.contains(at):
        return [sleep.end_after(day, at, tz) for day in days]
    return [resolve_local(day, at, tz) for day in days]


# ----------------------------------------------------------------------------- the reminder


class CheckInReminder(QObject):
    """Reminds every profile once a day to rate its pain, when the person asked for it.

    Threading contract: create it, call every method on the GUI thread; wake-ups come through
    the :class:`WakeScheduler` (shared with the reminder service, which shuts it down) and
    resumes through the shared :class:`SuspendDetector`. Failures to read the stores are
    logged and never escape into the event loop.

    Args:
        clock: the source of "now".
        tz: the person's time zone (the reminder time is a local wall time in it).
        settings: whether to remind, when and the sleep hours.
        pain: the ratings (has each profile checked in today?).
        pegs: the PEG answers (are the weekly questions due?).
        profiles: whom to remind, by name.
        wake: calls back at an instant.
        detector: says when the computer resumed or the clock was set.
        notify: shows a notification (``NotifierChain.notify``: in the app, and on the desktop
            when that is turned on).
    """

    def __init__(
        self,
        clock: Clock,
        tz: tzinfo,
        settings: SettingsStore,
        pain: PainRepository,
        pegs: PegRepository,
        profiles: ProfileRepository,
        wake: WakeScheduler,
        detector: SuspendDetector,
        *,
        notify: Callable[[Notification], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tz = tz
        self._settings = settings
        self._pain = pain
        self._pegs = pegs
        self._profiles = profiles
        self._wake = wake
        self._detector = detector
        self._notify = notify
        self._running = False
        self._pending: datetime | None = None
        self._reminded_on: date | None = None

    @property
    def armed_for(self) -> datetime | None:
        """When the next reminder comes (UTC), or ``None`` when none is armed."""
        return self._pending

    def start(self) -> None:
        """Arm the next reminder (what passed while the app was closed is not repeated)."""
        if self._running:
            return
        self._running = True
        self._detector.resumed.connect(self._on_resumed)
        self._detector.clock_changed.connect(self._on_clock_changed)
        self.rearm()

    def rearm(self) -> None:
        """Arm again after a setting changed (a time already passed is not reminded)."""
        if self._running:
            self._arm(self._clock.now())

    def shutdown(self) -> None:
        """Stop for good: nothing is armed or reminded after this. Idempotent."""
        if self._running:
            self._detector.resumed.disconnect(self._on_resumed)
            self._detector.clock_changed.disconnect(self._on_clock_changed)
        self._running = False
        self._pending = None
        self._wake.cancel(JOB_ID)

    # ------------------------------------------------------------------ internals

    def _on_resumed(self, _gap_seconds: float) -> None:
        self._catch_up()

    def _on_clock_changed(self, _jump_seconds: float) -> None:
        self.rearm()

    def _catch_up(self) -> None:
        """Remind if the armed time has come (on time, or at a resume), then arm the next."""
        if not self._running:
            return
        now = self._clock.now()
        due = self._pending
        if due is not None and due <= now:
            try:
                self._remind(due, now)
            except Exception:
                logger.exception("Could not check today's pain check-in")
        self._arm(now)

    def _arm(self, now: datetime) -> None:
        try:
            when = self._next_time(now)
        except Exception:
            logger.exception("Could not work out when to remind of the pain check-in")
            self._pending = None
            self._wake.arm(JOB_ID, now + RETRY, self.rearm)
            return
        self._pending = when
        if when is None:
            self._wake.cancel(JOB_ID)
        else:
            self._wake.arm(JOB_ID, when, self._catch_up)

    def _sleep_hours(self) -> SleepHours:
        return SleepHours(self._settings.get(SLEEP_START), self._settings.get(SLEEP_END))

    def _next_time(self, now: datetime) -> datetime | None:
        """The first reminder time after ``now``; ``None`` when the reminder is off."""
        if not self._settings.get(CHECKIN_REMINDER):
            return None
        today = local_date(now, self._tz)
        # Yesterday's reminder may have moved into today (to the end of sleep hours).
        days = [today + timedelta(days=offset) for offset in range(-1, 3)]
        times = reminder_times(
            self._settings.get(CHECKIN_TIME), self._sleep_hours(), days, self._tz
        )
        return min(t for t in times if t > now)

    def _remind(self, due: datetime, now: datetime) -> None:
        """Notify every profile that has not checked in today, unless the day changed, it is
        sleep time or the day was reminded already."""
        today = local_date(now, self._tz)
        if local_date(due, self._tz) != today or self._reminded_on == today:
            return
        if self._sleep_hours().contains(now.astimezone(self._tz).time()):
            return
        waiting = [
            profile
            for profile in self._profiles.list_profiles()
            if profile.id is not None
            and daily_rating(self._pain, profile.id, today, self._tz) is None
        ]
        if not waiting:
            return
        self._reminded_on = today
        self._notify(self._notification(waiting, today))

    def _notification(self, waiting: Sequence[Profile], today: date) -> Notification:
        """One notification naming everyone in ``waiting`` (and whose weekly PEG is due)."""
        peg_due = [
            profile
            for profile in waiting
            if profile.id is not None
            and recent_peg(self._pegs, profile.id, today, self._tz) is None
        ]
        title = tr("CheckIn", "Pain check-in for {person}").format(person=_names(waiting))
        if len(waiting) == 1:
            body = tr("CheckIn", "How is your pain today? Rate it on Today.")
            if peg_due:
                body += " " + tr("CheckIn", "The weekly questions are due too (1 minute).")
        else:
            body = tr(
                "CheckIn", "Choose each person at the top of ColdCare, then rate the pain on Today."
            )
            if peg_due:
                body += " " + tr(
                    "CheckIn", "The weekly questions are due too for {people}."
                ).format(people=_names(peg_due))
        return Notification(title, body, NotificationKind.CHECK_IN, Urgency.NORMAL)


def _names(profiles: Sequence[Profile]) -> str:
    """ "Anna", "Anna and Ben", "Anna, Ben and Carla"."""
    names = [profile.name for profile in profiles]
    if len(names) == 1:
        return names[0]
    return tr("CheckIn", "{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])
