"""Notifications: desktop notifiers chosen at start, a tray fallback, and an in-app channel.

A reminder or an alarm is never lost because a desktop service is missing: the
:class:`NotifierChain` tries the desktop notifiers in order until one delivers, and always
posts to the :class:`InAppChannel` as well, whose signal the main window shows. No notifier
raises into its caller; every failure is logged with its reason.

- Linux: :class:`FreedesktopNotifier` sends ``org.freedesktop.Notifications.Notify`` with
  jeepney (PySide6's QtDBus cannot marshal its ``uint32``), then the tray balloon.
- Windows and macOS: :class:`PlyerNotifier`, then the tray balloon.

The tray balloon needs QtWidgets, so the ui hands it in as a callable (:class:`CallbackNotifier`).
"""

from __future__ import annotations

import html
import logging
import threading
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from coldcare import APP_ID, APP_NAME

logger = logging.getLogger(__name__)


class NotificationKind(StrEnum):
    """What a notification is about; stable, so a newer one of a kind replaces the older."""

    ALARM = "alarm"
    SKIN_CHECK = "skin-check"
    REMINDER = "reminder"
    CHECK_IN = "check-in"
    STORAGE = "storage"


class Urgency(StrEnum):
    """How insistent the desktop should be: critical ones stay until the person dismisses them."""

    NORMAL = "normal"
    CRITICAL = "critical"


class Channel(StrEnum):
    """Which channel delivered a notification (written to the safety log; never rename one)."""

    FREEDESKTOP = "freedesktop"
    PLYER = "plyer"
    TRAY = "tray"
    IN_APP = "in-app"


@dataclass(frozen=True)
class Notification:
    """One notification: already-translated text, its kind and its urgency."""

    title: str
    body: str
    kind: NotificationKind
    urgency: Urgency


class Notifier(Protocol):
    """Delivers a notification through one channel."""

    @property
    def channel(self) -> Channel:
        """The channel this notifier delivers through."""
        ...

    def notify(self, notification: Notification) -> bool:
        """Whether the notification was delivered; never raises (failures are logged)."""
        ...


# ----------------------------------------------------------------------------- freedesktop

_NOTIFICATIONS_NAME = "org.freedesktop.Notifications"
_URGENCY_BYTE = {Urgency.NORMAL: 1, Urgency.CRITICAL: 2}
# Milliseconds: -1 lets the server decide; 0 keeps a critical notification until dismissed.
_EXPIRE_TIMEOUT = {Urgency.NORMAL: -1, Urgency.CRITICAL: 0}


