"""The pain chart of the PDF report, painted with QPainter in greys that survive a copier.

Pain 0–10 upwards (lower is better). The mild, moderate and severe bands are told apart by
their names at the right and by their shading: white, light grey, light grey with hatching,
never by colour alone. Each day's mean is a dot, the 7-day mean a line, broken where entries
stop for :data:`~coldcare.domain.pain_stats.GAP_DAYS` days or more; dates run along the bottom
at the closest spacing (days, weeks, months) whose labels do not collide.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLineF, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.pain_stats import BAND_LIMITS, GAP_DAYS, DailyPoint, PainBand
from coldcare.reports.dataset import Translate
from coldcare.reports.pdf_layout import INK, MUTED, RULE, Style, Units

MAX_PAIN = 10
DAY_MONTH = QT_TRANSLATE_NOOP("PdfReport", "d MMM")  # a Qt date pattern; German "d. MMM"
BAND_FILL = {
    PainBand.NONE: QColor(0xFF, 0xFF, 0xFF),
    PainBand.MILD: QColor(0xFF, 0xFF, 0xFF),
    PainBand.MODERATE: QColor(0xEC, 0xEC, 0xEC),
    PainBand.SEVERE: QColor(0xDE, 0xDE, 0xDE),
}
HATCH = QColor(0xB4, 0xB4, 0xB4)
GRID = QColor(0xC8, 0xC8, 0xC8)
LEFT = Qt.AlignmentFlag.AlignLeft


@dataclass(frozen=True)
class Ticks:
    """Dates to mark along the bottom and the QDate format of their labels."""

    days: tuple[date, ...]
    label_format: str


def _every(first: date, last: date, step: int) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=step)


def _mondays(first: date, last: date, weeks: int) -> Iterator[date]:
    return _every(first + timedelta(days=-first.weekday() % 7), last, 7 * weeks)


def _month_starts(first: date, last: date, months: int) -> Iterator[date]:
    year, month = first.year, first.month
    if first.day > 1:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    while (found := date(year, month, 1)) <= last:
        if (month - 1) % months == 0:
            yield found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def tick_choices(first: date, last: date) -> Iterator[Ticks]:
    """Ways to mark dates from ``first`` to ``last``, closest first."""
    days = (last - first).days + 1
    month = "MMM yyyy" if first.year != last.year else "MMM"
    if days <= 31:
        yield from (Ticks(tuple(_every(first, last, step)), DAY_MONTH) for step in (1, 2))
    if days <= 190:
        yield from (Ticks(tuple(_mondays(first, last, weeks)), DAY_MONTH) for weeks in (1, 2, 4))
    for months in (1, 2, 3, 6, 12):
        yield Ticks(tuple(_month_starts(first, last, months)), month)
    yield Ticks((first, last), "d MMM yyyy")


class PainChart:
    """Paints the daily points and the 7-day mean of one period into a rectangle."""

    def __init__(self, style: Style, units: Units, translate: Translate, locale: QLocale) -> None:
        self.style = style
        self.units = units
        self.translate = translate
        self.locale = locale

    def _metrics(self, painter: QPainter) -> QFontMetricsF:
        """The chart's small font measured on the device painted on."""
        return QFontMetricsF(self.style.small, painter.device())

    def band_names(self) -> dict[PainBand, str]:
        tr = self.translate
        return {
            PainBand.MILD: tr("PdfReport", "Mild 1–3"),
            PainBand.MODERATE: tr("PdfReport", "Moderate 4–6"),
            PainBand.SEVERE: tr("PdfReport", "Severe 7–10"),
        }

    def paint(
        self,
        painter: QPainter,
        rect: QRectF,
        points: Sequence[DailyPoint],
        period: tuple[date, date],
    ) -> None:
        """The whole chart: bands, grid, axes, points, the mean line and a legend."""
        painter.save()
        painter.setFont(self.style.small)
        small = self._metrics(painter)
        names = self.band_names()
        line = small.lineSpacing()
        right = max(small.horizontalAdvance(name) for name in names.values()) + self.units.mm(2)
        left = small.horizontalAdvance("10") + self.units.mm(2)
        plot = rect.adjusted(left, line / 2, -right, -(2.4 * line + self.units.mm(2)))
        self._bands(painter, plot, names)
        self._grid(painter, plot)
        first, last = period
        x = _x_scale(plot, first, last)
        self._dates(painter, plot, first, last, x)
        if points:
            self._points(painter, plot, points, x)
        else:
            self._empty(painter, plot)
        painter.setPen(QPen(RULE, self.units.pt(0.6)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        self._legend(painter, QRectF(rect.left(), rect.bottom() - line, rect.width(), line))
        painter.restore()

    # ----------------------------------------------------------------- background

    def _bands(self, painter: QPainter, plot: QRectF, names: dict[PainBand, str]) -> None:
        for band, low, high in BAND_LIMITS:
            area = QRectF(plot.left(), _y(plot, min(high, MAX_PAIN)), plot.width(), 0)
            area.setBottom(_y(plot, low))
            painter.fillRect(area, BAND_FILL[band])
            if band is PainBand.SEVERE:
                self._hatch(painter, area)
            if band in names:
                painter.setPen(INK)
                label = QRectF(plot.right() + self.units.mm(1.5), area.top(), plot.width(), 0)
                label.setBottom(area.bottom())
                painter.drawText(label, Qt.AlignmentFlag.AlignVCenter, names[band])
            if low > 0:
                painter.setPen(QPen(RULE, self.units.pt(0.6), Qt.PenStyle.DashLine))
                painter.drawLine(QLineF(plot.left(), area.bottom(), plot.right(), area.bottom()))

    def _hatch(self, painter: QPainter, area: QRectF) -> None:
        """Diagonal lines every 2.5 mm: the severe band reads as severe in black and white."""
        painter.save()
        painter.setClipRect(area)
        painter.setPen(QPen(HATCH, self.units.pt(0.5)))
        step = self.units.mm(2.5)
        offset = -area.height()
        while offset < area.width():
            start = QPointF(area.left() + offset, area.bottom())
            painter.drawLine(QLineF(start, start + QPointF(area.height(), -area.height())))
            offset += step
        painter.restore()

    def _grid(self, painter: QPainter, plot: QRectF) -> None:
        painter.setPen(QPen(GRID, self.units.pt(0.3)))
        for value in range(1, MAX_PAIN):
            y = _y(plot, value)
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(INK)
        line = self._metrics(painter).lineSpacing()
        for value in range(0, MAX_PAIN + 1, 2):
            y = _y(plot, value)
            label = QRectF(plot.left() - self.units.mm(20), y - line / 2, self.units.mm(19), line)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )

    def _dates(
        self,
        painter: QPainter,
        plot: QRectF,
        first: date,
        last: date,
        x: Callable[[date], float],
    ) -> None:
        ticks = self._ticks(painter, plot, first, last)
        metrics = self._metrics(painter)
        for day in ticks.days:
            at = x(day)
            painter.setPen(QPen(GRID, self.units.pt(0.3), Qt.PenStyle.DotLine))
            painter.drawLine(QLineF(at, plot.top(), at, plot.bottom()))
            painter.setPen(QPen(INK, self.units.pt(0.6)))
            painter.drawLine(QLineF(at, plot.bottom(), at, plot.bottom() + self.units.mm(1)))
            text = self._label(day, ticks.label_format)
            width = metrics.horizontalAdvance(text)
            left = min(max(at - width / 2, plot.left()), plot.right() - width)
            top = plot.bottom() + self.units.mm(1.2)
            painter.drawText(QRectF(left, top, width, metrics.lineSpacing()), LEFT, text)

    def _ticks(self, painter: QPainter, plot: QRectF, first: date, last: date) -> Ticks:
        metrics = self._metrics(painter)
        room = self.units.mm(3)
        for choice in tick_choices(first, last):
            widest = max(
                (
                    metrics.horizontalAdvance(self._label(d, choice.label_format))
                    for d in choice.days
                ),
                default=0,
            )
            if len(choice.days) * (widest + room) <= plot.width():
                return choice
        return Ticks((first,), "d MMM yyyy")

    def _label(self, day: date, label_format: str) -> str:
        """The date in a Qt pattern, translated as the report's own ("d MMM": German "d. MMM")."""
        pattern = self.translate("PdfReport", label_format)
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    # ----------------------------------------------------------------- data

    def _points(
        self,
        painter: QPainter,
        plot: QRectF,
        points: Sequence[DailyPoint],
        x: Callable[[date], float],
    ) -> None:
        width = plot.width() / max(1, len(points))
        radius = min(max(width * 0.3, self.units.pt(0.9)), self.units.pt(2.2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MUTED)
        for point in points:
            painter.drawEllipse(QPointF(x(point.day), _y(plot, point.mean)), radius, radius)
        path = QPainterPath()
        previous: date | None = None
        for point in points:
            where = QPointF(x(point.day), _y(plot, point.seven_day_mean))
            if previous is None or (point.day - previous).days - 1 >= GAP_DAYS:
                path.moveTo(where)
            else:
                path.lineTo(where)
            previous = point.day
        pen = QPen(INK, self.units.pt(1.8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _empty(self, painter: QPainter, plot: QRectF) -> None:
        painter.setFont(self.style.body)
        painter.setPen(INK)
        text = self.translate("PdfReport", "No pain ratings in this period")
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(self.style.small)

    def _legend(self, painter: QPainter, rect: QRectF) -> None:
        tr, mm = self.translate, self.units.mm
        middle = rect.center().y()
        left = rect.left()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MUTED)
        radius = self.units.pt(2)
        painter.drawEllipse(QPointF(left + radius, middle), radius, radius)
        left += 2 * radius + mm(1.5)
        left = self._legend_text(painter, rect, left, tr("PdfReport", "Mean of the day"))
        painter.setPen(QPen(INK, self.units.pt(1.8)))
        painter.drawLine(QLineF(left + mm(4), middle, left + mm(10), middle))
        left += mm(11.5)
        self._legend_text(painter, rect, left, tr("PdfReport", "Mean of the last 7 days"))

    def _legend_text(self, painter: QPainter, rect: QRectF, left: float, text: str) -> float:
        width = self._metrics(painter).horizontalAdvance(text)
        painter.setPen(INK)
        painter.drawText(QRectF(left, rect.top(), width, rect.height()), LEFT, text)
        return left + width


def _y(plot: QRectF, value: float) -> float:
    return plot.bottom() - value / MAX_PAIN * plot.height()


def _x_scale(plot: QRectF, first: date, last: date) -> Callable[[date], float]:
    """The middle of each day's slot across the plot."""
    slot = plot.width() / ((last - first).days + 1)
    return lambda day: plot.left() + ((day - first).days + 0.5) * slot
