"""The end alarm against its deadline: one-minute sessions on the real session clock and
controller (the clock is moved on, monotonic and wall together, to a few seconds before each
end), with the GUI thread blocked 150 ms out of every 250 ms; and after a simulated suspend
(the wall clock jumps past the end, the monotonic clock does not), how long the alarm takes."""

from __future__ import annotations

from pathlib import Path

from bench.processes import Probed, start
from bench.report import Row
from coldcare.services.session_clock import TICK_MS

RUNS = 8
BUSY_MS = 150
LATE_TARGET_S = 0.25
# "At resume": nothing tells the app of a resume but its 1 Hz tick, which compares the clocks.
SUSPEND_TARGET_S = TICK_MS / 1000 + LATE_TARGET_S


def lateness(data: Path, env: dict[str, str], runs: int = RUNS) -> list[Row]:
    """The worst lateness with the GUI busy (and idle, for reference), and the worst delay
    after a suspend."""
    busy = start(["alarm", str(data), str(runs), str(BUSY_MS)], env).result()
    calm = start(["alarm", str(data), str(runs), "0"], env).result()
    suspend = start(["suspend", str(data), str(runs)], env).result()
    return [
        Row(
            "alarm late",
            _worst(busy),
            "s",
            f"worst of {runs} end alarms after the deadline, GUI thread blocked "
            f"{BUSY_MS} ms of every 250",
            LATE_TARGET_S,
            _worst(calm),
            "the worst with the GUI thread free",
            note=_spread(busy),
        ),
        Row(
            "after suspend",
            _worst(suspend),
            "s",
            f"worst of {runs}: the wall clock jumps past the end, monotonic does not; "
            "delay to the alarm",
            SUSPEND_TARGET_S,
            note=_spread(suspend),
        ),
    ]


def _late(run: Probed) -> list[float]:
    values = run.figures["late_s"]
    assert isinstance(values, list)
    return [float(value) for value in values]


def _worst(run: Probed) -> float:
    return max(_late(run))


def _spread(run: Probed) -> str:
    return "each: " + ", ".join(f"{value * 1000:.0f}" for value in _late(run)) + " ms"
