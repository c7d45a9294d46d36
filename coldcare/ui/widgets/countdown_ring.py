"""The countdown ring of a running cold session (ui-style.md, "Countdown ring").

The whole circle is the maximum time; the coloured arc is what is left of the planned time
and empties clockwise from 12 o'clock as time passes. A tick marks the recommended time, a
bar at 12 o'clock the ring's end (the maximum). In the middle: minutes:seconds in numerals
four times the base size, "min left" under them, and the state in words, never by colour
alone: "Nearly done" (caution colour) in the last minute before the recommended time or the
planned end, "Past recommended time" (caution) after it, "Time is up" (caution) when the
planned time is over and "Take it off now" (stop colour) at the maximum; "Paused" dims it.

Screen readers get the time left in words, updated once a minute, not every second; a change
of state ("Nearly done", "Paused", "Take it off now") is also announced at once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from coldcare.ui.i18n import translate
from coldcare.ui.widgets.common import optional_pixmap, scaled, theme_tokens

NEARLY = timedelta(minutes=1)  # caution starts this long before the recommended time
NUMERALS_FACTOR = 4.0  # ui-style.md: countdown numerals 4x the base size
LABEL_FACTOR = 1.3  # "min left" and the state words: the "what now" size
MIN_STROKE = 16  # px at 100 % text; thicker on a large ring
STROKE_SHARE = 0.06  # the stroke's share of the ring's side
_OUTSIDE = 0.9  # ticks reach this many strokes beyond the ring's middle
_INSIDE = 0.85  # text keeps this many strokes inside the ring's middle
_ROOM = _OUTSIDE + _INSIDE
_DIGITS = "0123456789"
_WIDEST_TIME = "00:00"


class RingState(StrEnum):
    """Where the session stands against its recommended, planned and maximum times."""

    RUNNING = "running"
    NEARLY_DONE = "nearly-done"
    PAST_RECOMMENDED = "past-recommended"
    TIME_UP = "time-up"
    MAXIMUM = "maximum"


def ring_state(
    remaining: timedelta, planned: timedelta, recommended: timedelta, maximum: timedelta
) -> RingState:
    """The ring's state for these times (``elapsed = planned - remaining``)."""
    elapsed = planned - remaining
    if elapsed >= maximum:
        return RingState.MAXIMUM
    if remaining <= timedelta(0):
        return RingState.TIME_UP
    if elapsed >= recommended:
        return RingState.PAST_RECOMMENDED
    if elapsed >= recommended - NEARLY or remaining <= NEARLY:
        return RingState.NEARLY_DONE
    return RingState.RUNNING


_STATE_ICONS: dict[RingState, str | None] = {
    RingState.RUNNING: None,
    RingState.NEARLY_DONE: "caution",
    RingState.PAST_RECOMMENDED: "caution",
    RingState.TIME_UP: "alarm",
    RingState.MAXIMUM: "stop",
}


def _minutes(count: int) -> str:
    # Two numerus sources, so English reads right without a .qm; each has all plural forms.
    if count == 1:
        return translate("CountdownRing", "%n minute", n=count)
    return translate("CountdownRing", "%n minutes", n=count)


def _seconds(count: int) -> str:
    if count == 1:
        return translate("CountdownRing", "%n second", n=count)
    return translate("CountdownRing", "%n seconds", n=count)


def duration_words(seconds: int) -> str:
    """A duration said in words: "11 minutes 42 seconds", "1 minute", "30 seconds"."""
    minutes, rest = divmod(max(0, seconds), 60)
    if minutes and rest:
        template = translate("CountdownRing", "{minutes} {seconds}")
        return template.format(minutes=_minutes(minutes), seconds=_seconds(rest))
    return _minutes(minutes) if minutes else _seconds(rest)


def _whole_seconds(span: timedelta) -> int:
    """Whole seconds, rounded up: the ring shows 0:00 only when no time is left."""
    return max(0, math.ceil(span.total_seconds()))


@dataclass(frozen=True)
class _Line:
    """One centred line of text inside the ring."""

    text: str
    font: QFont
    colour: QColor
    icon: str | None = None
    tabular: bool = False

    def width(self) -> float:
        """The line's width, with its icon; digits in equal cells when ``tabular``."""
        if self.tabular:
            return sum(_char_widths(self.font, self.text))
        text_width = QFontMetricsF(self.font).horizontalAdvance(self.text)
        return text_width + (self.icon_size() * 1.25 if self.icon else 0)

    def height(self) -> float:
        """The line's height (ascent and descent)."""
        return QFontMetricsF(self.font).height()

    def icon_size(self) -> int:
        """The icon's side: a little less than the line's height."""
        return round(QFontMetricsF(self.font).height() * 0.9)


