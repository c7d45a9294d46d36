"""The pain check-in card on Today: rate, see it saved, rate again; the weekly questions line.

Anna's stores are on disk (plan_rig); the fake clock starts on Monday 2 March 2026 at 10:00 in
Berlin.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from coldcare.domain.localtime import resolve_local
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.plan import day_bounds
from coldcare.domain.records import PainContext, PainRating
from coldcare.ui.dialogs_peg import PegDialog
from coldcare.ui.pages.today_page import TodayPage
from coldcare.ui.widgets.checkin_card import CheckInCard
from tests.ui.helpers import dispose, interactive, tab_reaches_all
from tests.ui.plan_fakes import BERLIN, PlanRig

MONDAY = date(2026, 3, 2)


@pytest.fixture
def card(plan_rig: PlanRig) -> Iterator[CheckInCard]:
    made = CheckInCard(plan_rig.state)
    made.resize(900, 500)
    made.show()
    made.refresh(plan_rig.profile_id, plan_rig.clock.now())
    yield made
    for dialog in made.findChildren(PegDialog):
        dispose(dialog)
    dispose(made)


def daily_ratings(rig: PlanRig, day: date = MONDAY) -> list[PainRating]:
    ratings = rig.state.repositories.pain.ratings_between(rig.profile_id, *day_bounds(day, BERLIN))
    return [r for r in ratings if r.context is PainContext.DAILY]


def add_peg(rig: PlanRig, day: date) -> PegResponse:
    answered = resolve_local(day, rig.clock.now().astimezone(BERLIN).time(), BERLIN)
    return rig.state.repositories.pegs.add_peg(PegResponse(rig.profile_id, answered, 5, 4, 4))


# ----------------------------------------------------------------------------- check-in


def test_before_the_check_in_it_asks_and_offers_the_weekly_questions(card: CheckInCard) -> None:
    assert card.heading.text() == "How is your pain right now?"
    assert card.scale.isVisible()
    assert card.scale.value() is None
    assert card.save_button.isVisible()
    assert not card.cancel_button.isVisible()
    assert not card.rate_again.isVisible()
    assert card.peg_button.isVisible()
    assert card.peg_button.text() == "Weekly questions (1 minute)"


def test_checking_in_from_the_keyboard_stores_a_daily_rating_and_shows_it(
    plan_rig: PlanRig, card: CheckInCard, qtbot: QtBot
) -> None:
    first = card.scale.buttons()[0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_4)
    qtbot.keyClicks(card.note, "Stiff after the walk")
    with qtbot.waitSignal(card.checked_in) as saved:
        qtbot.keyClick(card.note, Qt.Key.Key_Return)

    (stored,) = daily_ratings(plan_rig)
    assert saved.args == [stored]
    assert (stored.value, stored.note, stored.rated_at) == (
        4,
        "Stiff after the walk",
        plan_rig.clock.now(),
    )
    assert card.heading.text() == "Pain check-in"
    assert card.saved_text.text() == "Today: 4 — moderate, saved 10:00"
    assert card.saved_note.text() == "Stiff after the walk"
    assert not card.scale.isVisible()
    assert QApplication.focusWidget() is card.rate_again


def test_save_without_a_number_says_so_and_stores_nothing(
    plan_rig: PlanRig, card: CheckInCard, qtbot: QtBot
) -> None:
    with qtbot.assertNotEmitted(card.checked_in):
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert card.problem.text() == "Choose a number from 0 to 10 first."
    assert daily_ratings(plan_rig) == []
    card.scale.buttons()[2].click()
    assert card.problem.text() == ""


def test_rating_again_adds_a_rating_and_shows_the_latest(
    plan_rig: PlanRig, card: CheckInCard, qtbot: QtBot
) -> None:
    card.scale.buttons()[6].click()
    card.save()
    plan_rig.clock.advance(minutes=75)

    qtbot.mouseClick(card.rate_again, Qt.MouseButton.LeftButton)
    assert card.scale.isVisible()
    assert card.cancel_button.isVisible()
    assert card.scale.value() is None
    assert QApplication.focusWidget() is card.scale.buttons()[6]
    card.scale.buttons()[3].click()
    card.save()

    assert [r.value for r in daily_ratings(plan_rig)] == [6, 3]
    assert card.saved_text.text() == "Today: 3 — mild, saved 11:15"


def test_cancel_keeps_the_saved_rating(plan_rig: PlanRig, card: CheckInCard, qtbot: QtBot) -> None:
    card.scale.buttons()[6].click()
    card.save()
    card.rate_again.click()
    card.scale.buttons()[9].click()

    qtbot.mouseClick(card.cancel_button, Qt.MouseButton.LeftButton)
    assert [r.value for r in daily_ratings(plan_rig)] == [6]
    assert card.saved_text.text() == "Today: 6 — moderate, saved 10:00"
    assert QApplication.focusWidget() is card.rate_again


def test_a_refresh_keeps_a_number_being_chosen(plan_rig: PlanRig, card: CheckInCard) -> None:
    card.scale.buttons()[5].click()
    card.note.setText("half typed")
    plan_rig.clock.advance(minutes=1)
    card.refresh(plan_rig.profile_id, plan_rig.clock.now())
    assert card.scale.value() == 5
    assert card.note.text() == "half typed"


def test_a_new_day_asks_again(plan_rig: PlanRig, card: CheckInCard) -> None:
    card.scale.buttons()[5].click()
    card.save()
    tuesday_morning = resolve_local(MONDAY + timedelta(days=1), plan_rig.clock.now().time(), BERLIN)
    plan_rig.clock.advance((tuesday_morning - plan_rig.clock.now()).total_seconds())
    card.refresh(plan_rig.profile_id, plan_rig.clock.now())
    assert card.heading.text() == "How is your pain right now?"
    assert card.scale.isVisible()
    assert not card.cancel_button.isVisible()


def test_other_ratings_of_the_day_are_not_a_check_in(plan_rig: PlanRig, card: CheckInCard) -> None:
    plan_rig.state.repositories.pain.add_rating(
        PainRating(plan_rig.profile_id, plan_rig.clock.now(), 7, PainContext.EXERCISE)
    )
    card.refresh(plan_rig.profile_id, plan_rig.clock.now())
    assert card.scale.isVisible()


# ----------------------------------------------------------------------------- weekly questions


def test_weekly_questions_answered_this_week_say_when_and_when_next(
    plan_rig: PlanRig, card: CheckInCard
) -> None:
    add_peg(plan_rig, MONDAY - timedelta(days=6))  # Tuesday last week
    card.refresh(plan_rig.profile_id, plan_rig.clock.now())
    assert not card.peg_button.isVisible()
    assert card.peg_text.text() == (
        "Weekly questions answered on Tue 24 Feb — score 4.3; next due tomorrow"
    )


def test_weekly_questions_a_week_old_are_due_again(plan_rig: PlanRig, card: CheckInCard) -> None:
    add_peg(plan_rig, MONDAY - timedelta(days=7))
    card.refresh(plan_rig.profile_id, plan_rig.clock.now())
    assert card.peg_button.isVisible()
    assert "due" in card.peg_text.text()


def test_the_weekly_questions_open_and_once_saved_the_line_says_so(
    plan_rig: PlanRig, card: CheckInCard, qtbot: QtBot
) -> None:
    qtbot.mouseClick(card.peg_button, Qt.MouseButton.LeftButton)
    dialog = card.peg_dialog
    assert isinstance(dialog, PegDialog)
    assert dialog.isVisible()
    for scale, value in zip(dialog.scales(), (5, 4, 4), strict=True):
        scale.buttons()[value].click()
    with qtbot.waitSignal(card.peg_answered) as answered:
        dialog.save_button.click()

    assert isinstance(answered.args[0], PegResponse)
    assert not card.peg_button.isVisible()
    assert card.peg_text.text() == (
        "Weekly questions answered today — score 4.3; next due on Mon 9 Mar"
    )


# ----------------------------------------------------------------------------- access


def test_every_control_is_named_and_reached_by_tab(card: CheckInCard, qtbot: QtBot) -> None:
    assert [type(w).__name__ for w in interactive(card) if not w.accessibleName()] == []
    # Tab enters the scale once (arrows and digits move inside it), so its other numbers are
    # not tab stops; everything else is.
    scale_names = {b.accessibleName() for b in card.scale.buttons()}
    assert [name for name in tab_reaches_all(qtbot, card) if name not in scale_names] == []
    card.note.setFocus()
    qtbot.keyClick(card.note, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() in card.scale.buttons()


def test_on_today_the_card_sits_after_the_plan_and_fits_at_200_percent(
    plan_rig: PlanRig, qtbot: QtBot
) -> None:
    plan_rig.state.set_text_scale(200)
    page = TodayPage(plan_rig.state, plan_rig.controller, plan_rig.desk)
    page.resize(1280 - 474, 800)  # beside the navigation rail at 200 %
    page.show()
    page.refresh()
    qtbot.waitExposed(page)
    try:
        order = [page._layout.indexOf(w) for w in (page.plan_card, page.checkin_card)]
        assert order[1] == order[0] + 1
        area = page.findChild(QScrollArea)
        assert area is not None
        content = area.widget()
        assert content is not None
        assert content.minimumSizeHint().width() <= area.viewport().width()
    finally:
        dispose(page)