class FreedesktopNotifier:
    """``org.freedesktop.Notifications`` on the session bus, over jeepney (Linux).

    Each call opens its own short-lived connection, so a bus or daemon that restarts is picked
    up. A newer notification of a kind replaces the one the server is still showing.
    """

    channel = Channel.FREEDESKTOP

    def __init__(
        self,
        bus_address: str | None = None,
        *,
        app_name: str = APP_NAME,
        icon: str = APP_ID,
        desktop_entry: str = APP_ID,
        timeout: float = 0.5,
    ) -> None:
        """``bus_address`` None means the login's session bus, looked up at each call.

        ``icon`` is an icon-theme name or a file URI; ``timeout`` bounds the connection and
        each D-Bus call, in seconds.
        """
        self._bus_address = bus_address
        self._app_name = app_name
        self._icon = icon
        self._desktop_entry = desktop_entry
        self._timeout = timeout
        self._shown: dict[NotificationKind, int] = {}
        self._lock = threading.Lock()

    def available(self) -> bool:
        """Whether a session bus is reachable and a notification server runs or can be started.

        Any thread. Blocks for a few milliseconds; at most about three times ``timeout``
        when the bus does not answer. Never raises.
        """
        try:
            return self._probe()
        except Exception:
            logger.exception("Checking for desktop notifications failed unexpectedly")
            return False

    def notify(self, notification: Notification) -> bool:
        """Send ``Notify``; True once the server has answered with an id. Never raises.

        Any thread (calls are serialised). Blocks for a few milliseconds; connecting and each
        of its two calls wait at most ``timeout`` (three times ``timeout`` in all) when the
        bus or the server does not answer, and then it returns False.
        """
        with self._lock:
            try:
                return self._send(notification)
            except Exception:
                logger.exception("%s notification %s failed", self.channel, notification.kind)
                return False

    def _probe(self) -> bool:
        # jeepney is installed on Linux only.
        from coldcare.services import dbus_util  # noqa: PLC0415

        try:
            address = dbus_util.session_bus_address(self._bus_address)
            with dbus_util.Bus(address, timeout=self._timeout) as bus:
                found = bus.has_name(_NOTIFICATIONS_NAME)
        except dbus_util.BusError as error:
            logger.info("Desktop notifications unavailable: %s", error)
            return False
        if not found:
            logger.info("Desktop notifications unavailable: no %s service", _NOTIFICATIONS_NAME)
        return found

    def _send(self, notification: Notification) -> bool:
        # jeepney is installed on Linux only.
        from coldcare.services import dbus_util  # noqa: PLC0415

        server = dbus_util.Remote(
            _NOTIFICATIONS_NAME, "/org/freedesktop/Notifications", _NOTIFICATIONS_NAME
        )
        try:
            address = dbus_util.session_bus_address(self._bus_address)
            with dbus_util.Bus(address, timeout=self._timeout) as bus:
                (capabilities,) = bus.call(server, "GetCapabilities")
                body = notification.body
                if "body-markup" in capabilities:
                    body = html.escape(body, quote=False)
                hints = {
                    "urgency": ("y", _URGENCY_BYTE[notification.urgency]),
                    "desktop-entry": ("s", self._desktop_entry),
                }
                (shown_id,) = bus.call(
                    server,
                    "Notify",
                    "susssasa{sv}i",
                    (
                        self._app_name,
                        self._shown.get(notification.kind, 0),
                        self._icon,
                        notification.title,
                        body,
                        [],
                        hints,
                        _EXPIRE_TIMEOUT[notification.urgency],
                    ),
                )
        except dbus_util.BusError as error:
            logger.warning(
                "%s notification %s not delivered: %s", self.channel, notification.kind, error
            )
            return False
        self._shown[notification.kind] = shown_id
        return True


# ----------------------------------------------------------------------------- plyer

# How long plyer's Windows backend keeps its balloon (0 would remove it at once). Its thread
# sleeps that long and is not a daemon, so quitting right after a notification waits for it.
_PLYER_SECONDS = {Urgency.NORMAL: 10, Urgency.CRITICAL: 30}


class PlyerNotifier:
    """plyer's notification facade (Windows and macOS), imported at the first notification.

    plyer warns while it picks a backend and may then raise ``NotImplementedError`` or fail
    another way; its warnings are caught here and logged, so they never reach the caller.
    """

    channel = Channel.PLYER

    def __init__(self, *, app_name: str = APP_NAME, icon_path: str = "") -> None:
        """``icon_path``: an icon file plyer's backend can show (``.ico`` on Windows), or ""."""
        self._app_name = app_name
        self._icon_path = icon_path

    def notify(self, notification: Notification) -> bool:
        """Hand the notification to plyer; True if plyer accepted it. Never raises.

        GUI thread only: it changes the process-wide warning filters for the duration. The
        first call imports plyer (tens of milliseconds); later ones return at once. plyer's
        Windows backend shows the balloon on a thread of its own, so True there means
        "handed over": a failure on that thread cannot be seen here.
        """
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                # Imported at the first notification: plyer is not needed for the first paint.
                from plyer import notification as facade  # noqa: PLC0415

                facade.notify(
                    title=notification.title,
                    message=notification.body,
                    app_name=self._app_name,
                    app_icon=self._icon_path,
                    timeout=_PLYER_SECONDS[notification.urgency],
                )
            except Exception as error:
                reasons = "; ".join(str(warning.message) for warning in caught)
                logger.warning(
                    "%s notification %s not delivered: %s: %s%s",
                    self.channel,
                    notification.kind,
                    type(error).__name__,
                    error,
                    f" (plyer warned: {reasons})" if reasons else "",
                )
                return False
        for warning in caught:
            logger.info("plyer warned: %s", warning.message)
        return True


