"""The data folder: where the database, its backups and set-aside damaged files live.

Health data is private: folders are created with mode 0700 and files with 0600. SQLite gives
the ``-wal`` and ``-shm`` files the mode of the database file, so creating the database file
ourselves, before SQLite opens it, is what keeps those private too.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from coldcare.storage.errors import NotAFolderError

DATABASE_NAME = "coldcare.sqlite"
SIDECAR_SUFFIXES = ("-wal", "-shm")
FOLDER_MODE = 0o700
FILE_MODE = 0o600
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class DataFolder:
    """The paths inside one ColdCare data folder."""

    root: Path

    @property
    def database(self) -> Path:
        """The live database file."""
        return self.root / DATABASE_NAME

    @property
    def damage_note(self) -> Path:
        """Left when damage was met while the file was in use: the next open checks it all."""
        return self.root / "damage-seen"

    @property
    def backups(self) -> Path:
        """Where automatic and pre-migration backups go."""
        return self.root / "backups"

    def holds(self, path: Path) -> bool:
        """Whether ``path`` (symbolic links followed) is ColdCare's own: the database, its
        companions, the damage note, or anything in the backups folder or a set-aside one."""
        own = {p.name for p in (*database_files(self.database), self.damage_note, self.backups)}
        try:
            first = path.resolve().relative_to(self.root.resolve()).parts[0]
        except (ValueError, IndexError):
            first = ""
        return first in own or first.startswith("damaged-") or self._same_as_database(path)

    def _same_as_database(self, path: Path) -> bool:
        """A hard link, or another spelling on a disk that ignores case."""
        existing = [p for p in database_files(self.database) if p.exists()]
        return path.exists() and any(os.path.samefile(path, p) for p in existing)

    def prepare(self) -> None:
        """Create the folder and its backups folder, both 0700."""
        make_private_folder(self.root)
        make_private_folder(self.backups)


def database_files(database: Path) -> tuple[Path, ...]:
    """The database file followed by its ``-wal`` and ``-shm`` companions."""
    return (database, *(database.with_name(database.name + s) for s in SIDECAR_SUFFIXES))


def make_private_folder(path: Path) -> None:
    """Create ``path`` (and its parents) so that only its owner may enter it.

    A folder that exists already keeps its mode: ``--data-dir`` may name a folder the person
    uses for other things too (the files in it are private either way). Raises
    :class:`NotAFolderError` when ``path``, or a folder it would be in, is a file.
    """
    if path.is_dir():
        return
    try:
        path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise NotAFolderError(path, _file_in_the_way(path)) from exc
    path.chmod(FOLDER_MODE)


def _file_in_the_way(path: Path) -> Path:
    """The first of ``path`` and the folders above it (from the top) that is not a folder."""
    return next((p for p in (*reversed(path.parents), path) if p.exists() and not p.is_dir()), path)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty (or empty it) with mode 0600, whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    os.close(fd)
    path.chmod(FILE_MODE)


def has_sqlite_header(path: Path) -> bool:
    """Whether a non-empty file starts like an SQLite database.

    SQLite itself reads a file shorter than its 100-byte header as an empty database, so a file
    cut down to a few bytes would silently "open" with no data in it.
    """
    with path.open("rb") as file:
        return file.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC and path.stat().st_size >= 100


def connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection that cannot write ``path``.

    ``immutable`` also promises SQLite that nobody else writes the file: it then creates no
    ``-wal``/``-shm`` beside it and ignores an existing WAL, which is right for backups and for
    looking at a file before deciding whether to open it at all.
    """
    query = "?mode=ro&immutable=1" if immutable else "?mode=ro"
    return sqlite3.connect(path.resolve().as_uri() + query, uri=True)
