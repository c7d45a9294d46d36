"""The safety engine fed from stored history: verdicts, and when each site is safe again.

No Qt here: it reads through the repository Protocols and asks the pure engine. Every screen
and the session controller ask this desk, so the app judges a session the same way wherever
it is started from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from coldcare.domain.ports import SafetyEventRepository, SessionRepository
from coldcare.domain.records import Profile, SessionRecord
from coldcare.domain.safety import (
    ColdRequest,
    PastSession,
    SiteHistory,
    SiteLock,
    Verdict,
    evaluate,
    rest_minutes_after,
)
from coldcare.domain.vocabulary import BodySite

# Longest rest (a personal rest can be longer still) plus a full day for the daily count.
_HISTORY_WINDOW = timedelta(days=2)


@dataclass(frozen=True)
class SiteStatus:
    """When a recently cooled or locked site may be cooled again."""

    site: BodySite
    safe_again_at: datetime
    locked_until: datetime | None


class SafetyDesk:
    """Answers "may this person start this session now?" from what is stored."""

    def __init__(
        self, sessions: SessionRepository, events: SafetyEventRepository, tz: tzinfo
    ) -> None:
        self._sessions = sessions
        self._events = events
        self.tz = tz

    def history(self, profile: Profile, site: BodySite, now: datetime) -> SiteHistory:
        """The sessions and locks the engine needs for ``site``."""
        assert profile.id is not None
        window = now - _HISTORY_WINDOW - _personal_rest(profile)
        past = _past(self._sessions.sessions_at_site(profile.id, site, window), now)
        group = site.rest_group
        locks = [
            SiteLock(lock.site, lock.until)
            for lock in self._events.active_locks(profile.id, now)
            if lock.site.rest_group == group
        ]
        return SiteHistory(tuple(past), tuple(locks))

    def verdict(self, profile: Profile, request: ColdRequest, now: datetime) -> Verdict:
        """The engine's verdict for ``request`` now, with this site's history."""
        history = self.history(profile, request.site, now)
        return evaluate(profile.safety_profile(), request, history, now, self.tz)

    def resting_sites(self, profile: Profile, now: datetime) -> list[SiteStatus]:
        """Sites still resting or locked now, soonest safe first."""
        assert profile.id is not None
        safety = profile.safety_profile()
        recent = self._sessions.sessions_between(
            profile.id, now - _HISTORY_WINDOW - _personal_rest(profile), now
        )
        safe_at: dict[BodySite, datetime] = {}
        for past in _past(recent, now):
            rest = rest_minutes_after(safety, past.site, past.modality, now, self.tz)
            end = past.removed_at + timedelta(minutes=rest)
            group = past.site.rest_group
            safe_at[group] = max(end, safe_at.get(group, end))
        locked: dict[BodySite, datetime] = {}
        for lock in self._events.active_locks(profile.id, now):
            group = lock.site.rest_group
            locked[group] = max(lock.until, locked.get(group, lock.until))
        statuses = [
            SiteStatus(site, max(safe_at.get(site, now), locked.get(site, now)), locked.get(site))
            for site in safe_at.keys() | locked.keys()
        ]
        return sorted(
            (s for s in statuses if s.safe_again_at > now),
            key=lambda s: (s.safe_again_at, s.site.code),
        )


def _past(records: Sequence[SessionRecord], now: datetime) -> list[PastSession]:
    """The sessions as the engine counts them. One with no removal yet (running, or cut off
    by a crash and not yet answered for) counts as if the pack came off now: it is in the
    day's count, and its rest starts no earlier than now (safety-rules §4)."""
    return [
        r.as_past_session() or PastSession(r.site, r.modality, r.started_at, now) for r in records
    ]


def _personal_rest(profile: Profile) -> timedelta:
    return timedelta(minutes=profile.personal_rest_minutes or 0)
