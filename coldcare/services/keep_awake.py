"""Keep the computer awake while a cold-pack session runs, and let it sleep again afterwards.

:class:`KeepAwake` picks the platform's inhibitors at construction:

- Linux: a logind ``sleep:idle`` block inhibitor on the system bus (held as a file descriptor)
  and ``org.freedesktop.ScreenSaver.Inhibit`` on the session bus (held by a cookie and the
  connection). Each is optional: whatever is missing is logged and skipped.
- Windows: ``SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED)``.
- macOS: a ``caffeinate -i -w <pid>`` process.

Release on every exit path: the app calls :meth:`KeepAwake.release` when a session ends and
from ``aboutToQuit``; :meth:`KeepAwake.acquire` registers an ``atexit`` fallback. Should the
process die without any of these, the operating system ends each inhibitor with it: the
logind descriptor closes, the screensaver service sees the connection drop, the thread's
execution state goes, and ``caffeinate -w`` exits with the process it watches.
"""

from __future__ import annotations

import atexit
import ctypes
import functools
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Protocol, Self

from coldcare import APP_NAME

logger = logging.getLogger(__name__)

DEFAULT_REASON = "A cold-pack session is running"

Release = Callable[[], None]
"""Ends one inhibitor; raises if that fails (KeepAwake logs it)."""
Inhibit = Callable[[str], Release]
"""Starts one inhibitor for a reason and returns how to end it; raises if it cannot."""


class KeepAwake:
    """Holds the computer awake between :meth:`acquire` and :meth:`release`.

    Both are idempotent and never raise. As a context manager it acquires on entry (with
    :data:`DEFAULT_REASON` unless already held) and releases on exit.
    """

    def __init__(
        self,
        platform: str = sys.platform,
        *,
        system_bus: str | None = None,
        session_bus: str | None = None,
        bus_timeout: float = 1.0,
        kernel32: Kernel32 | None = None,
        spawn: Callable[[Sequence[str]], Process] | None = None,
    ) -> None:
        """Choose the inhibitors for ``platform`` (a ``sys.platform`` value); contacts nothing.

        Linux: ``system_bus`` and ``session_bus`` override the D-Bus addresses (tests);
        ``bus_timeout`` bounds connecting and each call, in seconds (logind may consult polkit
        before it answers). Windows: ``kernel32`` replaces the Windows API object. macOS:
        ``spawn`` replaces how ``caffeinate`` is started.
        """
        self._inhibitors: tuple[tuple[str, Inhibit], ...]
        if platform == "linux":
            self._inhibitors = (
                ("logind", functools.partial(_inhibit_logind, system_bus, bus_timeout)),
                (
                    "the screensaver service",
                    functools.partial(_inhibit_screensaver, session_bus, bus_timeout),
                ),
            )
        elif platform == "win32":
            self._inhibitors = (
                ("SetThreadExecutionState", functools.partial(_require_system, kernel32)),
            )
        elif platform == "darwin":
            self._inhibitors = (("caffeinate", functools.partial(_caffeinate, spawn or _popen)),)
        else:
            self._inhibitors = ()
        self._platform = platform
        self._held: list[tuple[str, Release]] = []

    @property
    def active(self) -> bool:
        """Whether at least one inhibitor holds the computer awake now."""
        return bool(self._held)

    def acquire(self, reason: str = DEFAULT_REASON) -> bool:
        """Keep the computer awake; return whether anything holds it. Does nothing if held.

        GUI thread (on Windows the state belongs to the calling thread, so release from the
        same one). Blocks for a few milliseconds; on Linux at most four times ``bus_timeout``
        when the buses do not answer. Never raises: what fails is logged and skipped.
        """
        if self._held:
            return True
        for name, inhibit in self._inhibitors:
            try:
                release = inhibit(reason)
            except Exception as error:
                logger.warning("Cannot keep the computer awake with %s: %s", name, error)
            else:
                logger.info("Keeping the computer awake with %s: %s", name, reason)
                self._held.append((name, release))
        if not self._held:
            logger.warning("Nothing keeps the computer awake on %s", self._platform)
            return False
        atexit.register(self.release)
        return True

    def release(self) -> None:
        """Let the computer sleep again. Safe to call twice or without :meth:`acquire`.

        Same thread as :meth:`acquire`. Blocks for a few milliseconds; at most ``bus_timeout``
        when the session bus does not answer (Linux), one second when ``caffeinate`` ignores
        SIGTERM (macOS). Never raises.
        """
        if not self._held:
            return
        atexit.unregister(self.release)
        held, self._held = self._held, []
        for name, release in held:
            try:
                release()
            except Exception as error:
                logger.warning("Releasing %s failed: %s", name, error)
            else:
                logger.info("Released %s", name)

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


