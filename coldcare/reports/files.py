"""Saving an export: all or nothing.

The bytes go to a temporary file in the target's own folder, are flushed to the disk, and only
then take the target's name (``os.replace`` is atomic on one file system). If anything fails
the target is left exactly as it was, the temporary file is removed, and
:class:`ExportWriteError` says which file and why, in words a person can act on.

The file is created private (mode 0600, like ColdCare's own data): it holds health data.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from enum import StrEnum
from pathlib import Path

from coldcare.domain.i18n import QT_TRANSLATE_NOOP


class WriteProblem(StrEnum):
    """Why an export could not be saved."""

    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    NO_FOLDER = "no-folder"
    IS_FOLDER = "is-folder"
    IO_ERROR = "io-error"


# What to tell the person (context ``Export``; ``{path}`` is the file, ``{cause}`` the system's
# own words).
WRITE_ADVICE: dict[WriteProblem, str] = {
    WriteProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "Export",
        "Could not save {path}: the disk is full. Free some space or choose another place, "
        "then try again. Nothing was changed. ({cause})",
    ),
    WriteProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "Export",
        "Could not save {path}: it cannot be written there (a read-only folder, or the file "
        "is open in another program). Choose another folder or close the file, then try "
        "again. Nothing was changed. ({cause})",
    ),
    WriteProblem.NO_FOLDER: QT_TRANSLATE_NOOP(
        "Export",
        "Could not save {path}: the folder does not exist. Choose another folder, then try "
        "again. ({cause})",
    ),
    WriteProblem.IS_FOLDER: QT_TRANSLATE_NOOP(
        "Export",
        "Could not save {path}: that is the name of a folder. Choose a file name, then try "
        "again. Nothing was changed. ({cause})",
    ),
    WriteProblem.IO_ERROR: QT_TRANSLATE_NOOP(
        "Export",
        "Could not save {path}: the disk reported an error. Check the disk (or reconnect it), "
        "then try again. Nothing was changed. ({cause})",
    ),
}

_PROBLEMS = {
    errno.ENOSPC: WriteProblem.DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): WriteProblem.DISK_FULL,  # not on Windows
    errno.EROFS: WriteProblem.READ_ONLY,
    errno.EACCES: WriteProblem.READ_ONLY,
    errno.EPERM: WriteProblem.READ_ONLY,
    errno.ENOENT: WriteProblem.NO_FOLDER,
    errno.ENOTDIR: WriteProblem.NO_FOLDER,
    errno.EISDIR: WriteProblem.IS_FOLDER,
}


class ExportWriteError(RuntimeError):
    """An export could not be saved; ``problem`` says why, the message what to do."""

    def __init__(self, path: Path, cause: OSError) -> None:
        self.path = path
        self.cause = cause
        self.problem = _PROBLEMS.get(cause.errno or 0, WriteProblem.IO_ERROR)
        reason = cause.strerror or str(cause)
        super().__init__(WRITE_ADVICE[self.problem].format(path=path, cause=reason))


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; raise :class:`ExportWriteError` on failure."""
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ExportWriteError(path, exc) from exc
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise ExportWriteError(path, exc) from exc
        raise
    _sync_folder(path.parent)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable (POSIX; other systems cannot open a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
