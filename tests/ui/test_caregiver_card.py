"""The caregiver PIN card in the settings: set (twice), change and remove (each asking the
current PIN), and the plain words about what it protects and how to reset it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from coldcare.domain.caregiver_pin import ProtectedAction
from coldcare.services.caregiver_lock import CaregiverLock
from coldcare.ui.pages.caregiver_card import CaregiverCard, NewPinDialog
from coldcare.ui.pages.settings_page import SettingsPage
from coldcare.ui.pin_gate import PinDialog
from coldcare.ui.state import AppState
from coldcare.ui.widgets.common import IconPainter
from tests.ui.app_rig import FakeAlarm, FakeVoice
from tests.ui.helpers import dispose, interactive
from tests.ui.plan_fakes import PlanRig

PIN = "2468"


def _card(state: AppState) -> Iterator[CaregiverCard]:
    made = CaregiverCard(state, IconPainter(state))
    made.resize(900, 700)
    made.show()
    yield made
    dispose(made)


@pytest.fixture
def card(plan_rig: PlanRig) -> Iterator[CaregiverCard]:
    """The card with no PIN set."""
    yield from _card(plan_rig.state)


@pytest.fixture
def card_with_pin(plan_rig: PlanRig) -> Iterator[CaregiverCard]:
    """The card with the PIN 2468 set."""
    lock(plan_rig).set_pin(PIN, PIN)
    yield from _card(plan_rig.state)


def lock(plan_rig: PlanRig) -> CaregiverLock:
    return CaregiverLock(plan_rig.state.repositories.pin, plan_rig.clock)


def only(parent: QWidget, kind: type[QWidget]) -> QWidget:
    (found,) = [w for w in parent.findChildren(kind) if w.isVisible()]
    return found


def new_pin(qtbot: QtBot, card: CaregiverCard, first: str, second: str) -> NewPinDialog:
    """Type the new PIN twice and press Enter."""
    dialog = only(card, NewPinDialog)
    assert isinstance(dialog, NewPinDialog)
    qtbot.keyClicks(dialog.pin, first)
    qtbot.keyClicks(dialog.repeated, second)
    qtbot.keyClick(dialog.repeated, Qt.Key.Key_Return)
    return dialog


def give_pin(qtbot: QtBot, card: CaregiverCard, pin: str) -> None:
    dialog = only(card, PinDialog)
    assert isinstance(dialog, PinDialog)
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)


def words(card: CaregiverCard) -> str:
    return " ".join(label.text() for label in card.findChildren(QLabel))


def test_the_card_says_what_the_pin_protects_and_how_to_reset_it(card: CaregiverCard) -> None:
    text = words(card)
    assert "No PIN is set" in text
    for action in ProtectedAction:
        assert action.words in text
    assert "against changes by accident" in text
    assert "does not stop a determined person" in text
    assert "never need it: cold sessions, check-ins" in text
    assert "coldcare reset-pin" in text
    assert "all data is kept" in text
    assert card.set_button.isVisible()
    assert not card.change_button.isVisible()
    assert not card.remove_button.isVisible()


def test_a_pin_is_set_by_typing_it_twice(
    card: CaregiverCard, plan_rig: PlanRig, qtbot: QtBot
) -> None:
    card.set_button.click()
    dialog = new_pin(qtbot, card, PIN, "2469")
    assert dialog.isVisible()
    assert dialog.problem.text().startswith("The two PINs are not the same.")
    assert not lock(plan_rig).is_set()
    dialog.pin.clear()
    dialog.repeated.clear()
    new_pin(qtbot, card, "24", "24")
    assert dialog.problem.text() == "A PIN needs at least 4 digits."
    dialog.pin.clear()
    dialog.repeated.clear()
    new_pin(qtbot, card, PIN, PIN)
    assert not dialog.isVisible()
    assert lock(plan_rig).check(PIN)
    assert "A PIN is set." in words(card)
    assert card.note.text() == "The PIN is saved. Keep it somewhere safe."
    assert card.change_button.isVisible()
    assert card.remove_button.isVisible()
    assert not card.set_button.isVisible()


def test_cancel_sets_nothing(card: CaregiverCard, plan_rig: PlanRig, qtbot: QtBot) -> None:
    card.set_button.click()
    dialog = only(card, NewPinDialog)
    qtbot.keyClicks(dialog.pin, PIN)  # type: ignore[attr-defined]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not lock(plan_rig).is_set()


def test_changing_the_pin_asks_the_current_one_first(
    card_with_pin: CaregiverCard, plan_rig: PlanRig, qtbot: QtBot
) -> None:
    card = card_with_pin
    assert "A PIN is set." in words(card)
    card.change_button.click()
    assert [w for w in card.findChildren(NewPinDialog) if w.isVisible()] == []
    give_pin(qtbot, card, "1357")
    assert [w for w in card.findChildren(NewPinDialog) if w.isVisible()] == []
    give_pin(qtbot, card, PIN)
    new_pin(qtbot, card, "97531", "97531")
    assert lock(plan_rig).check("97531")
    assert not lock(plan_rig).check(PIN)


def test_removing_the_pin_asks_it_first(
    card_with_pin: CaregiverCard, plan_rig: PlanRig, qtbot: QtBot
) -> None:
    card = card_with_pin
    card.remove_button.click()
    give_pin(qtbot, card, "1357")
    assert lock(plan_rig).is_set()
    qtbot.keyClick(only(card, PinDialog), Qt.Key.Key_Escape)
    assert lock(plan_rig).is_set()
    card.remove_button.click()
    give_pin(qtbot, card, PIN)
    assert not lock(plan_rig).is_set()
    assert card.note.text() == "The PIN is removed. Nothing asks for it now."
    assert card.set_button.isVisible()


def test_every_control_is_named(card: CaregiverCard) -> None:
    card.set_button.click()
    dialog = only(card, NewPinDialog)
    for root in (card, dialog):
        assert all(widget.accessibleName() for widget in interactive(root))
    assert {w.accessibleName() for w in interactive(dialog)} >= {"New PIN", "The new PIN again"}


def test_the_settings_page_shows_the_card(plan_rig: PlanRig) -> None:
    page = SettingsPage(plan_rig.state, FakeAlarm(), FakeVoice())
    cards = page.findChildren(CaregiverCard)
    dispose(page)
    assert len(cards) == 1
