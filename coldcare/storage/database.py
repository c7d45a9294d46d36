"""Opening the ColdCare database: the folder, the file, the pragmas, the migrations, repair.

``app.py`` calls :func:`open_storage` once, builds the repositories on the :class:`Storage`
it returns, and after the first paint runs :meth:`Storage.quick_check` and
:meth:`Storage.back_up_if_due` on a thread of their own, then :meth:`Storage.repair` on the GUI
thread if the check found damage.

The models are bound to the database opened last: one process has one open ColdCare database
(tests open one after another). Using a :class:`Storage` after another one was opened raises
rather than quietly writing into the wrong file.

Threads: peewee keeps one connection per thread, and WAL lets readers on worker threads run
while the GUI thread writes. A thread that used the repositories calls :meth:`Storage.close`
when it is done, which closes only that thread's connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from datetime import timedelta
from pathlib import Path
from types import TracebackType

from peewee import SqliteDatabase

from coldcare.domain.clock import Clock
from coldcare.domain.ports import StorageProblem, StorageUnavailableError
from coldcare.storage.backups import (
    Backup,
    RepairReport,
    back_up,
    list_backups,
    quick_check,
    repair,
)
from coldcare.storage.errors import is_damage, translated
from coldcare.storage.files import (
    FILE_MODE,
    DataFolder,
    connect_read_only,
    create_private_file,
    database_files,
    has_sqlite_header,
)
from coldcare.storage.migrations import MIGRATIONS, Migration, check_not_too_new, migrate
from coldcare.storage.models import MODELS, ProfileRow

PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", "normal"),  # with WAL: a crash loses nothing committed, a power cut may
    ("busy_timeout", 5000),  # milliseconds a writer waits for another one
    ("cache_size", -16000),  # negative: KiB, so 16 MB
)


class Storage:
    """The open database of one data folder. Build it with :func:`open_storage`."""

    def __init__(
        self,
        folder: DataFolder,
        database: SqliteDatabase,
        clock: Clock,
        migrations: Sequence[Migration],
        repaired_at_open: RepairReport | None,
    ) -> None:
        self.folder = folder
        self.database = database
        self.repaired_at_open = repaired_at_open
        self._clock = clock
        self._migrations = migrations

    @property
    def clock(self) -> Clock:
        """The clock the storage was opened with (backups and the audit trail read it)."""
        return self._clock

    def __enter__(self) -> Storage:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def guarded(self) -> Iterator[None]:
        """Run repository work: a full disk, a read-only folder or damage found on the way
        becomes StorageUnavailableError. Reads (and single statements) use it directly."""
        if ProfileRow._meta.database is not self.database:
            raise RuntimeError("another ColdCare database was opened after this one")
        try:
            with translated(self.folder.root):
                yield
        except StorageUnavailableError as error:
            if error.problem is StorageProblem.DAMAGED:
                _note_damage(self.folder)
            raise

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Run repository writes as one transaction (a savepoint when nested)."""
        with self.guarded(), self.database.atomic("IMMEDIATE"):
            yield

    def close(self) -> None:
        """Close the calling thread's connection (the next use on that thread reopens one)."""
        self.database.close()

    def quick_check(self) -> tuple[str, ...]:
        """What ``PRAGMA quick_check`` finds wrong; empty when sound. Safe on any thread."""
        with translated(self.folder.root):
            return quick_check(self.folder.database)

    def repair(self, problems: tuple[str, ...]) -> RepairReport:
        """Set the damaged file aside and restore the newest good backup; ``problems`` are what
        :meth:`quick_check` found.

        Call it on the GUI thread, before worker threads use the database: their connections
        would go on reading the file that was set aside.
        """
        with translated(self.folder.root):
            as_found = {
                path.name: path.read_bytes()
                for path in database_files(self.folder.database)
                if path.exists()
            }
            self.database.close()  # merges the WAL into the file: ``as_found`` keeps them apart
            report = repair(
                self.folder, self._clock, "; ".join(problems), len(self._migrations), as_found
            )
            _migrate_or_close(self.database, self.folder, self._clock, self._migrations)
        return report

    def back_up(self) -> Path:
        """Take a rolling backup now (the newest seven are kept). Safe on any thread."""
        with translated(self.folder.root):
            return back_up(self.folder, self._clock)

    def back_up_if_due(self, interval: timedelta = timedelta(hours=20)) -> Path | None:
        """Take a rolling backup unless the newest one is younger than ``interval``.

        Twenty hours, not twenty-four: someone who opens ColdCare every morning, a little
        earlier one day than the day before, still gets one backup a day.
        """
        newest = self.newest_backup()
        if newest is not None and self._clock.now() - newest.taken_at < interval:
            return None
        return self.back_up()

    def newest_backup(self) -> Backup | None:
        """The newest rolling backup, if there is one."""
        with translated(self.folder.root):
            rolling = [b for b in list_backups(self.folder) if b.before_version is None]
        return rolling[0] if rolling else None


