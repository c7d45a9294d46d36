"""Test doubles shared by the suite."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
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


# More wake-ups than this in one walk means the service keeps re-arming in the past.
MAX_WAKE_UPS = 10_000


@dataclass
class HandWake:
    """Stands in for :class:`~coldcare.services.wake.WakeScheduler`: records what is armed and
    runs it only when the test moves the fake clock with :meth:`advance_to` or :meth:`walk`."""

    clock: FakeClock
    armed: dict[str, tuple[datetime, Callable[[], object]]] = field(default_factory=dict)
    arms: list[tuple[str, datetime]] = field(default_factory=list)
    is_shut_down: bool = False

    def arm(self, job_id: str, when: datetime, callback: Callable[[], object]) -> None:
        self.arms.append((job_id, when))
        if not self.is_shut_down:
            self.armed[job_id] = (when, callback)

    def cancel(self, job_id: str) -> None:
        self.armed.pop(job_id, None)

    def cancel_all(self) -> None:
        self.armed.clear()

    def shutdown(self) -> None:
        self.is_shut_down = True
        self.armed.clear()

    def instants(self) -> list[datetime]:
        """The armed instants, earliest first."""
        return sorted(when for when, _callback in self.armed.values())

    def fire_due(self) -> None:
        """Run every job due at the clock's "now", earliest first (callbacks may re-arm)."""
        for _ in range(MAX_WAKE_UPS):
            due = [
                (when, job) for job, (when, _cb) in self.armed.items() if when <= self.clock.now()
            ]
            if not due:
                return
            _when, job = min(due)
            _when, callback = self.armed.pop(job)
            callback()
        raise AssertionError("the service keeps arming wake-ups that are already due")

    def advance_to(self, target: datetime) -> None:
        """Move the clock (awake) to ``target``, stopping at each armed instant on the way."""
        for _ in range(MAX_WAKE_UPS):
            ahead = [when for when in self.instants() if when <= target]
            if not ahead:
                break
            self._move(max(ahead[0], self.clock.now()))
            self.fire_due()
        else:
            raise AssertionError("the service keeps arming wake-ups that are already due")
        self._move(target)

    def walk(self, target: datetime, *, step_seconds: float = 60) -> None:
        """Move the clock to ``target`` a step at a time, running what is due after each."""
        while self.clock.now() < target:
            step = min(step_seconds, (target - self.clock.now()).total_seconds())
            self.clock.advance(step)
            self.fire_due()

    def _move(self, instant: datetime) -> None:
        self.clock.advance((instant - self.clock.now()).total_seconds())
