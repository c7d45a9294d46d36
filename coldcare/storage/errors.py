"""Storage errors, and the one place that turns low-level failures into ones a person can act on.

SQLite reports a full disk or a read-only file with an error code; the operating system reports
the same with an ``errno`` when ColdCare writes files itself (backups, the data folder). Both
become :class:`~coldcare.domain.ports.StorageUnavailableError` with a message that says what
happened and what to do. peewee re-raises SQLite's errors as its own, and a failed rollback
after an automatic one hides the first error behind "cannot rollback", so the whole chain of
causes is searched.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import PeeweeException

from coldcare.domain.ports import StorageProblem, StorageUnavailableError


class DatabaseTooNewError(RuntimeError):
    """The data file was written by a newer ColdCare; it is left exactly as it was."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"The data file {path} was written by a newer version of ColdCare "
            f"(data version {found}); this version of ColdCare reads data up to version "
            f"{supported}. Please update ColdCare to open it. The file has not been changed."
        )
        self.path = path
        self.found = found
        self.supported = supported


class InvalidRowError(RuntimeError):
    """A stored row holds a value ColdCare cannot read (for example a hand-edited file)."""

    def __init__(self, table: str, row_id: object, problem: str) -> None:
        super().__init__(f"row {row_id} of table '{table}' cannot be read: {problem}")
        self.table = table
        self.row_id = row_id


class MissingRowError(LookupError):
    """An update named a record that is not stored."""


class MigrationError(RuntimeError):
    """A migration left the data inconsistent; it was rolled back."""


class NotAFolderError(StorageUnavailableError):
    """The data folder cannot be made: it, or a folder it would be in, is a file."""

    def __init__(self, folder: Path, blocker: Path) -> None:
        super().__init__(StorageProblem.CANNOT_OPEN, str(folder))
        self.blocker = blocker

    def __str__(self) -> str:
        return (
            f"ColdCare cannot use {self.folder} as its data folder: {self.blocker} is a file, "
            "not a folder. Choose another folder, or move the file, then try again."
        )


_SQLITE_CODES = {
    sqlite3.SQLITE_FULL: StorageProblem.DISK_FULL,
    sqlite3.SQLITE_READONLY: StorageProblem.READ_ONLY,
    sqlite3.SQLITE_PERM: StorageProblem.READ_ONLY,
    sqlite3.SQLITE_CANTOPEN: StorageProblem.CANNOT_OPEN,
    sqlite3.SQLITE_IOERR: StorageProblem.IO_ERROR,
    sqlite3.SQLITE_CORRUPT: StorageProblem.DAMAGED,
    sqlite3.SQLITE_NOTADB: StorageProblem.DAMAGED,
}
# An error made by hand (or by an older driver) has no code: recognise SQLite's own words.
_SQLITE_MESSAGES = {
    "database or disk is full": StorageProblem.DISK_FULL,
    "readonly database": StorageProblem.READ_ONLY,
    "unable to open database file": StorageProblem.CANNOT_OPEN,
    "disk i/o error": StorageProblem.IO_ERROR,
    "database disk image is malformed": StorageProblem.DAMAGED,
    "file is not a database": StorageProblem.DAMAGED,
    "unsupported file format": StorageProblem.DAMAGED,
}
_ERRNOS = {
    errno.ENOSPC: StorageProblem.DISK_FULL,
    errno.EDQUOT: StorageProblem.DISK_FULL,
    errno.EROFS: StorageProblem.READ_ONLY,
    errno.EACCES: StorageProblem.READ_ONLY,
    errno.EPERM: StorageProblem.READ_ONLY,
    errno.EIO: StorageProblem.IO_ERROR,
}


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and everything behind it: ``__cause__``, ``__context__`` and peewee's ``orig``."""
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for behind in (getattr(current, "orig", None), current.__cause__, current.__context__):
            if isinstance(behind, BaseException):
                pending.append(behind)


def _classify_one(exc: BaseException) -> StorageProblem | None:
    if isinstance(exc, OSError):
        return _ERRNOS.get(exc.errno or 0)
    if not isinstance(exc, sqlite3.Error | PeeweeException):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    text = str(exc).lower()
    return next((trouble for words, trouble in _SQLITE_MESSAGES.items() if words in text), None)


def _classify(exc: BaseException) -> StorageProblem | None:
    return next(
        (trouble for cause in _causes(exc) if (trouble := _classify_one(cause)) is not None),
        None,
    )


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` says the file is not a database or is malformed (not: busy, missing)."""
    return _classify(exc) is StorageProblem.DAMAGED


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` says another connection kept the database locked (past the busy wait)."""
    return any(_busy(cause) for cause in _causes(exc))


def _busy(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.Error | PeeweeException):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == sqlite3.SQLITE_BUSY
    return "database is locked" in str(exc).lower()


def _unavailable(exc: BaseException, folder: Path) -> StorageUnavailableError | None:
    """The person-facing error for ``exc``, or ``None`` when it is not a storage failure."""
    trouble = _classify(exc)
    if trouble is None:
        return None
    return StorageUnavailableError(trouble, str(folder))


@contextmanager
def translated(folder: Path) -> Iterator[None]:
    """Re-raise a full disk, a read-only folder or a damaged file as StorageUnavailableError."""
    try:
        yield
    except StorageUnavailableError:
        raise
    except Exception as exc:
        error = _unavailable(exc, folder)
        if error is None:
            raise
        raise error from exc
