"""``coldcare export``: write a report file from the command line (no display needed).

A PDF is painted with Qt, which needs a QGuiApplication for its fonts: ``--format pdf`` makes
one on the ``offscreen`` platform when none exists, so it works without a display (over SSH,
in a cron job, in CI). A PDF and a calendar speak the language chosen in ColdCare's settings
(or the computer's), as they do when exported from the app; the other formats hold codes.

Exit codes: 0 written, 1 the data or the file is the problem (said in one line), 2 bad usage
(a date outside 1970 to 2100, or a file that is ColdCare's own data or not an ordinary file).
"""

from __future__ import annotations

import argparse
import contextlib
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from zoneinfo import ZoneInfo

from coldcare.cli.common import (
    BadRequestError,
    data_folder,
    guarded,
    refuse_if_repaired,
    require_data,
)
from coldcare.domain.clock import Clock

if TYPE_CHECKING:
    from coldcare.domain.records import Profile
    from coldcare.reports.dataset import ReportSources
    from coldcare.storage.database import Storage

# The period when none is given: the last 90 days up to today (a physiotherapy block).
DEFAULT_DAYS = 90
# The years a date may name: records are written with the computer's clock, and a period of
# centuries would take minutes to gather and more memory than a computer has.
FIRST_YEAR, LAST_YEAR = 1970, 2100
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def add_parser(subparsers: Any) -> None:
    """Declare ``export`` and its flags on the main parser."""
    parser = subparsers.add_parser(
        "export",
        allow_abbrev=False,
        help="write a PDF summary, CSV, FHIR, iCalendar or backup file",
        description=(
            "Write one person's records to a file (the period defaults to the last "
            f"{DEFAULT_DAYS} days), or with --format backup everything ColdCare holds, for "
            "'coldcare restore'. A PDF or calendar is in the language chosen in ColdCare's "
            "settings. Exit 0 when written, 1 when it could not be, 2 on bad input."
        ),
    )
    parser.add_argument("--format", required=True, choices=("pdf", "csv", "fhir", "ics", "backup"))
    parser.add_argument("--profile", metavar="NAME", help="whose records (needed if several)")
    parser.add_argument("--from", dest="first", metavar="DATE", type=_date, help="YYYY-MM-DD")
    parser.add_argument("--to", dest="last", metavar="DATE", type=_date, help="YYYY-MM-DD")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", type=_output)
    parser.set_defaults(command=run)


def _date(text: str) -> date:
    """A day written YYYY-MM-DD, in the years a record can have."""
    try:
        day = date.fromisoformat(text) if _ISO_DAY.fullmatch(text) else None
    except ValueError:
        day = None
    if day is None:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2026-03-31")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"“{text}” is outside the years {FIRST_YEAR} to {LAST_YEAR}"
        )
    return day


