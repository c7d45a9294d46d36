"""``coldcare export``: write a report file from the command line (no display needed).

A PDF is painted with Qt, which needs a QGuiApplication for its fonts: ``--format pdf`` makes
one on the ``offscreen`` platform when none exists, so it works without a display (over SSH,
in a cron job, in CI).

Exit codes: 0 written, 1 the data or the file is the problem (said in one line), 2 bad usage.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from zoneinfo import ZoneInfo

from coldcare.cli.limits import one_line
from coldcare.domain.clock import Clock

if TYPE_CHECKING:
    from coldcare.reports.dataset import ReportSources
    from coldcare.storage.database import Storage

# The period when none is given: the last 90 days up to today (a physiotherapy block).
DEFAULT_DAYS = 90


def add_parser(subparsers: Any) -> None:
    """Declare ``export`` and its flags on the main parser."""
    parser = subparsers.add_parser(
        "export",
        allow_abbrev=False,
        help="write a PDF summary, CSV, FHIR, iCalendar or backup file",
        description=(
            "Write one person's records to a file (the period defaults to the last "
            f"{DEFAULT_DAYS} days), or with --format backup everything ColdCare holds, for "
            "'coldcare restore'. Exit 0 when written, 1 when it could not be, 2 on bad input."
        ),
    )
    parser.add_argument("--format", required=True, choices=("pdf", "csv", "fhir", "ics", "backup"))
    parser.add_argument("--profile", metavar="NAME", help="whose records (needed if several)")
    parser.add_argument("--from", dest="first", metavar="DATE", type=_date, help="YYYY-MM-DD")
    parser.add_argument("--to", dest="last", metavar="DATE", type=_date, help="YYYY-MM-DD")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", type=Path)
    parser.set_defaults(command=run)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2026-03-31") from None


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Gather the records and write the file atomically."""
    # Imported here: ``coldcare limits`` and ``--help`` stay light.
    import tzlocal  # noqa: PLC0415

    from coldcare.domain.ports import StorageUnavailableError  # noqa: PLC0415
    from coldcare.domain.vocabulary import BadInputError  # noqa: PLC0415
    from coldcare.reports.files import ExportWriteError  # noqa: PLC0415
    from coldcare.services.clock import SystemClock  # noqa: PLC0415
    from coldcare.services.paths import data_dir  # noqa: PLC0415
    from coldcare.storage.errors import DatabaseTooNewError  # noqa: PLC0415

    tz = ZoneInfo(str(tzlocal.get_localzone()))
    try:
        with _qt_for(args.format):
            written = _export(args, data_dir(args.data_dir), SystemClock(), tz)
    except (
        BadInputError,
        ExportWriteError,
        StorageUnavailableError,
        DatabaseTooNewError,
    ) as problem:
        print(f"coldcare export: {one_line(str(problem))}", file=err)
        return 1
    print(written, file=out)
    return 0


@contextlib.contextmanager
def _qt_for(kind: str) -> Iterator[None]:
    """For a PDF, the QGuiApplication Qt's fonts need: the running one, else one on the
    ``offscreen`` platform (no display needed), kept alive until the file is written."""
    if kind != "pdf":
        yield
        return
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    made = None
    if QCoreApplication.instance() is None:
        made = QGuiApplication(["coldcare", "-platform", "offscreen"])
    try:
        yield
    finally:
        del made


def _export(args: argparse.Namespace, folder: Path, clock: Clock, tz: ZoneInfo) -> str:
    from coldcare.domain.localtime import local_date  # noqa: PLC0415
    from coldcare.domain.vocabulary import BadInputError  # noqa: PLC0415
    from coldcare.reports.dataset import gather  # noqa: PLC0415
    from coldcare.reports.exporting import ReportFormat, write_report  # noqa: PLC0415
    from coldcare.storage.database import open_storage  # noqa: PLC0415

    now = clock.now()
    last = args.last or local_date(now, tz)
    first = args.first or last - timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise BadInputError(f"the period starts ({first}) after it ends ({last})")
    if not folder.exists():
        raise BadInputError(f"there is no ColdCare data in {folder}")
    with open_storage(folder, clock) as storage:
        if args.format == "backup":
            return _back_up(storage, args.output, now)
        sources = _sources(storage)
        profile_id = _profile_id(sources.profiles.list_profiles(), args.profile)
        data = gather(sources, profile_id, first, last, tz)
        write_report(ReportFormat(args.format), args.output, data, now)
    return (
        f"Wrote {args.output} ({args.format}, {data.profile.name}, "
        f"{first.isoformat()} to {last.isoformat()})."
    )


def _back_up(storage: Storage, path: Path, now: datetime) -> str:
    """Everything, every profile: the period and --profile do not narrow a backup."""
    from coldcare.reports.files import write_atomically  # noqa: PLC0415
    from coldcare.storage.backup_json import backup_bytes  # noqa: PLC0415

    write_atomically(path, backup_bytes(storage, now))
    return f"Wrote {path} (a backup of everything, for 'coldcare restore')."


def _sources(storage: Storage) -> ReportSources:
    from coldcare.reports.dataset import ReportSources  # noqa: PLC0415
    from coldcare.storage import repositories as sql  # noqa: PLC0415

    return ReportSources(
        sql.SqliteProfileRepository(storage),
        sql.SqliteSessionRepository(storage),
        sql.SqlitePainRepository(storage),
        sql.SqliteSafetyEventRepository(storage),
        sql.SqliteClinicVisitRepository(storage),
        sql.SqlitePlanRepository(storage),
        sql.SqliteExerciseRepository(storage),
        sql.SqlitePegRepository(storage),
        sql.SqliteRecordEditor(storage),
    )


def _profile_id(profiles: Any, name: str | None) -> int:
    from coldcare.domain.vocabulary import BadInputError  # noqa: PLC0415

    names = ", ".join(sorted(p.name for p in profiles)) or "none"
    if name is None:
        if len(profiles) != 1:
            raise BadInputError(f"say whose records with --profile (profiles: {names})")
        chosen = profiles[0]
    else:
        matching = [p for p in profiles if p.name.casefold() == name.casefold()]
        if not matching:
            raise BadInputError(f"there is no profile “{name}” (profiles: {names})")
        chosen = matching[0]
    assert chosen.id is not None
    return int(chosen.id)
