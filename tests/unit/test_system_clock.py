"""The one real clock reads aware UTC time and a monotonic clock."""

from __future__ import annotations

from datetime import UTC

from coldcare.domain.clock import Clock
from coldcare.services.clock import SystemClock


def test_the_system_clock_is_aware_utc_and_monotonic_does_not_go_back() -> None:
    clock: Clock = SystemClock()
    assert clock.now().tzinfo is UTC
    first = clock.monotonic()
    assert clock.monotonic() >= first
