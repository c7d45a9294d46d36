"""What the drills share: a session controller on real storage with silent outputs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC

from coldcare.domain.clock import Clock
from coldcare.domain.safety import ColdRequest
from coldcare.domain.session import AlarmKind
from coldcare.domain.vocabulary import Barrier, BodySite, Modality
from coldcare.services.notify import Channel, Notification
from coldcare.services.safety_desk import SafetyDesk
from coldcare.services.session_controller import Outputs, SessionController, Stores
from coldcare.services.suspend import SuspendDetector
from coldcare.storage.database import Storage
from coldcare.storage.repositories import (
    SqlitePainRepository,
    SqliteProfileRepository,
    SqliteSafetyEventRepository,
    SqliteSessionRepository,
    SqliteTransactions,
)

KNEE = BodySite.parse("knee-left")
GEL_ON_KNEE = ColdRequest(KNEE, Modality.GEL_PACK, Barrier.DAMP_CLOTH)


@dataclass
class Witness:
    """Stands in for the alarm, voice, notifier and keep-awake; remembers every alarm."""

    alarms: list[tuple[AlarmKind, int]] = field(default_factory=list)
    notified: list[Notification] = field(default_factory=list)
    sounding: bool = False

    def play(self, kind: AlarmKind, level: int) -> None:
        self.alarms.append((kind, level))
        self.sounding = True

    def stop(self) -> None:
        self.sounding = False

    def say(self, text: str) -> None:
        pass

    def notify(self, notification: Notification) -> Channel:
        self.notified.append(notification)
        return Channel.IN_APP

    def acquire(self, reason: str = "") -> bool:
        return True

    def release(self) -> None:
        pass


def stores_on(storage: Storage) -> Stores:
    """The repositories the controller writes to, on ``storage``."""
    return Stores(
        SqliteTransactions(storage),
        SqliteProfileRepository(storage),
        SqliteSessionRepository(storage),
        SqlitePainRepository(storage),
        SqliteSafetyEventRepository(storage),
    )


def controller_on(storage: Storage, clock: Clock, witness: Witness) -> SessionController:
    """A controller as app.py builds it (UTC as the local zone), on ``storage``."""
    stores = stores_on(storage)
    return SessionController(
        clock,
        stores,
        SafetyDesk(stores.sessions, stores.events, UTC),
        Outputs(witness, witness, witness, witness),
        SuspendDetector(clock),
    )
