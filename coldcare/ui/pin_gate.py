"""The caregiver PIN gate: protected actions ask for the PIN first, once one is set.

:func:`guarded` runs an action at once when no PIN is set; otherwise it opens a window-modal
:class:`PinDialog` (returning at once) and runs the action after the right PIN. Cancel, Escape
or closing the dialog runs nothing. After three wrong tries the dialog makes the person wait
(30 seconds, doubling to at most 15 minutes), counting down with the entry disabled; the wait
is stored, so restarting ColdCare does not cut it short.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.caregiver_pin import LONGEST_PIN, ProtectedAction
from coldcare.domain.ports import StorageUnavailableError
from coldcare.services.caregiver_lock import CaregiverLock
from coldcare.ui.i18n import translate
from coldcare.ui.state import AppState
from coldcare.ui.widgets.common import (
    IconPainter,
    Notice,
    delete_when_finished,
    field_label,
    muted,
    pressed_by_enter_itself,
)

TICK_MS = 1000


def caregiver_lock(state: AppState) -> CaregiverLock:
    """The caregiver PIN of the app's data, on the app's clock."""
    return CaregiverLock(state.repositories.pin, state.clock)


def guarded(
    state: AppState, parent: QWidget, action: ProtectedAction, then: Callable[[], None]
) -> None:
    """Run ``then`` now when no PIN is set; otherwise after the right PIN (never on Cancel)."""
    lock = caregiver_lock(state)
    if not lock.is_set():
        then()
        return
    dialog = PinDialog(state, lock, action, parent)
    delete_when_finished(dialog)
    dialog.accepted.connect(then)
    dialog.open()


def asking_first(
    state: AppState, parent: QWidget, action: ProtectedAction, change: Callable[[], object]
) -> Callable[[], None]:
    """A slot for a button or key that runs ``change`` through :func:`guarded`."""

    def run_change() -> None:
        change()

    return lambda: guarded(state, parent, action, run_change)


def pin_field(name: str) -> QLineEdit:
    """A masked field that takes digits only (at most 8), named ``name`` for screen readers."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(LONGEST_PIN)
    field.setValidator(QRegularExpressionValidator(rf"[0-9]{{0,{LONGEST_PIN}}}", field))
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
    )
    field.setAccessibleName(name)
    return field


def wait_text(left: timedelta) -> str:
    """How long still to wait, as minutes and seconds ("0:30")."""
    seconds = max(0, round(left.total_seconds()))
    return translate("CaregiverPin", "{minutes}:{seconds:02}").format(
        minutes=seconds // 60, seconds=seconds % 60
    )


def reset_hint() -> str:
    """How to reset a forgotten PIN, keeping all data."""
    return translate(
        "CaregiverPin",
        "Forgotten the PIN? Close ColdCare and run “coldcare reset-pin” in a terminal. It "
        "removes only the PIN; all data is kept.",
    )


def pin_buttons(
    dialog: QDialog, confirm: str, confirm_name: str, on_confirm: Callable[[], None]
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """The Cancel and confirm buttons of a PIN dialog, right-aligned: Enter confirms, Escape
    (or Cancel) changes nothing. Returns the row, the confirm button and the Cancel button."""
    confirm_button = QPushButton(confirm)
    confirm_button.setProperty("role", "primary")
    confirm_button.setAccessibleName(confirm_name)
    confirm_button.setDefault(True)
    confirm_button.clicked.connect(on_confirm)
    cancel_button = QPushButton(translate("CaregiverPin", "Cancel"))
    cancel_button.setAccessibleName(translate("CaregiverPin", "Cancel, change nothing"))
    pressed_by_enter_itself(cancel_button)
    cancel_button.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel_button)
    row.addWidget(confirm_button)
    return row, confirm_button, cancel_button


class PinDialog(QDialog):
    """Asks for the caregiver PIN before ``action``; accepted only with the right PIN.

    Enter checks the PIN, Escape cancels. A wrong PIN clears the field and says so; during a
    wait the field and the button are disabled and the time left counts down.
    """

    def __init__(
        self,
        state: AppState,
        lock: CaregiverLock,
        action: ProtectedAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lock = lock
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(translate("CaregiverPin", "Caregiver PIN"))
        self.problem = Notice(IconPainter(state, self))
        self.pin = pin_field(translate("CaregiverPin", "Caregiver PIN"))
        self.pin.textEdited.connect(lambda _text: self.problem.clear())
        self.countdown = QTimer(self)
        self.countdown.setInterval(TICK_MS)
        self.countdown.timeout.connect(self.show_wait)
        heading = QLabel(translate("CaregiverPin", action.words))
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(
            muted(
                translate(
                    "CaregiverPin",
                    "This needs the caregiver PIN, so nobody changes the plan or limits by "
                    "accident. Sessions, check-ins and exercises never need it.",
                )
            )
        )
        layout.addWidget(field_label(translate("CaregiverPin", "Caregiver PIN"), self.pin))
        layout.addWidget(self.pin)
        layout.addWidget(self.problem)
        layout.addWidget(muted(reset_hint()))
        layout.addLayout(self._build_buttons())
        self.show_wait()

    def _build_buttons(self) -> QHBoxLayout:
        row, self.ok_button, self.cancel_button = pin_buttons(
            self,
            translate("CaregiverPin", "Continue"),
            translate("CaregiverPin", "Check the PIN and continue"),
            self.submit,
        )
        return row

    def submit(self) -> None:
        """Check the typed PIN: the right one accepts; a wrong one says so (and maybe waits)."""
        try:
            right = self._lock.check(self.pin.text())
        except StorageUnavailableError as problem:
            self.problem.show_message(str(problem))
            return
        if right:
            self.accept()
            return
        self.pin.clear()
        self.problem.show_message(translate("CaregiverPin", "That PIN is not right."))
        self.show_wait()

    def show_wait(self) -> None:
        """Disable the entry and show the time left while a wait runs; enable it after."""
        left = self._lock.wait_left()
        waiting = left > timedelta(0)
        self.pin.setEnabled(not waiting)
        self.ok_button.setEnabled(not waiting)
        if waiting:
            self.problem.show_message(
                translate(
                    "CaregiverPin",
                    "Too many wrong tries. Please wait {time} before trying again.",
                ).format(time=wait_text(left)),
                "caution",
            )
            self.countdown.start()
            return
        if self.countdown.isActive():
            self.countdown.stop()
            self.problem.clear()
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
