"""Saving an export: the target is replaced whole or left alone, with a clear error.

Tests run as root in CI, where a read-only folder does not stop a write: the failures are
injected as the ``OSError`` the system would raise (architecture.md, "Known traps").
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from coldcare.reports.files import ExportWriteError, WriteProblem, write_atomically

OLD = b"the report from last week\n"
NEW = b"the new report\n" * 1000


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """An existing export in an otherwise empty folder."""
    path = tmp_path / "report.csv"
    path.write_bytes(OLD)
    return path


def fail_with(code: int, message: str) -> Callable[..., None]:
    """A stand-in for an ``os`` function that fails as the system would."""

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, message)

    return fail


def test_the_new_bytes_replace_the_old_file(target: Path) -> None:
    write_atomically(target, NEW)

    assert target.read_bytes() == NEW
    assert os.listdir(target.parent) == [target.name]  # no temporary file left


def test_a_new_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "new.ics"

    write_atomically(path, NEW)

    assert path.read_bytes() == NEW
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_short_writes_are_continued(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))

    write_atomically(target, NEW)

    assert target.read_bytes() == NEW


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        (errno.ENOSPC, WriteProblem.DISK_FULL),
        (errno.EIO, WriteProblem.IO_ERROR),
    ],
)
def test_a_failed_write_leaves_the_old_file(
    target: Path, monkeypatch: pytest.MonkeyPatch, code: int, problem: WriteProblem
) -> None:
    monkeypatch.setattr(os, "write", fail_with(code, os.strerror(code)))

    with pytest.raises(ExportWriteError) as caught:
        write_atomically(target, NEW)

    assert caught.value.problem is problem
    assert str(target) in str(caught.value)
    assert os.strerror(code) in str(caught.value)
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == [target.name]


def test_a_full_disk_found_at_flush_time_leaves_the_old_file(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", fail_with(errno.ENOSPC, "No space left on device"))

    with pytest.raises(ExportWriteError, match="the disk is full"):
        write_atomically(target, NEW)

    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == [target.name]


def test_a_read_only_folder_is_named_in_the_error(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "open", fail_with(errno.EROFS, "Read-only file system"))

    with pytest.raises(ExportWriteError) as caught:
        write_atomically(target, NEW)

    assert caught.value.problem is WriteProblem.READ_ONLY
    assert f"Could not save {target}" in str(caught.value)
    assert "Read-only file system" in str(caught.value)
    assert target.read_bytes() == OLD


def test_a_file_held_open_elsewhere_keeps_its_old_content(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "replace", fail_with(errno.EACCES, "Permission denied"))

    with pytest.raises(ExportWriteError) as caught:
        write_atomically(target, NEW)

    assert caught.value.problem is WriteProblem.READ_ONLY
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == [target.name]


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ExportWriteError) as caught:
        write_atomically(tmp_path / "gone" / "report.csv", NEW)

    assert caught.value.problem is WriteProblem.NO_FOLDER
    assert isinstance(caught.value.cause, FileNotFoundError)


def test_any_other_failure_still_cleans_up(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "write", interrupted)

    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, NEW)

    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == [target.name]


def test_a_folder_chosen_as_the_file_is_named_as_such(tmp_path: Path) -> None:
    (tmp_path / "inside").write_bytes(b"kept")
    with pytest.raises(ExportWriteError, match="name of a folder") as caught:
        write_atomically(tmp_path, b"new")
    assert caught.value.problem is WriteProblem.IS_FOLDER
    assert [p.name for p in tmp_path.iterdir()] == ["inside"]


def test_a_pipe_is_refused_and_left_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(ExportWriteError, match="that is not an ordinary file") as caught:
        write_atomically(pipe, NEW)
    assert caught.value.problem is WriteProblem.NOT_A_FILE
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert os.listdir(tmp_path) == ["pipe"]


def test_the_longest_name_the_disk_allows_is_saved(tmp_path: Path) -> None:
    target = tmp_path / ("n" * 255)
    write_atomically(target, NEW)
    assert os.listdir(tmp_path) == [target.name]


def test_a_name_too_long_for_the_disk_says_so(tmp_path: Path) -> None:
    target = tmp_path / ("n" * 256)
    with pytest.raises(ExportWriteError, match="the name is too long for the disk") as caught:
        write_atomically(target, NEW)
    assert caught.value.problem is WriteProblem.NAME_TOO_LONG
    assert os.listdir(tmp_path) == []
