"""The weekly plan: items, their occurrences on real dates, their status, and adherence.

A plan item happens on chosen weekdays at a local wall time, between a start and an optional
end date. :func:`occurrences` turns items into dated occurrences, each exactly once even on
daylight-saving days (a time in the spring-forward gap moves to the first valid minute after
it; a time that happens twice on the fall-back day is used once). Sleep hours move a reminder
to the end of the sleep window; the occurrence keeps its planned time. What happened to an
occurrence (done, skipped with a reason, missed) is decided here from stored facts.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.localtime import local_date, resolve_local
from coldcare.domain.records import MAX_NAME_LENGTH, MAX_NOTE_LENGTH, check_text
from coldcare.domain.safety import IntermittentProtocol
from coldcare.domain.safety_plan import DAYS_PER_WEEK, PlannedCold
from coldcare.domain.vocabulary import BadInputError, Barrier, BodySite, Modality

# An occurrence counts as "due" for this long after its time, then as missed.
DUE_WINDOW = timedelta(minutes=60)
# A reminder this late (the app was closed or the computer slept) is not sounded: it is shown
# once as missed instead, so nothing fires in a burst after a long absence.
LATE_GRACE = timedelta(minutes=15)
HEADS_UP = timedelta(minutes=10)
SNOOZE_CHOICES = (5, 10, 15)
MAX_SNOOZES = 3


class ItemKind(StrEnum):
    """What a plan item is."""

    COLD = "cold"
    EXERCISE = "exercise"


@dataclass(frozen=True)
class PlanItem:
    """One item of a profile's weekly plan.

    Cold items carry the site, modality, barrier, minutes (and water temperature or an
    intermittent protocol); exercise items carry the exercise they play. ``position`` orders
    items planned at the same time ("after the knee exercises, ice the left knee").
    """

    profile_id: int
    kind: ItemKind
    label: str
    weekdays: frozenset[int]
    at: time
    start_date: date
    id: int | None = None
    end_date: date | None = None
    position: int = 0
    heads_up: bool = False
    site: BodySite | None = None
    modality: Modality | None = None
    barrier: Barrier = Barrier.NONE
    minutes: int = 0
    water_temp_c: float | None = None
    protocol: IntermittentProtocol | None = None
    exercise_id: int | None = None
    archived: bool = False

    def __post_init__(self) -> None:
        if not self.label.strip():
            raise BadInputError("a plan item needs a name")
        check_text(self.label, "plan item's name", MAX_NAME_LENGTH)
        if not self.weekdays or not self.weekdays <= set(range(DAYS_PER_WEEK)):
            raise BadInputError(f"“{self.label}” needs at least one weekday, Monday to Sunday")
        if self.end_date is not None and self.end_date < self.start_date:
            raise BadInputError(f"“{self.label}” ends before it starts")
        if self.kind is ItemKind.COLD and (self.site is None or self.modality is None):
            raise BadInputError(f"“{self.label}” needs a place and a kind of cold")
        if self.kind is ItemKind.COLD and self.protocol is None and self.minutes < 1:
            raise BadInputError(f"“{self.label}” needs at least 1 minute of cold")
        if self.kind is ItemKind.EXERCISE and self.exercise_id is None:
            raise BadInputError(f"“{self.label}” needs an exercise")

    def active_on(self, day: date) -> bool:
        """Whether the item happens on ``day`` (weekday and date range)."""
        in_range = self.start_date <= day and (self.end_date is None or day <= self.end_date)
        return not self.archived and in_range and day.weekday() in self.weekdays

    def planned_cold(self) -> PlannedCold:
        """The cold item as the plan check sees it."""
        if self.site is None or self.modality is None:
            raise BadInputError(f"“{self.label}” is not a cold item")
        return PlannedCold(
            key=str(self.id if self.id is not None else id(self)),
            label=self.label,
            site=self.site,
            modality=self.modality,
            minutes=self.minutes,
            weekdays=self.weekdays,
            at=self.at,
            barrier=self.barrier,
            water_temp_c=self.water_temp_c,
            protocol=self.protocol,
        )


def cold_items(items: Iterable[PlanItem]) -> list[PlannedCold]:
    """The active cold items, for the plan check."""
    return [i.planned_cold() for i in items if i.kind is ItemKind.COLD and not i.archived]


# ----------------------------------------------------------------------------- occurrences


@dataclass(frozen=True, order=True)
class Occurrence:
    """An item on one date: when it is planned (UTC) and when to remind (after sleep hours)."""

    due_at: datetime
    position: int
    item_id: int
    day: date
    remind_at: datetime

    @property
    def key(self) -> tuple[int, date]:
        """Stable identity: the item and its local date."""
        return (self.item_id, self.day)


@dataclass(frozen=True)
class SleepHours:
    """No reminders from ``start`` to ``end`` (local; the window may cross midnight)."""

    start: time
    end: time

    def contains(self, moment: time) -> bool:
        """Whether a local time lies inside the window (its end is outside)."""
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def end_after(self, day: date, moment: time, tz: tzinfo) -> datetime:
        """The end of the sleep window that ``moment`` on ``day`` falls in (UTC)."""
        end_day = day + timedelta(days=1) if self.start > self.end and moment >= self.start else day
        return resolve_local(end_day, self.end, tz)


def occurrences(
    items: Iterable[PlanItem],
    start: datetime,
    end: datetime,
    tz: tzinfo,
    sleep: SleepHours | None = None,
) -> list[Occurrence]:
    """Every occurrence planned in ``[start, end)``, in time and plan order."""
    found: list[Occurrence] = []
    first, last = local_date(start, tz) - timedelta(days=1), local_date(end, tz) + timedelta(days=1)
    items = [i for i in items if i.id is not None]
    day = first
    while day <= last:
        for item in items:
            if not item.active_on(day):
                continue
            due = resolve_local(day, item.at, tz)
            if not start <= due < end:
                continue
            assert item.id is not None
            remind = due
            if sleep is not None and sleep.contains(due.astimezone(tz).time()):
                remind = sleep.end_after(day, due.astimezone(tz).time(), tz)
            found.append(Occurrence(due, item.position, item.id, day, remind))
        day += timedelta(days=1)
    return sorted(found)


def day_bounds(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The UTC instants of local midnight at the start and end of ``day``."""
    return resolve_local(day, time(0), tz), resolve_local(day + timedelta(days=1), time(0), tz)


