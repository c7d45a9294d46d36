"""The numbers behind the charts and the report (research/measures.md §1, §4).

Pain is the 0–10 numeric rating scale: 0 none, 1–3 mild, 4–6 moderate, 7–10 severe; lower is
better. A change after a session is clinically meaningful when pain drops by at least 2
points or at least 30 % (Farrar et al. 2001). PEG (pain, enjoyment, general activity; Krebs
et al. 2009) scores the mean of its three 0–10 items; about 1 point is a meaningful change.
The UI draws these numbers and the report prints them; neither computes its own.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from itertools import pairwise
from statistics import fmean

from coldcare.domain.exercises import ExerciseCompletion
from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.records import (
    MAX_NOTE_LENGTH,
    PainContext,
    PainRating,
    SessionRecord,
    check_text,
)
from coldcare.domain.vocabulary import BadInputError, BodySite, Modality

MEANINGFUL_DROP_POINTS = 2
MEANINGFUL_DROP_SHARE = 0.30
PEG_MEANINGFUL_POINTS = 1.0
SEVERE_FROM = 7
GAP_DAYS = 3
RISING_BY = 1.0

MCID_SOURCE = QT_TRANSLATE_NOOP(
    "PainStats",
    "A drop of 2 points or 30 % is a clinically meaningful change (Farrar et al., Pain 2001; "
    "Ostelo et al., Spine 2008).",
)
PEG_SOURCE = QT_TRANSLATE_NOOP(
    "PainStats",
    "PEG: average of pain, enjoyment of life and general activity, each 0 to 10 (Krebs et al., "
    "J Gen Intern Med 2009). About 1 point is a meaningful change (Reed et al., J Pain 2024).",
)


class PainBand(StrEnum):
    """The NRS bands."""

    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


# The bands as ranges on the chart's 0–10 axis (a mean of 3.4 is mild, 3.6 moderate).
BAND_LIMITS: tuple[tuple[PainBand, float, float], ...] = (
    (PainBand.NONE, 0, 0.5),
    (PainBand.MILD, 0.5, 3.5),
    (PainBand.MODERATE, 3.5, 6.5),
    (PainBand.SEVERE, 6.5, 10),
)


def pain_band(value: float) -> PainBand:
    """The band of a rating (or of a mean): 0 none, 1–3 mild, 4–6 moderate, 7–10 severe."""
    if not 0 <= value <= 10:
        raise BadInputError(f"a pain rating is 0 to 10, not {value:g}")
    rounded = math.floor(value + 0.5)
    if rounded == 0:
        return PainBand.NONE
    if rounded <= 3:
        return PainBand.MILD
    return PainBand.MODERATE if rounded <= 6 else PainBand.SEVERE


# ----------------------------------------------------------------------------- the trend

# The trend follows pain "now": daily check-ins and the rating before each session.
TREND_CONTEXTS = frozenset({PainContext.DAILY, PainContext.BEFORE})


@dataclass(frozen=True)
class DailyPoint:
    """The mean pain of one local day, and the mean of the 7 days up to it."""

    day: date
    mean: float
    count: int
    seven_day_mean: float


def daily_points(ratings: Iterable[PainRating], tz: tzinfo) -> list[DailyPoint]:
    """One point per day with ratings, oldest first (trend contexts only)."""
    by_day: dict[date, list[int]] = defaultdict(list)
    for rating in ratings:
        if rating.context in TREND_CONTEXTS:
            by_day[rating.rated_at.astimezone(tz).date()].append(rating.value)
    points = []
    window: deque[date] = deque()  # the days with ratings among the last 7, oldest first
    window_sum = window_count = 0
    for day in sorted(by_day):
        window.append(day)
        window_sum, window_count = window_sum + sum(by_day[day]), window_count + len(by_day[day])
        while window[0] < day - timedelta(days=6):
            gone = by_day[window.popleft()]
            window_sum, window_count = window_sum - sum(gone), window_count - len(gone)
        values = by_day[day]
        points.append(DailyPoint(day, fmean(values), len(values), window_sum / window_count))
    return points


# ----------------------------------------------------------------------------- sessions


@dataclass(frozen=True)
class SessionChange:
    """Pain before and after one session."""

    session: SessionRecord
    before: int
    after: int

    @property
    def drop(self) -> int:
        """How many points pain fell (negative when it rose)."""
        return self.before - self.after

    @property
    def meaningful(self) -> bool:
        """A drop of at least 2 points or at least 30 % of the pain before."""
        if self.drop <= 0:
            return False
        return (
            self.drop >= MEANINGFUL_DROP_POINTS or self.drop >= MEANINGFUL_DROP_SHARE * self.before
        )


def session_changes(
    sessions: Iterable[SessionRecord], ratings: Iterable[PainRating]
) -> list[SessionChange]:
    """Every session with both a before and an after rating, in the order given."""
    before: dict[int, int] = {}
    after: dict[int, int] = {}
    for rating in ratings:
        if rating.session_id is None:
            continue
        if rating.context is PainContext.BEFORE:
            before[rating.session_id] = rating.value
        elif rating.context is PainContext.AFTER:
            after[rating.session_id] = rating.value
    return [
        SessionChange(s, before[s.id], after[s.id])
        for s in sessions
        if s.id is not None and s.id in before and s.id in after
    ]


@dataclass(frozen=True)
class Effect:
    """How much one site and modality help this person."""

    site: BodySite
    modality: Modality
    sessions: int
    mean_drop: float
    meaningful_share: float


def effects(changes: Iterable[SessionChange]) -> list[Effect]:
    """Per site and modality: sessions, mean drop and share meaningful, most used first."""
    groups: dict[tuple[BodySite, Modality], list[SessionChange]] = defaultdict(list)
    for change in changes:
        groups[(change.session.site, change.session.modality)].append(change)
    found = [
        Effect(
            site,
            modality,
            len(items),
            fmean(c.drop for c in items),
            sum(c.meaningful for c in items) / len(items),
        )
        for (site, modality), items in groups.items()
    ]
    return sorted(found, key=lambda e: (-e.sessions, e.site.code, e.modality.value))


# ----------------------------------------------------------------------------- PEG


@dataclass(frozen=True)
class PegResponse:
    """The weekly PEG: pain, enjoyment of life, general activity over the past week, 0–10."""

    profile_id: int
    answered_at: datetime
    pain: int
    enjoyment: int
    activity: int
    id: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        for what, value in (
            ("pain", self.pain),
            ("enjoyment", self.enjoyment),
            ("activity", self.activity),
        ):
            if not 0 <= value <= 10:
                raise BadInputError(f"the PEG {what} answer must be a whole number from 0 to 10")
        check_text(self.note, "note", MAX_NOTE_LENGTH)

    @property
    def score(self) -> float:
        """The PEG score: the mean of the three answers."""
        return (self.pain + self.enjoyment + self.activity) / 3


# ----------------------------------------------------------------------------- summary


@dataclass(frozen=True)
class Baseline:
    """Pain at the start of a period against pain at its end (7-day means)."""

    first: float | None
    latest: float | None

    @property
    def change(self) -> float | None:
        """Latest minus first (negative is better)."""
        if self.first is None or self.latest is None:
            return None
        return self.latest - self.first


def baseline(points: Sequence[DailyPoint]) -> Baseline:
    """The mean of the first and of the last 7 days that have points."""
    if not points:
        return Baseline(None, None)
    start, end = points[0].day, points[-1].day
    first = [p.mean for p in points if p.day <= start + timedelta(days=6)]
    latest = [p.mean for p in points if p.day >= end - timedelta(days=6)]
    return Baseline(fmean(first), fmean(latest))


class AlertKind(StrEnum):
    """Things a physiotherapist should see first, the most serious first."""

    SEVERE_PAIN = "severe-pain"
    RISING = "rising"
    GAP = "gap"


ALERT_TEXT: dict[AlertKind, str] = {
    AlertKind.SEVERE_PAIN: QT_TRANSLATE_NOOP(
        "PainStats", "Pain of 7 or more on {count} days: {dates}"
    ),
    AlertKind.RISING: QT_TRANSLATE_NOOP(
        "PainStats", "Pain rising: the last 7-day mean is {rise:.1f} points above the first"
    ),
    AlertKind.GAP: QT_TRANSLATE_NOOP(
        "PainStats", "No pain entries for {days} days, from {start} to {end}"
    ),
}
SEVERE_ON_ONE_DAY = QT_TRANSLATE_NOOP("PainStats", "Pain of 7 or more on 1 day: {dates}")
# A longer list of days names the first few and the last few, with "…" between.
DAYS_LISTED = 6
DAYS_LISTED_FIRST = 2
DAYS_LISTED_LAST = 3


@dataclass(frozen=True)
class Alert:
    """One alert with the values its text needs (days as ``date``, lists of days as tuples)."""

    kind: AlertKind
    params: dict[str, object]

    @property
    def template(self) -> str:
        """The untranslated text to fill in (singular when the pain was on one day)."""
        if self.kind is AlertKind.SEVERE_PAIN and self.params["count"] == 1:
            return SEVERE_ON_ONE_DAY
        return ALERT_TEXT[self.kind]

    def filled(self, template: str, day: Callable[[date], str]) -> str:
        """``template`` (the translated :attr:`template`) filled in, each day written by
        ``day``."""
        params = {key: _written(value, day) for key, value in self.params.items()}
        return template.format(**params)

    @property
    def text(self) -> str:
        """The untranslated text, filled in, days as ISO dates."""
        return self.filled(self.template, date.isoformat)


def _written(value: object, day: Callable[[date], str]) -> object:
    if isinstance(value, date):
        return day(value)
    if isinstance(value, tuple):
        return day_list(value, day)
    return value


def day_list(days: Sequence[date], day: Callable[[date], str]) -> str:
    """The days written by ``day``, comma-separated; a long list keeps its first and last few
    around "…"."""
    if len(days) > DAYS_LISTED:
        shown = [*map(day, days[:DAYS_LISTED_FIRST]), "…", *map(day, days[-DAYS_LISTED_LAST:])]
    else:
        shown = [day(each) for each in days]
    return ", ".join(shown)


def exercise_ratings(completions: Iterable[ExerciseCompletion]) -> list[PainRating]:
    """The pain rated after each exercise done (stored with the completion), as ratings in
    the exercise context, in the order given."""
    return [
        PainRating(done.profile_id, done.completed_at, done.pain, PainContext.EXERCISE)
        for done in completions
        if done.pain is not None
    ]


def alerts(
    ratings: Sequence[PainRating],
    points: Sequence[DailyPoint],
    tz: tzinfo,
    through: date | None = None,
) -> list[Alert]:
    """Any rating of 7 or more (in any context), a rising trend, and gaps of 3 days or more
    without entries, in that order. ``through`` is the last day entries were due (the end of
    a report, or yesterday): days after the last entry up to it are a gap too."""
    found: list[Alert] = []
    severe_days = sorted(
        {r.rated_at.astimezone(tz).date() for r in ratings if r.value >= SEVERE_FROM}
    )
    if severe_days:
        found.append(
            Alert(AlertKind.SEVERE_PAIN, {"count": len(severe_days), "dates": tuple(severe_days)})
        )
    trend = baseline(points)
    if trend.change is not None and trend.change >= RISING_BY:
        found.append(Alert(AlertKind.RISING, {"rise": trend.change}))
    days = [point.day for point in points]
    if days and through is not None and through > days[-1]:
        days.append(through + timedelta(days=1))  # as if entered again the day after
    for earlier, later in pairwise(days):
        missing = (later - earlier).days - 1
        if missing >= GAP_DAYS:
            start, end = earlier + timedelta(days=1), later - timedelta(days=1)
            found.append(Alert(AlertKind.GAP, {"days": missing, "start": start, "end": end}))
    return found
