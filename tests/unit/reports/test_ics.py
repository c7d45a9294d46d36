"""The plan as iCalendar, parsed back with icalendar and expanded across a DST change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from dateutil.rrule import rrulestr
from icalendar import Calendar, Event

from coldcare.domain.plan import occurrences
from coldcare.domain.safety import IntermittentProtocol
from coldcare.reports.ics import PRODID, exercise_minutes, ics_bytes, write_ics
from tests.unit.reports.samples import (
    BERLIN,
    COLD_ITEM,
    EXERCISE,
    EXERCISE_ITEM,
    EXPORTED_AT,
    sample_data,
)


def parsed(raw: bytes | None = None) -> Calendar:
    return Calendar.from_ical(raw if raw is not None else ics_bytes(sample_data(), EXPORTED_AT))


def events_by_name(cal: Calendar) -> dict[str, Event]:
    return {str(event["SUMMARY"]): event for event in cal.events}


def expand(event: Event, until: datetime) -> list[datetime]:
    """The event's start times up to ``until``, as a calendar program computes them."""
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=event.decoded("DTSTART"))
    return list(rule.between(event.decoded("DTSTART"), until, inc=True))


def test_the_calendar_names_its_producer_and_its_time_zone() -> None:
    cal = parsed()
    (zone,) = cal.timezones

    assert str(cal["PRODID"]) == PRODID
    assert str(cal["VERSION"]) == "2.0"
    assert str(zone["TZID"]) == "Europe/Berlin"
    assert {"STANDARD", "DAYLIGHT"} <= {part.name for part in zone.subcomponents}


def test_one_event_per_active_plan_item() -> None:
    archived = replace(EXERCISE_ITEM, id=3, label="Old exercises", archived=True)
    data = replace(sample_data(), plan=(COLD_ITEM, EXERCISE_ITEM, archived))

    cal = parsed(ics_bytes(data, EXPORTED_AT))

    assert sorted(events_by_name(cal)) == ["Ice the left knee", "Knee exercises"]


def test_a_cold_item_repeats_weekly_in_local_time_until_its_last_day() -> None:
    ice = events_by_name(parsed())["Ice the left knee"]

    assert ice["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert ice.decoded("DTSTART") == datetime(2026, 3, 16, 8, 0, tzinfo=BERLIN)
    assert ice["RRULE"]["FREQ"] == ["WEEKLY"]
    assert ice["RRULE"]["BYDAY"] == ["MO", "WE", "FR"]
    # The end of 30 April in Berlin (summer time), in UTC as RFC 5545 requires.
    assert ice["RRULE"]["UNTIL"] == [datetime(2026, 4, 30, 21, 59, 59, tzinfo=UTC)]
    assert ice.decoded("DURATION") == timedelta(minutes=15)
    description = str(ice["DESCRIPTION"])
    assert "Left knee" in description
    assert "Bag of ice" in description
    assert "15 minutes" in description
    assert "A thin damp cloth" in description


def test_an_exercise_item_lasts_the_exercise_s_time_and_says_check_with_a_physio() -> None:
    exercises = events_by_name(parsed())["Knee exercises"]

    # The plan starts on a Monday; the first Tuesday is its first occurrence.
    assert exercises.decoded("DTSTART") == datetime(2026, 3, 17, 18, 30, tzinfo=BERLIN)
    assert exercises["RRULE"]["BYDAY"] == ["TU", "TH"]
    assert "UNTIL" not in exercises["RRULE"]
    # 5 s get ready + 2 × 10 holds of 5 s + 2 × 9 relaxes of 3 s + one 30 s rest = 189 s.
    assert exercise_minutes(EXERCISE) == 4
    assert exercises.decoded("DURATION") == timedelta(minutes=4)
    assert "Heel slides" in str(exercises["DESCRIPTION"])
    assert "check with your physiotherapist" in str(exercises["DESCRIPTION"]).lower()


def test_the_alarm_rings_early_only_for_a_heads_up() -> None:
    events = events_by_name(parsed())

    triggers = {
        name: [alarm.decoded("TRIGGER") for alarm in event.walk("VALARM")]
        for name, event in events.items()
    }

    assert triggers == {
        "Ice the left knee": [timedelta(minutes=-10)],
        "Knee exercises": [timedelta(0)],
    }
    for event in events.values():
        (alarm,) = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])


def test_the_alarm_is_the_last_thing_inside_its_event() -> None:
    lines = ics_bytes(sample_data(), EXPORTED_AT).decode().split("\r\n")
    starts = [i for i, line in enumerate(lines) if line == "BEGIN:VEVENT"]

    assert len(starts) == 2
    for start in starts:
        end = lines.index("END:VEVENT", start)
        block = lines[start + 1 : end]
        assert block.index("BEGIN:VALARM") == len(block) - 5  # BEGIN, 3 properties, END
        assert block[-1] == "END:VALARM"
        assert "DTSTART" in " ".join(block[: block.index("BEGIN:VALARM")])


def test_times_stay_right_across_the_change_to_summer_time() -> None:
    data = sample_data()
    ice = events_by_name(parsed())["Ice the left knee"]
    period = data.period

    starts = expand(ice, period.end)
    planned = [
        o.due_at for o in occurrences(data.plan, period.start, period.end, BERLIN) if o.item_id == 1
    ]

    assert {start.astimezone(BERLIN).time() for start in starts} == {time(8, 0)}
    assert starts[5].astimezone(UTC).hour == 7  # Friday 27 March, winter time
    assert starts[6].astimezone(UTC).hour == 6  # Monday 30 March, summer time
    assert [start.astimezone(UTC) for start in starts] == planned  # as the app reminds


def test_uids_are_stable_and_the_file_reproducible() -> None:
    first = ics_bytes(sample_data(), EXPORTED_AT)
    again = ics_bytes(sample_data(), EXPORTED_AT)
    uids = [str(event["UID"]) for event in parsed(first).events]

    assert first == again
    assert len(set(uids)) == 2
    assert all(len(line.encode()) <= 75 for line in first.decode().split("\r\n"))


def test_an_item_ending_before_its_first_weekday_is_left_out() -> None:
    # Starts on a Monday, ends on the Tuesday, planned for Thursdays only.
    never = replace(COLD_ITEM, weekdays=frozenset({3}), end_date=date(2026, 3, 17))
    data = replace(sample_data(), plan=(never,))

    cal = parsed(ics_bytes(data, EXPORTED_AT))

    assert cal.events == []
    assert len(cal.timezones) == 1  # a calendar still needs one component


def test_an_intermittent_item_lasts_its_whole_protocol(tmp_path) -> None:
    split = replace(COLD_ITEM, minutes=0, protocol=IntermittentProtocol(10, 10, 10))
    target = tmp_path / "plan.ics"

    write_ics(target, replace(sample_data(), plan=(split,)), EXPORTED_AT)
    (event,) = parsed(target.read_bytes()).events

    assert event.decoded("DURATION") == timedelta(minutes=30)
    assert "10 minutes on, 10 minutes off, then 10 minutes on" in str(event["DESCRIPTION"])


def test_an_exercise_missing_from_the_library_still_gets_its_event() -> None:
    data = replace(sample_data(), plan=(EXERCISE_ITEM,), exercises={})

    (event,) = parsed(ics_bytes(data, EXPORTED_AT)).events

    assert "DURATION" not in event
    assert "check with your physiotherapist" in str(event["DESCRIPTION"]).lower()
