"""The resource locator finds shipped files in the source tree and in an installed layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from coldcare import resource_locator
from coldcare.resource_locator import ResourceMissingError, resource_path, resources_root


def test_finds_the_app_icon_in_the_source_tree() -> None:
    icon = resource_path("icons", "coldcare.svg")
    assert icon.read_text(encoding="utf-8").lstrip().startswith("<svg")


def test_a_missing_file_is_named_in_the_error() -> None:
    with pytest.raises(ResourceMissingError, match=r"icons/no-such\.svg"):
        resource_path("icons", "no-such.svg")


def _locate_from(package: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(resource_locator, "_PACKAGE", package)
    resources_root.cache_clear()
    try:
        return resources_root()
    finally:
        resources_root.cache_clear()


def test_prefers_the_installed_copy_inside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "coldcare"
    (package / "resources").mkdir(parents=True)
    assert _locate_from(package, monkeypatch) == package / "resources"


def test_falls_back_to_the_checkout_beside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "checkout" / "coldcare"
    package.mkdir(parents=True)
    (tmp_path / "checkout" / "resources").mkdir()
    assert _locate_from(package, monkeypatch) == tmp_path / "checkout" / "resources"


def test_a_broken_install_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "broken" / "coldcare"
    package.mkdir(parents=True)
    with pytest.raises(ResourceMissingError, match="reinstall"):
        _locate_from(package, monkeypatch)
