"""The "People" card on the settings page: everyone ColdCare looks after, kept apart.

Each person has a row with Switch and Delete; "Add a person" asks the same questions as the
first start (the first-start page, in a window). Adding and deleting need the caregiver PIN
when one is set. Deleting asks to type the person's name, says what goes with them (every
session, rating, check-in, plan item and reminder), is refused while a cold session of that
person runs, and moves the app to another person (or, when nobody is left, says so with
:attr:`ProfilesCard.none_left` so the app shows the first-start set-up).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.caregiver_pin import ProtectedAction
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.records import Profile
from coldcare.ui.i18n import translate
from coldcare.ui.pages.profile_setup import ProfileSetupPage
from coldcare.ui.pin_gate import guarded
from coldcare.ui.state import AppState
from coldcare.ui.widgets.common import (
    IconPainter,
    Notice,
    card,
    delete_when_finished,
    discard,
    field_label,
    muted,
    pressed_by_enter_itself,
    separator,
)


class AddPersonDialog(QDialog):
    """The first-start questions in a window; the saved person is shown at once.

    Signals:
        added(object): the saved Profile (now the active one).
    """

    added = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setWindowTitle(translate("People", "Add a person"))
        self.setup = ProfileSetupPage(state)
        self.setup.finished.connect(self._saved)
        self.cancel_button = QPushButton(translate("People", "Cancel"))
        self.cancel_button.setAccessibleName(translate("People", "Cancel without adding"))
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.setup, 1)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        for button in self.findChildren(QPushButton):
            pressed_by_enter_itself(button)
        look = state.appearance
        self.resize(look.pixels(860), look.pixels(720))

    def _saved(self, profile: Profile) -> None:
        self._state.set_profile(profile)
        self.added.emit(profile)
        self.accept()


def add_person(state: AppState, parent: QWidget) -> None:
    """Ask for the PIN (when set), then open :class:`AddPersonDialog` (returns at once)."""

    def ask() -> None:
        dialog = AddPersonDialog(state, parent)
        delete_when_finished(dialog)
        dialog.open()

    guarded(state, parent, ProtectedAction.ADD_PROFILE, then=ask)


class DeletePersonDialog(QDialog):
    """Says what deleting a person removes; Delete works once the name is typed."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = profile.name
        title = translate("People", "Delete {name}?").format(name=profile.name)
        self.setWindowTitle(title)
        heading = QLabel(title)
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        said = QLabel(
            translate(
                "People",
                "This removes all of {name}'s sessions, skin checks, pain ratings, check-ins, "
                "plan and reminders from this computer. It cannot be undone.",
            ).format(name=profile.name)
        )
        said.setWordWrap(True)
        self.typed = QLineEdit()
        label = field_label(
            translate("People", "To confirm, type the name: {name}").format(name=profile.name),
            self.typed,
        )
        self.typed.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        for widget in (heading, said, label, self.typed):
            layout.addWidget(widget)
        layout.addLayout(self._build_buttons())
        self._check()

    def _build_buttons(self) -> QHBoxLayout:
        self.cancel_button = QPushButton(translate("People", "Keep {name}").format(name=self._name))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.cancel_button.clicked.connect(self.reject)
        self.delete_button = QPushButton(
            translate("People", "Delete {name}").format(name=self._name)
        )
        self.delete_button.setProperty("role", "danger")
        self.delete_button.setAccessibleName(
            translate("People", "Delete {name} and all their records").format(name=self._name)
        )
        self.delete_button.clicked.connect(self.accept)
        for button in (self.cancel_button, self.delete_button):
            pressed_by_enter_itself(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.delete_button)
        return row

    def _check(self) -> None:
        typed = " ".join(self.typed.text().split())
        self.delete_button.setEnabled(typed.casefold() == self._name.casefold())


