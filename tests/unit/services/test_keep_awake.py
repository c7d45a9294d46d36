"""Keep-awake: logind and the screensaver over a real (private) D-Bus; Windows and macOS faked."""

from __future__ import annotations

import atexit
import logging
import os
import subprocess
from collections.abc import Callable, Sequence

import pytest

from coldcare.services.keep_awake import (
    DEFAULT_REASON,
    ES_CONTINUOUS,
    ES_SYSTEM_REQUIRED,
    KeepAwake,
    Process,
)
from tests.unit.services.conftest import (
    NO_SUCH_BUS,
    SESSION_BUS_VARIABLE,
    Desktop,
    needs_jeepney,
)

REASON = "Cold pack on the left knee until 14:20"


def _messages(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


@pytest.fixture
def exit_hooks(monkeypatch: pytest.MonkeyPatch) -> list[Callable[[], None]]:
    """The functions KeepAwake has registered with atexit (and not unregistered)."""
    hooks: list[Callable[[], None]] = []
    monkeypatch.setattr(atexit, "register", hooks.append)
    monkeypatch.setattr(atexit, "unregister", hooks.remove)
    return hooks


# ----------------------------------------------------------------------------- Linux


@pytest.mark.dbus
def test_linux_inhibits_sleep_and_idle_and_releases(
    desktop: Desktop, exit_hooks: list[Callable[[], None]]
) -> None:
    awake = KeepAwake("linux", system_bus=desktop.address, session_bus=desktop.address)

    assert awake.acquire(REASON)

    logind, screensaver = desktop.calls("Inhibit")
    assert logind["interface"] == "org.freedesktop.login1.Manager"
    assert logind["signature"] == "ssss"
    assert logind["args"] == ["sleep:idle", "ColdCare", REASON, "block"]
    assert screensaver["interface"] == "org.freedesktop.ScreenSaver"
    assert screensaver["args"] == ["ColdCare", REASON]
    assert desktop.held_inhibitors() == 1
    assert awake.active
    assert exit_hooks == [awake.release]

    awake.release()

    (uninhibit,) = desktop.calls("UnInhibit")
    assert uninhibit["interface"] == "org.freedesktop.ScreenSaver"
    assert uninhibit["signature"] == "u"
    assert uninhibit["args"] == [1]  # the cookie Inhibit returned
    assert desktop.held_inhibitors() == 0
    assert not awake.active
    assert exit_hooks == []


@pytest.mark.dbus
def test_acquire_and_release_are_idempotent(desktop: Desktop) -> None:
    awake = KeepAwake("linux", system_bus=desktop.address, session_bus=desktop.address)

    awake.release()
    assert awake.acquire(REASON)
    assert awake.acquire("a second reason")
    assert len(desktop.calls("Inhibit")) == 2
    awake.release()
    awake.release()

    assert len(desktop.calls("UnInhibit")) == 1
    assert desktop.held_inhibitors() == 0


@pytest.mark.dbus
def test_context_manager_holds_for_the_block(desktop: Desktop) -> None:
    with KeepAwake("linux", system_bus=desktop.address, session_bus=desktop.address) as awake:
        assert awake.active
        assert desktop.held_inhibitors() == 1
        assert desktop.calls("Inhibit")[0]["args"][2] == DEFAULT_REASON

    assert not awake.active
    assert desktop.held_inhibitors() == 0
    assert len(desktop.calls("UnInhibit")) == 1


@pytest.mark.dbus
def test_without_logind_the_screensaver_still_inhibits(
    desktop: Desktop, empty_bus: str, caplog: pytest.LogCaptureFixture
) -> None:
    awake = KeepAwake("linux", system_bus=empty_bus, session_bus=desktop.address)

    assert awake.acquire(REASON)
    assert [call["interface"] for call in desktop.calls()] == ["org.freedesktop.ScreenSaver"]
    assert "Cannot keep the computer awake with logind" in _messages(caplog)
    assert "ServiceUnknown" in _messages(caplog)
    awake.release()
    assert len(desktop.calls("UnInhibit")) == 1


@pytest.mark.dbus
def test_without_a_screensaver_logind_still_inhibits(
    desktop: Desktop, empty_bus: str, caplog: pytest.LogCaptureFixture
) -> None:
    awake = KeepAwake("linux", system_bus=desktop.address, session_bus=empty_bus)

    assert awake.acquire(REASON)
    assert desktop.held_inhibitors() == 1
    assert "Cannot keep the computer awake with the screensaver service" in _messages(caplog)
    awake.release()
    assert desktop.held_inhibitors() == 0
    assert desktop.calls("UnInhibit") == []


@pytest.mark.dbus
def test_services_that_refuse_are_logged_and_skipped(
    desktop: Desktop, caplog: pytest.LogCaptureFixture, exit_hooks: list[Callable[[], None]]
) -> None:
    desktop.set_mode("error")
    awake = KeepAwake("linux", system_bus=desktop.address, session_bus=desktop.address)

    assert not awake.acquire(REASON)
    assert not awake.active
    assert len(desktop.calls("Inhibit")) == 2
    assert "Nothing keeps the computer awake on linux" in _messages(caplog)
    assert exit_hooks == []
    awake.release()


@pytest.mark.dbus
def test_a_failed_uninhibit_is_logged_and_the_connection_still_closes(
    desktop: Desktop, caplog: pytest.LogCaptureFixture
) -> None:
    awake = KeepAwake("linux", system_bus=desktop.address, session_bus=desktop.address)
    assert awake.acquire(REASON)
    desktop.set_mode("error")

    awake.release()

    assert "Releasing the screensaver service failed" in _messages(caplog)
    assert desktop.held_inhibitors() == 0
    assert not awake.active


@pytest.mark.dbus
def test_services_that_never_answer_time_out(
    desktop: Desktop, caplog: pytest.LogCaptureFixture
) -> None:
    desktop.set_mode("silent")
    awake = KeepAwake(
        "linux", system_bus=desktop.address, session_bus=desktop.address, bus_timeout=0.1
    )

    assert not awake.acquire(REASON)
    assert "did not answer Inhibit within 0.1 s" in _messages(caplog)
    assert len(desktop.calls("Inhibit")) == 2


@needs_jeepney
def test_linux_without_any_bus(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv(SESSION_BUS_VARIABLE, raising=False)
    awake = KeepAwake("linux", system_bus=NO_SUCH_BUS)

    assert not awake.acquire(REASON)
    assert f"{SESSION_BUS_VARIABLE} is not set" in _messages(caplog)
    assert "cannot connect to the bus" in _messages(caplog)
    awake.release()


# ----------------------------------------------------------------------------- Windows


class FakeKernel32:
    """Records SetThreadExecutionState calls; answers ``result`` (0 means failure)."""

    def __init__(self, result: int = ES_CONTINUOUS) -> None:
        self.result = result
        self.calls: list[int] = []

    def SetThreadExecutionState(self, flags: int, /) -> int:
        self.calls.append(flags)
        return self.result


def test_windows_requires_the_system_and_resets_on_release(
    exit_hooks: list[Callable[[], None]],
) -> None:
    kernel32 = FakeKernel32()
    awake = KeepAwake("win32", kernel32=kernel32)

    awake.release()
    assert awake.acquire(REASON)
    assert awake.acquire(REASON)
    assert exit_hooks == [awake.release]
    awake.release()
    awake.release()

    assert kernel32.calls == [ES_CONTINUOUS | ES_SYSTEM_REQUIRED, ES_CONTINUOUS]
    assert kernel32.calls[0] == 0x80000001
    assert exit_hooks == []


def test_windows_refusal_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    kernel32 = FakeKernel32(result=0)
    awake = KeepAwake("win32", kernel32=kernel32)

    assert not awake.acquire(REASON)
    assert "SetThreadExecutionState refused" in _messages(caplog)
    awake.release()
    assert kernel32.calls == [ES_CONTINUOUS | ES_SYSTEM_REQUIRED]


def test_windows_refusal_to_reset_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    kernel32 = FakeKernel32()
    awake = KeepAwake("win32", kernel32=kernel32)
    assert awake.acquire(REASON)
    kernel32.result = 0

    awake.release()

    assert "Releasing SetThreadExecutionState failed" in _messages(caplog)
    assert not awake.active


def test_windows_api_is_missing_elsewhere(caplog: pytest.LogCaptureFixture) -> None:
    assert not KeepAwake("win32").acquire(REASON)
    assert "exists on Windows only" in _messages(caplog)


def test_windows_context_manager() -> None:
    kernel32 = FakeKernel32()

    with KeepAwake("win32", kernel32=kernel32) as awake:
        assert awake.active

    assert kernel32.calls == [ES_CONTINUOUS | ES_SYSTEM_REQUIRED, ES_CONTINUOUS]


# ----------------------------------------------------------------------------- macOS


class FakeProcess:
    """A child process that runs until terminated (or that exited at once)."""

    def __init__(self, exit_status: int | None = None, *, stubborn: bool = False) -> None:
        self.exit_status = exit_status
        self.stubborn = stubborn
        self.events: list[str] = []

    def poll(self) -> int | None:
        return self.exit_status

    def terminate(self) -> None:
        self.events.append("terminate")
        if not self.stubborn:
            self.exit_status = -15

    def kill(self) -> None:
        self.events.append("kill")
        self.exit_status = -9

    def wait(self, timeout: float | None = None) -> int:
        self.events.append(f"wait {timeout}")
        if self.exit_status is None:
            raise subprocess.TimeoutExpired("caffeinate", timeout or 0)
        return self.exit_status


class FakeSpawn:
    """Records the command lines and hands out ``process``."""

    def __init__(self, process: FakeProcess) -> None:
        self.process = process
        self.argvs: list[list[str]] = []

    def __call__(self, argv: Sequence[str]) -> Process:
        self.argvs.append(list(argv))
        return self.process


def test_macos_runs_caffeinate_for_our_pid_and_terminates_it(
    exit_hooks: list[Callable[[], None]],
) -> None:
    spawn = FakeSpawn(FakeProcess())
    awake = KeepAwake("darwin", spawn=spawn)

    awake.release()
    assert awake.acquire(REASON)
    assert awake.acquire(REASON)
    assert spawn.argvs == [["caffeinate", "-i", "-w", str(os.getpid())]]
    assert exit_hooks == [awake.release]
    awake.release()
    awake.release()

    assert spawn.process.events == ["terminate", "wait 1.0"]
    assert exit_hooks == []


def test_macos_kills_a_caffeinate_that_ignores_terminate() -> None:
    spawn = FakeSpawn(FakeProcess(stubborn=True))

    with KeepAwake("darwin", spawn=spawn):
        pass

    assert spawn.process.events == ["terminate", "wait 1.0", "kill", "wait None"]


def test_macos_caffeinate_that_exits_at_once(caplog: pytest.LogCaptureFixture) -> None:
    awake = KeepAwake("darwin", spawn=FakeSpawn(FakeProcess(exit_status=1)))

    assert not awake.acquire(REASON)
    assert "caffeinate exited at once with status 1" in _messages(caplog)


def test_macos_without_caffeinate(caplog: pytest.LogCaptureFixture) -> None:
    def missing(argv: Sequence[str]) -> Process:
        raise FileNotFoundError(2, "No such file or directory", argv[0])

    assert not KeepAwake("darwin", spawn=missing).acquire(REASON)
    assert "Cannot keep the computer awake with caffeinate" in _messages(caplog)


# ----------------------------------------------------------------------------- elsewhere


def test_an_unknown_platform_holds_nothing_and_never_raises(
    caplog: pytest.LogCaptureFixture, exit_hooks: list[Callable[[], None]]
) -> None:
    awake = KeepAwake("freebsd14")

    awake.release()
    with caplog.at_level(logging.WARNING):
        assert not awake.acquire(REASON)
    awake.release()

    assert not awake.active
    assert exit_hooks == []
    assert "Nothing keeps the computer awake on freebsd14" in _messages(caplog)
