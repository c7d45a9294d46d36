"""The top-level command line: a plain start goes to the app without the commands' modules;
anything else is parsed in full, mistakes named on one line."""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
from pathlib import Path

import pytest

from coldcare import __main__ as entry


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[argparse.Namespace]:
    """The app's start, recorded instead of run."""
    starts: list[argparse.Namespace] = []

    def record(args: argparse.Namespace, _err: object) -> int:
        starts.append(args)
        return 0

    monkeypatch.setattr(entry, "_gui", record)
    return starts


@pytest.mark.parametrize("arguments", [[], ["--data-dir", "/d"], ["--data-dir=/d"]])
def test_a_plain_start_opens_the_app(
    arguments: list[str], started: list[argparse.Namespace]
) -> None:
    assert entry.main(arguments, io.StringIO(), io.StringIO()) == 0
    assert [getattr(args, "data_dir", None) for args in started] == ["/d" if arguments else None]


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        (["--data-dir"], "expected one argument"),
        (["lmits"], "invalid choice: 'lmits'"),
        (["--data-dir", "/d", "--bogus"], "unrecognized arguments: --bogus"),
    ],
)
def test_a_mistake_is_named_and_nothing_starts(
    arguments: list[str], named: str, started: list[argparse.Namespace]
) -> None:
    err = io.StringIO()
    assert entry.main(arguments, io.StringIO(), err) == 2
    assert named in err.getvalue()
    assert err.getvalue().count("\n") == 1
    assert started == []


def test_the_help_still_lists_every_command(started: list[argparse.Namespace]) -> None:
    out = io.StringIO()
    assert entry.main(["--help"], out, io.StringIO()) == 0
    for command in ("limits", "restore", "export", "demo", "reset-pin"):
        assert command in out.getvalue()


def test_a_plain_start_imports_no_command_module(tmp_path: Path) -> None:
    """In a fresh interpreter, a plain start (the app itself stubbed out): the commands (and
    the demo data, the exports, the safety tables they bring) stay unloaded."""
    probe = (
        "import sys; from coldcare import __main__ as m; m._gui = lambda *_: 0;"
        "m.main(['--data-dir', 'x']);"
        "print(sorted(n for n in sys.modules if n.startswith('coldcare.cli')))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert found.stdout.strip() == "[]"


@pytest.mark.parametrize("arguments", [["--data-dir", ""], ["--data-dir= "]])
@pytest.mark.parametrize("command", [[], ["demo"], ["restore", "backup.json"]])
def test_an_empty_data_folder_name_is_refused(
    arguments: list[str],
    command: list[str],
    started: list[argparse.Namespace],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("COLDCARE_DATA_DIR", str(tmp_path / "elsewhere"))
    monkeypatch.chdir(tmp_path)
    err = io.StringIO()
    assert entry.main([*arguments, *command], io.StringIO(), err) == 2
    assert err.getvalue() == "coldcare: argument --data-dir: the folder name is empty\n"
    assert started == []
    assert list(tmp_path.iterdir()) == []
