"""The whole app: the daily pain check-in on Today, and its optional reminder (fake clock; it
starts on Monday 2 March 2026 at 10:00 in Berlin)."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coldcare.domain.localtime import resolve_local
from coldcare.domain.plan import day_bounds
from coldcare.domain.records import PainContext
from coldcare.services.checkin_reminder import JOB_ID
from tests.ui.app_rig import BERLIN, Rig, started, with_profile

MONDAY = date(2026, 3, 2)


def press(qtbot: QtBot, key: Qt.Key | str) -> None:
    """A key press on whatever has the focus."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)


def test_checking_in_from_today_with_the_keyboard_stores_and_shows_it(
    rig: Rig, qtbot: QtBot
) -> None:
    profile = with_profile(rig)
    started(rig, qtbot)
    rig.app.window.activateWindow()
    card = rig.app.today.checkin_card
    card.scale.buttons()[0].setFocus(Qt.FocusReason.TabFocusReason)

    press(qtbot, "3")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.note
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.save_button
    press(qtbot, Qt.Key.Key_Space)

    assert profile.id is not None
    ratings = rig.app.repositories.pain.ratings_between(profile.id, *day_bounds(MONDAY, BERLIN))
    assert [(r.value, r.context) for r in ratings] == [(3, PainContext.DAILY)]
    assert card.saved_text.text() == "Today: 3 — mild, saved 10:00"
    assert QApplication.focusWidget() is card.rate_again


def test_the_reminder_turned_on_in_settings_asks_in_the_evening_until_answered(
    rig: Rig, qtbot: QtBot
) -> None:
    with_profile(rig)
    started(rig, qtbot)
    assert JOB_ID not in rig.wake.armed

    rig.app.settings_page.checkin_reminder.setChecked(True)
    evening = resolve_local(MONDAY, time(19, 0), BERLIN)
    assert rig.wake.armed[JOB_ID][0] == evening

    rig.wake.advance_to(evening + timedelta(minutes=1))
    banner = rig.app.window.banner
    assert banner.isVisibleTo(rig.app.window)
    assert "How is your pain today? Rate it on Today." in banner.accessibleName()
    card = rig.app.today.checkin_card
    card.scale.buttons()[5].click()
    card.save()
    assert not banner.isVisibleTo(rig.app.window)

    rig.wake.advance_to(evening + timedelta(days=1) - timedelta(minutes=1))
    assert rig.wake.armed[JOB_ID][0] == evening + timedelta(days=1)
