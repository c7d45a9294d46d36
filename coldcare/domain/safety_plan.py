"""The plan check: a weekly list of cold items against the rules of safety-rules.md §2–§4.

A plan that breaks a rule cannot be saved. Each :class:`PlanViolation` names the items
involved, the rule, and what would work. Items are local wall-clock times on a Monday-based
week that wraps around (a late Sunday item is checked against an early Monday one). Rests are
measured in real time over the coming year, so a daylight-saving change that shortens a night
by an hour is taken into account.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from types import MappingProxyType

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.localtime import local_date, resolve_local
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
DAYS_PER_WEEK = 7
WEEKS_CHECKED = 53

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

    def __post_init__(self) -> None:
        if not self.weekdays or not self.weekdays <= set(range(DAYS_PER_WEEK)):
            raise BadInputError(f"“{self.label}” needs at least one weekday, Monday to Sunday")
        if self.protocol is None and self.minutes < 1:
            raise BadInputError(f"“{self.label}” needs at least 1 minute of cold")

    @property
    def cold_minutes(self) -> int:
        """Minutes of cold on the skin."""
        return self.protocol.total_on_minutes if self.protocol else self.minutes

    @property
    def span_minutes(self) -> int:
        """Minutes from the first cold minute to the removal of the cold."""
        return self.protocol.total_minutes if self.protocol else self.minutes

    def request(self, *, with_protocol: bool = True) -> ColdRequest:
        """The session this item starts."""
        protocol = self.protocol if with_protocol else None
        return ColdRequest(self.site, self.modality, self.barrier, self.water_temp_c, protocol)


@dataclass(frozen=True)
class PlanViolation:
    """One broken rule. ``message`` is marked for translation (context ``PlanCheck``).

    ``params`` fill its placeholders: labels as entered, ``site`` as a body-site display name
    (context ``BodySite``; ``site_code`` has its code), weekdays as names (context
    ``Weekday``), times as ``HH:MM``, counts as numbers.
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

    @property
    def week_minute(self) -> int:
        return self.weekday * MINUTES_PER_DAY + self.item.at.hour * 60 + self.item.at.minute


def _occurrences(items: Iterable[PlannedCold]) -> dict[BodySite, list[_Occurrence]]:
    by_site: dict[BodySite, list[_Occurrence]] = defaultdict(list)
    for item in items:
        for day in sorted(item.weekdays):
            by_site[item.site.rest_group].append(_Occurrence(item, day))
    for occurrences in by_site.values():
        occurrences.sort(key=lambda o: (o.week_minute, o.item.key))
    return by_site


def _hhmm(minute_of_day: int) -> str:
    minute = minute_of_day % MINUTES_PER_DAY
    return f"{minute // 60:02d}:{minute % 60:02d}"


_REST_MESSAGE = QT_TRANSLATE_NOOP(
    "PlanCheck",
    "“{first}” ({first_day} {first_time}) and “{second}” ({second_day} {second_time}) leave "
    "only {gap} minutes between them on the {site}. After a session there it needs {rest} "
    "minutes of rest, so “{second}” can start at {earliest} ({earliest_day}) at the earliest.",
)
_OVERLAP_MESSAGE = QT_TRANSLATE_NOOP(
    "PlanCheck",
    "“{first}” ({first_day} {first_time}) and “{second}” ({second_day} {second_time}) overlap "
    "on the {site}. After a session there it needs {rest} minutes of rest, so “{second}” can "
    "start at {earliest} ({earliest_day}) at the earliest.",
)
_DAILY_MESSAGE = QT_TRANSLATE_NOOP(
    "PlanCheck",
    "{count} cold sessions on the {site} on {weekday}, but at most {limit} a day are allowed. "
    "Remove {excess} of them from {weekday}.",
)
_OVER_MAXIMUM_MESSAGE = QT_TRANSLATE_NOOP(
    "PlanCheck",
    "“{item}” has {minutes} minutes of cold, but {maximum} minutes is the most allowed there "
    "for this person. Set it to {maximum} minutes or less.",
)
_BLOCKED_MESSAGE = QT_TRANSLATE_NOOP(
    "PlanCheck",
    "“{item}” could not start as planned. The reasons, and what to change, are listed with it.",
)
_INVALID_MESSAGE = QT_TRANSLATE_NOOP("PlanCheck", "“{item}” cannot be planned: {problem}.")


