"""The weekly plan as an iCalendar file (RFC 5545) for the person's own calendar program.

One ``VEVENT`` per active plan item: ``DTSTART`` at the item's wall time with the person's
``TZID`` (and a ``VTIMEZONE`` for it, so "08:00 every Monday" stays 08:00 across daylight-saving
changes), a weekly ``RRULE`` on the item's weekdays ``UNTIL`` the end of its last date (UTC, as
RFC 5545 requires with a zoned start), ``DURATION`` (the cold minutes, or the exercise's
estimated time), the name as ``SUMMARY`` and what, where and how long as ``DESCRIPTION``.

A ``VALARM`` (``DISPLAY``) rings 10 minutes before when the item asks for a heads-up, else at
the start. It comes after the event's own properties (one calendar program fails otherwise).
Many calendar programs drop alarms on import, so ColdCare's own reminders stay the real ones.

UIDs come from the item ids and ``DTSTAMP`` from ``exported_at``: the same plan exported twice
gives the same file, and importing it again updates the events instead of doubling them.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event, Timezone

from coldcare import APP_NAME, __version__
from coldcare.domain.exercise_player import planned_duration
from coldcare.domain.exercises import CHECK_WITH_PHYSIOTHERAPIST, Exercise
from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.plan import HEADS_UP, ItemKind, PlanItem, day_bounds
from coldcare.domain.safety_plan import DAYS_PER_WEEK
from coldcare.domain.vocabulary import BARRIER_NAMES, BODY_SITE_NAMES, MODALITY_NAMES, Barrier
from coldcare.reports.dataset import ReportData, Translate
from coldcare.reports.files import write_atomically

PRODID = f"-//{APP_NAME}//{APP_NAME} {__version__}//EN"
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# The zone description covers the plan from its first event to at least this far ahead.
ZONE_YEARS_AHEAD = 5
# A zone without a name (read from a file) still needs a TZID.
UNNAMED_ZONE = "ColdCare local time"

_COLD_TEXT = QT_TRANSLATE_NOOP("Report", "Where: {site}\nWhat: {modality}\nHow long: {minutes}")
_MINUTES_TEXT = QT_TRANSLATE_NOOP("Report", "{minutes} minutes")
_PROTOCOL_TEXT = QT_TRANSLATE_NOOP(
    "Report", "{first} minutes on, {off} minutes off, then {second} minutes on"
)
_BARRIER_TEXT = QT_TRANSLATE_NOOP("Report", "Between the cold and the skin: {barrier}")
_START_IN_APP = QT_TRANSLATE_NOOP(
    "Report", "Start it in ColdCare: it times the cold and asks about your skin."
)
_EXERCISE_TEXT = QT_TRANSLATE_NOOP(
    "Report",
    "What: {name}\nHow much: {sets} sets of {reps} repetitions\nHow long: about {minutes} minutes",
)


def calendar(
    data: ReportData, exported_at: datetime, *, translate: Translate = QT_TRANSLATE_NOOP
) -> Calendar:
    """The active plan as an iCalendar ``VCALENDAR``."""
    tz = data.period.tz
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    planned = [(item, first) for item in data.active_plan if (first := first_day(item))]
    starts = [first for _item, first in planned]
    ends = [item.end_date for item, _first in planned if item.end_date is not None]
    ahead = exported_at.date() + timedelta(days=366 * ZONE_YEARS_AHEAD)
    cal.add_component(
        Timezone.from_tzinfo(
            tz,
            tzid=tz.key or UNNAMED_ZONE,
            first_date=min(starts, default=exported_at.date()),
            last_date=max([*ends, ahead]),
        )
    )
    for item, first in planned:
        cal.add_component(_event(item, first, data, exported_at, translate))
    return cal


def ics_bytes(
    data: ReportData, exported_at: datetime, *, translate: Translate = QT_TRANSLATE_NOOP
) -> bytes:
    """The calendar file's bytes (CRLF line ends, folded at 75 octets)."""
    return bytes(calendar(data, exported_at, translate=translate).to_ical())


