"""Notifications: the freedesktop notifier over a real (private) D-Bus, plyer, the chain."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coldcare import APP_ID
from coldcare.services.notify import (
    CallbackNotifier,
    Channel,
    FreedesktopNotifier,
    InAppChannel,
    Notification,
    NotificationKind,
    Notifier,
    NotifierChain,
    PlyerNotifier,
    Urgency,
    desktop_notifiers,
)
from tests.unit.services.conftest import (
    NO_SUCH_BUS,
    SESSION_BUS_VARIABLE,
    Desktop,
    needs_jeepney,
)

ALARM = Notification(
    "Take the pack off now", "Time is up.", NotificationKind.ALARM, Urgency.CRITICAL
)
REMINDER = Notification(
    "Cold pack at 14:00", "Left knee, 15 minutes.", NotificationKind.REMINDER, Urgency.NORMAL
)


def _messages(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


class Recorder:
    """A notifier that records what it is asked and answers as told."""

    def __init__(self, channel: Channel, answer: bool) -> None:
        self.channel = channel
        self.answer = answer
        self.seen: list[Notification] = []

    def notify(self, notification: Notification) -> bool:
        self.seen.append(notification)
        return self.answer


class Raiser:
    """A notifier that breaks the protocol by raising."""

    channel = Channel.PLYER

    def notify(self, notification: Notification) -> bool:
        raise RuntimeError("broken notifier")


# ----------------------------------------------------------------------------- freedesktop


@pytest.mark.dbus
def test_notify_goes_over_dbus_with_uint32_urgency_and_expiry(desktop: Desktop) -> None:
    notifier = FreedesktopNotifier(desktop.address)

    assert notifier.notify(REMINDER)
    assert notifier.notify(ALARM)

    calls = desktop.calls("Notify")
    assert [call["signature"] for call in calls] == ["susssasa{sv}i"] * 2
    reminder, alarm = (call["args"] for call in calls)
    assert reminder == [
        "ColdCare",
        0,
        APP_ID,
        "Cold pack at 14:00",
        "Left knee, 15 minutes.",
        [],
        {"urgency": ["y", 1], "desktop-entry": ["s", APP_ID]},
        -1,
    ]
    assert alarm[0:2] == ["ColdCare", 0]
    assert alarm[6]["urgency"] == ["y", 2]
    assert alarm[7] == 0  # a critical notification stays until dismissed


@pytest.mark.dbus
def test_a_newer_notification_replaces_the_one_of_its_kind(desktop: Desktop) -> None:
    notifier = FreedesktopNotifier(desktop.address)

    for notification in (ALARM, REMINDER, ALARM, ALARM, REMINDER):
        assert notifier.notify(notification)

    replaces = [call["args"][1] for call in desktop.calls("Notify")]
    assert replaces == [0, 0, 1, 1, 2]


@pytest.mark.dbus
def test_body_is_escaped_for_a_server_that_reads_markup(desktop: Desktop) -> None:
    notification = Notification(
        "Skin check", "Numb & < 5 min left?", NotificationKind.SKIN_CHECK, Urgency.CRITICAL
    )

    assert FreedesktopNotifier(desktop.address).notify(notification)

    assert [call["member"] for call in desktop.calls()] == ["GetCapabilities", "Notify"]
    assert desktop.calls("Notify")[0]["args"][4] == "Numb &amp; &lt; 5 min left?"


@pytest.mark.dbus
def test_body_is_sent_as_is_to_a_server_without_markup(desktop: Desktop) -> None:
    desktop.set_capabilities(["body"])
    notification = Notification(
        "Skin check", "Numb & < 5 min left?", NotificationKind.SKIN_CHECK, Urgency.CRITICAL
    )

    assert FreedesktopNotifier(desktop.address).notify(notification)

    assert desktop.calls("Notify")[0]["args"][4] == "Numb & < 5 min left?"


@pytest.mark.dbus
def test_available_when_the_service_runs(desktop: Desktop) -> None:
    assert FreedesktopNotifier(desktop.address).available()


@pytest.mark.dbus
def test_available_when_the_service_is_activatable(activatable_bus: str) -> None:
    assert FreedesktopNotifier(activatable_bus).available()


@pytest.mark.dbus
def test_an_activation_that_fails_is_logged(
    activatable_bus: str, caplog: pytest.LogCaptureFixture
) -> None:
    assert not FreedesktopNotifier(activatable_bus).notify(ALARM)
    assert "org.freedesktop.DBus.Error.Spawn" in _messages(caplog)


@pytest.mark.dbus
def test_a_bus_without_a_notification_service(
    empty_bus: str, caplog: pytest.LogCaptureFixture
) -> None:
    notifier = FreedesktopNotifier(empty_bus)

    assert not notifier.available()
    assert not notifier.notify(ALARM)
    assert "ServiceUnknown" in _messages(caplog)


@pytest.mark.dbus
def test_a_service_that_answers_with_an_error(
    desktop: Desktop, caplog: pytest.LogCaptureFixture
) -> None:
    desktop.set_mode("error")

    assert not FreedesktopNotifier(desktop.address).notify(ALARM)
    assert "org.freedesktop.DBus.Error.Failed: told to fail" in _messages(caplog)


@pytest.mark.dbus
def test_a_service_that_never_answers_times_out(
    desktop: Desktop, caplog: pytest.LogCaptureFixture
) -> None:
    desktop.set_mode("silent")

    assert not FreedesktopNotifier(desktop.address, timeout=0.1).notify(ALARM)
    assert "did not answer GetCapabilities within 0.1 s" in _messages(caplog)


@pytest.mark.dbus
def test_an_unexpected_error_is_logged_not_raised(
    desktop: Desktop, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object) -> tuple[object, ...]:
        raise RuntimeError("a bug in the D-Bus layer")

    dbus_util = importlib.import_module("coldcare.services.dbus_util")
    monkeypatch.setattr(dbus_util.Bus, "call", broken)
    notifier = FreedesktopNotifier(desktop.address)

    assert not notifier.notify(ALARM)
    assert not notifier.available()
    errors = [str(record.exc_info[1]) for record in caplog.records if record.exc_info]
    assert errors == ["a bug in the D-Bus layer"] * 2


@needs_jeepney
def test_no_session_bus_at_all(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv(SESSION_BUS_VARIABLE, raising=False)
    notifier = FreedesktopNotifier()

    assert not notifier.available()
    assert not notifier.notify(ALARM)
    assert f"{SESSION_BUS_VARIABLE} is not set" in _messages(caplog)


@needs_jeepney
@pytest.mark.parametrize(
    ("address", "reason"),
    [(NO_SUCH_BUS, "No such file or directory"), ("tcp:host=localhost", "not supported")],
)
def test_a_bus_that_cannot_be_reached(
    address: str, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    assert not FreedesktopNotifier(address).notify(ALARM)
    assert f"cannot connect to the bus at {address}" in _messages(caplog)
    assert reason in _messages(caplog)


# ----------------------------------------------------------------------------- plyer

FAKE_PLYER = """
import warnings