def _output(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("the file name is empty")
    return Path(text)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Gather the records and write the file atomically."""
    from coldcare.domain.vocabulary import BadInputError  # noqa: PLC0415
    from coldcare.reports.files import ExportWriteError  # noqa: PLC0415

    known = (BadInputError, ExportWriteError)
    return guarded("export", "nothing was exported", err, lambda: _run(args, out), known)


def _run(args: argparse.Namespace, out: TextIO) -> int:
    # Imported here: ``coldcare limits`` and ``--help`` stay light.
    import tzlocal  # noqa: PLC0415

    from coldcare.services.clock import SystemClock  # noqa: PLC0415

    tz = ZoneInfo(str(tzlocal.get_localzone()))
    with _qt_for(args.format) as own_app:
        written = _export(args, data_folder(args), SystemClock(), tz, translate=own_app)
    print(written, file=out)
    return 0


# The formats with words in them, translated through Qt.
_WORDED = ("pdf", "ics")


@contextlib.contextmanager
def _qt_for(kind: str) -> Iterator[bool]:
    """For a PDF, the QGuiApplication Qt's fonts need (a calendar: a QCoreApplication for its
    translations): the running one, else one made here, a PDF's on the ``offscreen`` platform
    (no display needed), kept alive until the file is written. Yields whether it was made."""
    if kind not in _WORDED:
        yield False
        return
    from PySide6.QtCore import QCoreApplication, QLocale  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    if QCoreApplication.instance() is not None:
        yield False
        return
    locale = QLocale()
    made = (
        QGuiApplication(["coldcare", "-platform", "offscreen"])
        if kind == "pdf"
        else QCoreApplication(["coldcare"])
    )
    try:
        yield True
    finally:
        made.shutdown()  # gone, with its translations and language: a caller may make its own
        QLocale.setDefault(locale)


def _export(
    args: argparse.Namespace, folder: Path, clock: Clock, tz: ZoneInfo, *, translate: bool
) -> str:
    """Write the file; ``translate``: speak the language of the settings (a Qt application of
    the command's own is running)."""
    from coldcare.domain.localtime import local_date  # noqa: PLC0415
    from coldcare.domain.vocabulary import BadInputError  # noqa: PLC0415
    from coldcare.reports.dataset import gather  # noqa: PLC0415
    from coldcare.reports.exporting import ReportFormat, write_report  # noqa: PLC0415
    from coldcare.services.i18n import tr  # noqa: PLC0415
    from coldcare.storage.database import open_storage  # noqa: PLC0415

    now = clock.now()
    last = args.last or local_date(now, tz)
    first = args.first or last - timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise BadInputError(f"the period starts ({first}) after it ends ({last})")
    require_data(folder)
    _check_output(args.output, folder)
    with open_storage(folder, clock) as storage:
        refuse_if_repaired(storage)
        if args.format == "backup":
            return _back_up(storage, args.output, now)
        if translate:
            _speak_chosen_language(storage)
        sources = _sources(storage)
        profile_id = _profile_id(sources.profiles.list_profiles(), args.profile)
        data = gather(sources, profile_id, first, last, tz)
        write_report(ReportFormat(args.format), args.output, data, now, translate=tr)
    return (
        f"Wrote {args.output} ({args.format}, {data.profile.name}, "
        f"{first.isoformat()} to {last.isoformat()})."
    )


def _check_output(path: Path, folder: Path) -> None:
    """Refuse a file of ColdCare's own data (the database, a backup) and anything that is not
    an ordinary file, before any work is done."""
    from coldcare.reports.files import ExportWriteError, check_target  # noqa: PLC0415
    from coldcare.storage.files import DataFolder  # noqa: PLC0415

    try:
        check_target(path)
    except ExportWriteError as problem:
        raise BadRequestError(str(problem)) from problem
    if DataFolder(folder).holds(path):
        raise BadRequestError(
            f"{path} is part of ColdCare's own data in {folder}; choose another file"
        )


def _back_up(storage: Storage, path: Path, now: datetime) -> str:
    """Everything, every profile: the period and --profile do not narrow a backup."""
    from coldcare.reports.files import write_atomically  # noqa: PLC0415
    from coldcare.storage.backup_json import backup_bytes  # noqa: PLC0415

    write_atomically(path, backup_bytes(storage, now))
    return f"Wrote {path} (a backup of everything, for 'coldcare restore')."


def _speak_chosen_language(storage: Storage) -> None:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    from coldcare.domain.settings import LANGUAGE  # noqa: PLC0415
    from coldcare.storage.repositories import SqliteSettingsStore  # noqa: PLC0415
    from coldcare.ui.i18n import install_translations  # noqa: PLC0415

    app = QCoreApplication.instance()
    assert app is not None
    install_translations(app, SqliteSettingsStore(storage).get(LANGUAGE))


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


def _profile_id(profiles: Sequence[Profile], name: str | None) -> int:
    from coldcare.domain.vocabulary import BadInputError  # noqa: PLC0415

    names = ", ".join(sorted(p.name for p in profiles)) or "none"
    if name is None:
        matching = profiles
        if len(profiles) != 1:
            raise BadInputError(f"say whose records with --profile (profiles: {names})")
    else:
        exact = [p for p in profiles if p.name == name]
        matching = exact or [p for p in profiles if p.name.casefold() == name.casefold()]
        if not matching:
            raise BadInputError(f"there is no profile “{name}” (profiles: {names})")
        if len(matching) > 1:
            raise BadInputError(
                f"{len(matching)} profiles are named “{name}”; give one of them another name "
                f"in ColdCare, then try again (profiles: {names})"
            )
    chosen_id = matching[0].id
    assert chosen_id is not None
    return int(chosen_id)
