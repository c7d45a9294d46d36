"""The "Caregiver PIN" card of the settings page: set, change or remove the PIN.

It says in plain words what the PIN protects, that it guards against accidents rather than a
determined person, and how to reset a forgotten one. Setting a PIN asks for it twice; changing
or removing it asks for the current one first.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coldcare.domain.caregiver_pin import ProtectedAction
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.vocabulary import BadInputError
from coldcare.ui.i18n import translate
from coldcare.ui.pin_gate import caregiver_lock, guarded, pin_buttons, pin_field, reset_hint
from coldcare.ui.state import AppState
from coldcare.ui.widgets.common import (
    IconPainter,
    Notice,
    card,
    delete_when_finished,
    field_label,
    muted,
)


def _protected_list() -> str:
    """The protected actions as a rich-text list."""
    items = "".join(
        f"<li>{escape(translate('CaregiverPin', a.words), quote=False)}</li>"
        for a in ProtectedAction
    )
    return f"<ul style='margin: 0'>{items}</ul>"


class NewPinDialog(QDialog):
    """A new PIN, typed twice. Save stores it (and closes); a problem is said, nothing closes.

    Signals:
        saved(): the new PIN is stored.
    """

    saved = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lock = caregiver_lock(state)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(translate("CaregiverPin", "New caregiver PIN"))
        self.pin = pin_field(translate("CaregiverPin", "New PIN"))
        self.repeated = pin_field(translate("CaregiverPin", "The new PIN again"))
        self.problem = Notice(IconPainter(state, self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(
            muted(
                translate(
                    "CaregiverPin",
                    "Choose 4 to 8 digits that the person you care for would not guess, and "
                    "write them down somewhere safe.",
                )
            )
        )
        for field in (self.pin, self.repeated):
            layout.addWidget(field_label(field.accessibleName(), field))
            layout.addWidget(field)
            field.textEdited.connect(lambda _text: self.problem.clear())
        layout.addWidget(self.problem)
        layout.addLayout(self._build_buttons())
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_buttons(self) -> QHBoxLayout:
        row, self.save_button, self.cancel_button = pin_buttons(
            self,
            translate("CaregiverPin", "Save"),
            translate("CaregiverPin", "Save the new PIN"),
            self.save,
        )
        return row

    def save(self) -> None:
        """Store the new PIN when both fields hold the same valid PIN."""
        try:
            self._lock.set_pin(self.pin.text(), self.repeated.text())
        except BadInputError as problem:
            self.problem.show_message(translate("CaregiverPin", str(problem)))
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except StorageUnavailableError as problem:
            self.problem.show_message(str(problem))
            return
        self.saved.emit()
        self.accept()


class CaregiverCard(QWidget):
    """The caregiver PIN settings: what it protects, its state, and set / change / remove."""

    def __init__(
        self, state: AppState, painter: IconPainter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        frame, layout = card(
            translate("CaregiverPin", "Caregiver PIN"),
            translate(
                "CaregiverPin",
                "A PIN guards the safety settings against changes by accident: a slip of the "
                "hand, a curious visitor. It does not stop a determined person.",
            ),
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.protected = QLabel(
            escape(translate("CaregiverPin", "With a PIN set, these need it:"), quote=False)
            + _protected_list()
        )
        self.protected.setTextFormat(Qt.TextFormat.RichText)
        self.protected.setWordWrap(True)
        self.note = Notice(painter)
        layout.addWidget(self.status)
        layout.addWidget(self.protected)
        layout.addWidget(
            muted(
                translate(
                    "CaregiverPin",
                    "These never need it: cold sessions, check-ins, pain ratings, the weekly "
                    "questions and exercises.",
                )
            )
        )
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.note)
        layout.addWidget(muted(reset_hint()))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self._show_state()

    def _build_buttons(self) -> QHBoxLayout:
        self.set_button = QPushButton(translate("CaregiverPin", "Set a PIN…"))
        self.change_button = QPushButton(translate("CaregiverPin", "Change the PIN…"))
        self.remove_button = QPushButton(translate("CaregiverPin", "Remove the PIN…"))
        row = QHBoxLayout()
        for made in (self.set_button, self.change_button, self.remove_button):
            made.setAccessibleName(made.text().rstrip("…"))
            row.addWidget(made)
        row.addStretch(1)
        self.set_button.clicked.connect(self.set_pin)
        self.change_button.clicked.connect(self.change_pin)
        self.remove_button.clicked.connect(self.remove_pin)
        return row

    def _show_state(self) -> None:
        is_set = caregiver_lock(self._state).is_set()
        self.status.setText(
            translate("CaregiverPin", "A PIN is set.")
            if is_set
            else translate(
                "CaregiverPin", "No PIN is set: anyone at this computer can change everything."
            )
        )
        self.set_button.setVisible(not is_set)
        self.change_button.setVisible(is_set)
        self.remove_button.setVisible(is_set)

    def set_pin(self) -> None:
        """Ask for a new PIN twice (window-modal; returns at once)."""
        self.note.clear()
        dialog = NewPinDialog(self._state, self)
        delete_when_finished(dialog)
        dialog.saved.connect(self._pin_saved)
        dialog.open()

    def change_pin(self) -> None:
        """After the current PIN, ask for a new one."""
        guarded(self._state, self, ProtectedAction.CHANGE_PIN, self.set_pin)

    def remove_pin(self) -> None:
        """After the current PIN, remove it."""
        guarded(self._state, self, ProtectedAction.CHANGE_PIN, self._remove)

    def _remove(self) -> None:
        try:
            caregiver_lock(self._state).remove()
        except StorageUnavailableError as problem:
            self.note.show_message(str(problem))
            return
        self._show_state()
        self.note.show_message(
            translate("CaregiverPin", "The PIN is removed. Nothing asks for it now."), "safe"
        )
        self.set_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pin_saved(self) -> None:
        self._show_state()
        self.note.show_message(
            translate("CaregiverPin", "The PIN is saved. Keep it somewhere safe."), "safe"
        )
        self.change_button.setFocus(Qt.FocusReason.OtherFocusReason)