warnings.warn("fake plyer: no usable backend", UserWarning)
calls = []


class _Facade:
    def notify(self, **kwargs):
        calls.append(kwargs)
{behaviour}


notification = _Facade()
"""


@pytest.fixture
def fake_plyer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Install a fake ``plyer`` that warns when imported; the argument ends its ``notify``."""
    real = sys.modules.pop("plyer", None)
    monkeypatch.syspath_prepend(tmp_path)

    def install(behaviour: str) -> None:
        (tmp_path / "plyer.py").write_text(FAKE_PLYER.format(behaviour=behaviour))

    yield install
    sys.modules.pop("plyer", None)
    if real is not None:
        sys.modules["plyer"] = real


NOT_IMPLEMENTED = "        raise NotImplementedError('No usable implementation found!')"


@pytest.mark.parametrize(
    ("behaviour", "logged"),
    [
        (NOT_IMPLEMENTED, "NotImplementedError: No usable implementation found!"),
        ("        raise OSError('Shell_NotifyIconW failed.')", "OSError: Shell_NotifyIconW"),
    ],
)
def test_plyer_failures_return_false_and_log_its_warnings(
    fake_plyer: Callable[[str], None],
    behaviour: str,
    logged: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake_plyer(behaviour)

    assert not PlyerNotifier().notify(ALARM)
    assert logged in _messages(caplog)
    assert "fake plyer: no usable backend" in _messages(caplog)


def test_plyer_delivers(fake_plyer: Callable[[str], None]) -> None:
    fake_plyer("        return None")

    assert PlyerNotifier(icon_path="coldcare.ico").notify(ALARM)

    (call,) = sys.modules["plyer"].calls
    assert call == {
        "title": "Take the pack off now",
        "message": "Time is up.",
        "app_name": "ColdCare",
        "app_icon": "coldcare.ico",
        "timeout": 30,
    }


@pytest.mark.skipif(
    shutil.which("notify-send") is not None
    or importlib.util.find_spec("dbus") is not None
    or Path("/app").exists(),
    reason="plyer would find a Linux backend here",
)
def test_real_plyer_without_a_backend_returns_false(caplog: pytest.LogCaptureFixture) -> None:
    assert not PlyerNotifier().notify(REMINDER)
    assert "NotImplementedError" in _messages(caplog)


# ----------------------------------------------------------------------------- callback, in-app


def test_callback_notifier_returns_what_the_callback_says(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tray = Recorder(Channel.TRAY, answer=True)

    assert CallbackNotifier(tray.notify).notify(ALARM)
    assert not CallbackNotifier(lambda _: False).notify(ALARM)
    assert tray.seen == [ALARM]
    assert "tray notification alarm not delivered" in _messages(caplog)


def test_callback_notifier_logs_an_exception_as_not_delivered(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(notification: Notification) -> bool:
        raise RuntimeError("no tray today")

    assert not CallbackNotifier(broken).notify(ALARM)
    assert "no tray today" in caplog.text


def test_in_app_channel_posts_the_notification(qtbot: QtBot) -> None:
    channel = InAppChannel()

    with qtbot.waitSignal(channel.posted, check_params_cb=lambda n: n is ALARM):
        assert channel.notify(ALARM)


# ----------------------------------------------------------------------------- chain


def test_chain_falls_to_the_next_channel_and_always_posts_in_app(qtbot: QtBot) -> None:
    desktop = Recorder(Channel.FREEDESKTOP, answer=False)
    tray = Recorder(Channel.TRAY, answer=True)
    in_app = InAppChannel()
    chain = NotifierChain([desktop, Raiser(), tray], in_app)

    with qtbot.waitSignal(in_app.posted, check_params_cb=lambda n: n is ALARM):
        assert chain.notify(ALARM) is Channel.TRAY

    assert desktop.seen == [ALARM]
    assert tray.seen == [ALARM]


def test_chain_stops_at_the_first_channel_that_delivers(qtbot: QtBot) -> None:
    desktop = Recorder(Channel.FREEDESKTOP, answer=True)
    tray = Recorder(Channel.TRAY, answer=True)
    in_app = InAppChannel()

    with qtbot.waitSignal(in_app.posted):
        assert NotifierChain([desktop, tray], in_app).notify(REMINDER) is Channel.FREEDESKTOP

    assert tray.seen == []


@pytest.fixture(
    params=[
        pytest.param("no session bus", marks=needs_jeepney),
        pytest.param("no notification service", marks=pytest.mark.dbus),
        pytest.param("service error", marks=pytest.mark.dbus),
        "plyer not implemented",
    ]
)
def failing_desktop(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Notifier:
    """A real desktop notifier that cannot deliver, once for each way it fails."""
    if request.param == "no session bus":
        monkeypatch.delenv(SESSION_BUS_VARIABLE, raising=False)
        return FreedesktopNotifier()
    if request.param == "no notification service":
        return FreedesktopNotifier(request.getfixturevalue("empty_bus"))
    if request.param == "service error":
        desktop: Desktop = request.getfixturevalue("desktop")
        desktop.set_mode("error")
        return FreedesktopNotifier(desktop.address)
    request.getfixturevalue("fake_plyer")(NOT_IMPLEMENTED)
    return PlyerNotifier()


def test_chain_falls_to_the_tray_when_the_desktop_notifier_fails(
    failing_desktop: Notifier, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    tray = Recorder(Channel.TRAY, answer=True)
    in_app = InAppChannel()
    chain = NotifierChain([failing_desktop, tray], in_app)

    with qtbot.waitSignal(in_app.posted, check_params_cb=lambda n: n is ALARM):
        assert chain.notify(ALARM) is Channel.TRAY

    assert tray.seen == [ALARM]
    assert f"{failing_desktop.channel} notification alarm not delivered" in _messages(caplog)


@pytest.mark.dbus
def test_chain_with_no_desktop_service_and_no_tray_posts_in_app(
    empty_bus: str, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    tray = Recorder(Channel.TRAY, answer=False)
    in_app = InAppChannel()
    chain = NotifierChain([FreedesktopNotifier(empty_bus), tray], in_app)

    with qtbot.waitSignal(in_app.posted, check_params_cb=lambda n: n is ALARM):
        assert chain.notify(ALARM) is Channel.IN_APP

    assert tray.seen == [ALARM]
    assert "shown in the app only" in _messages(caplog)


@pytest.mark.dbus
def test_chain_delivers_over_dbus(desktop: Desktop, qtbot: QtBot) -> None:
    tray = Recorder(Channel.TRAY, answer=True)
    in_app = InAppChannel()
    chain = NotifierChain(
        desktop_notifiers("linux", tray=tray.notify, session_bus=desktop.address), in_app
    )

    with qtbot.waitSignal(in_app.posted):
        assert chain.notify(ALARM) is Channel.FREEDESKTOP

    assert len(desktop.calls("Notify")) == 1
    assert tray.seen == []


def test_chain_with_desktop_notifications_off_posts_in_app_only(qtbot: QtBot) -> None:
    desktop = Recorder(Channel.FREEDESKTOP, answer=True)
    in_app = InAppChannel()
    chain = NotifierChain([desktop], in_app)
    chain.desktop_enabled = False

    with qtbot.waitSignal(in_app.posted):
        assert chain.notify(ALARM) is Channel.IN_APP

    assert desktop.seen == []


def test_chain_without_desktop_notifiers_posts_in_app_quietly(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    in_app = InAppChannel()

    with qtbot.waitSignal(in_app.posted):
        assert NotifierChain([], in_app).notify(REMINDER) is Channel.IN_APP

    assert caplog.records == []


# ----------------------------------------------------------------------------- factory


def _kinds(notifiers: list[Notifier]) -> list[tuple[type, Channel]]:
    return [(type(notifier), notifier.channel) for notifier in notifiers]


@pytest.mark.parametrize(
    ("platform", "first"),
    [("linux", FreedesktopNotifier), ("win32", PlyerNotifier), ("darwin", PlyerNotifier)],
)
def test_desktop_notifiers_per_platform(platform: str, first: type) -> None:
    notifiers = desktop_notifiers(platform, tray=lambda _: True)

    assert [type(notifier) for notifier in notifiers] == [first, CallbackNotifier]
    assert notifiers[1].channel is Channel.TRAY


def test_desktop_notifiers_without_a_tray_or_a_known_platform(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert [type(n) for n in desktop_notifiers("linux")] == [FreedesktopNotifier]
    with caplog.at_level(logging.WARNING):
        assert _kinds(desktop_notifiers("freebsd14", tray=lambda _: True)) == [
            (CallbackNotifier, Channel.TRAY)
        ]
    assert "No desktop notifications on freebsd14" in _messages(caplog)


WITHOUT_JEEPNEY = """
import sys

sys.modules["jeepney"] = None  # as on Windows and macOS, where it is not installed
from coldcare.services.keep_awake import KeepAwake
from coldcare.services.notify import FreedesktopNotifier, Notification, NotificationKind, Urgency

alarm = Notification("Time is up", "", NotificationKind.ALARM, Urgency.CRITICAL)
print(FreedesktopNotifier().notify(alarm), KeepAwake("linux").acquire())
"""


def test_without_jeepney_the_modules_import_and_the_linux_paths_fail_softly() -> None:
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_JEEPNEY],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )

    assert result.stdout.split() == ["False", "False"]
    assert "import of jeepney halted" in result.stderr
