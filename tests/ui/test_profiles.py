"""Several people on one computer: the header always names whose data is shown, switching by
the header or the People card (keyboard too), adding and deleting a person (whole app, fake
clock; Monday 2 March 2026, 10:00 in Berlin)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from coldcare.domain.records import PainContext, PainRating, Profile
from coldcare.domain.screening import QUESTIONS
from coldcare.domain.settings import ACTIVE_PROFILE
from coldcare.services.caregiver_lock import CaregiverLock
from coldcare.services.notify import Notification, NotificationKind, Urgency
from coldcare.ui.pages.profiles_card import AddPersonDialog, DeletePersonDialog, ProfilesCard
from coldcare.ui.pin_gate import PinDialog
from tests.ui.app_rig import Rig, set_up_session, started, with_profile

# A popup menu offscreen: the platform can neither raise it nor give it the keyboard grab.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def card(rig: Rig) -> ProfilesCard:
    found = rig.app.settings_page.findChild(ProfilesCard)
    assert found is not None
    return found


def add_ben(rig: Rig) -> Profile:
    saved = rig.app.repositories.profiles.save_profile(
        Profile("Ben", 1948, screening_answered_at=rig.clock.now())
    )
    assert saved.id is not None
    return saved


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def open_window(rig: Rig, qtbot: QtBot) -> None:
    started(rig, qtbot)
    rig.app.window.activateWindow()
    qtbot.waitUntil(rig.app.window.isActiveWindow)


def fill_setup(dialog: AddPersonDialog, name: str) -> None:
    """The first-start questions for ``name``: no to every health question, then save."""
    setup = dialog.setup
    setup.form.name_edit.setText(name)
    setup.form.birth_year.set_year(1950)
    setup.next_button.click()
    for question in QUESTIONS:
        setup.form.question(question.condition).answer.button(False).click()
    setup.next_button.click()
    setup.next_button.click()


# ------------------------------------------------------------------ the header


@OFFSCREEN_POPUP
def test_the_header_names_the_person_and_switches_with_the_keyboard(rig: Rig, qtbot: QtBot) -> None:
    with_profile(rig)
    ben = add_ben(rig)
    open_window(rig, qtbot)
    switcher = rig.app.window.switcher
    assert switcher.text() == "Anna"
    assert switcher.accessibleName() == "Whose data is shown: Anna"

    press(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    menu = switcher.people_menu
    qtbot.waitUntil(menu.isVisible)
    entries = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert entries == ["Anna (shown now)", "Ben", "Add a person…"]
    assert [a.isChecked() for a in menu.actions()[:2]] == [True, False]
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)

    assert rig.app.state.profile == ben
    assert switcher.text() == "Ben"
    assert switcher.accessibleName() == "Whose data is shown: Ben"
    assert rig.app.repositories.settings.get(ACTIVE_PROFILE) == ben.id


def test_switching_is_refused_while_a_session_is_on_screen(rig: Rig, qtbot: QtBot) -> None:
    anna = with_profile(rig)
    ben = add_ben(rig)
    open_window(rig, qtbot)
    set_up_session(rig, qtbot)
    assert ben.id is not None

    rig.app.window.switcher.switch_to(ben.id)

    assert rig.app.state.profile == anna
    box = rig.app.window.switcher.findChild(QMessageBox)
    assert box is not None
    assert "Finish it first" in box.text()
    box.accept()


def test_a_check_in_message_goes_when_another_person_is_shown(rig: Rig, qtbot: QtBot) -> None:
    anna = with_profile(rig)
    ben = add_ben(rig)
    open_window(rig, qtbot)
    banner = rig.app.window.banner
    rig.app.in_app.notify(
        Notification("Pain check-in for Anna", "Rate it", NotificationKind.CHECK_IN, Urgency.NORMAL)
    )
    assert banner.isVisibleTo(rig.app.window)

    rig.app.state.save_profile(anna)  # an edit of the person shown keeps it
    assert banner.isVisibleTo(rig.app.window)
    rig.app.state.set_profile(ben)

    assert not banner.isVisibleTo(rig.app.window)


# ------------------------------------------------------------------ the People card


def test_the_card_switches_with_the_keyboard(rig: Rig, qtbot: QtBot) -> None:
    with_profile(rig)
    ben = add_ben(rig)
    open_window(rig, qtbot)
    rig.app.window.show_page("settings")
    assert ben.id is not None
    switch = card(rig).switch_buttons[ben.id]
    assert switch.accessibleName() == "Show the data of Ben"

    switch.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)

    assert rig.app.state.profile == ben
    assert rig.app.window.switcher.text() == "Ben"
    assert ben.id not in card(rig).switch_buttons  # Ben is shown now


def test_adding_a_person_asks_the_first_start_questions_and_shows_them(
    rig: Rig, qtbot: QtBot
) -> None:
    with_profile(rig)
    open_window(rig, qtbot)
    rig.app.window.show_page("settings")
    qtbot.mouseClick(card(rig).add_button, Qt.MouseButton.LeftButton)
    dialog = card(rig).findChild(AddPersonDialog)
    assert dialog is not None

    fill_setup(dialog, "Carla")

    assert not dialog.isVisible()
    shown = rig.app.state.profile
    assert shown is not None
    assert shown.name == "Carla"
    assert shown.screening_answered_at == rig.clock.now()
    assert rig.app.window.switcher.accessibleName() == "Whose data is shown: Carla"
    names = [p.name for p in rig.app.repositories.profiles.list_profiles()]
    assert names == ["Anna", "Carla"]


@OFFSCREEN_POPUP
def test_the_header_menu_adds_a_person_too(rig: Rig, qtbot: QtBot) -> None:
    with_profile(rig)
    open_window(rig, qtbot)
    switcher = rig.app.window.switcher
    switcher.open_menu()
    add = switcher.people_menu.actions()[-1]
    assert add.text() == "Add a person…"
    add.trigger()
    dialog = rig.app.window.findChild(AddPersonDialog)
    assert dialog is not None

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert [p.name for p in rig.app.repositories.profiles.list_profiles()] == ["Anna"]


def test_deleting_asks_for_the_name_and_removes_only_that_person(rig: Rig, qtbot: QtBot) -> None:
    anna = with_profile(rig)
    ben = add_ben(rig)
    assert anna.id is not None
    assert ben.id is not None
    pain = rig.app.repositories.pain
    for person in (anna.id, ben.id):
        pain.add_rating(PainRating(person, rig.clock.now(), 4, PainContext.DAILY))
    open_window(rig, qtbot)
    rig.app.window.show_page("settings")
    people = card(rig)

    qtbot.mouseClick(people.delete_buttons[anna.id], Qt.MouseButton.LeftButton)
    dialog = people.findChild(DeletePersonDialog)
    assert dialog is not None
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "removes all of Anna's sessions" in words
    assert "plan and reminders" in words
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "Ann")
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "a")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    assert [p.name for p in rig.app.repositories.profiles.list_profiles()] == ["Ben"]
    assert rig.app.state.profile == ben
    assert rig.app.window.switcher.text() == "Ben"
    day = (rig.clock.now().replace(hour=0), rig.clock.now().replace(hour=23))
    assert pain.ratings_between(anna.id, *day) == []
    assert len(pain.ratings_between(ben.id, *day)) == 1
    assert "Deleted: Anna" in people.notice.text()


def _asked_to_delete_anna(
    rig: Rig, qtbot: QtBot
) -> tuple[Profile, ProfilesCard, DeletePersonDialog]:
    """Anna, the only person, asked to be deleted: the card and its open question."""
    anna = with_profile(rig)
    assert anna.id is not None
    open_window(rig, qtbot)
    people = card(rig)
    people.delete(anna.id)
    dialog = people.findChild(DeletePersonDialog)
    assert dialog is not None
    return anna, people, dialog


def test_keeping_the_person_deletes_nothing(rig: Rig, qtbot: QtBot) -> None:
    anna, _people, dialog = _asked_to_delete_anna(rig, qtbot)

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert anna.id is not None
    assert rig.app.repositories.profiles.get_profile(anna.id) == anna


def test_a_person_whose_session_runs_cannot_be_deleted(rig: Rig, qtbot: QtBot) -> None:
    anna = with_profile(rig)
    assert anna.id is not None
    open_window(rig, qtbot)
    set_up_session(rig, qtbot)
    qtbot.mouseClick(rig.app.session_page.setup.next, Qt.MouseButton.LeftButton)
    assert rig.app.controller.active

    card(rig).delete(anna.id)

    assert card(rig).findChild(DeletePersonDialog) is None
    assert "Finish it first" in card(rig).notice.text()
    assert rig.app.repositories.profiles.get_profile(anna.id) is not None


def test_deleting_the_last_person_goes_back_to_the_first_start_questions(
    rig: Rig, qtbot: QtBot
) -> None:
    _anna, people, dialog = _asked_to_delete_anna(rig, qtbot)
    dialog.typed.setText("anna ")

    with qtbot.waitSignal(people.none_left):
        dialog.delete_button.click()

    assert rig.app.repositories.profiles.list_profiles() == []
    assert rig.app.state.profile is None
    assert rig.app.window.current_key() == "setup"
    assert rig.app.repositories.settings.get(ACTIVE_PROFILE) == 0


def test_adding_and_deleting_need_the_caregiver_pin_when_one_is_set(rig: Rig, qtbot: QtBot) -> None:
    anna = with_profile(rig)
    assert anna.id is not None
    CaregiverLock(rig.app.repositories.pin, rig.clock).set_pin("2468", "2468")
    open_window(rig, qtbot)
    people = card(rig)

    for act, asked in (
        (people.add_button.click, AddPersonDialog),
        (lambda: people.delete(anna.id or 0), DeletePersonDialog),
    ):
        act()
        gate = people.findChild(PinDialog)
        assert gate is not None
        assert people.findChild(asked) is None
        qtbot.keyClicks(gate.pin, "2468")
        qtbot.keyClick(gate.pin, Qt.Key.Key_Return)
        dialog = people.findChild(asked)
        assert dialog is not None
        dialog.reject()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert rig.app.repositories.profiles.list_profiles() == [anna]
