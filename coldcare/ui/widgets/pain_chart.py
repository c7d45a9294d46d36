"""The pain trend: daily means as points, the 7-day mean as a line, over the shaded pain bands.

The numbers come from :mod:`coldcare.domain.pain_stats` (``DailyPoint``: the mean of a day and
of the 7 days up to it); this widget only draws them. The mild, moderate and severe bands are
shaded in the theme's safe, caution and stop colours and named in words on the right-hand
axis, so the bands never rest on colour alone; the caption above the plot says what is drawn
and that lower is better.

pyqtgraph and numpy make this module slow to import (about half a second): import it after
the first paint, never at start-up. Each series is one item over numpy arrays, clipped to the
view and downsampled, so ten years of days draw as fast as a month.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from coldcare.domain.pain_stats import BAND_LIMITS, DailyPoint, PainBand
from coldcare.ui.i18n import translate
from coldcare.ui.theme import Appearance
from coldcare.ui.widgets.nrs_scale import band_words

# A day's x coordinate is its proleptic ordinal (1 January of year 1 is 1); before any data
# the view spans 0 to 1, where there are no dates to write.
_FIRST_X, _LAST_X = float(date(1900, 1, 1).toordinal()), float(date(9999, 1, 1).toordinal())
_DAYS_PER_MONTH = 30.44
_DAYS_PER_YEAR = 365.25
# Tick steps from fine to coarse: (unit, how many units).
_STEPS: tuple[tuple[str, int], ...] = (
    ("day", 1),
    ("day", 2),
    ("week", 1),
    ("week", 2),
    ("month", 1),
    ("month", 2),
    ("month", 3),
    ("month", 6),
    ("year", 1),
    ("year", 2),
    ("year", 5),
)
_STEP_DAYS = {"day": 1.0, "week": 7.0, "month": _DAYS_PER_MONTH, "year": _DAYS_PER_YEAR}
# Shading strength of the bands (alpha 0–255) and which token colours them.
_BAND_ALPHA = 40
_BAND_TONES = {PainBand.MILD: "safe", PainBand.MODERATE: "caution", PainBand.SEVERE: "stop"}
# The 7-day line breaks where no day among the last 7 had a rating.
_LINE_BREAK_DAYS = 7


def day_x(day: date) -> float:
    """The x coordinate of ``day``."""
    return float(day.toordinal())


def x_day(x: float) -> date:
    """The day at x coordinate ``x`` (rounded to the nearest day)."""
    return date.fromordinal(round(x))


def _ticks(first: date, last: date, unit: str, count: int) -> list[date]:
    """The days from ``first`` to ``last`` where a tick of ``count`` ``unit``s falls."""
    if unit == "day":
        return [first + timedelta(days=n) for n in range(0, (last - first).days + 1, count)]
    if unit == "week":
        monday = first + timedelta(days=-first.weekday() % 7)
        return [monday + timedelta(days=n) for n in range(0, (last - monday).days + 1, 7 * count)]
    if unit == "month":
        months = range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
        found = [date(m // 12, m % 12 + 1, 1) for m in months if (m % 12) % count == 0]
    else:
        found = [date(y, 1, 1) for y in range(first.year, last.year + 1) if y % count == 0]
    return [day for day in found if first <= day <= last]


class DayAxis(pg.AxisItem):
    """Dates along the bottom: days, Mondays, months or years, as many as fit, in the
    person's language."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self._unit = "day"
        self.locale = QLocale()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N803
        """Ticks at whole days, weeks, months or years: the finest step whose labels fit."""
        if not (math.isfinite(minVal) and math.isfinite(maxVal)):
            return []
        minVal, maxVal = max(minVal, _FIRST_X), min(maxVal, _LAST_X)  # noqa: N806
        if maxVal <= minVal:
            return []
        span = maxVal - minVal
        unit, count = next(
            (
                (u, c)
                for u, c in _STEPS
                if span / (_STEP_DAYS[u] * c) * self._label_width(u) <= size
            ),
            _STEPS[-1],
        )
        self._unit = unit
        days = _ticks(x_day(math.ceil(minVal)), x_day(math.floor(maxVal)), unit, count)
        return [(_STEP_DAYS[unit] * count, [day_x(day) for day in days])]

    def tickStrings(self, values: list, scale: float, spacing: float) -> list[str]:
        """Each tick's date, as much of it as the step needs."""
        del scale, spacing
        pattern = self._pattern(self._unit)
        days = [x_day(value) for value in values]
        return [self.locale.toString(QDate(d.year, d.month, d.day), pattern) for d in days]

    @staticmethod
    def _pattern(unit: str) -> str:
        return {
            "day": translate("PainChart", "d MMM"),
            "week": translate("PainChart", "d MMM"),
            "month": translate("PainChart", "MMM yyyy"),
            "year": translate("PainChart", "yyyy"),
        }[unit]

    def _label_width(self, unit: str) -> float:
        """Room one label of ``unit`` needs: a long date of that pattern, and a gap."""
        metrics = QFontMetricsF(self.style.get("tickFont") or QFont())
        sample = self.locale.toString(QDate(2026, 9, 28), self._pattern(unit))
        return metrics.horizontalAdvance(sample) + 2 * metrics.averageCharWidth()


