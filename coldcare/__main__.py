"""The ``coldcare`` command: parse the arguments and dispatch to a command.

Commands import what they need when they run, so ``coldcare limits`` never loads Qt; and a
plain start of the app (no command) does not import the commands at all.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

from coldcare import APP_NAME, __version__


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line naming the problem (exit code 2)."""

    def error(self, message: str) -> NoReturn:
        from coldcare.cli.limits import one_line  # noqa: PLC0415 - only on a mistake

        self.exit(2, f"{self.prog}: {one_line(message)}\n")


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line of product.md (``commands=False``: only what starts the app)."""
    parser = _Parser(
        prog="coldcare",
        description=f"{APP_NAME}: a calm companion for home cold-pack therapy.",
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="use DIR for the database (also COLDCARE_DATA_DIR)",
    )
    if not commands:
        return parser
    from coldcare.cli import demo, export, limits, reset_pin, restore  # noqa: PLC0415

    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    limits.add_parser(subparsers)
    restore.add_parser(subparsers)
    export.add_parser(subparsers)
    demo.add_parser(subparsers)
    reset_pin.add_parser(subparsers)
    return parser


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; return the process exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(commands=not _only_data_dir(arguments))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args = parser.parse_args(arguments)
            if args.data_dir is not None and not args.data_dir.strip():
                parser.error("argument --data-dir: the folder name is empty")
        except SystemExit as leaving:
            return int(leaving.code or 0)
    command = getattr(args, "command", None)
    if command is None:
        return _gui(args, err)
    exit_code: int = command(args, out, err)
    return exit_code


def _only_data_dir(arguments: Sequence[str]) -> bool:
    """Whether ``arguments`` at most choose the data folder: a plain start of the app."""
    rest = list(arguments)
    while rest:
        argument = rest.pop(0)
        if argument == "--data-dir" and rest:
            rest.pop(0)
        elif not argument.startswith("--data-dir="):
            return False
    return True


def _gui(args: argparse.Namespace, err: TextIO) -> int:
    """Start the app, or bring forward the one already running on the same data.

    The claim comes before the app is imported, so a second start exits at once. It needs
    the application object: the first start's listening socket runs on its event loop.
    """
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415 - keep the command line light
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from coldcare.services.paths import data_dir  # noqa: PLC0415
    from coldcare.services.single_instance import SingleInstance  # noqa: PLC0415

    _log_to_stderr()
    folder = data_dir(args.data_dir)
    qapp = QApplication.instance() or QApplication(sys.argv)
    instance = SingleInstance(folder, parent=qapp)
    if not instance.claim():
        print(
            QCoreApplication.translate("App", "ColdCare is already running; showing it."),
            file=err,
        )
        return 0
    from coldcare.app import run_gui  # noqa: PLC0415

    return run_gui(folder, instance)


def _log_to_stderr() -> None:
    """Warnings from everything, and ColdCare's own notes (INFO), on standard error."""
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(levelname)s: %(message)s")
    logging.getLogger("coldcare").setLevel(logging.INFO)


if __name__ == "__main__":
    sys.exit(main())
