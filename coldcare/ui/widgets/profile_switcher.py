"""The person at the top of the window: whose data is shown, and a quick way to switch.

A big button with the active person's name. Pressing it (or its shortcut, Alt+0) opens a
menu of every profile: the one shown now has a tick and the words "shown now" (never colour
alone); choosing another shows that person's data everywhere at once. The last entry adds a
person. While a cold session or an exercise owns the window, switching is refused with a
message saying why, so a running session never loses sight of its person.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from coldcare.domain.records import Profile
from coldcare.ui.i18n import translate
from coldcare.ui.state import AppState
from coldcare.ui.theme import Appearance
from coldcare.ui.widgets.common import IconPainter, delete_when_finished

SHORTCUT = "Alt+0"
# The name is as large as a page title (ui-style.md: "Page title 1.6×").
_NAME_SIZE = 1.6


class ProfileSwitcher(QPushButton):
    """The active person's name; its menu switches to another person or adds one.

    Args:
        state: whose data is shown (read and set here).
        may_switch: False while something on screen (a cold session, an exercise) must keep
            its person; switching is then refused with a message.
        add_person: starts adding a person (the caller asks for the PIN and the questions).
    """

    def __init__(
        self,
        state: AppState,
        may_switch: Callable[[], bool],
        add_person: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._may_switch = may_switch
        self._add_person = add_person
        self.setObjectName("profile-switcher")
        self.setToolTip(
            translate("ProfileSwitcher", "Choose whose data is shown ({key})").format(key=SHORTCUT)
        )
        IconPainter(state, self).paint(self, "user")
        self.people_menu = QMenu(self)
        self.people_menu.setAccessibleName(translate("ProfileSwitcher", "People"))
        self.clicked.connect(self.open_menu)
        shortcut = QShortcut(QKeySequence(SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.open_menu)
        state.appearance_changed.connect(self._fit)
        self._fit(state.appearance)
        self.show_profile(state.profile)

    def show_profile(self, profile: Profile | None) -> None:
        """Name ``profile`` on the button (``None``: nobody yet)."""
        if profile is None:
            self.setText(translate("ProfileSwitcher", "Welcome"))
            self.setAccessibleName(translate("ProfileSwitcher", "No profile yet"))
            return
        self.setText(profile.name.replace("&", "&&"))  # "&" would mark a mnemonic
        self.setAccessibleName(
            translate("ProfileSwitcher", "Whose data is shown: {name}").format(name=profile.name)
        )

    def open_menu(self) -> None:
        """Show the list of people under the button (returns at once)."""
        shown = self._fill_menu()
        self.people_menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.people_menu.setActiveAction(shown or self.people_menu.actions()[0])

    def switch_to(self, profile_id: int) -> None:
        """Show ``profile_id``'s data everywhere, unless the screen must keep its person."""
        shown = self._state.profile
        if shown is not None and shown.id == profile_id:
            return
        if not self._may_switch():
            self._refuse()
            return
        profile = self._state.repositories.profiles.get_profile(profile_id)
        if profile is not None:
            self._state.set_profile(profile)

    # ------------------------------------------------------------------ internals

    def _fill_menu(self) -> QAction | None:
        """One entry per person, then "Add a person…"; returns the entry of the one shown."""
        self.people_menu.clear()
        group = QActionGroup(self.people_menu)
        shown = self._state.profile
        found = None
        for profile in self._state.repositories.profiles.list_profiles():
            active = shown is not None and shown.id == profile.id
            action = self._person_action(profile, active)
            group.addAction(action)
            self.people_menu.addAction(action)
            if active:
                found = action
        self.people_menu.addSeparator()
        add = self.people_menu.addAction(translate("ProfileSwitcher", "Add a person…"))
        add.triggered.connect(self._add_person)
        return found

    def _person_action(self, profile: Profile, active: bool) -> QAction:
        text = profile.name.replace("&", "&&")
        if active:
            text = translate("ProfileSwitcher", "{name} (shown now)").format(name=text)
        action = QAction(text, self.people_menu)
        action.setCheckable(True)
        action.setChecked(active)
        profile_id = profile.id
        assert profile_id is not None
        action.triggered.connect(lambda: self.switch_to(profile_id))
        return action

    def _refuse(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("ProfileSwitcher", "Finish this first"),
            translate(
                "ProfileSwitcher",
                "A cold session or an exercise is on screen. Finish it first, then choose "
                "another person.",
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        delete_when_finished(box)
        box.open()

    def _fit(self, look: Appearance) -> None:
        """The name as large as a title; menu entries at least 44 px high (ui-style.md)."""
        font = QFont(self.font())
        font.setPointSizeF(look.points(_NAME_SIZE))
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)
        pad = look.pixels(12)
        self.people_menu.setStyleSheet(f"QMenu::item {{ padding: {pad}px {2 * pad}px; }}")
