"""What the rest of ColdCare knows about time: a Clock protocol, and nothing that reads one."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    """The source of "now". The system clock lives in ``coldcare.services.clock``."""

    def now(self) -> datetime:
        """The current instant, aware, in UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (it may stop while the computer sleeps)."""
        ...
