"""The one way to find files under ``resources/`` (icons, body map, sounds, translations).

An installed wheel carries them as ``coldcare/resources`` (hatchling force-include; PyInstaller
copies them to the same place). An editable install or a source checkout has no such copy, so
the locator falls back to ``resources/`` beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


class ResourceMissingError(FileNotFoundError):
    """A file ColdCare ships with is not where it should be (a broken install)."""


@cache
def resources_root() -> Path:
    """The folder holding ColdCare's resources, installed or in the source tree."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise ResourceMissingError(
        f"ColdCare's resources folder is missing (looked in {_PACKAGE / 'resources'} and "
        f"{_PACKAGE.parent / 'resources'}); reinstall ColdCare"
    )


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("icons", "coldcare.svg")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise ResourceMissingError(f"ColdCare's resource {'/'.join(parts)} is missing: {path}")
    return path
