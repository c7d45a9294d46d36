"""A fake desktop on a private bus: notifications, the screensaver and logind, recording calls.

Run as a script: ``python fake_dbus_service.py BUS_ADDRESS NAME...``. It owns the NAMEs
(``org.freedesktop.Notifications``, ``org.freedesktop.ScreenSaver``, ``org.freedesktop.login1``)
on BUS_ADDRESS, answers their methods and records every method call it receives, before it
answers. Like logind, it hands out an inhibitor as the write end of a pipe and watches the
read end: end of file means every copy of the descriptor was closed.

The test drives it through ``org.coldcare.Test`` on path ``/org/coldcare/Test`` (any owned name):

- ``Calls() -> s``: the calls recorded since the last reset, as a JSON list of objects with
  ``interface``, ``member``, ``signature`` and ``args``;
- ``HeldInhibitors() -> u``: how many logind descriptors are still open somewhere;
- ``SetCapabilities(as)``: what ``GetCapabilities`` answers from now on;
- ``SetMode(s)``: how later calls are answered: ``"answer"`` (the default), ``"error"`` (an
  ``org.freedesktop.DBus.Error.Failed`` reply) or ``"silent"`` (no reply at all);
- ``Reset()``: forget the recorded calls, answer normally with the default capabilities
  again and number from 1 again.

It uses jeepney and the standard library only, never ColdCare's own code.
"""

from __future__ import annotations

import json
import os
import selectors
import sys
from typing import Any

from jeepney import HeaderFields, Message, MessageType, new_error, new_method_return
from jeepney.bus_messages import DBusNameFlags, message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

CONTROL_INTERFACE = "org.coldcare.Test"
CAPABILITIES = ["body", "body-markup"]


class FakeDesktop:
    """Answers the calls of one connection; see the module docstring."""

    def __init__(self, connection: DBusConnection) -> None:
        self._connection = connection
        self._calls: list[dict[str, Any]] = []
        self._selector = selectors.DefaultSelector()
        self._selector.register(connection.sock, selectors.EVENT_READ)
        self._mode = "answer"
        self._capabilities = CAPABILITIES
        self._next_id = 1
        self._next_cookie = 1

    def run(self) -> None:
        """Serve until the bus goes away."""
        while True:
            for key, _ in self._selector.select():
                if key.fileobj is self._connection.sock:
                    self._drain()
                else:
                    self._check_inhibitor(key.fd)

    def _drain(self) -> None:
        while True:
            try:
                message = self._connection.receive(timeout=0)
            except TimeoutError:
                return
            if message.header.message_type is MessageType.method_call:
                self._handle(message)

    def _handle(self, call: Message) -> None:
        fields = call.header.fields
        interface, member = fields.get(HeaderFields.interface), fields[HeaderFields.member]
        if interface == CONTROL_INTERFACE:
            self._control(call, member)
            return
        self._calls.append(
            {
                "interface": interface,
                "member": member,
                "signature": fields.get(HeaderFields.signature, ""),
                "args": list(call.body),
            }
        )
        if self._mode == "silent":
            return
        if self._mode == "error":
            self._reply_error(call, "org.freedesktop.DBus.Error.Failed", "told to fail")
            return
        handler = {
            ("org.freedesktop.Notifications", "GetCapabilities"): self._get_capabilities,
            ("org.freedesktop.Notifications", "Notify"): self._notify,
            ("org.freedesktop.ScreenSaver", "Inhibit"): self._inhibit_idle,
            ("org.freedesktop.ScreenSaver", "UnInhibit"): self._uninhibit_idle,
            ("org.freedesktop.login1.Manager", "Inhibit"): self._inhibit_sleep,
        }.get((interface, member))
        if handler is None:
            self._reply_error(call, "org.freedesktop.DBus.Error.UnknownMethod", member)
        else:
            handler(call)

    def _control(self, call: Message, member: str) -> None:
        if member == "Calls":
            self._connection.send(new_method_return(call, "s", (json.dumps(self._calls),)))
        elif member == "HeldInhibitors":
            for key, _ in self._selector.select(timeout=0):
                if key.fileobj is not self._connection.sock:
                    self._check_inhibitor(key.fd)
            held = len(self._selector.get_map()) - 1
            self._connection.send(new_method_return(call, "u", (held,)))
        elif member == "SetCapabilities":
            (self._capabilities,) = call.body
            self._connection.send(new_method_return(call))
        elif member == "SetMode":
            (self._mode,) = call.body
            self._connection.send(new_method_return(call))
        elif member == "Reset":
            self._calls.clear()
            self._mode = "answer"
            self._capabilities = CAPABILITIES
            self._next_id = self._next_cookie = 1
            self._connection.send(new_method_return(call))
        else:
            self._reply_error(call, "org.freedesktop.DBus.Error.UnknownMethod", member)

    def _reply_error(self, call: Message, name: str, text: str) -> None:
        self._connection.send(new_error(call, name, "s", (text,)))

    def _get_capabilities(self, call: Message) -> None:
        self._connection.send(new_method_return(call, "as", (self._capabilities,)))

    def _notify(self, call: Message) -> None:
        replaces_id = call.body[1]
        shown_id = replaces_id or self._next_id
        if not replaces_id:
            self._next_id += 1
        self._connection.send(new_method_return(call, "u", (shown_id,)))

    def _inhibit_idle(self, call: Message) -> None:
        cookie, self._next_cookie = self._next_cookie, self._next_cookie + 1
        self._connection.send(new_method_return(call, "u", (cookie,)))

    def _uninhibit_idle(self, call: Message) -> None:
        self._connection.send(new_method_return(call))

    def _inhibit_sleep(self, call: Message) -> None:
        read_end, write_end = os.pipe()
        self._selector.register(read_end, selectors.EVENT_READ)
        self._connection.send(new_method_return(call, "h", (write_end,)))
        os.close(write_end)

    def _check_inhibitor(self, read_end: int) -> None:
        if not os.read(read_end, 1):
            self._selector.unregister(read_end)
            os.close(read_end)


def main(address: str, *names: str) -> None:
    """Own ``names`` on ``address`` and serve until the bus closes the connection."""
    connection = open_dbus_connection(address, enable_fds=True)
    for name in names:
        reply = connection.send_and_get_reply(
            message_bus.RequestName(name, DBusNameFlags.do_not_queue)
        )
        if reply.header.message_type is MessageType.error or reply.body != (1,):
            sys.exit(f"cannot own {name}: {reply.body}")
    try:
        FakeDesktop(connection).run()
    except ConnectionResetError:
        return


if __name__ == "__main__":
    main(*sys.argv[1:])
