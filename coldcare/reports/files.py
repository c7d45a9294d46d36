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
import stat
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
    NOT_A_FILE = "not-a-file"
    NAME_TOO_LONG = "name-too-long"
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
    WriteProblem.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "Export",
        "Could not save {path}: that is not an ordinary file (a device or a pipe, for "
        "example). Choose a file name, then try again. Nothing was changed. ({cause})",
    ),
    WriteProblem.NAME_TOO_LONG: QT_TRANSLATE_NOOP(
        "Export",
        "Could not save {path}: the name is too long for the disk. Choose a shorter name, "
        "then try again. Nothing was changed. ({cause})",
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
    errno.ENAMETOOLONG: WriteProblem.NAME_TOO_LONG,
}
# The temporary file's name: short, so that any name the disk allows for the file itself
# also fits the temporary one beside it.
_TEMPORARY_PREFIX, _TEMPORARY_SUFFIX = ".coldcare-", ".part"


class ExportWriteError(RuntimeError):
    """An export could not be saved; ``problem`` says why, the message what to do."""

    def __init__(self, path: Path, cause: OSError, problem: WriteProblem | None = None) -> None:
        self.path = path
        self.cause = cause
        self.problem = problem or _PROBLEMS.get(cause.errno or 0, WriteProblem.IO_ERROR)
        reason = cause.strerror or str(cause)
        super().__init__(WRITE_ADVICE[self.problem].format(path=path, cause=reason))


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; raise :class:`ExportWriteError` on failure."""
    check_target(path)
    try:
        fd, temp = tempfile.mkstemp(
            prefix=_TEMPORARY_PREFIX, suffix=_TEMPORARY_SUFFIX, dir=path.parent
        )
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


def check_target(path: Path) -> None:
    """Raise :class:`ExportWriteError` when ``path`` exists but is not an ordinary file.

    Saving replaces whatever has the name: a folder cannot be, and a device or a pipe must
    not be (saving over ``/dev/null`` would replace the device with a file).
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ExportWriteError(path, exc) from exc
    if stat.S_ISDIR(mode):
        raise ExportWriteError(path, IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))
    if not stat.S_ISREG(mode):
        cause = OSError(errno.EINVAL, "not a regular file")
        raise ExportWriteError(path, cause, WriteProblem.NOT_A_FILE)


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
