"""The countdown ring: its states in words and colour, and a description said once a minute."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coldcare.ui import theme
from coldcare.ui.theme import TOKENS, Appearance, ThemeName
from coldcare.ui.widgets.countdown_ring import CountdownRing, RingState, duration_words

MINUTE = timedelta(minutes=1)
PLANNED = 15 * MINUTE
RECOMMENDED = 15 * MINUTE
MAXIMUM = 20 * MINUTE


@pytest.fixture
def ring(qtbot: QtBot) -> CountdownRing:
    widget = CountdownRing()
    qtbot.addWidget(widget)
    return widget


def _show(ring: CountdownRing, remaining: timedelta, planned: timedelta = PLANNED) -> None:
    ring.set_times(remaining, planned, RECOMMENDED, MAXIMUM)


def test_the_description_changes_once_a_minute_not_every_second(ring: CountdownRing) -> None:
    ring.set_next_check(timedelta(minutes=2, seconds=18))
    _show(ring, timedelta(minutes=11, seconds=42))
    assert ring.accessibleDescription() == "11 minutes 42 seconds left, skin check in 3 minutes"
    said = [ring.accessibleDescription()]
    left = timedelta(minutes=11, seconds=42)
    for second in range(1, 3 * 60 + 1):  # three minutes of one-second ticks
        left -= timedelta(seconds=1)
        ring.set_next_check(timedelta(minutes=2, seconds=18) - timedelta(seconds=second))
        _show(ring, left)
        if ring.accessibleDescription() != said[-1]:
            said.append(ring.accessibleDescription())
    assert said == [
        "11 minutes 42 seconds left, skin check in 3 minutes",
        "11 minutes left, skin check in 2 minutes",
        "10 minutes left, skin check in 1 minute",
        "9 minutes left, skin check now",
    ]
    assert ring.time_text() == "8:42"


def test_the_accessible_name_says_what_it_is(ring: CountdownRing) -> None:
    assert ring.accessibleName() == "Time left"


@pytest.mark.parametrize(
    ("remaining", "planned", "state", "words"),
    [
        (timedelta(minutes=7), PLANNED, RingState.RUNNING, ""),
        (timedelta(seconds=42), PLANNED, RingState.NEARLY_DONE, "Nearly done"),
        # planned beyond the recommended time: caution in the minute before it is reached ...
        (timedelta(minutes=5, seconds=30), 20 * MINUTE, RingState.NEARLY_DONE, "Nearly done"),
        # ... and after it
        (timedelta(minutes=4), 20 * MINUTE, RingState.PAST_RECOMMENDED, "Past recommended time"),
        (timedelta(0), 10 * MINUTE, RingState.TIME_UP, "Time is up"),
        (timedelta(0), 20 * MINUTE, RingState.MAXIMUM, "Take it off now"),
        (-3 * MINUTE, PLANNED, RingState.TIME_UP, "Time is up"),  # 18 of 20 min
        (-5 * MINUTE, PLANNED, RingState.MAXIMUM, "Take it off now"),
    ],
)
def test_each_state_is_said_in_words(
    ring: CountdownRing, remaining: timedelta, planned: timedelta, state: RingState, words: str
) -> None:
    _show(ring, remaining, planned)
    assert ring.state() is state
    assert ring.state_words() == words
    if words:
        assert ring.accessibleDescription().startswith(words)


def test_at_the_maximum_the_numbers_stop_at_zero_and_the_words_say_take_it_off(
    ring: CountdownRing,
) -> None:
    _show(ring, -6 * MINUTE)
    assert ring.time_text() == "0:00"
    assert ring.accessibleDescription() == "Take it off now"


def test_pausing_dims_the_ring_says_paused_and_is_told_at_once(ring: CountdownRing) -> None:
    ring.set_next_check(2 * MINUTE)
    _show(ring, timedelta(minutes=11, seconds=42))
    ring.set_paused(True)
    assert ring.is_paused()
    assert ring.state_words() == "Paused"
    assert ring.accessibleDescription() == "Paused. 11 minutes 42 seconds left"
    ring.set_paused(False)
    assert ring.state_words() == ""
    assert ring.accessibleDescription() == "11 minutes 42 seconds left, skin check in 2 minutes"


def test_durations_in_words_use_singular_and_plural() -> None:
    assert duration_words(60) == "1 minute"
    assert duration_words(121) == "2 minutes 1 second"
    assert duration_words(30) == "30 seconds"
    assert duration_words(-5) == "0 seconds"


def test_a_maximum_of_zero_is_refused(ring: CountdownRing) -> None:
    with pytest.raises(ValueError, match="maximum"):
        ring.set_times(MINUTE, MINUTE, MINUTE, timedelta(0))


def test_the_ring_is_square_and_grows_with_the_text(qapp: QApplication, qtbot: QtBot) -> None:
    normal = CountdownRing()
    qtbot.addWidget(normal)
    hint = normal.sizeHint()
    assert hint.width() == hint.height()
    assert normal.hasHeightForWidth()
    assert normal.heightForWidth(300) == 300
    theme.apply(qapp, Appearance(ThemeName.LIGHT, 200))
    large = CountdownRing()
    qtbot.addWidget(large)
    assert large.sizeHint().width() == pytest.approx(hint.width() * 2, rel=0.1)


def _arc_pixel(ring: CountdownRing) -> QColor:
    """The colour in the middle of the ring's stroke at 3 o'clock (a quarter of 20 min)."""
    image = ring.grab().toImage()
    side = ring.width()
    stroke = max(16, side * 0.06)
    x = round(side - stroke * 0.9)
    return QColor(image.pixel(x, side // 2))


@pytest.mark.parametrize("name", [ThemeName.LIGHT, ThemeName.DARK])
def test_the_ring_is_drawn_in_the_palette_s_colours(
    qapp: QApplication, qtbot: QtBot, name: ThemeName
) -> None:
    theme.apply(qapp, Appearance(name, 100))
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(400, 400)
    _show(ring, PLANNED)  # the arc runs from 12 o'clock past 3 o'clock
    assert _arc_pixel(ring) == QColor(TOKENS[name].primary)
    _show(ring, -5 * MINUTE)  # at the maximum the whole ring turns to the stop colour
    assert _arc_pixel(ring) == QColor(TOKENS[name].stop)


def test_the_ring_follows_a_palette_change(qapp: QApplication, ring: CountdownRing) -> None:
    ring.resize(400, 400)
    _show(ring, PLANNED)
    assert _arc_pixel(ring) == QColor(TOKENS[ThemeName.LIGHT].primary)
    theme.apply(qapp, Appearance(ThemeName.HIGH_CONTRAST, 100))
    assert _arc_pixel(ring) == QColor(TOKENS[ThemeName.HIGH_CONTRAST].primary)


def test_in_a_small_ring_the_numbers_shrink_to_fit_inside_it(
    qapp: QApplication, qtbot: QtBot
) -> None:
    theme.apply(qapp, Appearance(ThemeName.LIGHT, 200))
    ring = CountdownRing()
    qtbot.addWidget(ring)
    side = ring.minimumSizeHint().width()
    assert side < ring.sizeHint().width() / 2
    ring.resize(side, side)
    # recommended = maximum: no tick but the bar at 12 o'clock, drawn in the text colour too
    ring.set_times(10 * MINUTE, 10 * MINUTE, MAXIMUM, MAXIMUM)
    image = ring.grab().toImage()
    ink = QColor(TOKENS[ThemeName.LIGHT].text)
    stroke = 32  # 16 px at 100 % text, doubled; the ring is too small for a thicker one
    inside = side / 2 - 1.4 * stroke  # the ring's inner edge
    below_the_bar = range(round(2 * stroke), side)
    numerals = [
        math.hypot(x - side / 2, y - side / 2)
        for x in range(side)
        for y in below_the_bar
        if image.pixelColor(x, y) == ink
    ]
    assert numerals
    assert max(numerals) < inside
