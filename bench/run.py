"""ColdCare's benchmarks: the quality targets of product.md, measured on ten years of heavy use.

    make bench                       every benchmark (about six minutes)
    make bench ARGS=--quick          a smoke run: fewer runs, short CPU windows
    .venv/bin/python -m bench.run csv pdf-year startup

In-process benchmarks (csv, pdf-year, history) prepare untimed, then time one operation
several times and report the median. Start-up, memory, CPU and the alarm run each measured
program as its own process (``bench.probe``), beside a reference measured in the same run.
Every row prints its figure, reference and ratio; the table goes to ``bench/out/results.md``
and the exit status is 1 when a target is missed.
Never part of the test suite: timings on a shared CI machine say little, and a test that
times itself fails for the wrong reasons. The data is cached in ``bench/out/``.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from bench import alarm, idle, startup
from bench.alarm import lateness
from bench.heavy import NOW, TZ, counts, heavy_folder
from bench.idle import cpu
from bench.processes import data_copy, display
from bench.report import Row, line, write_markdown
from bench.startup import first_openings, import_report, start_and_memory
from coldcare.domain.localtime import local_date
from coldcare.reports.dataset import ReportData, ReportSources, gather
from coldcare.services.clock import SystemClock
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.files import DATABASE_NAME

OUT = Path(__file__).resolve().parent / "out"
REPEATS = 5

# One timed run; the setup that made it is not timed.
Operation = Callable[[], object]


@dataclass(frozen=True)
class Benchmark:
    """An operation and the time its median must stay under."""

    name: str
    target_s: float
    what: str
    prepare: Callable[[Storage, Path], Operation]
    # The same kind of work done the least a program could do it, timed in the same run, so
    # the figure can be read on any machine (its ratio to the reference).
    reference: Callable[[Storage, Path], Operation] | None = None
    reference_what: str = ""


@dataclass(frozen=True)
class Result:
    """One benchmark's timings."""

    benchmark: Benchmark
    first: float  # the first run: what the operation's first use in a run costs
    times: list[float]
    reference_times: list[float]

    @property
    def median(self) -> float:
        """The median of the timed runs."""
        return statistics.median(self.times)

    @property
    def reference_median(self) -> float | None:
        """The median of the reference's timed runs (None without a reference)."""
        return statistics.median(self.reference_times) if self.reference_times else None


def _sources(storage: Storage) -> ReportSources:
    from coldcare.app import sqlite_repositories  # noqa: PLC0415 - Qt only when needed

    return sqlite_repositories(storage).report_sources()


def _profile_id(sources: ReportSources) -> int:
    profile_id = sources.profiles.list_profiles()[0].id
    assert profile_id is not None
    return profile_id


def _everything(sources: ReportSources) -> ReportData:
    today = local_date(NOW, TZ)
    return gather(sources, _profile_id(sources), date(2000, 1, 1), today, TZ)


def _last_year(sources: ReportSources) -> ReportData:
    today = local_date(NOW, TZ)
    return gather(sources, _profile_id(sources), today - timedelta(days=364), today, TZ)


def _csv_everything(storage: Storage, out: Path) -> Operation:
    from coldcare.reports.exporting import ReportFormat, write_report  # noqa: PLC0415

    sources = _sources(storage)
    return lambda: write_report(ReportFormat.CSV, out / "all.csv", _everything(sources), NOW)


# Every table a full CSV reads.
_CSV_TABLES = (
    "session",
    "session_phase",
    "skin_check",
    "pain_rating",
    "peg_response",
    "adverse_event",
    "clinic_visit",
    "exercise_completion",
    "occurrence_log",
    "plan_item",
)


