"""One running ColdCare per data folder: a second start asks the first to show itself.

The first start listens on a local socket (a Unix socket; a named pipe on Windows) named
``coldcare-`` plus a short hash of the data folder, so a test's app and a person's app never
share a name, and the name stays far below the ~108 bytes a Unix socket path may have. A
second start connects, sends ``show`` and waits a moment for ``ok``; the first answers and
emits :attr:`SingleInstance.show_requested`. Anything else on the socket is dropped, and a
peer that connects but never writes is cut off after :data:`PEER_WAIT_MS`. A socket file left
by a crashed ColdCare refuses connections; it is removed and the name taken over.
"""

from __future__ import annotations

import hashlib
import logging
import os
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

logger = logging.getLogger(__name__)

SHOW = b"show\n"
ACK = b"ok\n"
CONNECT_MS = 300
"""How long a second start tries to reach the first (a local connection is immediate)."""
ACK_MS = 700
"""How long a second start waits for the first to answer (with CONNECT_MS: well under 2 s)."""
PEER_WAIT_MS = 2000
"""How long the first waits for a connected peer to say what it wants."""
MAX_MESSAGE = 64


def server_name(data_folder: Path) -> str:
    """``coldcare-`` and 16 hex digits of the hash of the resolved data folder."""
    folder = os.path.normcase(str(data_folder.resolve()))
    return "coldcare-" + hashlib.sha256(folder.encode("utf-8")).hexdigest()[:16]


class SingleInstance(QObject):
    """The claim on one data folder. Call :meth:`claim` once, before opening the database.

    Signals:
        show_requested: another start asked this one to show its window.
    """

    show_requested = Signal()

    def __init__(
        self, data_folder: Path, parent: QObject | None = None, peer_wait_ms: int = PEER_WAIT_MS
    ) -> None:
        super().__init__(parent)
        self.name = server_name(data_folder)
        self._peer_wait_ms = peer_wait_ms
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)

    def claim(self) -> bool:
        """True when this is the first ColdCare on the folder (it now listens); False when
        another one is running (it was asked to show itself). Create the application object
        first: the listening socket works on its event loop."""
        if QCoreApplication.instance() is None:
            raise RuntimeError("create the QApplication before claiming the data folder")
        if _ask_to_show(self.name):
            return False
        if self._server.listen(self.name):
            return True
        if self._server.serverError() is QAbstractSocket.SocketError.AddressInUseError:
            if _ask_to_show(self.name):  # another start took the name a moment ago
                return False
            QLocalServer.removeServer(self.name)  # left by a ColdCare that crashed
            if self._server.listen(self.name):
                return True
        logger.warning(
            "cannot listen for other starts on %s: %s", self.name, self._server.errorString()
        )
        return True

    def close(self) -> None:
        """Stop listening (the name is free for the next start)."""
        self._server.close()

    def is_listening(self) -> bool:
        """Whether this instance holds the name."""
        return self._server.isListening()

    def _accept(self) -> None:
        while (peer := self._server.nextPendingConnection()) is not None:
            limit = QTimer(peer)
            limit.setSingleShot(True)
            limit.timeout.connect(partial(_drop, peer))
            limit.start(self._peer_wait_ms)
            peer.readyRead.connect(partial(self._read, peer))
            peer.disconnected.connect(peer.deleteLater)

    def _read(self, peer: QLocalSocket) -> None:
        if not peer.canReadLine():
            if peer.bytesAvailable() > MAX_MESSAGE:
                _drop(peer)
            return
        if peer.readLine(MAX_MESSAGE).data() != SHOW:
            logger.warning("ignored an unknown message from another start")
            _drop(peer)
            return
        peer.write(ACK)
        peer.disconnectFromServer()
        self.show_requested.emit()


def _drop(peer: QLocalSocket) -> None:
    peer.abort()
    peer.deleteLater()


def is_held(data_folder: Path) -> bool:
    """Whether a ColdCare listens on the folder's name: a window works on that data.

    It only connects and hangs up at once; the window is not asked to show itself.
    """
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_folder))
    held = socket.waitForConnected(CONNECT_MS)
    socket.abort()
    return held


def _ask_to_show(name: str) -> bool:
    """Ask the ColdCare listening on ``name`` to show itself; False when none listens.

    A ColdCare that takes the connection but does not answer in time is busy, not gone:
    it still counts, so two never work on the same data.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(SHOW)
    socket.waitForBytesWritten(CONNECT_MS)
    answered = socket.waitForReadyRead(ACK_MS) and socket.readLine(MAX_MESSAGE).data() == ACK
    if not answered:
        logger.warning("the running ColdCare did not answer; it may be busy")
    socket.abort()
    return True