# ----------------------------------------------------------------------------- status


class Status(StrEnum):
    """What became of an occurrence (shown on Today in words and with an icon)."""

    UPCOMING = "upcoming"
    DUE = "due"
    DONE = "done"
    SKIPPED = "skipped"
    MISSED = "missed"


STATUS_NAMES: dict[Status, str] = {
    Status.UPCOMING: QT_TRANSLATE_NOOP("PlanStatus", "Upcoming"),
    Status.DUE: QT_TRANSLATE_NOOP("PlanStatus", "Due now"),
    Status.DONE: QT_TRANSLATE_NOOP("PlanStatus", "Done"),
    Status.SKIPPED: QT_TRANSLATE_NOOP("PlanStatus", "Skipped"),
    Status.MISSED: QT_TRANSLATE_NOOP("PlanStatus", "Missed"),
}


class SkipReason(StrEnum):
    """Why a planned item was skipped (or "other" with a note)."""

    TOO_MUCH_PAIN = "too-much-pain"
    SKIN_NOT_READY = "skin-not-ready"
    NOT_AT_HOME = "not-at-home"
    FEELING_UNWELL = "feeling-unwell"
    ADVISED_BY_CLINICIAN = "advised-by-clinician"
    OTHER = "other"
    STOPPED_FOR_SIGN = "stopped-for-sign"  # set by a session stopped for a warning sign


SKIP_REASON_NAMES: dict[SkipReason, str] = {
    SkipReason.TOO_MUCH_PAIN: QT_TRANSLATE_NOOP("SkipReason", "Too much pain today"),
    SkipReason.SKIN_NOT_READY: QT_TRANSLATE_NOOP("SkipReason", "The skin is not ready"),
    SkipReason.NOT_AT_HOME: QT_TRANSLATE_NOOP("SkipReason", "Not at home"),
    SkipReason.FEELING_UNWELL: QT_TRANSLATE_NOOP("SkipReason", "Feeling unwell"),
    SkipReason.ADVISED_BY_CLINICIAN: QT_TRANSLATE_NOOP(
        "SkipReason", "My doctor or physiotherapist said so"
    ),
    SkipReason.OTHER: QT_TRANSLATE_NOOP("SkipReason", "Another reason"),
    SkipReason.STOPPED_FOR_SIGN: QT_TRANSLATE_NOOP("SkipReason", "Stopped for a warning sign"),
}
# The reasons a person chooses from. A session stopped for a warning sign is never counted as
# done (safety-rules.md §5): its occurrence is recorded as skipped for that reason instead.
CHOOSABLE_SKIP_REASONS = tuple(r for r in SkipReason if r is not SkipReason.STOPPED_FOR_SIGN)


@dataclass(frozen=True, slots=True)
class OccurrenceLog:
    """What the person did about one occurrence (stored; absent until something happens).

    ``done_at`` is set when a session or exercise started from it finished; ``skipped`` with
    a reason when skipped; ``snoozes`` counts snoozes, the last one until ``snoozed_until``;
    ``notified_at`` when its reminder was shown; ``missed_shown`` once the app has told the
    person it was missed.
    """

    profile_id: int
    item_id: int
    day: date
    id: int | None = None
    done_at: datetime | None = None
    skip_reason: SkipReason | None = None
    skip_note: str = ""
    snoozes: int = 0
    snoozed_until: datetime | None = None
    notified_at: datetime | None = None
    missed_shown: bool = False

    def __post_init__(self) -> None:
        check_text(self.skip_note, "note", MAX_NOTE_LENGTH)
        if not 0 <= self.snoozes <= MAX_SNOOZES:
            raise BadInputError(f"a reminder can be snoozed at most {MAX_SNOOZES} times")

    @property
    def key(self) -> tuple[int, date]:
        """The occurrence it belongs to."""
        return (self.item_id, self.day)