def _csv_floor(storage: Storage, out: Path) -> Operation:
    """The floor under any CSV export in Python: the same tables' rows read with ``sqlite3``
    and written with ``csv`` as they are (no times formatted, nothing checked or sorted)."""

    def read_and_write() -> None:
        with (out / "floor.csv").open("w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            for table in _CSV_TABLES:
                writer.writerows(storage.database.execute_sql(f'SELECT * FROM "{table}"'))

    return read_and_write


def _pdf_last_year(storage: Storage, out: Path) -> Operation:
    from coldcare.reports.exporting import ReportFormat, write_report  # noqa: PLC0415

    sources = _sources(storage)
    return lambda: write_report(ReportFormat.PDF, out / "year.pdf", _last_year(sources), NOW)


class _Frozen:
    """The clock of the History benchmark: always the heavy data's "now"."""

    def now(self) -> datetime:
        return NOW

    def monotonic(self) -> float:
        return 0.0


def _history_opens(storage: Storage, _out: Path) -> Operation:
    """The History page as the app has it (records table too); timed: opening it until it is
    painted, last 90 days. The chart library loads on the first open of a run, as in the app."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from coldcare.app import sqlite_repositories  # noqa: PLC0415
    from coldcare.ui.pages.history_page import HistoryPage  # noqa: PLC0415
    from coldcare.ui.pages.records_view import RecordsView  # noqa: PLC0415
    from coldcare.ui.state import AppState  # noqa: PLC0415

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    state = AppState(app, sqlite_repositories(storage), _Frozen(), TZ)

    def open_page() -> None:
        page = HistoryPage(state, RecordsView(state))
        page.resize(1040, 760)
        page.show()
        page.grab()
        page.hide()
        page.deleteLater()

    return open_page


BENCHMARKS = (
    Benchmark(
        "csv",
        1.0,
        "every record of ten years as CSV (read and written)",
        _csv_everything,
        _csv_floor,
        "the same rows read and written raw",
    ),
    Benchmark(
        "pdf-year",
        2.0,
        "the PDF summary of the last year, every section (read, painted and written)",
        _pdf_last_year,
    ),
    Benchmark(
        "history",
        0.3,
        "the History page opened with its chart and records (last 90 days)",
        _history_opens,
    ),
)


def run(benchmark: Benchmark, folder: Path) -> Result:
    """Prepare ``benchmark`` on the data in ``folder`` and time it ``REPEATS`` times."""
    with open_storage(folder, SystemClock()) as storage, tempfile.TemporaryDirectory() as out:
        first, *times = _timed(benchmark.prepare(storage, Path(out)))
        reference = benchmark.reference
        reference_times = _timed(reference(storage, Path(out)))[1:] if reference else []
    return Result(benchmark, first, times, reference_times)


def _timed(operation: Operation) -> list[float]:
    """A first run (imports, cold caches), then ``REPEATS`` more: the figure is their median,
    the first is reported beside it."""
    times = []
    for _ in range(1 + REPEATS):
        start = time.perf_counter()
        operation()
        times.append(time.perf_counter() - start)
    return times


@contextmanager
def _offscreen() -> Iterator[None]:
    """A QApplication on the offscreen platform, for the benchmarks that paint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    yield
    del app


def _row(result: Result) -> Row:
    benchmark = result.benchmark
    return Row(
        benchmark.name,
        result.median,
        "s",
        f"{benchmark.what} (median of {len(result.times)}, best {min(result.times) * 1000:.0f} ms)",
        benchmark.target_s,
        result.reference_median,
        benchmark.reference_what,
        note=f"the first of the run (its imports, cold caches): {result.first * 1000:.0f} ms",
    )


def _timed_rows(chosen: list[str], folder: Path) -> Iterator[Row]:
    with _offscreen():
        for benchmark in BENCHMARKS:
            if benchmark.name in chosen:
                yield _row(run(benchmark, folder))


def _database_size(folder: Path) -> Row:
    size = (folder / DATABASE_NAME).stat().st_size
    return Row("database", size / 2**20, "MB", "the database file after ten heavy years")


def _process_rows(chosen: list[str], folder: Path, quick: bool) -> Iterator[Row]:
    """The benchmarks that measure whole processes, on a copy of the data."""
    with display() as env, data_copy(folder) as data:
        if STARTUP in chosen:
            yield from start_and_memory(data, env, 2 if quick else startup.RUNS)
            yield from first_openings(data, env, 2 if quick else startup.RUNS)
            print("Slowest imports (cumulative; all in bench/out/imports.txt):")
            print("\n".join(import_report(data, env, OUT / "imports.txt")), flush=True)
        if ALARM in chosen:
            yield from lateness(data, env, 3 if quick else alarm.RUNS)
        if CPU in chosen:
            yield from cpu(data, env, 10 if quick else idle.WINDOW_S)


STARTUP, CPU, ALARM, SIZE = "startup", "cpu", "alarm", "db-size"
NAMES = (*(b.name for b in BENCHMARKS), STARTUP, ALARM, CPU, SIZE)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks (all by default), print each, write the Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", choices=[*NAMES, []], metavar="NAME")
    parser.add_argument(
        "--quick", action="store_true", help="fewer runs, 10 s CPU windows (a smoke run)"
    )
    args = parser.parse_args(argv)
    chosen = args.names or list(NAMES)
    print("Preparing ten years of heavy use (once; cached in bench/out/) …", flush=True)
    folder = heavy_folder(OUT)
    print(", ".join(f"{n} {t}" for t, n in counts(folder).items()))
    rows: list[Row] = []
    sources = (
        _timed_rows(chosen, folder),
        _process_rows(chosen, folder, args.quick),
        iter([_database_size(folder)] if SIZE in chosen else []),
    )
    for row in (row for source in sources for row in source):
        print(line(row), flush=True)
        rows.append(row)
    write_markdown(rows, OUT / "results.md")
    print(f"Table written to {OUT / 'results.md'}")
    return 0 if all(row.met is not False for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