class PainChart(QWidget):
    """The pain trend of a period: caption, legend and the plot."""

    def __init__(self, look: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("PainChart", "Pain trend chart"))
        self._look = look
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.caption = QLabel(
            translate("PainChart", "Pain from 0 (none) to 10 (worst) — lower is better")
        )
        self.caption.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.caption)
        layout.addWidget(self.legend)
        self.days_axis = DayAxis()
        self.days_axis.locale = self.locale()
        self.plot = pg.PlotWidget(axisItems={"bottom": self.days_axis})
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.plot, 1)
        self._build_plot()
        self.set_appearance(look)

    def _build_plot(self) -> None:
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showAxis("right")
        item.setYRange(0, 10, padding=0.04)
        item.getAxis("left").setTicks([[(float(v), str(v)) for v in range(0, 11, 2)]])
        self.band_ticks = [
            ((low + high) / 2, band_words(band))
            for band, low, high in BAND_LIMITS
            if band in _BAND_TONES
        ]
        item.getAxis("right").setTicks([self.band_ticks])
        self.bands = {
            band: pg.LinearRegionItem((low, high), orientation="horizontal", movable=False)
            for band, low, high in BAND_LIMITS
            if band in _BAND_TONES
        }
        for region in self.bands.values():
            region.setZValue(-10)
            for line in region.lines:
                line.setPen(pg.mkPen(None))
            item.addItem(region)
        self.daily = pg.PlotDataItem(
            pen=None,
            symbol="o",
            clipToView=True,
            autoDownsample=True,
            downsampleMethod="subsample",
        )
        self.trend = pg.PlotDataItem(
            clipToView=True,
            autoDownsample=True,
            downsampleMethod="peak",
            connect="finite",
            antialias=True,
        )
        item.addItem(self.daily)
        item.addItem(self.trend)

    # ------------------------------------------------------------------ data

    def show_points(self, points: Sequence[DailyPoint], first: date, last: date) -> None:
        """Draw ``points`` (oldest first) over the days ``first`` to ``last``."""
        days = np.fromiter((day_x(p.day) for p in points), dtype=float, count=len(points))
        means = np.fromiter((p.mean for p in points), dtype=float, count=len(points))
        self.daily.setData(days, means)
        self.trend.setData(*_broken_line(points))
        self.plot.getPlotItem().setXRange(day_x(first) - 0.5, day_x(last) + 0.5, padding=0.01)

    # ------------------------------------------------------------------ look

    def set_appearance(self, look: Appearance) -> None:
        """Colours from the theme tokens, type from the text size."""
        self._look = look
        tokens = look.tokens
        self.plot.setBackground(tokens.surface)
        font = QFont(self.font())
        font.setPointSizeF(look.points(0.85))
        for name in ("left", "right", "bottom"):
            axis = self.plot.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(tokens.border))
            axis.setTextPen(pg.mkPen(tokens.text))
            axis.setStyle(tickFont=font, tickTextOffset=look.pixels(6))
        for band, region in self.bands.items():
            colour = QColor(getattr(tokens, _BAND_TONES[band]))
            colour.setAlpha(_BAND_ALPHA)
            region.setBrush(pg.mkBrush(colour))
        self.daily.setSymbolBrush(pg.mkBrush(tokens.muted))
        self.daily.setSymbolPen(pg.mkPen(None))
        self.daily.setSymbolSize(look.pixels(7))
        self.trend.setPen(pg.mkPen(tokens.primary, width=max(2, look.pixels(3))))
        self.legend.setText(
            translate("PainChart", "{dot} each day's average    {line} 7-day average").format(
                dot=f'<span style="color:{tokens.muted}">●</span>',
                line=f'<span style="color:{tokens.primary}"><b>━━</b></span>',
            )
        )
        self.plot.setMinimumHeight(max(300, look.pixels(240)))


def _broken_line(points: Sequence[DailyPoint]) -> tuple[np.ndarray, np.ndarray]:
    """The 7-day means, with a gap (NaN) wherever 7 days passed without a rating."""
    xs: list[float] = []
    ys: list[float] = []
    previous: date | None = None
    for point in points:
        if previous is not None and (point.day - previous).days > _LINE_BREAK_DAYS:
            xs.append(day_x(previous) + 1)
            ys.append(math.nan)
        xs.append(day_x(point.day))
        ys.append(point.seven_day_mean)
        previous = point.day
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
