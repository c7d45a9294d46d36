"""Telling a database another process keeps locked from the problems a person must fix."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from peewee import OperationalError, SqliteDatabase

from coldcare.storage.errors import is_busy


def test_a_lock_held_by_another_connection_is_busy(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("CREATE TABLE t (x)")
        other.execute("BEGIN IMMEDIATE")
        database = SqliteDatabase(str(path), pragmas={"busy_timeout": 10})
        with pytest.raises(OperationalError) as caught:
            database.execute_sql("INSERT INTO t VALUES (1)")
        database.close()
        other.execute("ROLLBACK")
    assert is_busy(caught.value)


@pytest.mark.parametrize(
    "error",
    [
        sqlite3.OperationalError("database or disk is full"),
        sqlite3.OperationalError("no such table: t"),
        OSError(16, "Device or resource busy"),
        RuntimeError("the database is locked"),
    ],
)
def test_other_errors_are_not_busy(error: Exception) -> None:
    assert not is_busy(error)
