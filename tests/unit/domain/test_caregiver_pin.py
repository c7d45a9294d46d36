"""The caregiver PIN's rules: what a PIN may be, the wait after wrong tries, what it guards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coldcare.domain.caregiver_pin import (
    ACTION_WORDS,
    LONGEST_WAIT,
    PinRecord,
    ProtectedAction,
    check_new_pin,
    check_pin,
    wait_after,
)
from coldcare.domain.vocabulary import BadInputError

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("pin", ["0000", "1234", "12345678", "0042"])
def test_four_to_eight_digits_are_a_pin(pin: str) -> None:
    assert check_pin(pin) == pin


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("", "Please type a PIN of 4 to 8 digits."),
        ("12a4", "digits only"),
        ("12 34", "digits only"),
        ("١٢٣٤", "digits only"),  # Arabic-Indic digits are digits to Python, not to a keypad
        ("123", "at least 4 digits"),
        ("123456789", "at most 8 digits"),
    ],
)
def test_each_problem_has_its_own_message(pin: str, problem: str) -> None:
    with pytest.raises(BadInputError, match=problem):
        check_pin(pin)


def test_a_new_pin_must_be_typed_the_same_twice() -> None:
    assert check_new_pin("2468", "2468") == "2468"
    with pytest.raises(BadInputError, match="not the same"):
        check_new_pin("2468", "2469")
    with pytest.raises(BadInputError, match="at least 4"):
        check_new_pin("24", "24")


def test_three_tries_are_free_then_the_wait_doubles_to_fifteen_minutes() -> None:
    waits = [wait_after(failures).total_seconds() for failures in range(10)]
    assert waits == [0, 0, 0, 30, 60, 120, 240, 480, 900, 900]
    assert wait_after(10_000) == LONGEST_WAIT


@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_more_wrong_tries_never_wait_less(fewer: int, more: int) -> None:
    fewer, more = sorted((fewer, more))
    assert wait_after(fewer) <= wait_after(more) <= LONGEST_WAIT


def _record(failures: int, last_failure: datetime | None) -> PinRecord:
    return PinRecord("scrypt", 2**14, 8, 1, b"s" * 16, b"d" * 32, failures, last_failure)


def test_the_wait_runs_from_the_last_wrong_try() -> None:
    record = _record(3, NOW)
    assert record.wait_left(NOW) == timedelta(seconds=30)
    assert record.wait_left(NOW + timedelta(seconds=20)) == timedelta(seconds=10)
    assert record.wait_left(NOW + timedelta(seconds=30)) == timedelta(0)
    assert _record(2, NOW).wait_left(NOW) == timedelta(0)
    assert _record(0, None).wait_left(NOW) == timedelta(0)


def test_a_clock_set_back_never_makes_the_wait_longer() -> None:
    assert _record(4, NOW).wait_left(NOW - timedelta(days=3)) == timedelta(seconds=60)


def test_every_protected_action_has_words() -> None:
    assert set(ACTION_WORDS) == set(ProtectedAction)
    assert all(action.words for action in ProtectedAction)
    assert ProtectedAction.PLAN.words == "Change the weekly plan"
