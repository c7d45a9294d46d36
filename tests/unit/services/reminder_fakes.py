"""Recorders for the reminder service's tests (the hand-driven wake scheduler is in tests.fakes)."""

from __future__ import annotations

from dataclasses import dataclass, field

from coldcare.services.notify import Channel, Notification


@dataclass
class Outputs:
    """Records the notifications sent and the reminder sounds played."""

    notified: list[Notification] = field(default_factory=list)
    sounds: int = 0

    def notify(self, notification: Notification) -> Channel:
        self.notified.append(notification)
        return Channel.IN_APP

    def sound(self) -> None:
        self.sounds += 1
