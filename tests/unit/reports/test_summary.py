"""The numbers of a period: adherence by kind, archived items, nothing counted after "now"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from coldcare.domain.pain_stats import AlertKind
from coldcare.domain.plan import Adherence, ItemKind
from coldcare.domain.records import PainContext
from coldcare.reports.summary import planned_occurrences, summarize
from tests.unit.reports.samples import (
    COLD_ITEM,
    COMPLETION,
    EXERCISE_ITEM,
    EXPORTED_AT,
    berlin,
    sample_data,
)


def test_adherence_is_split_into_cold_and_exercises() -> None:
    summary = summarize(sample_data(), EXPORTED_AT)

    # Ice on Mon/Wed/Fri (done once, skipped once), exercises on Tue/Thu (done once).
    assert summary.by_kind[ItemKind.COLD] == Adherence(9, 1, 1, 7)
    assert summary.by_kind[ItemKind.EXERCISE] == Adherence(6, 1, 0, 5)
    assert summary.overall == Adherence(15, 2, 1, 12)
    assert sum(week.scheduled for week in summary.weekly.values()) == 15


def test_an_archived_item_counts_only_up_to_its_last_log() -> None:
    archived = replace(COLD_ITEM, archived=True)
    data = replace(sample_data(), plan=(archived, EXERCISE_ITEM))

    summary = summarize(data, EXPORTED_AT)

    # Its logs are on Monday 16 and Wednesday 18 March: the Fridays after were never asked.
    assert summary.by_kind[ItemKind.COLD] == Adherence(2, 1, 1, 0)
    cold_days = [o.day for o in planned_occurrences(data, EXPORTED_AT) if o.item_id == 1]
    assert cold_days == [date(2026, 3, 16), date(2026, 3, 18)]


def test_an_archived_item_without_logs_counts_nothing() -> None:
    data = replace(sample_data(), plan=(replace(EXERCISE_ITEM, archived=True),), logs={})

    assert summarize(data, EXPORTED_AT).overall == Adherence(0, 0, 0, 0)


def test_nothing_after_now_is_counted() -> None:
    now = berlin(date(2026, 3, 25), 12)

    summary = summarize(sample_data(), now)

    # Ice on 16, 18, 20, 23 and 25 March (08:00, missed by noon); exercises on 17, 19 and 24.
    assert summary.by_kind[ItemKind.COLD].scheduled == 5
    assert summary.by_kind[ItemKind.EXERCISE].scheduled == 3
    assert max(summary.weekly) == date(2026, 3, 23)
    assert all(o.due_at < now for o in planned_occurrences(sample_data(), now))


def test_before_the_period_nothing_is_due() -> None:
    summary = summarize(sample_data(), berlin(date(2026, 3, 1), 12))

    assert summary.overall == Adherence(0, 0, 0, 0)
    assert summary.weekly == {}


def test_pain_after_an_exercise_counts_as_severe_but_not_in_the_trend() -> None:
    data = replace(sample_data(), completions=(replace(COMPLETION, pain=9),))

    summary = summarize(data, EXPORTED_AT)

    (severe,) = (alert for alert in summary.alerts if alert.kind is AlertKind.SEVERE_PAIN)
    assert severe.params == {"count": 1, "dates": (date(2026, 3, 17),)}
    # Done at 18:45, then a rating at 18:50, in time order.
    assert [r.value for r in summary.ratings if r.context is PainContext.EXERCISE] == [9, 4]
    assert summary.points == summarize(sample_data(), EXPORTED_AT).points


def test_entries_that_stopped_before_the_end_are_a_gap_but_today_is_not_over() -> None:
    data = sample_data()  # pain entries on 16 and 17 March; the period ends on 5 April
    (gap,) = (a for a in summarize(data, EXPORTED_AT).alerts if a.kind is AlertKind.GAP)
    assert (gap.params["start"], gap.params["end"]) == (date(2026, 3, 18), date(2026, 4, 5))

    # Exported on 6 April for a period to 6 April: entries were due through 5 April.
    later = replace(data, period=replace(data.period, last=date(2026, 4, 6)))
    (gap,) = (a for a in summarize(later, EXPORTED_AT).alerts if a.kind is AlertKind.GAP)
    assert gap.params["end"] == date(2026, 4, 5)
