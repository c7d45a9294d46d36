"""Crash recovery: what is recorded for a session the app did not see to its end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coldcare.domain.recovery import InterruptedSession, RemovalAnswer, recover, removal_time
from coldcare.domain.signs import SkinLook, StopSign

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SESSION = InterruptedSession(
    started_at=START,
    planned_end_at=START + timedelta(minutes=15),
    max_minutes=20,
    last_alive_at=START + timedelta(minutes=7),
)
NOW = START + timedelta(hours=2)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (RemovalAnswer.AT_ALARM_TIME, START + timedelta(minutes=15)),
        (RemovalAnswer.WHEN_APP_STOPPED, START + timedelta(minutes=7)),
        (RemovalAnswer.JUST_NOW, NOW),
        (RemovalAnswer.DONT_KNOW, NOW),
    ],
)
def test_the_removal_time_follows_the_answer(answer: RemovalAnswer, expected: datetime) -> None:
    assert removal_time(SESSION, answer, NOW) == expected


def test_a_stated_time_is_kept_between_the_start_and_now() -> None:
    stated = START + timedelta(minutes=12)
    assert removal_time(SESSION, RemovalAnswer.AT_TIME, NOW, stated) == stated
    assert removal_time(SESSION, RemovalAnswer.AT_TIME, NOW, START - timedelta(hours=1)) == START
    assert removal_time(SESSION, RemovalAnswer.AT_TIME, NOW, NOW + timedelta(hours=1)) == NOW
    assert removal_time(SESSION, RemovalAnswer.AT_TIME, NOW) == NOW


def test_the_alarm_time_is_not_in_the_future_when_the_app_restarts_early() -> None:
    soon = START + timedelta(minutes=10)
    assert removal_time(SESSION, RemovalAnswer.AT_ALARM_TIME, soon) == soon


def test_cold_past_the_maximum_is_recorded_as_such() -> None:
    recovery = recover(SESSION, RemovalAnswer.DONT_KNOW, SkinLook.NORMAL, NOW)
    assert recovery.removed_at == NOW
    assert recovery.cold_minutes == 120
    assert recovery.over_maximum
    assert recovery.stop is None
    on_time = recover(SESSION, RemovalAnswer.AT_ALARM_TIME, SkinLook.NORMAL, NOW)
    assert not on_time.over_maximum
    assert on_time.cold_minutes == 15


def test_a_skin_sign_after_a_crash_locks_the_site_like_a_stop() -> None:
    recovery = recover(SESSION, RemovalAnswer.JUST_NOW, SkinLook.BLISTERS, NOW)
    assert recovery.stop is not None
    assert recovery.stop.signs == {StopSign.BLISTERS}
    assert recovery.stop.lock_until == NOW + timedelta(hours=24)
    hives = recover(SESSION, RemovalAnswer.JUST_NOW, SkinLook.HIVES, NOW)
    assert hives.stop is not None
    assert hives.stop.review_needed
