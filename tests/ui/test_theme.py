"""The palettes meet WCAG 2.2 contrast, and the text size reaches every widget."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QTimeEdit
from pytestqt.qtbot import QtBot

from coldcare.ui import theme
from coldcare.ui.theme import TOKENS, Appearance, ThemeName, contrast


@pytest.mark.parametrize("name", list(ThemeName))
def test_body_text_reaches_aaa_and_every_other_text_pair_aa(name: ThemeName) -> None:
    t = TOKENS[name]
    assert contrast(t.text, t.background) >= 7
    assert contrast(t.text, t.surface) >= 7
    pairs = [
        (t.muted, t.background),
        (t.muted, t.surface),
        (t.on_primary, t.primary),
        (t.caution, t.caution_bg),
        (t.stop, t.stop_bg),
        (t.safe, t.surface),
        (t.primary, t.surface),
    ]
    for foreground, background in pairs:
        assert contrast(foreground, background) >= 4.5, (foreground, background)


def test_contrast_of_black_on_white_is_21() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1)


def test_the_text_size_setting_scales_every_font(qapp: QApplication, qtbot: QtBot) -> None:
    label = QLabel("Hello")
    label.setProperty("role", "title")
    qtbot.addWidget(label)
    theme.apply(qapp, Appearance(ThemeName.LIGHT, 100))
    label.ensurePolished()
    normal = label.fontInfo().pointSizeF()
    assert qapp.font().pointSizeF() == pytest.approx(13)
    theme.apply(qapp, Appearance(ThemeName.DARK, 200))
    label.setStyleSheet("")  # re-polish under the new application stylesheet
    label.ensurePolished()
    assert qapp.font().pointSizeF() == pytest.approx(26)
    assert label.fontInfo().pointSizeF() == pytest.approx(normal * 2, rel=0.1)


def test_an_adaptive_row_stacks_when_its_widgets_do_not_fit(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton  # noqa: PLC0415

    from coldcare.ui.widgets.common import AdaptiveRow  # noqa: PLC0415

    row = AdaptiveRow(min_chars=30)
    qtbot.addWidget(row)
    first, second = QPushButton("one"), QPushButton("two")
    row.add(first)
    row.add(second)
    second.hide()
    wide = 30 * row.fontMetrics().averageCharWidth() + 10
    row.resize(wide, 200)
    row.show()
    qtbot.waitUntil(lambda: row.width() == wide)
    assert not row.is_stacked()
    second.show()
    assert row.is_stacked()
    row.resize(2 * wide + 40, 200)
    qtbot.waitUntil(lambda: not row.is_stacked())


def _pixels_in(image: QImage, colour: str, left: int) -> int:
    """How many pixels right of ``left`` are within a small distance of ``colour``."""
    wanted = QColor(colour)
    near = 0
    for x in range(left, image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            distance = abs(pixel.red() - wanted.red()) + abs(pixel.green() - wanted.green())
            near += distance + abs(pixel.blue() - wanted.blue()) < 60
    return near


@pytest.mark.parametrize("name", list(ThemeName))
def test_drop_downs_and_step_buttons_show_an_arrow_in_the_text_colour(
    qapp: QApplication, qtbot: QtBot, name: ThemeName
) -> None:
    look = Appearance(name, 150)
    theme.apply(qapp, look)
    combo, time_edit = QComboBox(), QTimeEdit()
    combo.addItem("Gel pack")
    for box in (combo, time_edit):
        qtbot.addWidget(box)
        box.resize(look.pixels(240), look.pixels(44))
        box.show()
        qtbot.waitExposed(box)
        image = box.grab().toImage()
        arrow_area = image.width() - look.pixels(32)
        assert _pixels_in(image, look.tokens.text, arrow_area) >= 20, type(box).__name__
