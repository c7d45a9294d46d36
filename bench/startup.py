"""Start-up and memory: ``coldcare --data-dir <ten heavy years>`` against a bare PySide6 main
window, each its own process, run in turns so the machine's load weighs on both; and where
the app's import time goes (``python -X importtime``)."""

from __future__ import annotations

import statistics
from pathlib import Path

from bench.probe import FIRST_OPENED
from bench.processes import Probed, start
from bench.report import Row

RUNS = 5
TOP_IMPORTS = 15
START_TARGET_RATIO = 1.5
MEMORY_TARGET_RATIO = 1.6


def start_and_memory(data: Path, env: dict[str, str], runs: int = RUNS) -> list[Row]:
    """Median start to usable and resident memory once started, app against bare window
    (one warm-up pair first: the page cache and the app's first backup are not measured)."""
    apps: list[Probed] = []
    bares: list[Probed] = []
    stacks: list[Probed] = []
    for turn in range(runs + 1):
        app = start(["app", str(data)], env).result()
        bare = start(["bare"], env).result()
        stack = start(["stack", str(data)], env).result()
        if turn:
            apps.append(app)
            bares.append(bare)
            stacks.append(stack)
    return [
        Row(
            "start-up",
            _median(apps, "usable"),
            "s",
            "start to the main window painted and answering (10 heavy years)",
            START_TARGET_RATIO,
            _median(bares, "usable"),
            "a bare PySide6 QMainWindow shown and painted the same way",
            target_on_ratio=True,
            note=(
                f"app's deferred start-up work done (ready) after {_median(apps, 'ready'):.2f} s;"
                f" meanwhile input waited at most {_median_number(apps, 'longest_wait_s'):.3f} s"
                " for a turn of the event loop"
            ),
        ),
        Row(
            "memory",
            _median_mb(apps, "settled_rss_kb"),
            "MB",
            "resident memory once started and settled (3 s after ready)",
            MEMORY_TARGET_RATIO,
            _median_mb(bares, "ready_rss_kb"),
            "the bare window, painted",
            target_on_ratio=True,
            note=(
                f"at the first paint: {_median_mb(apps, 'rss_kb'):.1f} MB;"
                f" at ready: {_median_mb(apps, 'ready_rss_kb'):.1f} MB"
            ),
        ),
        *_floors(stacks, bares),
    ]


def _floors(stacks: list[Probed], bares: list[Probed]) -> list[Row]:
    """The same two figures for the required libraries alone (``bench.probe stack``): what is
    left of each target for ColdCare's own code."""
    bare_start = _median(bares, "usable")
    stack_start = _median(stacks, "usable")
    bare_memory = _median_mb(bares, "ready_rss_kb")
    return [
        Row(
            "start floor",
            stack_start,
            "s",
            "the required libraries alone: the bare window after Qt's enums and peewee's open"
            " of the data file, no ColdCare code",
            reference=bare_start,
            reference_what="the bare window",
            note=(
                f"left for ColdCare's own code within {START_TARGET_RATIO:g}×:"
                f" {(START_TARGET_RATIO * bare_start - stack_start) * 1000:.0f} ms"
            ),
        ),
        Row(
            "memory floor",
            _median_mb(stacks, "settled_rss_kb"),
            "MB",
            "the required libraries alone once started: the window above, APScheduler's"
            " QtScheduler running, QtMultimedia with the alarm sounds, the chart library",
            reference=bare_memory,
            reference_what="the bare window",
            note=(
                f"at the first paint: {_median_mb(stacks, 'rss_kb'):.1f} MB;"
                f" before the chart library: {_median_mb(stacks, 'ready_rss_kb'):.1f} MB"
                f" (×{_median_mb(stacks, 'ready_rss_kb') / bare_memory:.2f})"
            ),
        ),
    ]


def _median(runs: list[Probed], key: str) -> float:
    return statistics.median(run.since_spawn(key) for run in runs)


def _median_number(runs: list[Probed], key: str) -> float:
    return statistics.median(run.number(key) for run in runs)


def _median_mb(runs: list[Probed], key: str) -> float:
    return statistics.median(run.number(key) for run in runs) / 1024


def import_report(data: Path, env: dict[str, str], out: Path) -> list[str]:
    """The app started once under ``-X importtime``: the slowest imports by cumulative time,
    written in full to ``out`` and returned as lines (top ``TOP_IMPORTS``)."""
    _probed, log = start(["app", str(data)], env, ("-X", "importtime")).finish()
    imports: list[tuple[int, int, str]] = []
    for text in log.splitlines():
        if text.startswith("import time:") and "|" in text and "[us]" not in text:
            own, total, name = text.removeprefix("import time:").split("|")
            imports.append((int(total), int(own), name.strip()))
    imports.sort(reverse=True)
    lines = [
        f"{total / 1000:8.1f} ms  (own {own / 1000:6.1f})  {name}" for total, own, name in imports
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("cumulative import time, slowest first\n" + "\n".join(lines) + "\n")
    return lines[:TOP_IMPORTS]


# product.md: "history page with chart under 300 ms" (here even its first opening).
HISTORY_TARGET_S = 0.3


def first_openings(data: Path, env: dict[str, str], runs: int = RUNS) -> list[Row]:
    """Each page's first opening after a start, median of ``runs`` fresh starts (the app builds
    a page, and imports its module, the first time it is shown)."""
    opened = [start(["pages", str(data)], env).result() for _ in range(runs)]
    return [
        Row(
            f"first {key}",
            statistics.median(run.number(key) for run in opened),
            "s",
            f"the {key} page's first opening after a start, until painted",
            HISTORY_TARGET_S if key == "history" else None,
        )
        for key in FIRST_OPENED
    ]
