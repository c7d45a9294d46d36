"""Private D-Bus daemons, and the fake desktop service of ``fake_dbus_service.py`` on one of them.

Each bus is a ``dbus-daemon`` of its own with a minimal configuration (no service folders of
the machine), started once per test run; tests that need one skip where dbus-daemon or jeepney
(a Linux-only dependency) is missing. jeepney is imported only here, inside the fixtures, so
the other tests of this folder run on every platform.

- ``empty_bus``: nothing on it.
- ``activatable_bus``: nothing runs, but ``org.freedesktop.Notifications`` is activatable
  (its program does not exist, so activation fails).
- ``desktop``: the fake desktop service, reset before each test; it stands in for the session
  bus and for the system bus, which cannot be faked here.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection

SERVICE_SCRIPT = Path(__file__).with_name("fake_dbus_service.py")
SERVICE_NAMES = (
    "org.freedesktop.Notifications",
    "org.freedesktop.ScreenSaver",
    "org.freedesktop.login1",
)
NO_SUCH_BUS = "unix:path=/nonexistent/coldcare-test/bus"
SESSION_BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS"

needs_jeepney = pytest.mark.skipif(
    importlib.util.find_spec("jeepney") is None, reason="jeepney is installed on Linux only"
)
"""For tests of the Linux code paths that need no bus."""

_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={socket_dir}</listen>
  <auth>EXTERNAL</auth>
  {service_dirs}
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
_ACTIVATABLE = """[D-BUS Service]
Name=org.freedesktop.Notifications
Exec=/nonexistent/coldcare-test/notification-daemon
"""


@contextmanager
def _private_bus(service_dir: Path | None = None) -> Iterator[str]:
    """Run a dbus-daemon with a minimal configuration; yield its address."""
    pytest.importorskip("jeepney", reason="jeepney is installed on Linux only")
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    with ExitStack() as stack:
        # A short folder: Unix socket paths are limited to about 108 bytes.
        folder = Path(tempfile.mkdtemp(prefix="cc-bus-"))
        stack.callback(shutil.rmtree, folder)
        config = folder / "bus.conf"
        config.write_text(
            _CONFIG.format(
                socket_dir=folder,
                service_dirs=f"<servicedir>{service_dir}</servicedir>" if service_dir else "",
            ),
            encoding="utf-8",
        )
        process = stack.enter_context(
            subprocess.Popen(
                [daemon, f"--config-file={config}", "--nofork", "--print-address"],
                stdout=subprocess.PIPE,
                text=True,
            )
        )
        stack.callback(process.terminate)
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        if not address:
            pytest.fail(f"dbus-daemon printed no address (exit status {process.wait()})")
        yield address


def _wait_for_names(address: str, service: subprocess.Popen[bytes]) -> None:
    """Poll NameHasOwner until the service owns all its names; wake on NameOwnerChanged."""
    jeepney = pytest.importorskip("jeepney")
    blocking = pytest.importorskip("jeepney.io.blocking")
    rule = jeepney.MatchRule(
        type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged"
    )
    with blocking.open_dbus_connection(address) as connection:
        bus = blocking.Proxy(jeepney.message_bus, connection, timeout=5)
        bus.AddMatch(rule)
        with connection.filter(rule) as changes:
            for _ in range(40):
                if all(bus.NameHasOwner(name)[0] for name in SERVICE_NAMES):
                    return
                if service.poll() is not None:
                    pytest.fail(f"the fake service exited with status {service.returncode}")
                try:
                    connection.recv_until_filtered(changes, timeout=0.25)
                except TimeoutError:
                    continue
    pytest.fail("the fake service did not own its names within 10 s")


@pytest.fixture(scope="session")
def empty_bus() -> Iterator[str]:
    """The address of a private bus with nothing on it."""
    with _private_bus() as address:
        yield address


@pytest.fixture(scope="session")
def activatable_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private bus on which the notification service is activatable but fails to start."""
    services = tmp_path_factory.mktemp("dbus-services")
    (services / "org.freedesktop.Notifications.service").write_text(_ACTIVATABLE, encoding="utf-8")
    with _private_bus(services) as address:
        yield address


@dataclass
class Desktop:
    """The fake desktop service on its private bus, as the tests see it."""

    address: str
    connection: DBusConnection

    def _control(
        self, method: str, signature: str | None = None, body: tuple[Any, ...] = ()
    ) -> Any:
        jeepney = pytest.importorskip("jeepney")
        control = jeepney.DBusAddress(
            "/org/coldcare/Test", bus_name=SERVICE_NAMES[0], interface="org.coldcare.Test"
        )
        reply = self.connection.send_and_get_reply(
            jeepney.new_method_call(control, method, signature, body), timeout=5
        )
        assert reply.header.message_type is jeepney.MessageType.method_return, reply.body
        return reply.body[0] if reply.body else None

    def calls(self, member: str | None = None) -> list[dict[str, Any]]:
        """The calls the service received since the test began (``member`` only, if given)."""
        calls: list[dict[str, Any]] = json.loads(self._control("Calls"))
        return [call for call in calls if member is None or call["member"] == member]

    def held_inhibitors(self) -> int:
        """How many logind inhibitor descriptors are open (the service checks right now)."""
        held: int = self._control("HeldInhibitors")
        return held

    def set_capabilities(self, capabilities: list[str]) -> None:
        """What the notification server says it supports (default: body and body-markup)."""
        self._control("SetCapabilities", "as", (capabilities,))

    def set_mode(self, mode: str) -> None:
        """``"answer"``, ``"error"`` or ``"silent"``: how the service answers later calls."""
        self._control("SetMode", "s", (mode,))

    def reset(self) -> None:
        """Forget the calls; answer normally, with the default capabilities, from id 1."""
        self._control("Reset")


@pytest.fixture(scope="session")
def _desktop_service() -> Iterator[Desktop]:
    with ExitStack() as stack:
        address = stack.enter_context(_private_bus())
        service = stack.enter_context(
            subprocess.Popen([sys.executable, str(SERVICE_SCRIPT), address, *SERVICE_NAMES])
        )
        stack.callback(service.terminate)
        _wait_for_names(address, service)
        blocking = pytest.importorskip("jeepney.io.blocking")
        connection = stack.enter_context(blocking.open_dbus_connection(address))
        yield Desktop(address, connection)


@pytest.fixture
def desktop(_desktop_service: Desktop) -> Desktop:
    """The fake desktop service, with no calls recorded and answering normally."""
    _desktop_service.reset()
    return _desktop_service
