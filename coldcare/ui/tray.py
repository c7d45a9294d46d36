"""The tray icon and the app-wide commands (their keys are in :mod:`coldcare.ui.keys`).

The tray icon says what matters at a glance: the countdown while a session runs ("Left knee —
8 min left"), otherwise the next reminder ("Next: Knee ice 14:30 — Anna"). Its menu starts a
session, snoozes the reminder on show, opens the window and quits; a click on the icon opens
or hides the window. Where the desktop has no tray (and on the offscreen test platform) there
is no icon, but the commands and their keys still work in the window.

The tray only reads the session controller's state when the controller signals a change: it
never reads a clock of its own. The icon comes from an injected factory, so tests use a fake.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QLocale, QObject, QTime, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QMenu,
    QSystemTrayIcon,
)

from coldcare import APP_NAME
from coldcare.domain.plan import SleepHours, day_bounds, next_reminder, occurrences
from coldcare.domain.session import ColdSession, Phase
from coldcare.domain.settings import SLEEP_END, SLEEP_START
from coldcare.resource_locator import resource_path
from coldcare.services.notify import Notification, Urgency
from coldcare.services.session_controller import SessionController
from coldcare.ui.i18n import translate
from coldcare.ui.keys import HELP_KEY, QUIT_KEY, SNOOZE_KEY, START_KEY
from coldcare.ui.state import AppState, Repositories

# How far ahead the tray looks for the next reminder (the plan repeats weekly).
LOOK_AHEAD = timedelta(days=8)


# ---------------------------------------------------------------------- what the tray says


@dataclass(frozen=True)
class Upcoming:
    """A reminder still to come: the item's name, whose plan, when it will remind (UTC)."""

    label: str
    person: str
    at: datetime


def upcoming_reminders(
    repositories: Repositories, tz: tzinfo, now: datetime, until: datetime
) -> list[Upcoming]:
    """Every reminder of every profile's plan from ``now`` up to ``until``, soonest first
    (snoozed ones at their new time; done, skipped and already shown ones left out)."""
    settings = repositories.settings
    sleep = SleepHours(settings.get(SLEEP_START), settings.get(SLEEP_END))
    start = day_bounds(now.astimezone(tz).date(), tz)[0]
    found: list[Upcoming] = []
    for profile in repositories.profiles.list_profiles():
        if profile.id is None:
            continue
        items = {i.id: i for i in repositories.plan.plan_items(profile.id) if i.id is not None}
        planned = occurrences(items.values(), start, until, tz, sleep)
        if not planned:
            continue
        logs = repositories.plan.logs_between(profile.id, planned[0].day, planned[-1].day)
        for occurrence in planned:
            at = next_reminder(occurrence, logs.get(occurrence.key))
            if at is not None and now <= at < until:
                found.append(Upcoming(items[occurrence.item_id].label, profile.name, at))
    return sorted(found, key=lambda upcoming: upcoming.at)


def reminders_left_today(repositories: Repositories, tz: tzinfo, now: datetime) -> bool:
    """Whether any profile's plan still has a reminder to give before midnight."""
    midnight = day_bounds(now.astimezone(tz).date(), tz)[1]
    return bool(upcoming_reminders(repositories, tz, now, midnight))


