"""Reliability drills: end-to-end and adversarial, in a short form (``make test``) and a full
form (``make drills``, which sets ``COLDCARE_DRILLS=full``).

Every test here carries the ``drill`` marker; :data:`SIZE` says how hard each drill pushes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, settings


@dataclass(frozen=True)
class DrillSize:
    """How many runs each drill makes."""

    kills: int
    corruptions: int
    crashed_corruptions: int
    examples: int


SHORT = DrillSize(kills=5, corruptions=3, crashed_corruptions=1, examples=25)
FULL = DrillSize(kills=100, corruptions=60, crashed_corruptions=20, examples=400)
SIZE = FULL if os.environ.get("COLDCARE_DRILLS") == "full" else SHORT
# A fixed seed: a failing run is repeated exactly by running the same form again.
SEED = 20260302

# Hypothesis in the drills: derandomised (the same examples each run), no deadline.
HOSTILE = settings(
    max_examples=SIZE.examples,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test in this folder as a drill (``-m drill`` / ``-m "not drill"``)."""
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.drill)
