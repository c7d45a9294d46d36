"""What to record for a session the app did not see to its end (a crash, a kill, a power cut).

At the next start the person is told which session was interrupted and to take the pack off,
then asked when it came off and how the skin is. The answer can only be trusted so far: the
removal is never placed before the first cold minute nor after "now", and "I don't know"
counts as "just now", the choice that gives the longest rest afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from coldcare.domain.signs import Consequences, SkinLook, consequences, sign_for_look


class RemovalAnswer(StrEnum):
    """When the person says the pack came off."""

    AT_ALARM_TIME = "at-alarm-time"
    WHEN_APP_STOPPED = "when-app-stopped"
    AT_TIME = "at-time"
    JUST_NOW = "just-now"
    DONT_KNOW = "dont-know"


@dataclass(frozen=True)
class InterruptedSession:
    """What the database knows of a session that was still running when the app died."""

    started_at: datetime
    planned_end_at: datetime
    max_minutes: int
    last_alive_at: datetime


@dataclass(frozen=True)
class Recovery:
    """What is recorded for an interrupted session."""

    removed_at: datetime
    cold_minutes: float
    over_maximum: bool
    stop: Consequences | None


def removal_time(
    session: InterruptedSession,
    answer: RemovalAnswer,
    now: datetime,
    stated: datetime | None = None,
) -> datetime:
    """The removal time to record, kept between the first cold minute and now."""
    chosen = {
        RemovalAnswer.AT_ALARM_TIME: session.planned_end_at,
        RemovalAnswer.WHEN_APP_STOPPED: session.last_alive_at,
        RemovalAnswer.AT_TIME: stated if stated is not None else now,
        RemovalAnswer.JUST_NOW: now,
        RemovalAnswer.DONT_KNOW: now,
    }[answer]
    return min(max(chosen, session.started_at), now)


def recover(
    session: InterruptedSession,
    answer: RemovalAnswer,
    skin: SkinLook,
    now: datetime,
    stated: datetime | None = None,
) -> Recovery:
    """Record the interrupted session: its removal, whether cold stayed on past the maximum,
    and the lock or review a skin sign calls for (§6), as if it had been seen at a check."""
    removed = removal_time(session, answer, now, stated)
    cold = (removed - session.started_at) / timedelta(minutes=1)
    sign = sign_for_look(skin)
    return Recovery(
        removed_at=removed,
        cold_minutes=cold,
        over_maximum=cold > session.max_minutes,
        stop=consequences({sign}, now) if sign is not None else None,
    )