# ----------------------------------------------------------------------------- callback


class CallbackNotifier:
    """Wraps a callable that shows a notification, such as the ui's tray balloon."""

    def __init__(
        self, show: Callable[[Notification], bool], channel: Channel = Channel.TRAY
    ) -> None:
        """``show`` returns whether it showed the notification (False: e.g. no tray)."""
        self._show = show
        self.channel = channel

    def notify(self, notification: Notification) -> bool:
        """Call ``show`` and return its answer; an exception it raises is logged as False.

        Same thread contract as ``show`` (the tray balloon: GUI thread only).
        """
        try:
            delivered = bool(self._show(notification))
        except Exception:
            logger.exception("%s notification %s failed", self.channel, notification.kind)
            return False
        if not delivered:
            logger.warning("%s notification %s not delivered", self.channel, notification.kind)
        return delivered


# ----------------------------------------------------------------------------- in-app


class InAppChannel(QObject):
    """The in-app alert channel: every notification is posted here, and the window shows it."""

    posted = Signal(object)
    """Carries the :class:`Notification`."""

    channel = Channel.IN_APP

    def notify(self, notification: Notification) -> bool:
        """Emit :attr:`posted`; always True.

        Any thread: slots of QObjects living in the GUI thread run there (queued when it is
        emitted elsewhere). Blocks only as long as directly connected slots run.
        """
        self.posted.emit(notification)
        return True


# ----------------------------------------------------------------------------- chain


class NotifierChain:
    """The desktop notifiers in order until one delivers, and always the in-app channel.

    Set :attr:`desktop_enabled` to False (the person's setting) to post in the app only.
    """

    def __init__(self, desktop: Sequence[Notifier], in_app: InAppChannel) -> None:
        """``desktop``: in order of preference, e.g. from :func:`desktop_notifiers`."""
        self._desktop = tuple(desktop)
        self._in_app = in_app
        self.desktop_enabled = True

    def notify(self, notification: Notification) -> Channel:
        """Deliver ``notification``; return the desktop channel that took it, or IN_APP.

        GUI thread (the tray fallback touches widgets). Posts in-app first, so the window
        never waits; then blocks while the desktop notifiers try: milliseconds normally, at
        worst the sum of their timeouts (1.5 s for the freedesktop notifier). Never raises.
        """
        self._in_app.notify(notification)
        if not self.desktop_enabled:
            return Channel.IN_APP
        for notifier in self._desktop:
            try:
                if notifier.notify(notification):
                    return notifier.channel
            except Exception:
                logger.exception("Notifier %s raised; trying the next one", notifier.channel)
        if self._desktop:
            logger.warning(
                "Notification %s reached no desktop channel; shown in the app only",
                notification.kind,
            )
        return Channel.IN_APP


def desktop_notifiers(
    platform: str,
    *,
    tray: Callable[[Notification], bool] | None = None,
    session_bus: str | None = None,
) -> list[Notifier]:
    """The desktop notifiers for ``platform`` (a ``sys.platform`` value), best first.

    Linux: freedesktop, then ``tray``; Windows and macOS: plyer, then ``tray``; elsewhere
    ``tray`` alone. ``tray`` is left out when None (no system tray). ``session_bus``
    overrides the session bus address (tests). Builds objects only; nothing is contacted.
    """
    notifiers: list[Notifier] = []
    if platform == "linux":
        notifiers.append(FreedesktopNotifier(session_bus))
    elif platform in ("win32", "darwin"):
        notifiers.append(PlyerNotifier())
    else:
        logger.warning("No desktop notifications on %s; the tray and the app only", platform)
    if tray is not None:
        notifiers.append(CallbackNotifier(tray, Channel.TRAY))
    return notifiers
