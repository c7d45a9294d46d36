"""Local wall times on real dates, correct across daylight-saving changes.

A plan says "09:00 on Mondays" in the person's own time. On the spring-forward day a time in
the gap (02:30 in Europe/Berlin) does not exist: it resolves to the first valid minute after
it (03:00). On the fall-back day a time that happens twice (02:30) resolves to its first
occurrence, so it is used exactly once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo


def _wall(instant: datetime, tz: tzinfo) -> datetime:
    return instant.astimezone(tz).replace(tzinfo=None, fold=0)


def resolve_local(day: date, at: time, tz: tzinfo) -> datetime:
    """The UTC instant of ``at`` on ``day`` in ``tz``, per the rules of the module docstring."""
    wall = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    first = wall.replace(tzinfo=tz, fold=0).astimezone(UTC)
    if _wall(first, tz) == wall:
        return first
    # In a gap: fold=1 reads the wall time with the offset after the change, which lands
    # before the change; walk forward a minute at a time to the first valid wall minute.
    candidate = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    candidate = candidate.replace(second=0, microsecond=0)
    while _wall(candidate, tz) < wall:
        candidate += timedelta(minutes=1)
    return candidate


def local_date(instant: datetime, tz: tzinfo) -> date:
    """The person's calendar date at ``instant``."""
    return instant.astimezone(tz).date()
