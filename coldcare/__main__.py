"""The ``coldcare`` command: parse the arguments and dispatch to a command.

Commands import what they need when they run, so ``coldcare limits`` never loads Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

from coldcare import APP_NAME, __version__
from coldcare.cli import demo, export, limits, restore
from coldcare.cli.limits import one_line


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line naming the problem (exit code 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {one_line(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line of product.md."""
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
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    limits.add_parser(subparsers)
    restore.add_parser(subparsers)
    export.add_parser(subparsers)
    demo.add_parser(subparsers)
    return parser


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; return the process exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args = parser.parse_args(argv)
        except SystemExit as leaving:
            return int(leaving.code or 0)
    command = getattr(args, "command", None)
    if command is None:
        return _gui(args)
    exit_code: int = command(args, out, err)
    return exit_code


def _gui(args: argparse.Namespace) -> int:
    """Start the app (Qt and storage are imported only now)."""
    from coldcare.app import run_gui  # noqa: PLC0415 - keep the command line light
    from coldcare.services.paths import data_dir  # noqa: PLC0415

    return run_gui(data_dir(args.data_dir))


if __name__ == "__main__":
    sys.exit(main())
