"""``coldcare reset-pin``: remove a forgotten caregiver PIN, keeping all data.

The PIN guards against accidents, not against the person at the computer: whoever can run
this command may remove it. It asks to type RESET first (``--yes`` skips the question, for
scripts), removes only the PIN and says what it did. Exit codes: 0 removed (or none was set),
1 not removed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from coldcare.cli.common import (
    CommandError,
    data_folder,
    guarded,
    refuse_if_open,
    refuse_if_repaired,
    require_data,
)

EXIT_DONE, EXIT_NOT_DONE = 0, 1
CONFIRMATION = "RESET"


def add_parser(subparsers: Any) -> None:
    """Declare ``reset-pin`` and its options on the main parser."""
    parser = subparsers.add_parser(
        "reset-pin",
        allow_abbrev=False,
        help="remove a forgotten caregiver PIN (all data is kept)",
        description=(
            "Remove the caregiver PIN, for when it is forgotten. Only the PIN is removed; "
            "every profile, record, plan and setting is kept. Close ColdCare first."
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,  # the main parser's --data-dir stays when this is not given
        help="use DIR for the database (also COLDCARE_DATA_DIR)",
    )
    parser.add_argument(
        "--yes", action="store_true", help="do not ask for confirmation (for scripts)"
    )
    parser.set_defaults(command=run)


def _confirmed(out: TextIO) -> bool:
    print(
        f"This removes the caregiver PIN; all data is kept. Type {CONFIRMATION} to go on: ",
        end="",
        file=out,
        flush=True,
    )
    return sys.stdin.readline().strip() == CONFIRMATION


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Remove the PIN of the data folder's database; print what was done; return the exit code."""
    return guarded(
        "reset-pin", "the PIN was kept", err, partial(_run, data_folder(args), args, out)
    )


def _run(folder: Path, args: argparse.Namespace, out: TextIO) -> int:
    # Storage and the clock are imported only now: `coldcare limits` stays light.
    from coldcare.services.clock import SystemClock  # noqa: PLC0415
    from coldcare.storage.caregiver_pin import SqliteCaregiverPinStore  # noqa: PLC0415
    from coldcare.storage.database import open_storage  # noqa: PLC0415

    require_data(folder)
    refuse_if_open(folder)
    with open_storage(folder, SystemClock()) as storage:
        refuse_if_repaired(storage)
        store = SqliteCaregiverPinStore(storage)
        if store.load() is None:
            print(f"No caregiver PIN is set in {folder}; nothing was changed.", file=out)
            return EXIT_DONE
        if not (args.yes or _confirmed(out)):
            raise CommandError("not confirmed")
        store.clear()
    print(
        f"Removed the caregiver PIN in {folder}. All data was kept. Set a new PIN in "
        "ColdCare under Profile and settings.",
        file=out,
    )
    return EXIT_DONE
