"""The pain trend chart: what it plots, the bands it names, the dates it writes, its colours."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtGui import QColor

from coldcare.domain.pain_stats import DailyPoint
from coldcare.ui.theme import TOKENS, Appearance, ThemeName
from coldcare.ui.widgets.pain_chart import PainChart, day_x, x_day
from tests.ui.helpers import dispose

LIGHT = Appearance(ThemeName.LIGHT, 100)
DARK = Appearance(ThemeName.DARK, 100)
POINTS = (
    DailyPoint(date(2026, 1, 20), 7.0, 2, 7.0),
    DailyPoint(date(2026, 1, 21), 6.0, 1, 6.5),
    DailyPoint(date(2026, 2, 27), 3.0, 1, 3.0),  # more than 7 days later: the line breaks
    DailyPoint(date(2026, 2, 28), 2.0, 1, 2.5),
)


@pytest.fixture
def chart() -> Iterator[PainChart]:
    made = PainChart(LIGHT)
    made.resize(900, 420)
    made.show()
    yield made
    dispose(made)


def days_of(xs: object) -> list[date]:
    return [x_day(float(x)) for x in xs]  # type: ignore[attr-defined]


def test_each_day_is_a_point_at_its_mean(chart: PainChart) -> None:
    chart.show_points(POINTS, date(2025, 12, 3), date(2026, 3, 2))

    xs, ys = chart.daily.getOriginalDataset()
    assert days_of(xs) == [p.day for p in POINTS]
    assert list(ys) == [7.0, 6.0, 3.0, 2.0]


def test_the_seven_day_mean_is_a_line_that_breaks_over_a_week_without_ratings(
    chart: PainChart,
) -> None:
    chart.show_points(POINTS, date(2025, 12, 3), date(2026, 3, 2))

    xs, ys = chart.trend.getOriginalDataset()
    drawn = [(x_day(float(x)), float(y)) for x, y in zip(xs, ys, strict=True) if math.isfinite(y)]
    assert drawn == [(p.day, p.seven_day_mean) for p in POINTS]
    gaps = [x_day(float(x)) for x, y in zip(xs, ys, strict=True) if not math.isfinite(y)]
    assert gaps == [date(2026, 1, 22)]


def test_the_chart_spans_the_whole_period_and_pain_from_0_to_10(chart: PainChart) -> None:
    chart.show_points(POINTS, date(2025, 12, 3), date(2026, 3, 2))

    (left, right), (bottom, top) = chart.plot.getPlotItem().viewRange()
    assert left <= day_x(date(2025, 12, 3))
    assert right >= day_x(date(2026, 3, 2))
    assert bottom <= 0
    assert top >= 10


def test_the_bands_are_named_in_words_beside_them(chart: PainChart) -> None:
    assert chart.band_ticks == [(2.0, "mild"), (5.0, "moderate"), (8.25, "severe")]
    assert [region.getRegion() for region in chart.bands.values()] == [
        (0.5, 3.5),
        (3.5, 6.5),
        (6.5, 10),
    ]


def test_the_caption_says_lower_is_better_and_the_legend_names_both_series(
    chart: PainChart,
) -> None:
    assert "lower is better" in chart.caption.text()
    assert "each day's average" in chart.legend.text()
    assert "7-day average" in chart.legend.text()


def test_dates_along_the_bottom_fit_the_period(chart: PainChart) -> None:
    axis = chart.days_axis
    quarter = axis.tickValues(day_x(date(2025, 12, 3)), day_x(date(2026, 3, 2)), 800)
    ((_spacing, ticks),) = quarter
    assert all(x_day(t).weekday() == 0 for t in ticks)  # Mondays
    decade = axis.tickValues(day_x(date(2016, 3, 3)), day_x(date(2026, 3, 2)), 800)
    ((_spacing, ticks),) = decade
    assert all((x_day(t).month, x_day(t).day) == (1, 1) for t in ticks)  # New Year's days
    assert axis.tickStrings(ticks[:1], 1, 365) == [str(x_day(ticks[0]).year)]


def test_colours_follow_the_theme(chart: PainChart) -> None:
    chart.set_appearance(DARK)

    dark = TOKENS[ThemeName.DARK]
    assert chart.plot.backgroundBrush().color() == QColor(dark.surface)
    severe = list(chart.bands.values())[-1]
    assert severe.brush.color().rgb() == QColor(dark.stop).rgb()
    assert chart.trend.opts["pen"].color() == QColor(dark.primary)
