"""Where ColdCare keeps its data: ``--data-dir``, else ``COLDCARE_DATA_DIR``, else the platform's
per-user data folder (e.g. ``~/.local/share/ColdCare`` on Linux)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_dir

from coldcare import APP_NAME

DATA_DIR_VARIABLE = "COLDCARE_DATA_DIR"


def data_dir(cli_value: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The data folder to use, as an absolute path (it may not exist yet)."""
    environ = os.environ if environ is None else environ
    chosen = cli_value or environ.get(DATA_DIR_VARIABLE) or default_data_dir()
    return Path(chosen).expanduser().resolve()


def default_data_dir() -> Path:
    """The platform's per-user data folder: the one used when nothing else is chosen."""
    return Path(user_data_dir(APP_NAME, appauthor=False)).expanduser().resolve()
