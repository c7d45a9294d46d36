"""Local wall times across daylight-saving changes (Europe/Berlin, America/New_York)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from coldcare.domain.localtime import local_date, resolve_local

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("tz", "day", "at", "expected"),
    [
        # An ordinary day: Berlin is UTC+1 in winter, +2 in summer.
        (BERLIN, date(2026, 1, 12), time(9, 0), utc(2026, 1, 12, 8, 0)),
        (BERLIN, date(2026, 7, 13), time(9, 0), utc(2026, 7, 13, 7, 0)),
        # Spring forward (29 March 2026, 02:00 -> 03:00): 02:30 does not exist -> 03:00.
        (BERLIN, date(2026, 3, 29), time(2, 30), utc(2026, 3, 29, 1, 0)),
        (BERLIN, date(2026, 3, 29), time(3, 0), utc(2026, 3, 29, 1, 0)),
        (BERLIN, date(2026, 3, 29), time(1, 59), utc(2026, 3, 29, 0, 59)),
        # Fall back (25 October 2026, 03:00 -> 02:00): 02:30 happens twice -> the first.
        (BERLIN, date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30)),
        # New York: spring forward 8 March 2026, fall back 1 November 2026.
        (NEW_YORK, date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 7, 0)),
        (NEW_YORK, date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30)),
    ],
)
def test_resolve_local(tz: ZoneInfo, day: date, at: time, expected: datetime) -> None:
    assert resolve_local(day, at, tz) == expected


def test_the_first_valid_minute_after_a_gap_keeps_its_local_meaning() -> None:
    resolved = resolve_local(date(2026, 3, 29), time(2, 45), BERLIN)
    assert resolved.astimezone(BERLIN).time() == time(3, 0)


def test_local_date_follows_the_person_not_utc() -> None:
    late_evening = utc(2026, 3, 2, 23, 30)
    assert local_date(late_evening, BERLIN) == date(2026, 3, 3)
    assert local_date(late_evening, NEW_YORK) == date(2026, 3, 2)
