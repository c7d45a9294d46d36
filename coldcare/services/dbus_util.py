"""Blocking D-Bus calls over jeepney with short timeouts, and one error type for every failure.

Linux only: jeepney is installed on Linux alone, so the modules that use this one import it
inside their Linux code paths. PySide6's QtDBus is not used: it cannot marshal the ``uint32``
that ``Notify`` takes (feasibility.md §5).

Threading: a :class:`Bus` belongs to the one thread that uses it. Connecting and every call
block that thread for at most the bus's ``timeout`` each (the bus daemon's reply to ``Hello``
excepted: jeepney waits for it without a limit, and a bus that has just authenticated the
connection answers it at once).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import DBusErrorResponse

SESSION_BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS"
SYSTEM_BUS_VARIABLE = "DBUS_SYSTEM_BUS_ADDRESS"
DEFAULT_SYSTEM_BUS = "unix:path=/var/run/dbus/system_bus_socket"


class BusError(Exception):
    """No bus, a failed call or one not answered in time; the message says which, for the log."""


@dataclass(frozen=True)
class Remote:
    """Where a method lives: the owner's bus name, the object path and the interface."""

    bus_name: str
    path: str
    interface: str


MESSAGE_BUS = Remote("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus")


def session_bus_address(override: str | None = None) -> str:
    """``override`` if given, else this login's session bus; :class:`BusError` when there is none.

    Reads the environment on every call, so a bus started after ColdCare is found.
    """
    address = override or os.environ.get(SESSION_BUS_VARIABLE)
    if not address:
        raise BusError(f"no session bus: {SESSION_BUS_VARIABLE} is not set")
    return address


def system_bus_address(override: str | None = None) -> str:
    """``override`` if given, else the system bus (``DBUS_SYSTEM_BUS_ADDRESS`` or the default)."""
    return override or os.environ.get(SYSTEM_BUS_VARIABLE) or DEFAULT_SYSTEM_BUS


class Bus:
    """One blocking connection to a message bus; raises :class:`BusError`, never anything else.

    Use it as a context manager, or call :meth:`close`. Pass ``enable_fds=True`` to receive
    Unix file descriptors (``h`` arguments arrive as ``jeepney.FileDescriptor`` objects, which
    the caller must convert or close).
    """

    def __init__(self, address: str, *, timeout: float, enable_fds: bool = False) -> None:
        """Connect and authenticate; blocks for at most ``timeout`` seconds (see the module)."""
        self._timeout = timeout
        try:
            self._connection = open_dbus_connection(
                address, enable_fds=enable_fds, auth_timeout=timeout
            )
        except (OSError, ValueError, RuntimeError, DBusErrorResponse) as error:
            raise BusError(f"cannot connect to the bus at {address}: {error}") from error

    def call(
        self, remote: Remote, method: str, signature: str | None = None, body: tuple[Any, ...] = ()
    ) -> tuple[Any, ...]:
        """Call ``method`` and return the reply's arguments; blocks for at most ``timeout``."""
        target = DBusAddress(remote.path, bus_name=remote.bus_name, interface=remote.interface)
        message = new_method_call(target, method, signature, body)
        try:
            reply = self._connection.send_and_get_reply(message, timeout=self._timeout)
        except TimeoutError as error:
            raise BusError(
                f"{remote.bus_name} did not answer {method} within {self._timeout:g} s"
            ) from error
        except OSError as error:
            raise BusError(f"the bus connection failed during {method}: {error}") from error
        if reply.header.message_type is MessageType.error:
            name = reply.header.fields.get(HeaderFields.error_name, "an unnamed error")
            detail = f": {reply.body[0]}" if reply.body and isinstance(reply.body[0], str) else ""
            raise BusError(f"{remote.bus_name} answered {method} with {name}{detail}")
        return tuple(reply.body)

    def has_name(self, name: str) -> bool:
        """Whether ``name`` has an owner now or can be started by the bus (two calls at most)."""
        if self.call(MESSAGE_BUS, "NameHasOwner", "s", (name,))[0]:
            return True
        return name in self.call(MESSAGE_BUS, "ListActivatableNames")[0]

    def close(self) -> None:
        """Close the connection; never blocks. Calling it again does nothing."""
        self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