def status(occurrence: Occurrence, log: OccurrenceLog | None, now: datetime) -> Status:
    """The status of an occurrence at ``now``."""
    if log is not None and log.done_at is not None:
        return Status.DONE
    if log is not None and log.skip_reason is not None:
        return Status.SKIPPED
    if now < occurrence.due_at:
        return Status.UPCOMING
    if now < due_until(occurrence, log):
        return Status.DUE
    return Status.MISSED


def due_until(occurrence: Occurrence, log: OccurrenceLog | None) -> datetime:
    """When an occurrence not done or skipped turns missed: an hour after its reminder, or
    after the end of its last snooze if that is later."""
    last = occurrence.remind_at
    if log is not None and log.snoozed_until is not None:
        last = max(last, log.snoozed_until)
    return last + DUE_WINDOW


def next_reminder(occurrence: Occurrence, log: OccurrenceLog | None) -> datetime | None:
    """When this occurrence should remind next (``None`` once done, skipped or notified)."""
    if log is not None and (log.done_at or log.skip_reason):
        return None
    if log is not None and log.snoozed_until is not None:
        return log.snoozed_until
    if log is not None and log.notified_at is not None:
        return None
    return occurrence.remind_at


def snoozed(log: OccurrenceLog, minutes: int, now: datetime) -> OccurrenceLog:
    """The log after one more snooze; at most three, for 5, 10 or 15 minutes."""
    if minutes not in SNOOZE_CHOICES:
        raise BadInputError("a reminder can be snoozed for 5, 10 or 15 minutes")
    if log.snoozes >= MAX_SNOOZES:
        raise BadInputError(f"a reminder can be snoozed at most {MAX_SNOOZES} times")
    later = now + timedelta(minutes=minutes)
    return dataclasses.replace(log, snoozes=log.snoozes + 1, snoozed_until=later)


@dataclass(frozen=True)
class Catchup:
    """After the app was closed or the computer slept: what to sound now, what was missed."""

    remind_now: tuple[Occurrence, ...]
    missed: tuple[Occurrence, ...]


def catch_up(
    planned: Sequence[Occurrence], logs: Mapping[tuple[int, date], OccurrenceLog], now: datetime
) -> Catchup:
    """Reminders whose time passed unseen: the latest few minutes' are sounded once, older
    ones are reported once as missed (never fired in a burst)."""
    remind: list[tuple[datetime, Occurrence]] = []
    missed = []
    for occurrence in planned:
        log = logs.get(occurrence.key)
        when = next_reminder(occurrence, log)
        if when is None or when > now:
            continue
        if now - when <= LATE_GRACE:
            remind.append((when, occurrence))
        elif status(occurrence, log, now) is Status.MISSED and not (log and log.missed_shown):
            missed.append(occurrence)
    # The one whose reminder came last (a snoozed one may be planned earlier than another).
    latest = max(remind, key=lambda found: found[0], default=None)
    return Catchup(() if latest is None else (latest[1],), tuple(missed))


# ----------------------------------------------------------------------------- adherence


@dataclass(frozen=True)
class Adherence:
    """Completed ÷ scheduled, with skipped (with a reason) apart from missed."""

    scheduled: int
    done: int
    skipped: int
    missed: int

    @property
    def rate(self) -> float | None:
        """Completed ÷ scheduled (``None`` with nothing scheduled)."""
        return self.done / self.scheduled if self.scheduled else None


def adherence(
    planned: Iterable[Occurrence],
    logs: Mapping[tuple[int, date], OccurrenceLog],
    now: datetime,
) -> Adherence:
    """Adherence over occurrences that are no longer upcoming or due."""
    counts: dict[Status, int] = defaultdict(int)
    for occurrence in planned:
        counted = status(occurrence, logs.get(occurrence.key), now)
        if counted not in (Status.UPCOMING, Status.DUE):
            counts[counted] += 1
    scheduled = counts[Status.DONE] + counts[Status.SKIPPED] + counts[Status.MISSED]
    return Adherence(scheduled, counts[Status.DONE], counts[Status.SKIPPED], counts[Status.MISSED])


def weekly_adherence(
    planned: Iterable[Occurrence],
    logs: Mapping[tuple[int, date], OccurrenceLog],
    now: datetime,
) -> dict[date, Adherence]:
    """Adherence per week, keyed by the Monday the week starts on."""
    weeks: dict[date, list[Occurrence]] = defaultdict(list)
    for occurrence in planned:
        weeks[occurrence.day - timedelta(days=occurrence.day.weekday())].append(occurrence)
    return {monday: adherence(found, logs, now) for monday, found in sorted(weeks.items())}


def item_adherence(
    planned: Iterable[Occurrence],
    logs: Mapping[tuple[int, date], OccurrenceLog],
    now: datetime,
) -> dict[int, Adherence]:
    """Adherence per plan item."""
    items: dict[int, list[Occurrence]] = defaultdict(list)
    for occurrence in planned:
        items[occurrence.item_id].append(occurrence)
    return {item: adherence(found, logs, now) for item, found in sorted(items.items())}
