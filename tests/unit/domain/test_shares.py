"""Shares in whole per cent: halves up, and never "all" or "none" unless so."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coldcare.domain.shares import whole_percent


@pytest.mark.parametrize(
    ("part", "whole", "percent"),
    [(5, 8, 63), (1, 8, 13), (7, 10, 70), (199, 200, 99), (1, 300, 1), (0, 5, 0), (5, 5, 100)],
)
def test_examples(part: int, whole: int, percent: int) -> None:
    assert whole_percent(part / whole) == percent


@given(st.integers(1, 5000).flatmap(lambda whole: st.tuples(st.integers(0, whole), st.just(whole))))
def test_all_and_none_only_when_so_and_otherwise_the_nearest(pair: tuple[int, int]) -> None:
    part, whole = pair
    percent = whole_percent(part / whole)
    assert (percent == 100) == (part == whole)
    assert (percent == 0) == (part == 0)
    assert abs(percent - 100 * part / whole) <= 1
