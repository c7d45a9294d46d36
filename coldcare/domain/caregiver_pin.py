"""The caregiver PIN: what a PIN may be, how long to wait after wrong tries, what it protects.

The PIN guards against accidental changes (a slip of the hand, a curious grandchild), not
against a determined person: anyone at the computer can reset it with ``coldcare reset-pin``,
which keeps all data. With a PIN set, the actions of :class:`ProtectedAction` ask for it;
sessions, check-ins, pain ratings and exercises done never do.

Pure: the hashing lives in ``coldcare.services.caregiver_lock``, the stored record in
``coldcare.storage``. Messages are marked for translation (context ``CaregiverPin``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.vocabulary import BadInputError

SHORTEST_PIN = 4
LONGEST_PIN = 8
FREE_TRIES = 3
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(minutes=15)

PIN_EMPTY = QT_TRANSLATE_NOOP("CaregiverPin", "Please type a PIN of 4 to 8 digits.")
PIN_NOT_DIGITS = QT_TRANSLATE_NOOP("CaregiverPin", "A PIN is made of digits only (0 to 9).")
PIN_TOO_SHORT = QT_TRANSLATE_NOOP("CaregiverPin", "A PIN needs at least 4 digits.")
PIN_TOO_LONG = QT_TRANSLATE_NOOP("CaregiverPin", "A PIN has at most 8 digits.")
PINS_DIFFER = QT_TRANSLATE_NOOP(
    "CaregiverPin", "The two PINs are not the same. Please type the new PIN twice."
)


def check_pin(pin: str) -> str:
    """Return ``pin`` when it is 4 to 8 digits; ``BadInputError`` naming the problem if not."""
    if not pin:
        raise BadInputError(PIN_EMPTY)
    if not (pin.isascii() and pin.isdigit()):
        raise BadInputError(PIN_NOT_DIGITS)
    if len(pin) < SHORTEST_PIN:
        raise BadInputError(PIN_TOO_SHORT)
    if len(pin) > LONGEST_PIN:
        raise BadInputError(PIN_TOO_LONG)
    return pin


def check_new_pin(pin: str, repeated: str) -> str:
    """A new PIN typed twice: valid, and the same both times."""
    check_pin(pin)
    if pin != repeated:
        raise BadInputError(PINS_DIFFER)
    return pin


def wait_after(failures: int) -> timedelta:
    """How long to wait before the next try after ``failures`` wrong PINs in a row.

    The first three tries are free; then 30 seconds, doubling with each wrong try, at most
    15 minutes.
    """
    if failures < FREE_TRIES:
        return timedelta(0)
    doublings = min(failures - FREE_TRIES, 10)  # 30 s · 2**5 already passes 15 minutes
    return min(FIRST_WAIT * (1 << doublings), LONGEST_WAIT)


@dataclass(frozen=True)
class PinRecord:
    """A stored PIN: never the PIN itself, only its salted hash and how it was made.

    ``failures`` counts wrong tries since the last right one, and ``last_failure`` says when
    the last was, so a restart of the app does not cut the wait short.
    """

    algorithm: str
    cost: int
    block_size: int
    parallelism: int
    salt: bytes
    digest: bytes
    failures: int = 0
    last_failure: datetime | None = None

    def wait_left(self, now: datetime) -> timedelta:
        """The wait still to go at ``now`` before the next try (zero: try now).

        A clock set back never makes it longer than the whole wait."""
        if self.last_failure is None:
            return timedelta(0)
        wait = wait_after(self.failures)
        left = self.last_failure + wait - now
        return max(timedelta(0), min(left, wait))


class ProtectedAction(StrEnum):
    """What needs the caregiver PIN, once one is set."""

    PLAN = "plan"
    EXERCISE_LIBRARY = "exercise-library"
    PROFILE = "profile"
    ADD_PROFILE = "add-profile"
    DELETE_PROFILE = "delete-profile"
    DELETE_RECORDS = "delete-records"
    CHANGE_PIN = "change-pin"

    @property
    def words(self) -> str:
        """What the action does, as a short heading (untranslated; context ``CaregiverPin``)."""
        return ACTION_WORDS[self]


ACTION_WORDS: dict[ProtectedAction, str] = {
    ProtectedAction.PLAN: QT_TRANSLATE_NOOP("CaregiverPin", "Change the weekly plan"),
    ProtectedAction.EXERCISE_LIBRARY: QT_TRANSLATE_NOOP(
        "CaregiverPin", "Add, change or archive exercises"
    ),
    ProtectedAction.PROFILE: QT_TRANSLATE_NOOP(
        "CaregiverPin",
        "Change the profile: personal limits, health questions, supervision, doctor's OK",
    ),
    ProtectedAction.ADD_PROFILE: QT_TRANSLATE_NOOP("CaregiverPin", "Add a person"),
    ProtectedAction.DELETE_PROFILE: QT_TRANSLATE_NOOP(
        "CaregiverPin", "Delete a person and all their data"
    ),
    ProtectedAction.DELETE_RECORDS: QT_TRANSLATE_NOOP("CaregiverPin", "Delete records"),
    ProtectedAction.CHANGE_PIN: QT_TRANSLATE_NOOP(
        "CaregiverPin", "Change or remove the caregiver PIN"
    ),
}
