"""What the commands that touch the data share: the data folder, the checks before opening it,
and one line on standard error for whatever stops them.

Every such line ends by saying what stayed as it was ("Nothing was changed."). Exit codes: 1
when the data, the folder or a file is the problem, 2 for bad input, 130 after Ctrl-C (what a
shell shows for a program stopped by SIGINT).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coldcare.cli.limits import one_line

if TYPE_CHECKING:
    from coldcare.storage.database import Storage

EXIT_FAILED, EXIT_BAD_INPUT, EXIT_STOPPED = 1, 2, 130
BUSY = "another ColdCare command or window is using the data; try again when it has finished"


class CommandError(Exception):
    """The command cannot go on; the message says why."""

    exit_code = EXIT_FAILED


class BadRequestError(CommandError):
    """The command line asks for something that cannot be done (exit 2)."""

    exit_code = EXIT_BAD_INPUT


def guarded(
    command: str,
    untouched: str,
    err: TextIO,
    body: Callable[[], int],
    known: tuple[type[Exception], ...] = (),
) -> int:
    """Run ``body`` (it prints its own results and returns the exit code).

    A :class:`CommandError`, a storage problem, one of ``known``, a database another process
    kept locked, or Ctrl-C becomes one line naming the problem and ``untouched``: what
    stayed as it was, such as "nothing was changed".
    """
    from coldcare.domain.ports import StorageUnavailableError  # noqa: PLC0415
    from coldcare.storage.errors import DatabaseTooNewError, is_busy  # noqa: PLC0415

    named: tuple[type[Exception], ...] = (
        CommandError,
        StorageUnavailableError,
        DatabaseTooNewError,
        *known,
    )
    try:
        return body()
    except named as problem:
        say(err, command, then(str(problem), untouched))
        return getattr(problem, "exit_code", EXIT_FAILED)
    except KeyboardInterrupt:
        say(err, command, f"Stopped; {untouched}.")
        return EXIT_STOPPED
    except Exception as error:
        if not is_busy(error):
            raise
        say(err, command, then(BUSY, untouched))
        return EXIT_FAILED


def say(err: TextIO, command: str, message: str) -> None:
    """One line on ``err``: ``coldcare COMMAND: MESSAGE``."""
    print(f"coldcare {command}: {one_line(message)}", file=err)


def then(message: str, untouched: str) -> str:
    """``message``, then ``untouched`` as a sentence of its own."""
    return f"{message.rstrip('.')}. {untouched[:1].upper()}{untouched[1:]}."


def data_folder(args: argparse.Namespace) -> Path:
    """The data folder the command line chose (``--data-dir``, the environment, the default)."""
    from coldcare.services.paths import data_dir  # noqa: PLC0415

    return data_dir(args.data_dir)


def require_data(folder: Path) -> None:
    """Refuse a folder that holds no ColdCare data (nothing is created in it)."""
    from coldcare.storage.files import DataFolder  # noqa: PLC0415

    database = DataFolder(folder).database
    if not database.is_file() or database.stat().st_size == 0:
        raise CommandError(f"there is no ColdCare data in {folder}")


def refuse_if_open(folder: Path) -> None:
    """Refuse while a ColdCare window works on ``folder`` (it is not asked to show itself)."""
    from coldcare.services.single_instance import is_held  # noqa: PLC0415

    if is_held(folder):
        raise CommandError("ColdCare is open on this data folder; close it first")


def refuse_if_repaired(storage: Storage) -> None:
    """Refuse to go on with a database that opening it had to set aside and replace."""
    report = storage.repaired_at_open
    if report is None:
        return
    if report.restored_from is None:
        now = "started an empty one, as there was no good backup"
    else:
        now = f"restored the newest good backup ({report.restored_from.path.name})"
    raise CommandError(
        f"the data file was damaged ({report.problem}); ColdCare set it aside in "
        f"{report.damaged_folder} and {now}. Start ColdCare to check your data"
    )