def _minutes_left(left: timedelta) -> int:
    """Whole minutes, rounded up: "1 min left" until the time is really up."""
    return max(0, -(-int(left.total_seconds()) // 60))


def session_text(session: ColdSession, now: datetime) -> str:
    """The running session in a few words: "Left knee — 8 min left"."""
    site = translate("BodySite", session.plan.site.display_name)
    if session.phase is Phase.REMOVE_NOW:
        state = translate("Tray", "take the pack off now")
    elif session.phase is Phase.PUT_BACK_DUE:
        state = translate("Tray", "put the pack back on")
    elif session.skin_check_pending():
        state = translate("Tray", "check your skin now")
    elif session.phase is Phase.COLD_OFF:
        deadline = session.phase_deadline(now)
        minutes = _minutes_left(deadline - now if deadline else timedelta(0))
        state = translate("Tray", "break, {n} min left").format(n=minutes)
    elif session.phase is Phase.PAUSED:
        minutes = _minutes_left(session.remaining(now))
        state = translate("Tray", "paused, {n} min left").format(n=minutes)
    else:
        state = translate("Tray", "{n} min left").format(n=_minutes_left(session.remaining(now)))
    return translate("Tray", "{site} — {state}").format(site=site, state=state)


def next_text(upcoming: Upcoming | None, now: datetime, tz: tzinfo, locale: QLocale) -> str:
    """ "Next: Knee ice 14:30 — Anna" (with the weekday when it is not today)."""
    if upcoming is None:
        return translate("Tray", "No reminders planned")
    local = upcoming.at.astimezone(tz)
    when = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if local.date() != now.astimezone(tz).date():
        day = locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
        when = f"{day} {when}"
    return translate("Tray", "Next: {what} {when} — {name}").format(
        what=upcoming.label, when=when, name=upcoming.person
    )


# ---------------------------------------------------------------------- the icon

TrayIconFactory = Callable[[QObject], QSystemTrayIcon | None]


def system_tray_icon(
    parent: QObject,
    available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
) -> QSystemTrayIcon | None:
    """A tray icon, or ``None`` where the desktop has no tray (``available`` says)."""
    return QSystemTrayIcon(parent) if available() else None


class Tray(QObject):
    """The tray icon (``None`` where there is no tray) and the commands it shares with the
    window. Make the icon with :func:`system_tray_icon` (or a fake in tests).

    Signals:
        start_requested(): open the cold-session set-up.
        snooze_requested(): snooze the reminder on show.
        open_requested(): show the window (and bring it forward).
        toggle_requested(): the icon was clicked: show the window, or hide it if shown.
        quit_requested(): quit ColdCare (the app asks first during a session).
        help_requested(): show the keyboard shortcuts.
    """

    start_requested = Signal()
    snooze_requested = Signal()
    open_requested = Signal()
    toggle_requested = Signal()
    quit_requested = Signal()
    help_requested = Signal()

    def __init__(
        self,
        state: AppState,
        controller: SessionController,
        icon: QSystemTrayIcon | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._controller = controller
        self._next = ""
        self.menu = QMenu()
        self.status = self._action(APP_NAME, None)
        self.status.setEnabled(False)
        self.menu.addSeparator()
        self.start = self._action(translate("Tray", "Start a cold session"), START_KEY)
        self.snooze = self._action(translate("Tray", "Snooze the reminder"), SNOOZE_KEY)
        self.snooze.setEnabled(False)
        self.open = self._action(translate("Tray", "Open ColdCare"), None)
        self.menu.addSeparator()
        self.quit = self._action(translate("Tray", "Quit ColdCare"), QUIT_KEY)
        self.help = QAction(translate("Tray", "Keyboard shortcuts"), self)
        self.help.setShortcut(QKeySequence(HELP_KEY))
        for action, signal in (
            (self.start, self.start_requested),
            (self.snooze, self.snooze_requested),
            (self.open, self.open_requested),
            (self.quit, self.quit_requested),
            (self.help, self.help_requested),
        ):
            action.triggered.connect(signal.emit)
        self.icon = icon
        if self.icon is not None:
            self.icon.setIcon(QIcon(str(resource_path("icons", "coldcare.svg"))))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
        controller.changed.connect(self._show)
        controller.finished.connect(lambda _record: self.refresh())
        self.refresh()

    def _action(self, text: str, key: str | None) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        self.menu.addAction(action)
        return action

    # ------------------------------------------------------------------ public API

    @property
    def has_icon(self) -> bool:
        """Whether the desktop has a tray (closing the window then keeps the app there)."""
        return self.icon is not None

    def window_actions(self) -> Sequence[QAction]:
        """The commands whose keys work in the main window (snooze's key is the bar's own)."""
        return (self.start, self.quit, self.help)

    def show(self) -> bool:
        """Show the icon; False where there is no tray."""
        if self.icon is None:
            return False
        self.icon.show()
        return True

    def hide(self) -> None:
        """Take the icon away (the app is quitting)."""
        if self.icon is not None:
            self.icon.hide()

    def tooltip(self) -> str:
        """What the icon says when the pointer rests on it."""
        return f"{APP_NAME} — {self.status.text()}"

    def refresh(self) -> None:
        """Look again for the next reminder (the plan or a reminder changed)."""
        now = self._controller.now()
        until = now + LOOK_AHEAD
        upcoming = upcoming_reminders(self._state.repositories, self._state.tz, now, until)
        first = upcoming[0] if upcoming else None
        self._next = next_text(first, now, self._state.tz, self.menu.locale())
        self._show()

    def set_snooze_enabled(self, enabled: bool) -> None:
        """Offer "Snooze" only while a reminder that can be snoozed is on show."""
        self.snooze.setEnabled(enabled)

    def show_message(self, notification: Notification) -> bool:
        """The tray balloon (a notification fallback); False where there is no tray."""
        if self.icon is None or not self.icon.isVisible():
            return False
        critical = notification.urgency is Urgency.CRITICAL
        kind = (
            QSystemTrayIcon.MessageIcon.Warning
            if critical
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.icon.showMessage(
            notification.title, notification.body, kind, 0 if critical else 10_000
        )
        return True

    # ------------------------------------------------------------------ updates

    def _show(self) -> None:
        session = self._controller.session
        if session is not None and not session.ended:
            text = session_text(session, self._controller.now())
        else:
            text = self._next
        if text == self.status.text():
            return
        self.status.setText(text)
        if self.icon is not None:
            self.icon.setToolTip(self.tooltip())

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.toggle_requested.emit()
