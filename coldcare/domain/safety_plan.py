"""The plan check: a weekly list of cold items against the rules of safety-rules.md §2–§4.

A plan that breaks a rule cannot be saved. Each :class:`PlanViolation` names the items
involved, the rule, and what would work. Times are local wall-clock times on a Monday-based
week; the week wraps around, so a late Sunday item is checked against an early Monday one.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, tzinfo
from enum import StrEnum
from types import MappingProxyType

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.reasons import Reason
from coldcare.domain.safety import (
    SESSIONS_PER_DAY,
    ColdRequest,
    IntermittentProtocol,
    SafetyProfile,
    SiteHistory,
    evaluate,
    rest_minutes_after,
)
from coldcare.domain.vocabulary import BadInputError, Barrier, BodySite, Modality

MINUTES_PER_DAY = 24 * 60
MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY

WEEKDAY_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Weekday", "Monday"),
    QT_TRANSLATE_NOOP("Weekday", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekday", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekday", "Thursday"),
    QT_TRANSLATE_NOOP("Weekday", "Friday"),
    QT_TRANSLATE_NOOP("Weekday", "Saturday"),
    QT_TRANSLATE_NOOP("Weekday", "Sunday"),
)


class PlanRule(StrEnum):
    """Which rule a plan breaks."""

    REST_INTERVAL = "rest-interval"
    DAILY_LIMIT = "daily-limit"
    OVER_MAXIMUM = "over-maximum"
    BLOCKED = "blocked"
    INVALID = "invalid"


@dataclass(frozen=True)
class PlannedCold:
    """A cold item of the weekly plan.

    ``minutes`` is the cold-on time of a plain session; with a ``protocol`` the protocol's
    phases count instead. ``weekdays`` are 0 (Monday) to 6 (Sunday); ``at`` is local time.
    """

    key: str
    label: str
    site: BodySite
    modality: Modality
    minutes: int
    weekdays: frozenset[int]
    at: time
    barrier: Barrier = Barrier.NONE
    water_temp_c: float | None = None
    protocol: IntermittentProtocol | None = None

    @property
    def cold_minutes(self) -> int:
        """Minutes of cold on the skin."""
        return self.protocol.total_on_minutes if self.protocol else self.minutes

    @property
    def span_minutes(self) -> int:
        """Minutes from the first cold minute to the removal of the cold."""
        return self.protocol.total_minutes if self.protocol else self.minutes

    def request(self) -> ColdRequest:
        """The session this item starts."""
        return ColdRequest(self.site, self.modality, self.barrier, self.water_temp_c, self.protocol)


@dataclass(frozen=True)
class PlanViolation:
    """One broken rule. ``message`` is marked for translation (context ``PlanCheck``).

    ``params`` fill its placeholders: labels as entered, ``site`` as a site code, ``weekday``
    as a weekday name (context ``Weekday``), times as ``HH:MM``.
    """

    rule: PlanRule
    item_keys: tuple[str, ...]
    message: str
    params: Mapping[str, int | str] = field(default_factory=lambda: MappingProxyType({}))
    reasons: tuple[Reason, ...] = ()

    @property
    def text(self) -> str:
        """The untranslated message with its placeholders filled in."""
        return self.message.format(**self.params)


@dataclass(frozen=True)
class _Occurrence:
    item: PlannedCold
    weekday: int
    start: int  # minutes from Monday 00:00

    @property
    def end(self) -> int:
        return self.start + self.item.span_minutes


def _occurrences(items: Iterable[PlannedCold]) -> dict[BodySite, list[_Occurrence]]:
    by_site: dict[BodySite, list[_Occurrence]] = defaultdict(list)
    for item in items:
        for day in sorted(item.weekdays):
            start = day * MINUTES_PER_DAY + item.at.hour * 60 + item.at.minute
            by_site[item.site.rest_group].append(_Occurrence(item, day, start))
    for occurrences in by_site.values():
        occurrences.sort(key=lambda o: (o.start, o.item.key))
    return by_site


def _clock(minutes_of_week: int) -> tuple[str, str]:
    """A week minute as (weekday name, ``HH:MM``)."""
    minute = minutes_of_week % MINUTES_PER_WEEK
    day, in_day = divmod(minute, MINUTES_PER_DAY)
    return WEEKDAY_NAMES[day], f"{in_day // 60:02d}:{in_day % 60:02d}"


_REST_MESSAGE = QT_TRANSLATE_NOOP(
    "PlanCheck",
    "“{first}” and “{second}” leave only {gap} minutes between them on {weekday}. "
    "After a session there the spot needs {rest} minutes of rest. "
    "Start “{second}” at {earliest} or later, or move it to another day.",
)
_DAILY_MESSAGE = QT_TRANSLATE_NOOP(
    "PlanCheck",
    "{count} cold sessions on the same spot on {weekday}; at most {limit} a day are allowed. "
    "Remove some of them from that day.",
)
_OVER_MAXIMUM_MESSAGE = QT_TRANSLATE_NOOP(
    "PlanCheck",
    "“{item}” has {minutes} minutes of cold, but {maximum} minutes is the most allowed there "
    "for this person. Set it to {maximum} minutes or less.",
)
_BLOCKED_MESSAGE = QT_TRANSLATE_NOOP(
    "PlanCheck",
    "“{item}” can never be started for this person. Choose another spot or kind of cold.",
)
_INVALID_MESSAGE = QT_TRANSLATE_NOOP("PlanCheck", "“{item}” cannot be planned: {problem}.")


def _rest_violations(
    profile: SafetyProfile,
    by_site: Mapping[BodySite, Sequence[_Occurrence]],
    now: datetime,
    tz: tzinfo,
) -> list[PlanViolation]:
    found: dict[tuple[str, str], PlanViolation] = {}
    for occurrences in by_site.values():
        if len(occurrences) < 2:
            continue
        following = [*occurrences[1:], occurrences[0]]
        for current, nxt in zip(occurrences, following, strict=True):
            next_start = nxt.start if nxt.start > current.start else nxt.start + MINUTES_PER_WEEK
            rest = rest_minutes_after(profile, current.item.site, current.item.modality, now, tz)
            gap = next_start - current.end
            pair = (current.item.key, nxt.item.key)
            if gap >= rest or pair in found:
                continue
            weekday, _ = _clock(current.start)
            _, earliest = _clock(current.end + rest)
            found[pair] = PlanViolation(
                PlanRule.REST_INTERVAL,
                pair if pair[0] != pair[1] else pair[:1],
                _REST_MESSAGE,
                MappingProxyType(
                    {
                        "first": current.item.label,
                        "second": nxt.item.label,
                        "gap": max(gap, 0),
                        "weekday": weekday,
                        "rest": rest,
                        "earliest": earliest,
                        "site": current.item.site.rest_group.code,
                    }
                ),
            )
    return list(found.values())


def _daily_violations(by_site: Mapping[BodySite, Sequence[_Occurrence]]) -> list[PlanViolation]:
    violations: list[PlanViolation] = []
    for site, occurrences in by_site.items():
        per_day: dict[int, list[_Occurrence]] = defaultdict(list)
        for occurrence in occurrences:
            per_day[occurrence.weekday].append(occurrence)
        for day, todays in sorted(per_day.items()):
            if len(todays) <= SESSIONS_PER_DAY:
                continue
            keys = tuple(dict.fromkeys(o.item.key for o in todays))
            violations.append(
                PlanViolation(
                    PlanRule.DAILY_LIMIT,
                    keys,
                    _DAILY_MESSAGE,
                    MappingProxyType(
                        {
                            "count": len(todays),
                            "weekday": WEEKDAY_NAMES[day],
                            "limit": SESSIONS_PER_DAY,
                            "site": site.code,
                        }
                    ),
                )
            )
    return violations


def _item_violations(
    profile: SafetyProfile, item: PlannedCold, now: datetime, tz: tzinfo
) -> list[PlanViolation]:
    """What is wrong with one item on its own (no history, every checklist answer "yes")."""
    try:
        verdict = evaluate(profile, item.request(), SiteHistory(), now, tz)
    except BadInputError as problem:
        return [
            PlanViolation(
                PlanRule.INVALID,
                (item.key,),
                _INVALID_MESSAGE,
                MappingProxyType({"item": item.label, "problem": str(problem)}),
            )
        ]
    if not verdict.allowed:
        return [
            PlanViolation(
                PlanRule.BLOCKED,
                (item.key,),
                _BLOCKED_MESSAGE,
                MappingProxyType({"item": item.label}),
                verdict.blocks,
            )
        ]
    assert verdict.max_minutes is not None  # only whole-body cryotherapy has none; it blocks
    if item.cold_minutes > verdict.max_minutes:
        return [
            PlanViolation(
                PlanRule.OVER_MAXIMUM,
                (item.key,),
                _OVER_MAXIMUM_MESSAGE,
                MappingProxyType(
                    {
                        "item": item.label,
                        "minutes": item.cold_minutes,
                        "maximum": verdict.max_minutes,
                    }
                ),
                verdict.limit_reasons,
            )
        ]
    return []


def check_plan(
    profile: SafetyProfile, items: Sequence[PlannedCold], now: datetime, tz: tzinfo
) -> tuple[PlanViolation, ...]:
    """Every rule the weekly cold plan breaks; empty when the plan can be saved.

    A pending clinician review does not make a plan unsaveable (it blocks sessions, not
    plans), so the check reads the profile as if no review were pending.
    """
    steady = dataclasses.replace(profile, review_needed=False)
    violations: list[PlanViolation] = []
    for item in items:
        violations.extend(_item_violations(steady, item, now, tz))
    by_site = _occurrences(items)
    violations.extend(_rest_violations(steady, by_site, now, tz))
    violations.extend(_daily_violations(by_site))
    return tuple(violations)
