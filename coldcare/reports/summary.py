"""What a period says about a person: the numbers History shows and the PDF report prints.

:func:`summarize` turns one :class:`~coldcare.reports.dataset.ReportData` into a
:class:`Summary` with the domain's own statistics (:mod:`coldcare.domain.pain_stats`,
:mod:`coldcare.domain.plan`): the screen and the paper never compute their own numbers, so
they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from types import MappingProxyType

from coldcare.domain.localtime import local_date
from coldcare.domain.pain_stats import (
    Alert,
    Baseline,
    DailyPoint,
    Effect,
    SessionChange,
    alerts,
    baseline,
    daily_points,
    effects,
    exercise_ratings,
    session_changes,
)
from coldcare.domain.plan import (
    Adherence,
    ItemKind,
    Occurrence,
    PlanItem,
    adherence,
    occurrences,
    weekly_adherence,
)
from coldcare.domain.records import PainRating
from coldcare.reports.dataset import ReportData


@dataclass(frozen=True)
class Summary:
    """The period at a glance, oldest first everywhere.

    ``ratings`` are the period's pain ratings with the pain rated after each exercise (stored
    with the exercise done) among them. ``weekly`` is keyed by the Monday each week starts on;
    ``by_kind`` splits the adherence of the whole period into cold items and exercises.
    """

    data: ReportData
    ratings: tuple[PainRating, ...]
    points: tuple[DailyPoint, ...]
    baseline: Baseline
    changes: tuple[SessionChange, ...]
    effects: tuple[Effect, ...]
    overall: Adherence
    by_kind: Mapping[ItemKind, Adherence]
    weekly: Mapping[date, Adherence]
    alerts: tuple[Alert, ...]


def summarize(data: ReportData, now: datetime) -> Summary:
    """The numbers of ``data``; adherence counts what was planned before ``now``."""
    tz = data.period.tz
    ratings = all_ratings(data)
    points = daily_points(ratings, tz)
    changes = session_changes(data.sessions, data.ratings)
    planned = planned_occurrences(data, now)
    kinds = {item.id: item.kind for item in data.plan}
    return Summary(
        data=data,
        ratings=ratings,
        points=tuple(points),
        baseline=baseline(points),
        changes=tuple(changes),
        effects=tuple(effects(changes)),
        overall=adherence(planned, data.logs, now),
        by_kind=MappingProxyType(
            {
                kind: adherence([o for o in planned if kinds[o.item_id] is kind], data.logs, now)
                for kind in ItemKind
            }
        ),
        weekly=MappingProxyType(weekly_adherence(planned, data.logs, now)),
        alerts=tuple(alerts(ratings, points, tz, _entries_due_through(data, now))),
    )


def all_ratings(data: ReportData) -> tuple[PainRating, ...]:
    """The pain ratings and the pain rated after each exercise, oldest first."""
    found = [*data.ratings, *exercise_ratings(data.completions)]
    return tuple(sorted(found, key=lambda rating: rating.rated_at))


def _entries_due_through(data: ReportData, now: datetime) -> date:
    """The period's last day, or yesterday if it ends later (today is not over yet)."""
    yesterday = local_date(now, data.period.tz) - timedelta(days=1)
    return min(data.period.last, yesterday)


def planned_occurrences(data: ReportData, now: datetime) -> list[Occurrence]:
    """Every occurrence planned in the period up to ``now``.

    An archived item counts up to the last day it has a log for: when it left the plan is not
    stored, and days after that were never asked of the person.
    """
    period = data.period
    end = min(period.end, now)
    if end <= period.start:
        return []
    found = occurrences(data.active_plan, period.start, end, period.tz)
    for item in data.plan:
        if item.archived and item.id is not None:
            found += _archived_occurrences(item, data, end)
    return sorted(found)


def _archived_occurrences(item: PlanItem, data: ReportData, end: datetime) -> list[Occurrence]:
    logged = [day for item_id, day in data.logs if item_id == item.id]
    if not logged:
        return []
    last = min(max(logged), item.end_date or max(logged))
    revived = replace(item, archived=False, end_date=last)
    return occurrences([revived], data.period.start, end, data.period.tz)