def write_ics(
    path: Path, data: ReportData, exported_at: datetime, *, translate: Translate = QT_TRANSLATE_NOOP
) -> None:
    """Save the calendar to ``path`` atomically (``ExportWriteError`` when it cannot be saved)."""
    write_atomically(path, ics_bytes(data, exported_at, translate=translate))


def first_day(item: PlanItem) -> date | None:
    """The item's first date (``None`` when it ends before any of its weekdays comes)."""
    start = item.start_date
    day = start + timedelta(
        days=min((weekday - start.weekday()) % DAYS_PER_WEEK for weekday in item.weekdays)
    )
    return None if item.end_date is not None and day > item.end_date else day


def exercise_minutes(exercise: Exercise) -> int:
    """About how long the exercise player takes for ``exercise``, in whole minutes."""
    return max(1, math.ceil(planned_duration(exercise) / timedelta(minutes=1)))


def _event(
    item: PlanItem, first: date, data: ReportData, exported_at: datetime, tr: Translate
) -> Event:
    tz = data.period.tz
    event = Event()
    event.add("uid", str(data.record_uuid("plan-item", item.id)))
    event.add("dtstamp", exported_at)
    event.add("dtstart", datetime.combine(first, item.at, tzinfo=tz))
    rule: dict[str, object] = {"freq": "weekly", "byday": [BYDAY[d] for d in sorted(item.weekdays)]}
    if item.end_date is not None:
        rule["until"] = day_bounds(item.end_date, tz)[1] - timedelta(seconds=1)
    event.add("rrule", rule)
    description, minutes = _what(item, data, tr)
    if minutes is not None:
        event.add("duration", timedelta(minutes=minutes))
    event.add("summary", item.label)
    event.add("description", description)
    event.add_component(_alarm(item))
    return event


def _what(item: PlanItem, data: ReportData, tr: Translate) -> tuple[str, int | None]:
    """The event's description and its length in minutes (``None`` when unknown)."""
    if item.kind is ItemKind.EXERCISE:
        exercise = data.exercises.get(item.exercise_id or -1)
        if exercise is None:
            return tr("Exercise", CHECK_WITH_PHYSIOTHERAPIST), None
        minutes = exercise_minutes(exercise)
        text = tr("Report", _EXERCISE_TEXT).format(
            name=exercise.name, sets=exercise.sets, reps=exercise.reps, minutes=minutes
        )
        return f"{text}\n\n{tr('Exercise', CHECK_WITH_PHYSIOTHERAPIST)}", minutes
    return _cold_text(item, tr)


def _cold_text(item: PlanItem, tr: Translate) -> tuple[str, int]:
    cold = item.planned_cold()
    protocol = cold.protocol
    if protocol is None:
        minutes = cold.minutes
        how_long = tr("Report", _MINUTES_TEXT).format(minutes=minutes)
    else:
        minutes = protocol.total_minutes
        how_long = tr("Report", _PROTOCOL_TEXT).format(
            first=protocol.first_on_minutes,
            off=protocol.off_minutes,
            second=protocol.second_on_minutes,
        )
    lines = [
        tr("Report", _COLD_TEXT).format(
            site=tr("BodySite", BODY_SITE_NAMES[cold.site.code]),
            modality=tr("Modality", MODALITY_NAMES[cold.modality]),
            minutes=how_long,
        )
    ]
    if cold.barrier is not Barrier.NONE:
        barrier = tr("Barrier", BARRIER_NAMES[cold.barrier])
        lines.append(tr("Report", _BARRIER_TEXT).format(barrier=barrier))
    lines.append(tr("Report", _START_IN_APP))
    return "\n".join(lines), minutes


def _alarm(item: PlanItem) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", item.label)
    alarm.add("trigger", -HEADS_UP if item.heads_up else timedelta(0))
    return alarm