# ----------------------------------------------------------------------------- Linux


def _inhibit_logind(address: str | None, timeout: float, reason: str) -> Release:
    """logind's ``Inhibit("sleep:idle", …, "block")``: inhibited while the descriptor is open."""
    # jeepney is installed on Linux only.
    from coldcare.services import dbus_util  # noqa: PLC0415

    manager = dbus_util.Remote(
        "org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager"
    )
    system_bus = dbus_util.system_bus_address(address)
    with dbus_util.Bus(system_bus, timeout=timeout, enable_fds=True) as bus:
        (descriptor,) = bus.call(
            manager, "Inhibit", "ssss", ("sleep:idle", APP_NAME, reason, "block")
        )
    return functools.partial(os.close, descriptor.to_raw_fd())


def _inhibit_screensaver(address: str | None, timeout: float, reason: str) -> Release:
    """``org.freedesktop.ScreenSaver.Inhibit``: held by the cookie and the open connection."""
    # jeepney is installed on Linux only.
    from coldcare.services import dbus_util  # noqa: PLC0415

    name = "org.freedesktop.ScreenSaver"
    screensaver = dbus_util.Remote(name, "/org/freedesktop/ScreenSaver", name)
    bus = dbus_util.Bus(dbus_util.session_bus_address(address), timeout=timeout)
    try:
        (cookie,) = bus.call(screensaver, "Inhibit", "ss", (APP_NAME, reason))
    except dbus_util.BusError:
        bus.close()
        raise

    def release() -> None:
        with bus:
            bus.call(screensaver, "UnInhibit", "u", (cookie,))

    return release


# ----------------------------------------------------------------------------- Windows

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001


class Kernel32(Protocol):
    """The part of the Windows API used here (a fake in tests)."""

    def SetThreadExecutionState(self, flags: int, /) -> int:
        """The previous state, or 0 on failure."""
        ...


def _require_system(kernel32: Kernel32 | None, _reason: str) -> Release:
    """``SetThreadExecutionState``: the system stays awake until this thread resets it."""
    api = kernel32 if kernel32 is not None else _load_kernel32()
    if not api.SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED):
        raise OSError("SetThreadExecutionState refused ES_SYSTEM_REQUIRED")

    def release() -> None:
        if not api.SetThreadExecutionState(ES_CONTINUOUS):
            raise OSError("SetThreadExecutionState refused ES_CONTINUOUS")

    return release


def _load_kernel32() -> Kernel32:
    if sys.platform == "win32":
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.SetThreadExecutionState.argtypes = [ctypes.c_uint32]
        kernel32.SetThreadExecutionState.restype = ctypes.c_uint32
        return kernel32
    raise OSError("SetThreadExecutionState exists on Windows only")


# ----------------------------------------------------------------------------- macOS


class Process(Protocol):
    """The part of ``subprocess.Popen`` used here (a fake in tests)."""

    def poll(self) -> int | None: ...

    def terminate(self) -> None: ...

    def kill(self) -> None: ...

    def wait(self, timeout: float | None = None) -> int: ...


def _caffeinate(spawn: Callable[[Sequence[str]], Process], _reason: str) -> Release:
    """``caffeinate -i -w <our pid>``: no idle sleep while it runs; it exits when we do."""
    process = spawn(["caffeinate", "-i", "-w", str(os.getpid())])
    status = process.poll()
    if status is not None:
        raise OSError(f"caffeinate exited at once with status {status}")

    def release() -> None:
        process.terminate()
        try:
            process.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    return release


def _popen(argv: Sequence[str]) -> Process:
    return subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