class CountdownRing(QWidget):
    """A thick ring that empties clockwise, with the time left in large numerals and words.

    Call :meth:`set_times` every second; the accessible description follows once a minute.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remaining = timedelta(0)
        self._planned = timedelta(0)
        self._recommended = timedelta(0)
        self._maximum = timedelta(0)
        self._paused = False
        self._next_check: timedelta | None = None
        self._described: tuple[object, ...] | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(translate("CountdownRing", "Time left"))
        self._refresh_description()

    # ------------------------------------------------------------------ public API

    def set_times(
        self,
        remaining: timedelta,
        planned: timedelta,
        recommended: timedelta,
        maximum: timedelta,
    ) -> None:
        """Show ``remaining`` of the ``planned`` time, with the recommended and maximum marks."""
        if maximum <= timedelta(0):
            raise ValueError("the maximum time must be more than zero")
        self._remaining = remaining
        self._planned = min(planned, maximum)
        self._recommended = min(recommended, maximum)
        self._maximum = maximum
        self._refresh_description()
        self.update()

    def set_paused(self, paused: bool) -> None:
        """Dim the ring and say "Paused" (or go back to running)."""
        self._paused = paused
        self._refresh_description()
        self.update()

    def set_next_check(self, until: timedelta | None) -> None:
        """How long until the next skin check (``None``: no check is coming)."""
        self._next_check = until
        self._refresh_description()

    def state(self) -> RingState:
        """Where the session stands (running before the first ``set_times``)."""
        if self._maximum <= timedelta(0):
            return RingState.RUNNING
        return ring_state(self._remaining, self._planned, self._recommended, self._maximum)

    def is_paused(self) -> bool:
        """Whether the ring shows the paused state."""
        return self._paused

    def state_words(self) -> str:
        """The state said under the numbers ("" while simply running)."""
        if self._paused:
            return translate("CountdownRing", "Paused")
        return self._words_for(self.state())

    @staticmethod
    def _words_for(state: RingState) -> str:
        words = {
            RingState.RUNNING: "",
            RingState.NEARLY_DONE: translate("CountdownRing", "Nearly done"),
            RingState.PAST_RECOMMENDED: translate("CountdownRing", "Past recommended time"),
            RingState.TIME_UP: translate("CountdownRing", "Time is up"),
            RingState.MAXIMUM: translate("CountdownRing", "Take it off now"),
        }
        return words[state]

    def time_text(self) -> str:
        """The numerals: minutes and seconds left, e.g. "11:42"."""
        minutes, seconds = divmod(_whole_seconds(self._remaining), 60)
        return f"{minutes}:{seconds:02d}"

    # ------------------------------------------------------------------ accessibility

    def _refresh_description(self) -> None:
        """Say the time left to screen readers, but only when the minute (or state) changes."""
        left = _whole_seconds(self._remaining)
        key = (math.ceil(left / 60), self.state(), self._paused, self._next_check is None)
        if key == self._described:
            return
        state_changed = self._described is not None and key[1:3] != self._described[1:3]
        self._described = key
        self.setAccessibleDescription(self._description())
        if state_changed and QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self, self.accessibleDescription())
            QAccessible.updateAccessibility(event)

    def _description(self) -> str:
        """E.g. "11 minutes 42 seconds left, skin check in 2 minutes", or the state alone."""
        state = self.state()
        if not self._paused and state in (RingState.TIME_UP, RingState.MAXIMUM):
            return self.state_words()
        time = duration_words(_whole_seconds(self._remaining))
        if self._next_check is None or self._paused:
            said = translate("CountdownRing", "{time} left").format(time=time)
        elif self._next_check <= timedelta(0):
            said = translate("CountdownRing", "{time} left, skin check now").format(time=time)
        else:
            check = _minutes(math.ceil(self._next_check.total_seconds() / 60))
            template = translate("CountdownRing", "{time} left, skin check in {check}")
            said = template.format(time=time, check=check)
        words = self.state_words()
        if not words:
            return said
        return translate("CountdownRing", "{state}. {rest}").format(state=words, rest=said)

    # ------------------------------------------------------------------ size

    def hasHeightForWidth(self) -> bool:
        """The ring stays round."""
        return True

    def heightForWidth(self, width: int) -> int:
        """As tall as it is wide."""
        return width

    def sizeHint(self) -> QSize:
        """Room for the text at full size (numerals 4x) at the person's text size."""
        needed = self._text_radius(1.0)
        least_stroke = scaled(self, MIN_STROKE)
        side = max(needed / (0.5 - _ROOM * STROKE_SHARE), 2 * (needed + _ROOM * least_stroke))
        return QSize(math.ceil(side), math.ceil(side))

    def _geometry(self, side: float) -> tuple[float, float, float]:
        """For a square of ``side``: the stroke, the ring's mid radius, the room for text."""
        stroke = max(float(scaled(self, MIN_STROKE)), side * STROKE_SHARE)
        radius = side / 2 - stroke * _OUTSIDE
        return stroke, radius, radius - stroke * _INSIDE

    def minimumSizeHint(self) -> QSize:
        """A third of the usual size; the text shrinks to fit rather than being cut."""
        third = self.sizeHint().width() // 3
        return QSize(third, third)

    def changeEvent(self, event: QEvent) -> None:
        """Repaint for a new palette or style; resize for a new text size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.PaletteChange,
            QEvent.Type.StyleChange,
        ):
            self.update()

    # ------------------------------------------------------------------ text layout

    def _font(self, factor: float, bold: bool) -> QFont:
        """The widget's font (the person's text size) times ``factor``."""
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * factor)
        font.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
        return font

    def _lines(self, scale: float, worst_case: bool) -> list[_Line]:
        """Numerals, "min left" and (when there is one) the state line, at ``scale``.

        ``worst_case`` measures the longest state words instead of the current ones, so the
        numerals keep one size whatever the state.
        """
        pal = self.palette()
        tokens = theme_tokens(self)
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(tokens.muted)
        numerals = self.time_text()
        if worst_case and len(numerals) < len(_WIDEST_TIME):
            numerals = _WIDEST_TIME
        lines = [
            _Line(
                numerals,
                self._font(NUMERALS_FACTOR * scale, True),
                muted if self._paused else text,
                tabular=True,
            ),
            _Line(
                translate("CountdownRing", "min left"),
                self._font(LABEL_FACTOR * scale, False),
                muted,
            ),
        ]
        state_line = self._state_line(scale, worst_case)
        if state_line is not None:
            lines.append(state_line)
        return lines

    def _state_line(self, scale: float, worst_case: bool) -> _Line | None:
        """The state words with their icon and colour (the longest words for ``worst_case``)."""
        font = self._font(LABEL_FACTOR * scale, True)
        if worst_case:
            every = [self._words_for(state) for state in RingState]
            every.append(translate("CountdownRing", "Paused"))
            longest = max(every, key=QFontMetricsF(font).horizontalAdvance)
            return _Line(longest, font, QColor(), "caution")
        words = self.state_words()
        if not words:
            return None
        return _Line(words, font, self._state_colour(), self._state_icon())

    def _state_colour(self) -> QColor:
        """Primary while running, caution near and past the time, stop at the maximum."""
        tokens = theme_tokens(self)
        if self._paused:
            return QColor(tokens.muted)
        state = self.state()
        if state is RingState.RUNNING:
            return QColor(tokens.primary)
        return QColor(tokens.stop if state is RingState.MAXIMUM else tokens.caution)

    def _state_icon(self) -> str | None:
        """The icon beside the state words: the words never stand on colour alone."""
        return "pause" if self._paused else _STATE_ICONS[self.state()]

    @staticmethod
    def _stack(lines: list[_Line]) -> list[tuple[_Line, float]]:
        """Each line with its top, the whole stack centred on 0 (numerals cap height only)."""
        heights = [_numerals_height(lines[0])] + [line.height() for line in lines[1:]]
        gap = lines[1].height() * 0.25
        total = sum(heights) + gap * (len(lines) - 1)
        top = -total / 2
        stacked = []
        for line, height in zip(lines, heights, strict=True):
            stacked.append((line, top))
            top += height + gap
        return stacked

    def _text_radius(self, scale: float) -> float:
        """The radius a circle needs to hold the worst-case text at ``scale``."""
        needed = 0.0
        lines = self._lines(scale, worst_case=True)
        heights = [_numerals_height(lines[0])] + [line.height() for line in lines[1:]]
        for (line, top), height in zip(self._stack(lines), heights, strict=True):
            far = max(abs(top), abs(top + height))
            needed = max(needed, math.hypot(line.width() / 2, far))
        return needed

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the track, the arc, the marks and the words, centred in a square."""
        del event
        stroke, radius, room = self._geometry(min(self.width(), self.height()))
        centre = QPointF(self.width() / 2, self.height() / 2)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_ring(painter, centre, radius, stroke)
        self._paint_marks(painter, centre, radius, stroke)
        scale = min(1.0, room / max(1.0, self._text_radius(1.0)))
        self._paint_text(painter, centre, scale)
        painter.end()

    def _arc_colour(self) -> QColor:
        """The state's colour; dimmed while paused."""
        colour = self._state_colour()
        if self._paused:
            colour.setAlphaF(0.45)
        return colour

    def _track_colour(self) -> QColor:
        """A faint ring: the window colour mixed with a little text colour."""
        pal = self.palette()
        back = pal.color(QPalette.ColorRole.Window)
        front = pal.color(QPalette.ColorRole.WindowText)
        mix = 0.16
        return QColor.fromRgbF(
            back.redF() + (front.redF() - back.redF()) * mix,
            back.greenF() + (front.greenF() - back.greenF()) * mix,
            back.blueF() + (front.blueF() - back.blueF()) * mix,
        )

    def _paint_ring(self, painter: QPainter, centre: QPointF, radius: float, stroke: float) -> None:
        """The track (all of it coloured once time is up), then the arc still to go."""
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        over = not self._paused and self.state() in (RingState.TIME_UP, RingState.MAXIMUM)
        track = self._arc_colour() if over else self._track_colour()
        painter.setPen(QPen(track, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(box)
        if over:
            return
        start = self._angle(self._planned - self._remaining)
        end = self._angle(self._planned)
        if end <= start:
            return
        painter.setPen(
            QPen(self._arc_colour(), stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        )
        painter.drawArc(box, round((90 - start) * 16), -round((end - start) * 16))

    def _angle(self, elapsed: timedelta) -> float:
        """Degrees clockwise from 12 o'clock for ``elapsed`` (the full circle is the maximum)."""
        if self._maximum <= timedelta(0):
            return 0.0
        return 360.0 * max(0.0, min(1.0, elapsed / self._maximum))

    def _paint_marks(
        self, painter: QPainter, centre: QPointF, radius: float, stroke: float
    ) -> None:
        """A tick across the ring at the recommended time and a bar at its end (the maximum)."""
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        reach = stroke * 0.7  # plus the round cap: stays within _OUTSIDE
        if self._maximum > timedelta(0) and self._recommended < self._maximum:
            self._tick(
                painter, centre, self._angle(self._recommended), radius, reach, stroke * 0.2, colour
            )
        self._tick(painter, centre, 0.0, radius, reach, stroke * 0.32, colour)

    @staticmethod
    def _tick(
        painter: QPainter,
        centre: QPointF,
        degrees: float,
        radius: float,
        reach: float,
        width: float,
        colour: QColor,
    ) -> None:
        """A radial line across the ring at ``degrees`` clockwise from 12 o'clock."""
        turn = math.radians(degrees)
        direction = QPointF(math.sin(turn), -math.cos(turn))
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(
            centre + direction * (radius - reach), centre + direction * (radius + reach)
        )

    def _paint_text(self, painter: QPainter, centre: QPointF, scale: float) -> None:
        """The numerals (tabular), "min left" and the state line, centred."""
        lines = self._lines(scale, worst_case=False)
        for index, (line, top) in enumerate(self._stack(lines)):
            painter.setFont(line.font)
            painter.setPen(line.colour)
            metrics = QFontMetricsF(line.font)
            if index == 0:
                baseline = centre.y() + top + _numerals_height(line)
                _draw_tabular(painter, line.text, centre.x(), baseline)
                continue
            left = centre.x() - line.width() / 2
            baseline = centre.y() + top + metrics.ascent()
            if line.icon:
                left = self._paint_icon(painter, line, left, centre.y() + top)
            painter.drawText(QPointF(left, baseline), line.text)

    @staticmethod
    def _paint_icon(painter: QPainter, line: _Line, left: float, top: float) -> float:
        """Draw the line's icon at ``left``; return where the words start."""
        size = line.icon_size()
        assert line.icon is not None
        pixmap = optional_pixmap(line.icon, line.colour, size)
        if pixmap is not None:
            offset = (line.height() - size) / 2
            painter.drawPixmap(QPointF(left, top + offset), pixmap)
        return left + size * 1.25


def _numerals_height(line: _Line) -> float:
    """The numerals' own height: digits reach the cap height, no descenders."""
    return QFontMetricsF(line.font).capHeight() * 1.08


def _char_widths(font: QFont, text: str) -> list[float]:
    """Each character's cell: every digit as wide as the widest digit (tabular figures)."""
    metrics = QFontMetricsF(font)
    cell = max(metrics.horizontalAdvance(digit) for digit in _DIGITS)
    return [cell if char in _DIGITS else metrics.horizontalAdvance(char) for char in text]


def _draw_tabular(painter: QPainter, text: str, centre_x: float, baseline: float) -> None:
    """Draw ``text`` with every digit in a cell of the same width, so numbers never jiggle."""
    metrics = QFontMetricsF(painter.font())
    widths = _char_widths(painter.font(), text)
    x = centre_x - sum(widths) / 2
    for char, width in zip(text, widths, strict=True):
        painter.drawText(QPointF(x + (width - metrics.horizontalAdvance(char)) / 2, baseline), char)
        x += width