def open_storage(
    data_dir: Path, clock: Clock, *, migrations: Sequence[Migration] = MIGRATIONS
) -> Storage:
    """Open (creating, migrating or repairing as needed) the database in ``data_dir``.

    Raises :class:`~coldcare.storage.errors.DatabaseTooNewError` for a file from a newer
    ColdCare (left untouched) and :class:`~coldcare.domain.ports.StorageUnavailableError` when
    the folder cannot be written. A damaged file is set aside and the newest good backup
    restored; :attr:`Storage.repaired_at_open` then says what happened.
    """
    folder = DataFolder(data_dir)
    with translated(folder.root):
        folder.prepare()
        problem = _problem(folder, migrations)
        if problem is None:
            try:
                database = _connect(folder)
                _migrate_or_close(database, folder, clock, migrations)
            except Exception as exc:
                if not is_damage(exc):
                    raise
                problem = str(exc)
            else:
                folder.damage_note.unlink(missing_ok=True)
                return Storage(folder, database, clock, migrations, None)
        report = repair(folder, clock, problem, len(migrations))
        database = _connect(folder)
        _migrate_or_close(database, folder, clock, migrations)
        folder.damage_note.unlink(missing_ok=True)
        return Storage(folder, database, clock, migrations, report)


def _problem(folder: DataFolder, migrations: Sequence[Migration]) -> str | None:
    """Why the file cannot be opened, or ``None`` (also for a missing or empty file).

    Looks without writing (``immutable``: not even a ``-wal`` or ``-shm`` appears), so a file
    from a newer ColdCare is refused untouched, before the WAL pragma rewrites its header.
    """
    path = folder.database
    if not path.exists() or path.stat().st_size == 0:
        return None
    if not has_sqlite_header(path):
        return "the file is not an SQLite database"
    try:
        with closing(connect_read_only(path, immutable=True)) as connection:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return str(exc)
        raise
    check_not_too_new(version, migrations, folder)
    return _damage_seen_before(folder)


def _damage_seen_before(folder: DataFolder) -> str | None:
    """What a full check finds, when the last run met damage while using the file.

    The check normally runs after the first paint; damage in a page the start-up itself reads
    would stop every start before that, so after such a run the check comes first.
    """
    if not folder.damage_note.exists():
        return None
    return "; ".join(quick_check(folder.database)) or None


def _note_damage(folder: DataFolder) -> None:
    """Remember that damage was met, for the next open (best effort: the disk may be failing)."""
    with suppress(OSError):
        create_private_file(folder.damage_note)


def _connect(folder: DataFolder) -> SqliteDatabase:
    """Connect with the pragmas and bind the models; the file is private before SQLite sees it."""
    path = folder.database
    if not path.exists():
        create_private_file(path)
    for companion in database_files(path):
        if companion.exists():
            companion.chmod(FILE_MODE)
    database = SqliteDatabase(str(path), pragmas=PRAGMAS)
    database.bind(MODELS)
    database.connect()
    return database


def _migrate_or_close(
    database: SqliteDatabase, folder: DataFolder, clock: Clock, migrations: Sequence[Migration]
) -> None:
    if not folder.database.exists():
        create_private_file(folder.database)
    try:
        migrate(database, folder, clock, migrations)
    except BaseException:
        database.close()
        raise
