"""``coldcare restore FILE``: replace all data with a JSON backup, all or nothing.

The file is checked completely before anything changes; a file that cannot be restored leaves
the data exactly as it was. Exit codes: 0 restored, 1 not restored, 2 bad usage.
"""

from __future__ import annotations

import argparse
from datetime import UTC
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from coldcare.cli.common import data_folder, guarded, refuse_if_open
from coldcare.cli.limits import one_line

EXIT_RESTORED, EXIT_NOT_RESTORED = 0, 1


def add_parser(subparsers: Any) -> None:
    """Declare ``restore`` and its file argument on the main parser."""
    parser = subparsers.add_parser(
        "restore",
        allow_abbrev=False,
        help="restore a JSON backup (all or nothing)",
        description=(
            "Replace all ColdCare data with a JSON backup. The file is checked first; if "
            "anything in it is wrong, nothing changes. Exit 0 when restored, 1 when not."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the backup file to restore")
    parser.set_defaults(command=run)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Restore the backup into the data folder; print one line; return the exit code."""
    from coldcare.storage.backup_json import RestoreError  # noqa: PLC0415

    body = partial(_run, Path(args.file), data_folder(args), out)
    return guarded("restore", "nothing was changed", err, body, (RestoreError,))


def _run(path: Path, folder: Path, out: TextIO) -> int:
    # Storage and the clock are imported only now: `coldcare limits` stays light.
    from coldcare.services.clock import SystemClock  # noqa: PLC0415
    from coldcare.storage.backup_json import apply_backup, check_backup  # noqa: PLC0415
    from coldcare.storage.database import open_storage  # noqa: PLC0415

    refuse_if_open(folder)
    backup = check_backup(path)  # a file that cannot be restored is named before the data is opened
    with open_storage(folder, SystemClock()) as storage:
        restored = apply_backup(storage, backup)
        repaired = storage.repaired_at_open
    taken = restored.exported_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    line = (
        f"Restored {_plural(restored.profiles, 'profile')}, "
        f"{_plural(restored.records, 'record')} from {one_line(str(path))} (backup of {taken})."
    )
    if repaired is not None:
        line += f" The damaged data file it replaces is kept in {repaired.damaged_folder}."
    print(line, file=out)
    return EXIT_RESTORED
