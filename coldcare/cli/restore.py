"""``coldcare restore FILE``: replace all data with a JSON backup, all or nothing.

The file is checked completely before anything changes; a file that cannot be restored leaves
the data exactly as it was. Exit codes: 0 restored, 1 not restored, 2 bad usage.
"""

from __future__ import annotations

import argparse
from datetime import UTC
from pathlib import Path
from typing import Any, TextIO

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
    # Storage and the clock are imported only now: `coldcare limits` stays light.
    from coldcare.domain.ports import StorageUnavailableError  # noqa: PLC0415
    from coldcare.services.clock import SystemClock  # noqa: PLC0415
    from coldcare.services.paths import data_dir  # noqa: PLC0415
    from coldcare.storage.backup_json import RestoreError, restore  # noqa: PLC0415
    from coldcare.storage.database import open_storage  # noqa: PLC0415
    from coldcare.storage.errors import DatabaseTooNewError  # noqa: PLC0415

    path = Path(args.file)
    try:
        with open_storage(data_dir(args.data_dir), SystemClock()) as storage:
            restored = restore(storage, path)
    except RestoreError as problem:
        print(f"coldcare restore: {one_line(str(problem))}. Nothing was changed.", file=err)
        return EXIT_NOT_RESTORED
    except (DatabaseTooNewError, StorageUnavailableError) as problem:
        print(f"coldcare restore: {one_line(str(problem))}", file=err)
        return EXIT_NOT_RESTORED
    taken = restored.exported_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(
        f"Restored {_plural(restored.profiles, 'profile')}, "
        f"{_plural(restored.records, 'record')} from {one_line(str(path))} (backup of {taken}).",
        file=out,
    )
    return EXIT_RESTORED
