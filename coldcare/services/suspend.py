"""Notice that the computer slept, or that its clock was set, by comparing two clocks.

Between two checks the wall clock and the monotonic clock normally move by the same amount.
CLOCK_MONOTONIC stops while the computer is suspended, so after a resume the wall clock has moved
further: that surplus is the time spent asleep. A wall clock that moved *less* than the
monotonic one was set back.

The two directions get two signals:

- ``resumed(gap_seconds)`` (``gap_seconds > 0``): the wall clock moved that much further than
  the monotonic clock. This is a resume from suspend, or a clock set forward while awake; the two
  cannot be told apart, and both are handled the same way (deadlines measured on the wall clock
  are re-checked at once, so an alarm can only come early, never late).
- ``clock_changed(jump_seconds)`` (``jump_seconds < 0``): the wall clock was set back by that
  much. Durations measured on the wall clock across this moment would be too short; the session
  clock corrects its timeline with it.

Differences within the threshold (timer jitter, NTP slewing) are ignored. The detector owns no
timer: whoever ticks (the session clock's 1 Hz tick, the reminder scheduler) calls :meth:`check`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from coldcare.domain.clock import Clock

DEFAULT_THRESHOLD_SECONDS = 10.0


class SuspendDetector(QObject):
    """Compares how far wall and monotonic time moved since the last :meth:`check`.

    Lives on the GUI thread: create it, call its methods and connect to its signals there.
    Signals are emitted synchronously from inside :meth:`check`.
    """

    resumed = Signal(float)
    clock_changed = Signal(float)

    def __init__(
        self,
        clock: Clock,
        threshold_seconds: float = DEFAULT_THRESHOLD_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if threshold_seconds <= 0:
            raise ValueError(f"the threshold must be above 0 seconds, not {threshold_seconds}")
        self._clock = clock
        self._threshold = threshold_seconds
        self._last: tuple[datetime, float] | None = None

    @property
    def threshold_seconds(self) -> float:
        """How far the clocks must diverge before a signal is emitted."""
        return self._threshold

    def reset(self) -> None:
        """Take a new baseline now, reporting nothing. GUI thread."""
        self._last = (self._clock.now(), self._clock.monotonic())

    def check(self) -> float:
        """Compare with the previous check; emit a signal if the clocks diverged too far.

        Returns the divergence in seconds (wall minus monotonic; 0.0 on the first check). GUI
        thread; any connected slot runs before this returns.
        """
        wall, mono = self._clock.now(), self._clock.monotonic()
        last, self._last = self._last, (wall, mono)
        if last is None:
            return 0.0
        divergence = (wall - last[0]).total_seconds() - (mono - last[1])
        if divergence > self._threshold:
            self.resumed.emit(divergence)
        elif divergence < -self._threshold:
            self.clock_changed.emit(divergence)
        return divergence