def _shortest_gap(
    current: _Occurrence, nxt: _Occurrence, day_offset: int, today: date, tz: tzinfo
) -> int:
    """The fewest real minutes between the end of ``current`` and the start of ``nxt`` over
    the coming year (``nxt`` falls ``day_offset`` days after ``current``)."""
    first = today + timedelta(days=(current.weekday - today.weekday()) % DAYS_PER_WEEK)
    gaps = []
    for week in range(WEEKS_CHECKED):
        day = first + timedelta(weeks=week)
        end = resolve_local(day, current.item.at, tz) + timedelta(minutes=current.item.span_minutes)
        start = resolve_local(day + timedelta(days=day_offset), nxt.item.at, tz)
        gaps.append((start - end) // timedelta(minutes=1))
    return min(gaps)


def _rest_violation(
    current: _Occurrence, nxt: _Occurrence, day_offset: int, gap: int, rest: int
) -> PlanViolation:
    end_minute = current.week_minute + current.item.span_minutes + rest
    earliest_day = (end_minute // MINUTES_PER_DAY) % DAYS_PER_WEEK
    keys = (current.item.key, nxt.item.key)
    return PlanViolation(
        PlanRule.REST_INTERVAL,
        keys if keys[0] != keys[1] else keys[:1],
        _REST_MESSAGE if gap > 0 else _OVERLAP_MESSAGE,
        MappingProxyType(
            {
                "first": current.item.label,
                "first_day": WEEKDAY_NAMES[current.weekday],
                "first_time": _hhmm(current.week_minute),
                "second": nxt.item.label,
                "second_day": WEEKDAY_NAMES[(current.weekday + day_offset) % DAYS_PER_WEEK],
                "second_time": _hhmm(nxt.week_minute),
                "gap": max(gap, 0),
                "site": current.item.site.rest_group.display_name,
                "site_code": current.item.site.rest_group.code,
                "rest": rest,
                "earliest": _hhmm(end_minute),
                "earliest_day": WEEKDAY_NAMES[earliest_day],
            }
        ),
    )


def _rest_violations(
    profile: SafetyProfile,
    by_site: Mapping[BodySite, Sequence[_Occurrence]],
    now: datetime,
    tz: tzinfo,
) -> list[PlanViolation]:
    found: dict[tuple[str, str], PlanViolation] = {}
    today = local_date(now, tz)
    for occurrences in by_site.values():
        count = len(occurrences)
        if count < 2:
            continue
        for index, current in enumerate(occurrences):
            nxt = occurrences[(index + 1) % count]
            wraps = index == count - 1
            day_offset = nxt.weekday - current.weekday + (DAYS_PER_WEEK if wraps else 0)
            pair = (current.item.key, nxt.item.key)
            if pair in found:
                continue
            rest = rest_minutes_after(profile, current.item.site, current.item.modality, now, tz)
            gap = _shortest_gap(current, nxt, day_offset, today, tz)
            if gap < rest:
                found[pair] = _rest_violation(current, nxt, day_offset, gap, rest)
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
            violations.append(
                PlanViolation(
                    PlanRule.DAILY_LIMIT,
                    tuple(dict.fromkeys(o.item.key for o in todays)),
                    _DAILY_MESSAGE,
                    MappingProxyType(
                        {
                            "count": len(todays),
                            "weekday": WEEKDAY_NAMES[day],
                            "limit": SESSIONS_PER_DAY,
                            "excess": len(todays) - SESSIONS_PER_DAY,
                            "site": site.display_name,
                            "site_code": site.code,
                        }
                    ),
                )
            )
    return violations


def _invalid(item: PlannedCold, problem: str) -> PlanViolation:
    return PlanViolation(
        PlanRule.INVALID,
        (item.key,),
        _INVALID_MESSAGE,
        MappingProxyType({"item": item.label, "problem": problem}),
    )


def _item_violations(
    profile: SafetyProfile, item: PlannedCold, now: datetime, tz: tzinfo
) -> list[PlanViolation]:
    """What is wrong with one item on its own (no history, every checklist answer "yes")."""
    try:
        verdict = evaluate(profile, item.request(with_protocol=False), SiteHistory(), now, tz)
    except BadInputError as problem:
        return [_invalid(item, str(problem))]
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
    protocol_problem = item.protocol.problem(verdict.max_minutes) if item.protocol else None
    if protocol_problem is not None:
        return [_invalid(item, protocol_problem)]
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