class ProfilesCard(QWidget):
    """Every person, with Switch and Delete, and "Add a person".

    Signals:
        people_changed(): a person was added or deleted (services re-arm their reminders).
        none_left(): the last person was deleted (the app shows the first-start set-up).
    """

    people_changed = Signal()
    none_left = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._painter = IconPainter(state, self)
        self.switch_buttons: dict[int, QPushButton] = {}
        self.delete_buttons: dict[int, QPushButton] = {}
        frame, layout = card(
            translate("People", "People"),
            translate(
                "People",
                "Each person has their own sessions, plan and reminders. The name at the top "
                "of the window says whose data is shown.",
            ),
        )
        self._rows = QVBoxLayout()
        self._rows.setSpacing(8)
        self.add_button = QPushButton(translate("People", "Add a person"))
        self.add_button.setAccessibleName(self.add_button.text())
        self._painter.paint(self.add_button, "plus")
        self.add_button.clicked.connect(lambda: add_person(state, self))
        self.notice = Notice(self._painter)
        layout.addLayout(self._rows)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.notice)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        state.profile_changed.connect(lambda _profile: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """List everyone again (names, and who is shown now)."""
        while (item := self._rows.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                discard(widget)
        self.switch_buttons.clear()
        self.delete_buttons.clear()
        people = self._state.repositories.profiles.list_profiles()
        for number, profile in enumerate(people):
            if number:
                self._rows.addWidget(separator())
            self._rows.addWidget(self._row(profile))

    def _row(self, profile: Profile) -> QWidget:
        assert profile.id is not None
        profile_id = profile.id
        shown = self._state.profile
        active = shown is not None and shown.id == profile_id
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        name = QLabel(f"<b>{escape(profile.name)}</b>")
        name.setAccessibleName(profile.name)
        layout.addWidget(name, 1)
        if active:
            layout.addWidget(self._painter.label("safe", "safe"))
            layout.addWidget(muted(translate("People", "Shown now")))
        else:
            switch = QPushButton(translate("People", "Switch"))
            switch.setAccessibleName(
                translate("People", "Show the data of {name}").format(name=profile.name)
            )
            switch.clicked.connect(lambda: self._switch(profile_id))
            self.switch_buttons[profile_id] = switch
            layout.addWidget(switch)
        delete = QPushButton(translate("People", "Delete…"))
        delete.setAccessibleName(translate("People", "Delete {name}").format(name=profile.name))
        self._painter.paint(delete, "close")
        delete.clicked.connect(lambda: self.delete(profile_id))
        self.delete_buttons[profile_id] = delete
        layout.addWidget(delete)
        return row

    def _switch(self, profile_id: int) -> None:
        profile = self._state.repositories.profiles.get_profile(profile_id)
        if profile is not None:
            self.notice.clear()
            self._state.set_profile(profile)

    # ------------------------------------------------------------------ deleting

    def delete(self, profile_id: int) -> None:
        """Ask for the PIN (when set) and the typed name, then delete (returns at once)."""
        self.notice.clear()
        profile = self._state.repositories.profiles.get_profile(profile_id)
        if profile is None:
            return
        running = self._state.repositories.sessions.running_sessions()
        if any(session.profile_id == profile_id for session in running):
            self.notice.show_message(
                translate(
                    "People",
                    "A cold session of {name} is running. Finish it first, then delete.",
                ).format(name=profile.name)
            )
            return
        guarded(
            self._state, self, ProtectedAction.DELETE_PROFILE, then=lambda: self._confirm(profile)
        )

    def _confirm(self, profile: Profile) -> None:
        dialog = DeletePersonDialog(profile, self)
        delete_when_finished(dialog)
        dialog.accepted.connect(lambda: self._delete(profile))
        dialog.open()

    def _delete(self, profile: Profile) -> None:
        assert profile.id is not None
        profiles = self._state.repositories.profiles
        try:
            profiles.delete_profile(profile.id)
        except (StorageUnavailableError, LookupError) as problem:
            self.notice.show_message(
                translate("People", "Not deleted: {reason}").format(reason=problem)
            )
            return
        left = profiles.list_profiles()
        shown = self._state.profile
        if left and (shown is None or shown.id == profile.id):
            self._state.set_profile(left[0])
        self.refresh()
        self.notice.show_message(
            translate("People", "Deleted: {name} and all their records.").format(name=profile.name),
            "safe",
        )
        self.people_changed.emit()
        if not left:
            self.none_left.emit()
