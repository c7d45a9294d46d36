"""Migrations: every old file reaches the newest schema with its data, after a backup."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from peewee import SqliteDatabase, TextField
from playhouse.migrate import SqliteMigrator
from playhouse.migrate import migrate as run_operations

from coldcare.domain.exercises import STARTER_SET
from coldcare.domain.settings import SETTINGS
from coldcare.storage.backups import list_backups
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.errors import DatabaseTooNewError, MigrationError
from coldcare.storage.files import DATABASE_NAME
from coldcare.storage.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    Migration,
    execute,
    migrate,
    sql_steps,
)
from coldcare.storage.models import MODELS
from coldcare.storage.repositories import SqliteSettingsStore
from tests.fakes import FakeClock
from tests.unit.storage.samples import read_everything

FIXTURES = Path(__file__).resolve().parents[2] / "data"
FIXTURE_FILES = sorted(FIXTURES.glob("schema_v*.sqlite"))

Shape = dict[str, tuple[object, ...]]
# Tables whose every row is one record read_everything returns (the rest are parts of those).
RECORD_TABLES = (
    "profile",
    "session",
    "skin_check",
    "follow_up",
    "heartbeat",
    "pain_rating",
    "adverse_event",
    "site_lock",
    "clinic_visit",
    "exercise",
    "plan_item",
    "occurrence_log",
    "exercise_completion",
    "peg_response",
    "audit_entry",
)


def _row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _shape(connection: sqlite3.Connection) -> Shape:
    """Columns, foreign keys and indexes of every table, independent of how the SQL was spelt."""
    shape: Shape = {}
    tables = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for (table,) in tables:
        columns = tuple(row[1:] for row in connection.execute(f'PRAGMA table_info("{table}")'))
        keys = tuple(
            sorted(
                row[2:6] + row[6:7]
                for row in connection.execute(f'PRAGMA foreign_key_list("{table}")')
            )
        )
        indexes = tuple(
            sorted(
                (
                    bool(unique),
                    tuple(c[2] for c in connection.execute(f'PRAGMA index_info("{name}")')),
                )
                for _, name, unique, *_ in connection.execute(f'PRAGMA index_list("{table}")')
            )
        )
        shape[table] = (columns, keys, indexes)
    return shape


def _copy_fixture(fixture: Path, data_dir: Path) -> Path:
    data_dir.mkdir()
    return Path(shutil.copyfile(fixture, data_dir / DATABASE_NAME))


def _model_shape() -> Shape:
    """The shape of the schema the models describe."""
    scratch = SqliteDatabase(":memory:")
    with scratch.bind_ctx(MODELS):
        scratch.create_tables(MODELS)
        shape = _shape(scratch.connection())
    scratch.close()
    return shape


def test_the_models_describe_the_schema_the_migrations_build(storage: Storage) -> None:
    assert _shape(storage.database.connection()) == _model_shape()


def test_migrations_are_numbered_one_by_one() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    assert [f.name for f in FIXTURE_FILES] == [
        f"schema_v{version}.sqlite" for version in range(1, LATEST_VERSION + 1)
    ]


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda path: path.stem)
def test_every_fixture_reaches_the_newest_schema_with_its_data(
    fixture: Path, data_dir: Path, clock: FakeClock
) -> None:
    before = _row_counts(fixture)
    assert all(before.values()), f"{fixture.name} needs a row in every table: {before}"
    path = _copy_fixture(fixture, data_dir)
    with open_storage(data_dir, clock) as storage:
        assert execute(storage.database, "PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert _shape(storage.database.connection()) == _model_shape()
        records = read_everything(storage)  # the first read of the library seeds it
        settings = SqliteSettingsStore(storage)
        assert [settings.get(s) for s in SETTINGS] != [s.default for s in SETTINGS]
    after = _row_counts(path)
    assert {table: after[table] for table in before} == before
    assert len(records) == sum(after[t] for t in RECORD_TABLES)
    assert after["exercise"] >= len(STARTER_SET)


def _add_clinic_name(database: SqliteDatabase) -> None:
    """A migration of the kind the next issue will write: a column, and a table rebuild."""
    migrator = SqliteMigrator(database)
    run_operations(
        migrator.add_column("clinic_visit", "clinic_name", TextField(default="")),
        migrator.drop_not_null("session", "note"),
    )


def test_a_new_migration_runs_after_a_backup_and_keeps_child_rows(
    data_dir: Path, clock: FakeClock
) -> None:
    path = _copy_fixture(FIXTURES / f"schema_v{LATEST_VERSION}.sqlite", data_dir)
    before = _row_counts(path)
    next_version = LATEST_VERSION + 1
    upgraded = (*MIGRATIONS, Migration(next_version, "clinic names", _add_clinic_name))
    with open_storage(data_dir, clock, migrations=upgraded) as storage:
        assert execute(storage.database, "PRAGMA user_version").fetchone()[0] == next_version
        assert execute(storage.database, "SELECT clinic_name FROM clinic_visit").fetchall()
    (backup,) = list_backups(storage.folder)
    assert backup.before_version == next_version
    assert backup.taken_at == clock.now()
    assert backup.path.name == f"coldcare-20260302T090000Z-before-v{next_version}.sqlite"
    assert _row_counts(backup.path) == before
    assert _row_counts(path) == before  # the rebuilt session table kept its phases and checks


def test_a_failing_migration_changes_nothing(data_dir: Path, clock: FakeClock) -> None:
    path = _copy_fixture(FIXTURES / f"schema_v{LATEST_VERSION}.sqlite", data_dir)
    before = _row_counts(path)
    broken = Migration(
        LATEST_VERSION + 1,
        "a half-done change",
        sql_steps("CREATE TABLE plan (id INTEGER PRIMARY KEY)", "DELETE FROM nowhere"),
    )
    with pytest.raises(Exception, match="no such table: nowhere"):
        open_storage(data_dir, clock, migrations=(*MIGRATIONS, broken))
    assert _row_counts(path) == before
    with open_storage(data_dir, clock) as storage:
        assert execute(storage.database, "PRAGMA user_version").fetchone()[0] == LATEST_VERSION


def test_a_migration_that_breaks_foreign_keys_is_rolled_back(
    data_dir: Path, clock: FakeClock
) -> None:
    path = _copy_fixture(FIXTURES / f"schema_v{LATEST_VERSION}.sqlite", data_dir)
    before = _row_counts(path)
    orphaning = Migration(LATEST_VERSION + 1, "oops", sql_steps("DELETE FROM profile"))
    with pytest.raises(MigrationError, match="rows pointing at nothing"):
        open_storage(data_dir, clock, migrations=(*MIGRATIONS, orphaning))
    assert _row_counts(path) == before


def test_a_new_database_needs_no_backup(storage: Storage) -> None:
    assert list_backups(storage.folder) == []


def test_migrate_itself_refuses_a_newer_file(storage: Storage, clock: FakeClock) -> None:
    with pytest.raises(DatabaseTooNewError, match=f"data version {LATEST_VERSION}"):
        migrate(storage.database, storage.folder, clock, migrations=MIGRATIONS[:-1])
