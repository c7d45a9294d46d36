"""The one place that reads the system clock (ruff's banned-API rule enforces it)."""

from __future__ import annotations

import time
from datetime import UTC, datetime


class SystemClock:
    """The real clock: wall time in UTC and the monotonic clock."""

    def now(self) -> datetime:
        """The current instant, aware, in UTC."""
        return datetime.now(UTC)

    def monotonic(self) -> float:
        """Seconds on the monotonic clock."""
        return time.monotonic()
