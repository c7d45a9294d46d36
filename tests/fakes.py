"""Test doubles shared by the suite."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    """A clock that moves only when told: wall time and monotonic time, separately.

    ``advance`` moves both (the computer is awake); ``sleep_through`` moves only the wall clock
    (CLOCK_MONOTONIC stops while the computer is suspended); ``jump`` moves only the wall clock
    too, as when the system time is set.
    """

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        self._monotonic = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float = 0, *, minutes: float = 0) -> None:
        step = seconds + 60 * minutes
        self._now += timedelta(seconds=step)
        self._monotonic += step

    def sleep_through(self, seconds: float = 0, *, minutes: float = 0) -> None:
        self._now += timedelta(seconds=seconds + 60 * minutes)

    def jump(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
