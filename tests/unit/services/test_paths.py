"""The data folder: the command line wins, then the environment, then the platform default."""

from __future__ import annotations

from pathlib import Path

from coldcare.services.paths import DATA_DIR_VARIABLE, data_dir


def test_the_command_line_wins(tmp_path: Path) -> None:
    env = {DATA_DIR_VARIABLE: str(tmp_path / "env")}
    assert data_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"


def test_then_the_environment(tmp_path: Path) -> None:
    assert data_dir(None, {DATA_DIR_VARIABLE: str(tmp_path / "env")}) == tmp_path / "env"


def test_then_the_platform_data_folder() -> None:
    chosen = data_dir(None, {})
    assert chosen.is_absolute()
    assert chosen.name == "ColdCare"


def test_a_relative_or_home_path_is_made_absolute(tmp_path: Path) -> None:
    assert data_dir("~/cc", {}) == Path.home() / "cc"
    assert data_dir("relative/cc", {}).is_absolute()
