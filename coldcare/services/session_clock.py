"""The timer that drives a cold session: a 1 Hz wall-clock tick plus a precise deadline timer.

Qt timers run on the monotonic clock, which stops while the computer sleeps, so no timer alone
can be trusted with a safety deadline. The session clock therefore:

- ticks once a second (a coarse timer; early or late by a few per cent does not matter) and on
  every tick reads the wall clock through the injected :class:`~coldcare.domain.clock.Clock`;
- arms a precise single-shot timer for the next deadline the session reports, so the alarm
  sounds on the millisecond rather than up to a second late; it is re-armed after every tick;
- runs the :class:`~coldcare.services.suspend.SuspendDetector` on every tick: after a resume the
  tick in progress is the "at once" tick (a deadline that passed during sleep alarms now), and a
  resume noticed by another caller of the detector ticks at once too;
- keeps the session's timeline from running backwards: when the wall clock is set back, the
  jump is added to a correction so cold time keeps counting at the monotonic pace (it is neither
  shortened nor lengthened), and :meth:`SessionClock.now` never returns an instant earlier than
  one it returned before. A clock set forward cannot be told from a resume and is taken as real
  time passing: the alarm can then only come early.

Every instant given to the session must come from :meth:`SessionClock.now` (not from the Clock
directly), so ticks and a person's actions share one timeline.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from coldcare.domain.clock import Clock
from coldcare.services.suspend import SuspendDetector

TICK_MS = 1000
DEFAULT_HEARTBEAT_SECONDS = 5.0
# QTimer takes a signed 32-bit millisecond interval (about 24.8 days).
_MAX_TIMER_MS = 2**31 - 1
_ONE_MS = timedelta(milliseconds=1)


class SessionClock(QObject):
    """Ticks a session on the wall clock, on time and across a suspend.

    Create, use and connect on the GUI thread. The callbacks and the ``ticked`` signal run on
    the GUI thread, synchronously from the timer that fired; none of them runs after
    :meth:`stop` returns.

    Args:
        clock: the source of wall and monotonic time.
        on_tick: called with "now" on every tick and deadline (the app calls
            ``ColdSession.tick`` and acts on its effects). It may call :meth:`stop`.
        next_deadline: the next instant something is due, given "now"
            (``ColdSession.next_deadline``), or ``None``.
        on_heartbeat: called with "now" at start and then every ``heartbeat_seconds`` while
            running (the app writes its heartbeat row).
        heartbeat_seconds: the heartbeat period.
        detector: a suspend detector to share with other tickers; one is made if not given.
    """

    ticked = Signal(object)

    def __init__(
        self,
        clock: Clock,
        on_tick: Callable[[datetime], object],
        next_deadline: Callable[[datetime], datetime | None],
        *,
        on_heartbeat: Callable[[datetime], object] | None = None,
        heartbeat_seconds: float = DEFAULT_HEARTBEAT_SECONDS,
        detector: SuspendDetector | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if heartbeat_seconds <= 0:
            raise ValueError(
                f"the heartbeat period must be above 0 seconds, not {heartbeat_seconds}"
            )
        self._clock = clock
        self._on_tick = on_tick
        self._next_deadline = next_deadline
        self._on_heartbeat = on_heartbeat
        self._heartbeat = timedelta(seconds=heartbeat_seconds)
        self._detector = detector if detector is not None else SuspendDetector(clock, parent=self)
        self._detector.resumed.connect(self._on_resumed)
        self._detector.clock_changed.connect(self._on_clock_changed)

        self._running = False
        self._checking = False
        self._correction = timedelta(0)
        self._last_now: datetime | None = None
        self._last_heartbeat: datetime | None = None

        self._tick_timer = QTimer(self)
        self._tick_timer.setObjectName("session-tick")
        self._tick_timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self._on_timeout)

        self._deadline_timer = QTimer(self)
        self._deadline_timer.setObjectName("session-deadline")
        self._deadline_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline_timer.setSingleShot(True)
        self._deadline_timer.timeout.connect(self._on_timeout)

    # ------------------------------------------------------------------ queries

    @property
    def running(self) -> bool:
        """Whether the clock is ticking."""
        return self._running

    @property
    def detector(self) -> SuspendDetector:
        """The suspend detector run on every tick (connect to it to hear of a resume)."""
        return self._detector

    @property
    def tick_timer(self) -> QTimer:
        """The 1 Hz tick (exposed for tests and diagnostics; do not start or stop it)."""
        return self._tick_timer

    @property
    def deadline_timer(self) -> QTimer:
        """The precise single-shot timer armed for the next deadline (exposed for tests)."""
        return self._deadline_timer

    def now(self) -> datetime:
        """The current instant on the session's timeline (aware, UTC). GUI thread.

        The wall clock plus the correction for any backward jump seen while running, and never
        earlier than an instant returned before (until :meth:`stop`).
        """
        now = self._clock.now() + self._correction
        if self._last_now is not None and now < self._last_now:
            return self._last_now
        self._last_now = now
        return now

    # ------------------------------------------------------------------ control

    def start(self) -> None:
        """Start ticking: one tick now, then every second and at each deadline. GUI thread.

        Does nothing if already running.
        """
        if self._running:
            return
        # Whatever the clocks did while stopped is not this session's business.
        self._detector.check()
        self._reset_timeline()
        self._running = True
        self._tick_timer.start()
        self._advance()

    def stop(self) -> None:
        """Stop every timer; no callback runs after this returns. GUI thread; idempotent."""
        self._running = False
        self._tick_timer.stop()
        self._deadline_timer.stop()
        self._reset_timeline()

    def detach(self) -> None:
        """Stop listening to the shared suspend detector (before this clock is deleted: a
        connection left to a deleted clock crashes PySide later). GUI thread."""
        self._detector.resumed.disconnect(self._on_resumed)
        self._detector.clock_changed.disconnect(self._on_clock_changed)

    def rearm(self) -> None:
        """Re-read the next deadline now, after a person's action changed it. GUI thread."""
        if self._running:
            self._arm(self.now())

    # ------------------------------------------------------------------ internals

    def _reset_timeline(self) -> None:
        self._correction = timedelta(0)
        self._last_now = None
        self._last_heartbeat = None

    def _on_timeout(self) -> None:
        # A timeout already queued when stop() ran must not reach the session.
        if not self._running:
            return
        self._checking = True
        try:
            self._detector.check()
        finally:
            self._checking = False
        # A resume found by this check is handled by this very tick.
        self._advance()

    def _on_resumed(self, _gap_seconds: float) -> None:
        # Noticed by another caller of the detector: tick at once.
        if self._running and not self._checking:
            self._advance()

    def _on_clock_changed(self, jump_seconds: float) -> None:
        if self._running:
            self._correction -= timedelta(seconds=jump_seconds)

    def _advance(self) -> None:
        now = self.now()
        try:
            self._on_tick(now)
        finally:
            if self._running:
                self._arm(now)
        if not self._running:
            return
        self.ticked.emit(now)
        if self._on_heartbeat is not None and (
            self._last_heartbeat is None or now - self._last_heartbeat >= self._heartbeat
        ):
            self._last_heartbeat = now
            self._on_heartbeat(now)

    def _arm(self, now: datetime) -> None:
        deadline = self._next_deadline(now)
        if deadline is None or deadline <= now:
            # Nothing ahead, or a deadline the last tick did not clear: the 1 Hz tick covers it
            # without a zero-interval timer spinning.
            self._deadline_timer.stop()
            return
        self._deadline_timer.start(min(math.ceil((deadline - now) / _ONE_MS), _MAX_TIMER_MS))
