"""Backup copies, the integrity check, and setting a damaged file aside.

Copies are made with SQLite's online backup API (``sqlite3.Connection.backup``; peewee 4's own
``backup()`` lives in an optional extension), so a copy taken while ColdCare writes is still a
consistent database. Each copy is a single self-contained file (rollback-journal mode), written
under a temporary name and renamed, so a half-written copy never looks like a backup.

Names carry the injected clock's UTC time: ``coldcare-20260302T090000Z.sqlite`` for the rolling
automatic copies (the newest :data:`KEEP` are kept) and ``coldcare-20260302T090000Z-before-v2
.sqlite`` for the copy taken before a migration (never pruned).

A damaged database is never deleted: it is moved, with its ``-wal`` and ``-shm``, into a new
``damaged-<time>`` folder, and the newest backup that passes ``PRAGMA quick_check`` is copied
into its place. Without a good backup ColdCare starts with an empty database. Either way the
caller gets a :class:`RepairReport` to tell the person.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from coldcare.domain.clock import Clock
from coldcare.storage.errors import is_damage
from coldcare.storage.files import (
    FOLDER_MODE,
    DataFolder,
    connect_read_only,
    create_private_file,
    database_files,
)

KEEP = 7
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^coldcare-(?P<stamp>\d{8}T\d{6}Z)(?:-before-v(?P<version>\d+))?\.sqlite$")
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backup:
    """One backup file; ``before_version`` is set for a copy taken before a migration."""

    path: Path
    taken_at: datetime
    before_version: int | None = None


@dataclass(frozen=True)
class RepairReport:
    """What ColdCare did about a damaged database, for the person to be told.

    ``problem`` is what SQLite found; ``set_aside`` are the damaged file and its companions in
    their new place, inside ``damaged_folder``; ``restored_from`` is the backup now in use, or
    ``None`` when no good backup existed and ColdCare started with an empty database.
    """

    problem: str
    damaged_folder: Path
    set_aside: tuple[Path, ...]
    restored_from: Backup | None

    @property
    def started_empty(self) -> bool:
        """No good backup: the person's earlier data is only in ``damaged_folder`` now."""
        return self.restored_from is None


def stamp(clock: Clock) -> str:
    """The clock's time as used in file names (UTC, to the second, no colons)."""
    return clock.now().astimezone(UTC).strftime(_STAMP)


def list_backups(folder: DataFolder) -> list[Backup]:
    """Every backup in the folder, newest first."""
    found: list[Backup] = []
    for path in folder.backups.glob("coldcare-*.sqlite"):
        match = _NAME.match(path.name)
        if match is None:
            continue
        taken_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        version = int(match["version"]) if match["version"] else None
        found.append(Backup(path, taken_at, version))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def copy_database(source: Path, target: Path) -> None:
    """Copy a database with the backup API into a private, self-contained file at ``target``.

    The copy is made in exclusive locking mode: SQLite then keeps the copy's WAL index in
    memory instead of a ``-shm`` file, whose growth on a full disk it reports only as a "disk
    I/O error". Whatever fails, no part of the copy (nor its ``-wal``) is left behind.
    """
    partial = target.with_name(target.name + ".partial")
    create_private_file(partial)
    try:
        with (
            closing(connect_read_only(source)) as reader,
            closing(sqlite3.connect(partial)) as writer,
        ):
            writer.execute("PRAGMA locking_mode = EXCLUSIVE")
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode = DELETE")
        os.replace(partial, target)
    except BaseException:
        for leftover in (*database_files(partial), partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise


def take_backup(folder: DataFolder, clock: Clock, *, before_version: int | None = None) -> Path:
    """Copy the live database into the backups folder; returns the copy's path."""
    suffix = f"-before-v{before_version}" if before_version is not None else ""
    target = folder.backups / f"coldcare-{stamp(clock)}{suffix}.sqlite"
    copy_database(folder.database, target)
    return target


def back_up(folder: DataFolder, clock: Clock, keep: int = KEEP) -> Path:
    """Take a rolling backup and delete rolling backups beyond the newest ``keep``."""
    taken = take_backup(folder, clock)
    rolling = [b for b in list_backups(folder) if b.before_version is None]
    for old in rolling[keep:]:
        old.path.unlink()
    return taken


def quick_check(path: Path, *, immutable: bool = False) -> tuple[str, ...]:
    """What ``PRAGMA quick_check`` finds wrong with the file; empty when it is sound.

    Safe on any thread: it uses its own read-only connection.
    """
    try:
        with closing(connect_read_only(path, immutable=immutable)) as connection:
            rows = connection.execute("PRAGMA quick_check(10)").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return (str(exc),)
        raise
    problems = tuple(str(row[0]) for row in rows)
    return () if problems == ("ok",) else problems


def _version(path: Path) -> int:
    with closing(connect_read_only(path, immutable=True)) as connection:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])


def _usable(backup: Backup, supported_version: int) -> bool:
    """Whether the backup is sound and from a schema this ColdCare can read."""
    return (
        not quick_check(backup.path, immutable=True) and _version(backup.path) <= supported_version
    )


def _keep(path: Path, data: bytes) -> Path:
    """``data`` in a private file at ``path`` (replacing what is there)."""
    path.unlink(missing_ok=True)
    create_private_file(path)
    path.write_bytes(data)
    return path


def _new_damaged_folder(folder: DataFolder, when: str) -> Path:
    """A new, private ``damaged-<time>`` folder (``-2``, ``-3``… if one exists already)."""
    attempt = 1
    while True:
        candidate = folder.root / (
            f"damaged-{when}" if attempt == 1 else f"damaged-{when}-{attempt}"
        )
        try:
            candidate.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            attempt += 1
            continue
        candidate.chmod(FOLDER_MODE)
        return candidate


def repair(
    folder: DataFolder,
    clock: Clock,
    problem: str,
    supported_version: int,
    as_found: dict[str, bytes] | None = None,
) -> RepairReport:
    """Set the damaged database aside and put the newest good backup in its place.

    Every connection to the database must be closed first. ``as_found`` (file name → bytes)
    is the database as it was while still open, kept instead of what closing left: closing
    merges the WAL into the damaged file, and the evidence is the file and its WAL apart.
    """
    damaged = _new_damaged_folder(folder, stamp(clock))
    set_aside: list[Path] = []
    for path in database_files(folder.database):
        if path.exists():
            moved = damaged / path.name
            os.replace(path, moved)
            set_aside.append(moved)
    if as_found is not None:
        set_aside = [_keep(damaged / name, data) for name, data in as_found.items()]
        for left in {p.name for p in damaged.iterdir()} - set(as_found):
            os.remove(damaged / left)
    source = next((b for b in list_backups(folder) if _usable(b, supported_version)), None)
    if source is not None:
        copy_database(source.path, folder.database)
    _log.warning(
        "damaged database (%s) moved to %s; %s",
        problem,
        damaged,
        f"restored {source.path.name}" if source else "no good backup: starting empty",
    )
    return RepairReport(problem, damaged, tuple(set_aside), source)
