"""What screen readers hear from the body map and the timer, the keys named in tooltips, and a
visible focus on every kind of control (issue: accessibility completed)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coldcare.domain.vocabulary import BodySite
from coldcare.ui import theme
from coldcare.ui.widgets.body_map import SitePicker
from tests.ui.app_rig import Rig, set_up_session, start_timer, started, with_profile
from tests.ui.helpers import dispose

KNEE = BodySite.parse("knee-left")
BACK = BodySite.parse("lower-back")


@pytest.fixture
def picker(qtbot: QtBot) -> Iterator[SitePicker]:
    made = SitePicker()
    qtbot.addWidget(made)
    made.resize(900, 700)
    made.show()
    yield made
    dispose(made)


def _item_description(picker: SitePicker, site: BodySite) -> str:
    for row in range(picker.site_list.count()):
        item = picker.site_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == site.code:
            return str(item.data(Qt.ItemDataRole.AccessibleDescriptionRole))
    raise KeyError(site)


def test_each_site_in_the_list_says_whether_it_is_chosen_or_resting(picker: SitePicker) -> None:
    picker.set_unavailable({BACK: "resting until 15:10"})
    assert _item_description(picker, BACK) == "Not now: resting until 15:10."
    assert _item_description(picker, KNEE) == "Free."
    picker.set_site(KNEE)
    assert _item_description(picker, KNEE) == "Chosen."
    picker.set_site(BACK)
    assert _item_description(picker, BACK) == "Chosen, but resting until 15:10."
    assert _item_description(picker, KNEE) == "Free."


def test_the_picker_sums_up_the_choice(picker: SitePicker) -> None:
    assert (
        picker.accessibleDescription() == "Nothing chosen yet: choose on the body or in the list."
    )
    picker.set_site(KNEE)
    assert picker.accessibleDescription() == "Chosen: Left knee (front and inner side)"


def test_the_map_names_the_chosen_site_while_the_keys_are_elsewhere(
    picker: SitePicker, qtbot: QtBot
) -> None:
    view = picker.front
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    picker.set_site(KNEE)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.accessibleDescription() == (
        "Forehead and temples. Press Enter to choose. Chosen now: Left knee (front and inner side)."
    )


def test_the_timer_says_the_time_left_and_the_next_check_without_flooding(
    rig: Rig, qtbot: QtBot
) -> None:
    with_profile(rig)
    started(rig, qtbot)
    set_up_session(rig, qtbot)
    start_timer(rig, qtbot)
    ring = rig.app.session_page.run.ring
    assert ring.accessibleName() == "Time left"
    assert ring.accessibleDescription() == "15 minutes left, skin check in 5 minutes"
    rig.tick(0.5)
    assert ring.accessibleDescription() == "15 minutes left, skin check in 5 minutes"
    rig.tick(0.5)
    assert ring.accessibleDescription() == "14 minutes left, skin check in 4 minutes"
    pause = rig.app.session_page.run.pause
    qtbot.keyClick(pause, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert ring.accessibleDescription().startswith("Paused. ")


def test_buttons_name_their_shortcuts_in_the_tooltip(rig: Rig, qtbot: QtBot) -> None:
    with_profile(rig)
    started(rig, qtbot)
    set_up_session(rig, qtbot)
    assert "(Ctrl+Return)" in rig.app.session_page.setup.next.toolTip()
    start_timer(rig, qtbot)
    run = rig.app.session_page.run
    tips = {
        "Ctrl+P": run.pause,
        "Ctrl+E": run.off,
        "Ctrl+Shift+S": run.stop,
        "Ctrl+D": run.acknowledge,
    }
    for key, button in tips.items():
        assert f"({key})" in button.toolTip(), button.text()
    assert "(Ctrl+D)" in run.skin_card.done_button.toolTip()


CONTROLS = (
    "QPushButton",
    "QToolButton",
    "QComboBox",
    "QLineEdit",
    "QSpinBox",
    "QDoubleSpinBox",
    "QTimeEdit",
    "QDateEdit",
    "QTextEdit",
    "QPlainTextEdit",
    "QListWidget",
    "QTableView",
    "QCheckBox",
    "QRadioButton",
    "QSlider",
    "QTabBar::tab",
)


@pytest.mark.parametrize("name", list(theme.ThemeName), ids=str)
def test_every_kind_of_control_shows_the_focus_ring(name: theme.ThemeName) -> None:
    look = theme.Appearance(name, 100)
    sheet = theme.stylesheet(look)
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", sheet)
    ringed = {
        selector.strip().removesuffix(":focus")
        for selectors, body in rules
        if f"3px solid {look.tokens.focus}" in body
        for selector in selectors.split(",")
        if selector.strip().endswith(":focus")
    }
    assert set(CONTROLS) <= ringed
