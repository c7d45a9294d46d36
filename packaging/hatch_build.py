"""Hatch build hook: the wheel carries the translations compiled to .qm (they are not committed).

pyside6-lrelease turns each ``resources/translations/*.ts`` into a .qm placed where the resource
locator looks in an installed wheel (``coldcare/resources/translations``). An editable install
reads ``resources/`` in the source tree instead, where ``make translations`` builds them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> str:
    """pyside6-lrelease of the build environment (beside its Python, else on PATH)."""
    for folder in (str(Path(sys.executable).parent), None):
        found = shutil.which("pyside6-lrelease", path=folder)
        if found:
            return found
    raise RuntimeError("pyside6-lrelease not found: the build needs PySide6-Essentials")


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        out = Path(self.root, "build", "translations")  # build/ is ignored by git
        out.mkdir(parents=True, exist_ok=True)
        for ts in sorted(Path(self.root, "resources", "translations").glob("*.ts")):
            qm = out / f"{ts.stem}.qm"
            subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            build_data["force_include"][str(qm)] = f"coldcare/resources/translations/{qm.name}"
