"""The weekly PEG answers: kept whole, found by profile and time, oldest first."""

from __future__ import annotations

import dataclasses
from datetime import UTC, timedelta, timezone

import pytest

from coldcare.domain.records import Profile
from coldcare.storage.database import Storage
from coldcare.storage.migrations import execute
from coldcare.storage.repositories import SqlitePegRepository, SqliteProfileRepository
from tests.unit.storage.samples import T0, peg, query_plans, table_scans

WEEK = timedelta(days=7)


@pytest.fixture
def pegs(storage: Storage) -> SqlitePegRepository:
    """The PEG repository on the test's storage."""
    return SqlitePegRepository(storage)


def test_a_peg_answer_keeps_every_field(pegs: SqlitePegRepository, profile_id: int) -> None:
    stored = pegs.add_peg(peg(profile_id))
    assert stored == dataclasses.replace(peg(profile_id), id=stored.id)
    assert stored.id is not None
    assert pegs.pegs_between(profile_id, T0, T0 + WEEK) == [stored]
    assert stored.score == pytest.approx(17 / 3)


def test_answers_come_back_oldest_first_from_start_up_to_end(
    pegs: SqlitePegRepository, profile_id: int
) -> None:
    third, first, second, later = (
        pegs.add_peg(peg(profile_id, T0 + weeks * WEEK, pain=pain))
        for weeks, pain in ((2, 3), (0, 8), (1, 5), (3, 2))
    )
    assert pegs.pegs_between(profile_id, T0, T0 + 3 * WEEK) == [first, second, third]
    assert pegs.pegs_between(profile_id, T0 + WEEK, T0 + 4 * WEEK) == [second, third, later]
    assert pegs.pegs_between(profile_id, T0 - WEEK, T0) == []


def test_answers_at_the_same_moment_keep_the_order_they_were_given(
    pegs: SqlitePegRepository, profile_id: int
) -> None:
    stored = [pegs.add_peg(peg(profile_id, pain=pain)) for pain in (9, 1, 5)]
    assert pegs.pegs_between(profile_id, T0, T0 + WEEK) == stored


def test_each_profile_sees_only_its_own_answers(
    storage: Storage, pegs: SqlitePegRepository, profile_id: int
) -> None:
    other = SqliteProfileRepository(storage).save_profile(Profile("Someone Else", 1990)).id or 0
    mine = pegs.add_peg(peg(profile_id))
    theirs = pegs.add_peg(peg(other, pain=2))
    assert pegs.pegs_between(profile_id, T0, T0 + WEEK) == [mine]
    assert pegs.pegs_between(other, T0, T0 + WEEK) == [theirs]


def test_the_time_is_stored_as_utc_milliseconds(
    storage: Storage, pegs: SqlitePegRepository, profile_id: int
) -> None:
    berlin = T0.astimezone(timezone(timedelta(hours=1)))
    pegs.add_peg(peg(profile_id, berlin + timedelta(microseconds=2500)))
    raw = execute(storage.database, "SELECT answered_at_ms FROM peg_response").fetchone()[0]
    assert raw == int(T0.timestamp() * 1000) + 2
    (read,) = pegs.pegs_between(profile_id, T0, T0 + WEEK)
    assert read.answered_at == T0 + timedelta(milliseconds=2)
    assert read.answered_at.tzinfo is UTC


def test_finding_answers_uses_the_profile_and_time_index(
    storage: Storage, pegs: SqlitePegRepository, profile_id: int
) -> None:
    pegs.add_peg(peg(profile_id))
    plans = query_plans(storage, lambda: pegs.pegs_between(profile_id, T0, T0 + WEEK))
    assert plans
    assert table_scans(plans) == []
    assert any("peg_response_profile_id_answered_at_ms" in line for _, line in plans)
