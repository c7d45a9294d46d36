"""``coldcare demo``: creates the Demo profile once, refuses a second time, checks its flags."""

from __future__ import annotations

import io
import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from coldcare.__main__ import main
from coldcare.cli.demo import DemoExistsError, create_demo
from coldcare.domain.records import Profile
from coldcare.reports.demo import DemoPeriod
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.files import DATABASE_NAME
from coldcare.storage.repositories import (
    SqliteExerciseRepository,
    SqlitePlanRepository,
    SqliteProfileRepository,
    SqliteSafetyEventRepository,
    SqliteSessionRepository,
)
from tests.fakes import FakeClock

EVER = (datetime(1990, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))


def run(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data), "demo", *args], out, err)
    return code, out.getvalue(), err.getvalue()


def dump(data: Path) -> list[str]:
    """Every row of the database, as SQL (to see that nothing changed)."""
    with closing(sqlite3.connect(data / DATABASE_NAME)) as connection:
        return list(connection.iterdump())


def demo_profile(storage: Storage) -> Profile:
    (found,) = [p for p in SqliteProfileRepository(storage).list_profiles() if p.name == "Demo"]
    return found


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_demo_creates_the_profile_plan_and_history_and_says_so(
    data: Path, clock: FakeClock
) -> None:
    code, out, err = run(data, "--days", "30", "--seed", "4")
    assert (code, err) == (0, "")
    assert out.count("\n") == 1
    assert out.startswith("Created the Demo profile with 30 days of history: ")
    said = re.search(r"(\d+) sessions", out)
    assert said is not None
    with open_storage(data, clock) as storage:
        profile = demo_profile(storage)
        assert profile.id is not None
        sessions = SqliteSessionRepository(storage).sessions_between(profile.id, *EVER)
        assert len(sessions) == int(said.group(1))
        assert all(s.id is not None for s in sessions)
        checked = [s for s in sessions if SqliteSessionRepository(storage).skin_checks(s.id or 0)]
        assert len(checked) > len(sessions) / 2
        (event,) = SqliteSafetyEventRepository(storage).events_between(profile.id, *EVER)
        assert event.session_id in {s.id for s in sessions}
        assert SqlitePlanRepository(storage).plan_items(profile.id)
        assert SqliteExerciseRepository(storage).completions_between(profile.id, *EVER)


def test_a_second_run_refuses_and_changes_nothing(data: Path) -> None:
    assert run(data, "--days", "30")[0] == 0
    before = dump(data)
    code, out, err = run(data, "--days", "30", "--seed", "2")
    assert (code, out) == (1, "")
    assert err == 'coldcare demo: a profile named "Demo" already exists. Nothing was written.\n'
    assert dump(data) == before


def test_the_same_seed_tells_the_same_story(tmp_path: Path) -> None:
    first = run(tmp_path / "a", "--days", "30", "--seed", "9")
    second = run(tmp_path / "b", "--days", "30", "--seed", "9")
    assert first == second


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (("--days", "0"), "argument --days: the number of days must be a whole number from 1"),
        (("--days", "3651"), "--days: the number of days must be a whole number from 1 to 3650"),
        (("--days", "ten"), "--days: the number of days must be a whole number"),
        (("--seed", "1.5"), "argument --seed: the seed must be a whole number, not '1.5'"),
    ],
)
def test_bad_flags_are_refused_naming_the_problem_and_nothing_is_created(
    data: Path, args: tuple[str, ...], problem: str
) -> None:
    code, out, err = run(data, *args)
    assert (code, out) == (2, "")
    assert problem in err
    assert err.count("\n") == 1
    assert not data.exists()


def test_create_demo_refuses_when_a_demo_profile_exists(data: Path, clock: FakeClock) -> None:
    with open_storage(data, clock) as storage:
        SqliteProfileRepository(storage).save_profile(Profile("Demo", 1950))
        with pytest.raises(DemoExistsError):
            create_demo(storage, clock.now(), ZoneInfo("Europe/Berlin"), 5, 1)
        assert len(SqliteProfileRepository(storage).list_profiles()) == 1


def test_a_demo_made_meanwhile_by_another_command_is_not_doubled(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(data, "--days", "5")[0] == 0
    with closing(sqlite3.connect(data / DATABASE_NAME)) as connection:
        connection.execute("UPDATE profile SET name = 'Earlier'")
        connection.commit()
    before = DemoPeriod.before

    def another_demo_meanwhile(*args: Any) -> DemoPeriod:
        """Another `coldcare demo` saves its Demo profile while this one prepares."""
        with closing(sqlite3.connect(data / DATABASE_NAME)) as connection:
            connection.execute("UPDATE profile SET name = 'Demo'")
            connection.commit()
        return before(*args)

    monkeypatch.setattr(DemoPeriod, "before", another_demo_meanwhile)
    code, _out, err = run(data, "--days", "5")
    assert code == 1
    assert "already exists" in err
    with closing(sqlite3.connect(data / DATABASE_NAME)) as connection:
        assert connection.execute("SELECT name FROM profile").fetchall() == [("Demo",)]
