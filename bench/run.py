"""ColdCare's benchmarks: the speed targets of product.md, measured on ten years of heavy use.

    make bench                       every benchmark
    .venv/bin/python -m bench.run csv pdf-year

Each benchmark prepares what it needs untimed, then times one operation several times and
reports the median against its target; the exit status is 1 when a median misses its target.
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

from bench.heavy import NOW, TZ, counts, heavy_folder
from coldcare.domain.localtime import local_date
from coldcare.reports.dataset import ReportData, ReportSources, gather
from coldcare.services.clock import SystemClock
from coldcare.storage.database import Storage, open_storage

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

    @property
    def passed(self) -> bool:
        """Whether the median met the target."""
        return self.median <= self.benchmark.target_s


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
    """The History page as the app has it (records table too), chart preloaded after the first
    paint as the app does; timed: opening it until it is painted, last 90 days."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from coldcare.app import sqlite_repositories  # noqa: PLC0415
    from coldcare.ui.pages.history_page import HistoryPage, preload_chart  # noqa: PLC0415
    from coldcare.ui.pages.records_view import RecordsView  # noqa: PLC0415
    from coldcare.ui.state import AppState  # noqa: PLC0415

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    state = AppState(app, sqlite_repositories(storage), _Frozen(), TZ)
    preload_chart()

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
        times = _timed(benchmark.prepare(storage, Path(out)))
        reference = benchmark.reference
        reference_times = _timed(reference(storage, Path(out))) if reference else []
    return Result(benchmark, times, reference_times)


def _timed(operation: Operation) -> list[float]:
    """``REPEATS`` timings of ``operation`` after one warm-up run (imports and the page cache
    are not what we measure)."""
    operation()
    times = []
    for _ in range(REPEATS):
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


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks (all by default) and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    names = [b.name for b in BENCHMARKS]
    parser.add_argument("names", nargs="*", choices=[*names, []], metavar="NAME")
    chosen = [b for b in BENCHMARKS if b.name in (parser.parse_args(argv).names or names)]
    print("Preparing ten years of heavy use (once; cached in bench/out/) …", flush=True)
    folder = heavy_folder(OUT)
    print(", ".join(f"{n} {t}" for t, n in counts(folder).items()))
    results = []
    with _offscreen():
        for benchmark in chosen:
            result = run(benchmark, folder)
            results.append(result)
            verdict = "ok" if result.passed else "TOO SLOW"
            print(
                f"{benchmark.name:<14} median {result.median * 1000:8.1f} ms "
                f"(best {min(result.times) * 1000:.1f}) target {benchmark.target_s * 1000:.0f} ms"
                f"  {verdict}  — {benchmark.what}"
            )
            if result.reference_median is not None:
                print(
                    f"{'':<14} reference {result.reference_median * 1000:5.1f} ms, "
                    f"×{result.median / result.reference_median:.1f} — {benchmark.reference_what}"
                )
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
