"""Layer rules that import-linter cannot express (architecture.md, "Shape")."""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable
from pathlib import Path

import coldcare

PACKAGE = Path(coldcare.__file__).parent


def _imports(path: Path) -> set[str]:
    """Every absolute module name ``path`` imports, including ``from x import y`` as ``x.y``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _offenders(layer: str, is_forbidden: Callable[[str], bool]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        bad = {name for name in _imports(path) if is_forbidden(name)}
        if bad:
            found[str(path.relative_to(PACKAGE))] = bad
    return found


def _outside_stdlib_and_domain(name: str) -> bool:
    root = name.split(".", maxsplit=1)[0]
    return not (
        root in sys.stdlib_module_names
        or root == "__future__"
        or name.startswith("coldcare.domain")
    )


def _widgets(name: str) -> bool:
    return name.startswith("PySide6.QtWidgets")


def test_domain_imports_only_the_standard_library_and_itself() -> None:
    assert _offenders("domain", _outside_stdlib_and_domain) == {}


def test_services_and_reports_never_import_widgets() -> None:
    assert _offenders("services", _widgets) == {}
    assert _offenders("reports", _widgets) == {}


def test_the_checks_see_forbidden_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import peewee\nfrom PySide6.QtWidgets import QLabel\nimport json\n")
    names = _imports(sample)
    assert {n for n in names if _outside_stdlib_and_domain(n)} == {
        "peewee",
        "PySide6.QtWidgets",
        "PySide6.QtWidgets.QLabel",
    }
    assert {n for n in names if _widgets(n)} == {"PySide6.QtWidgets", "PySide6.QtWidgets.QLabel"}
