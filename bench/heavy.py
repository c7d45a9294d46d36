"""Ten years of heavy use, for the benchmarks (product.md: about 22k sessions, 50k ratings and
40k exercise completions).

``coldcare demo --days 3650`` writes a realistic decade for one person (about 6k sessions);
heavy use is that person cooling and exercising four times as often. The demo's sessions,
their skin checks, phases, follow-ups and ratings, and the exercise completions are copied
three more times, each copy two hours later on the same day, with new ids that keep every
link. The result is cached by its recipe, so only the first run pays for it.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from coldcare.reports.demo import MAX_DAYS
from coldcare.services.clock import SystemClock
from coldcare.storage.database import open_storage
from coldcare.storage.files import DATABASE_NAME

TZ = ZoneInfo("Europe/Berlin")
# A fixed "now", so every run measures the same data (and the cache stays valid).
NOW = datetime(2026, 11, 21, 18, 0, tzinfo=UTC)
SEED = 7
COPIES = 3
SHIFT_MS = 2 * 60 * 60 * 1000
ID_STEP = 10_000_000  # far above any id the demo writes
RECIPE = f"v1-days{MAX_DAYS}-seed{SEED}-copies{COPIES}"

# table: (columns holding a session id or own id to move, columns holding instants to shift)
_SESSION_TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "session": (("id",), ("started_at_ms", "planned_end_at_ms", "removed_at_ms")),
    "skin_check": (("id", "session_id"), ("due_at_ms", "answered_at_ms")),
    "session_phase": (("id", "session_id"), ("start_ms", "end_ms")),
    "follow_up": (("id", "session_id"), ("answered_at_ms",)),
}
_SESSION_RATINGS = (("id", "session_id"), ("rated_at_ms",))
_COMPLETIONS = (("id",), ("completed_at_ms",))


def heavy_folder(cache: Path) -> Path:
    """A data folder with the heavy decade (made once per recipe under ``cache``)."""
    folder = cache / RECIPE
    if (folder / "ready").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    _write_demo(folder)
    _multiply(folder / DATABASE_NAME)
    (folder / "ready").write_text(RECIPE, encoding="utf-8")
    return folder


def _write_demo(folder: Path) -> None:
    from coldcare.cli.demo import create_demo  # noqa: PLC0415 - heavy, only when needed

    with open_storage(folder, SystemClock()) as storage:
        create_demo(storage, NOW, TZ, MAX_DAYS, SEED)


def _multiply(database: Path) -> None:
    with sqlite3.connect(database) as connection:
        for copy in range(1, COPIES + 1):
            for table, (ids, instants) in _SESSION_TABLES.items():
                _copy(connection, table, ids, instants, copy)
            _copy(connection, "pain_rating", *_SESSION_RATINGS, copy, "session_id IS NOT NULL")
            _copy(connection, "exercise_completion", *_COMPLETIONS, copy)


def _copy(
    connection: sqlite3.Connection,
    table: str,
    ids: tuple[str, ...],
    instants: tuple[str, ...],
    copy: int,
    where: str = "1",
) -> None:
    columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]

    def moved(column: str) -> str:
        if column in ids:
            return f"{column} + {copy * ID_STEP}"
        if column in instants:
            return f"{column} + {copy * SHIFT_MS}"
        return column

    names = ", ".join(columns)
    values = ", ".join(moved(c) for c in columns)
    # The original rows only (ids below the first copy's), so copies are not copied again.
    connection.execute(
        f"INSERT INTO {table} ({names}) SELECT {values} FROM {table} "
        f"WHERE id < {ID_STEP} AND {where}"
    )


def counts(folder: Path) -> dict[str, int]:
    """How many sessions, ratings and exercise completions the folder holds."""
    with sqlite3.connect(folder / DATABASE_NAME) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("session", "pain_rating", "exercise_completion")
        }
